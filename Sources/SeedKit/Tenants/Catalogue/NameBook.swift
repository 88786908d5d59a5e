/// Plausible names for people of an `en_GB` scenario, and the reserved contacts they get.
///
/// Names are drawn from fixed lists (their order is part of the output, so only append).
/// Contacts are never real: emails on `.example` domains, phones in Ofcom's drama ranges.
enum NameBook {
    static let firstNames = [
        "Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Noah", "Mia", "Jack", "Ivy",
        "Leo", "Lily", "Arthur", "Isabella", "Muhammad", "Rosie", "Oscar", "Sophia", "Charlie", "Grace",
        "Jacob", "Freya", "Thomas", "Florence", "Henry", "Willow", "William", "Emily", "Archie", "Ella",
        "James", "Poppy", "Alfie", "Evie", "Joshua", "Elsie", "Theo", "Phoebe", "Ethan", "Daisy",
        "Samuel", "Chloe", "Aarav", "Priya", "Kwame", "Amara", "Connor", "Niamh", "Rhys", "Ffion",
        "Callum", "Eilidh", "Tomasz", "Zofia", "Mateo", "Lucia", "Yusuf", "Aisha", "Daniel", "Hannah",
    ]

    static let lastNames = [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson",
        "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke",
        "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes",
        "Moore", "Clark", "King", "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan",
        "Scott", "Watson", "Davis", "Parker", "James", "Bennett", "Young", "Phillips", "Richardson", "Mitchell",
        "Bailey", "Carter", "Cook", "Singh", "Shaw", "Bell", "Collins", "Morgan", "Kelly", "Begum",
        "O'Brien", "McDonald", "Campbell", "Nowak", "Okafor", "Mensah", "Rossi", "Fernandez", "Ahmed", "Murphy",
    ]

    /// A random first and last name.
    static func name(using stream: inout RandomStream) -> (first: String, last: String) {
        (stream.pick(firstNames), stream.pick(lastNames))
    }

    /// A mobile number in Ofcom's drama range 07700 900000–900999, in international form.
    static func dramaMobile(using stream: inout RandomStream) -> String {
        "+44 7700 900" + pad(stream.int(in: 0...999), 3)
    }

    /// The local part of an email for a person: `first.last`, lower-cased, letters only.
    /// `first.last@domain`, or `first.last2@domain`, … when taken; the address is added to `taken`.
    static func uniqueEmail(first: String, last: String, domain: String, taken: inout Set<String>) -> String {
        let local = emailLocalPart(first: first, last: last)
        var candidate = "\(local)@\(domain)"
        var suffix = 2
        while taken.contains(candidate) {
            candidate = "\(local)\(suffix)@\(domain)"
            suffix += 1
        }
        taken.insert(candidate)
        return candidate
    }

    static func emailLocalPart(first: String, last: String) -> String {
        func clean(_ text: String) -> String {
            String(text.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) }.map(Character.init))
        }
        return clean(first) + "." + clean(last)
    }
}

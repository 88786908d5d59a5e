/// Draws restaurant *k* of a fleet: its cuisine, plan, city, size and opening date, then its
/// name, address, menu, suppliers and staff from its cuisine pack.
///
/// Everything comes from one stream derived from the seed, the fleet's name and *k* (split into
/// named sub-streams), never from the restaurant's position or another restaurant, so raising
/// `count` or editing another fleet changes nothing here.
struct FleetRestaurantBuilder {
    let fleet: Scenario.Fleet
    let seed: UInt64
    let asOf: Day
    let historyDays: Int

    func restaurant(_ k: Int) -> Scenario.Restaurant {
        let root = RandomStream(seed: seed).derive("fleet", fleet.name, String(k))
        var choices = root.derive("choices")
        let pack = CuisinePack.named(fleet.cuisines[choices.weightedIndex(fleet.cuisines.map { Double($0.1) })].0)!
        let plan = fleet.plans[choices.weightedIndex(fleet.plans.map { Double($0.1) })].0
        let city = FleetCity.named(choices.pick(fleet.cities))!
        let size = Self.pareto(fleet.ordersPerDay, fraction: choices.fraction())
        let openedOn = fleet.opened.map { Day(daysSinceEpoch: choices.int(in: $0.lowerBound.daysSinceEpoch...$0.upperBound.daysSinceEpoch)) }

        var naming = root.derive("name")
        let name = Self.name(from: pack, using: &naming)
        let slug = "\(Self.slugify(name))-\(Self.tag(of: fleet.name))\(k + 1)"
        var place = root.derive("place")
        let street = place.pick(city.streets)
        let address = "\(place.int(in: 1...240)) \(street), \(city.name) \(place.pick(city.districts)) \(Self.inwardCode(using: &place))"
        let phone = city.phone(place.int(in: 0...999))

        var menuStream = root.derive("menu")
        let menu = Self.menu(from: pack, using: &menuStream)
        var supplierStream = root.derive("suppliers")
        let suppliers = pack.suppliers.map { supplier in
            Scenario.Supplier(
                name: supplier.name, contactPerson: supplier.contact,
                email: "orders@\(Self.slugify(supplier.name)).example", phone: city.phone(supplierStream.int(in: 0...999)),
                address: "Unit \(supplierStream.int(in: 1...40)), \(supplierStream.pick(city.streets)), \(city.name)",
                paymentTerms: supplier.terms, leadTimeDays: supplier.leadTimeDays, deliveryDays: supplier.deliveryDays)
        }

        let closed = pack.hours.map { $0 == "closed" }
        let shapeTotal = pack.weekdayShape.reduce(0, +)
        var demand = ScenarioParser.defaultDemand
        demand.ordersPerDay = pack.weekdayShape.enumerated().map { day, share in
            closed[day] ? 0 : max(1, Int((Double(size * share * 7) / Double(shapeTotal)).rounded()))
        }
        demand.lunchPeak = TimeOfDay(parsing: pack.lunchPeak)!
        demand.dinnerPeak = TimeOfDay(parsing: pack.dinnerPeak)!
        demand.lunchShare = Rate(hundredthsOfPercent: Int64(pack.lunchShare * 100))
        demand.orderTypes = zip(Scenario.OrderType.allCases, pack.orderTypes).filter { $0.1 > 0 }.map { ($0.0, $0.1) }
        demand.partySize = ScenarioParser.partySize(pack.partySize)!

        var staffStream = root.derive("staff")
        let manager = Self.manager(of: pack, slug: slug, using: &staffStream)
        let chef = Self.headChef(of: pack, slug: slug, using: &staffStream)
        // The floor is the average open hour's need, so a big restaurant is staffed all day and
        // its peaks (at most six people above the floor) on top.
        let hours = pack.hours.map(Self.periods)
        let openDays = max(1, hours.filter { !$0.isEmpty }.count)
        let openHours = Double(hours.joined().reduce(0) { $0 + $1.close.minutesSinceMidnight - $1.open.minutesSinceMidnight }) / 60 / Double(openDays)
        let perHour = Double(size) / max(1, openHours)
        var restaurant = Scenario.Restaurant(
            name: name, slug: slug, businessType: pack.businessType, address: address, phone: phone,
            email: "hello@\(slug).example", taxNumber: nil, logoURL: nil, plan: plan, openedOn: openedOn,
            tax: Scenario.TaxPolicy(vatRate: ScenarioParser.standardVATRate, pricesIncludeVAT: true),
            serviceCharge: Scenario.ServiceChargePolicy(
                rate: pack.serviceCharge.flatMap(Rate.init(parsing:)) ?? .zero, appliesTo: [.dineIn], bearsVAT: false),
            openingHours: Scenario.OpeningHours(periods: hours),
            categories: menu.categories, items: menu.items, suppliers: suppliers, staff: [manager, chef], generatedStaff: [],
            inventory: Scenario.InventoryPolicy(wastageRate: Rate(parsing: pack.wastageRate)!, unitMeasure: pack.unitMeasure),
            demand: demand,
            staffing: Scenario.Staffing(cooks: 1, frontOfHouse: 1, peakFrontOfHouse: 1,
                                        ordersPerCookHour: pack.ordersPerCookHour, ordersPerServerHour: pack.ordersPerServerHour))
        FleetLabour.budget(&restaurant, pack: pack, seed: seed, asOf: asOf, size: size, perHour: perHour)
        FleetStaffing.size(&restaurant, pack: pack, asOf: asOf, historyDays: historyDays)
        return restaurant
    }

    /// `range` drawn from a Pareto distribution (shape 1) truncated to the range: the chance of
    /// more than x orders falls as 1/x, so most restaurants are small and a few big (30..400:
    /// half below 56, one in ten above 190). Only `+ - × ÷`, so every machine draws the same.
    static func pareto(_ range: ClosedRange<Int>, fraction: Double) -> Int {
        let low = Double(range.lowerBound), high = Double(range.upperBound)
        let value = Int((low / (1 - fraction * (1 - low / high))).rounded(.down))
        return min(range.upperBound, max(range.lowerBound, value))
    }

    static func name(from pack: CuisinePack, using stream: inout RandomStream) -> String {
        let pattern = stream.pick(pack.namePatterns)
        let word = stream.pick(pack.nameWords)
        let surname = stream.pick(NameBook.lastNames)
        return pattern.replacing("{word}", with: word).replacing("{surname}", with: surname)
    }

    /// The fleet name's initials (`uk-independents` → `ui`), at most four, in every slug of the fleet.
    static func tag(of fleetName: String) -> String {
        String(fleetName.split(separator: "-").compactMap(\.first).prefix(4))
    }

    /// Lowercase ASCII letters and digits, words joined by `-`; accents dropped, `&` as `and`.
    static func slugify(_ text: String) -> String {
        let folded: [Character: String] = ["á": "a", "à": "a", "â": "a", "é": "e", "è": "e", "ê": "e", "í": "i", "ì": "i",
                                           "ó": "o", "ò": "o", "ô": "o", "ú": "u", "ù": "u", "ü": "u", "ñ": "n", "ç": "c", "&": " and "]
        var words: [String] = [], word = ""
        for character in text.lowercased() {
            let piece = folded[character] ?? String(character)
            for scalar in piece.unicodeScalars {
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    word.unicodeScalars.append(scalar)
                } else if scalar != "'", !word.isEmpty {
                    words.append(word)
                    word = ""
                }
            }
        }
        if !word.isEmpty { words.append(word) }
        return String(words.joined(separator: "-").prefix(80))
    }

    /// A postcode's inward code: a digit and two of the letters Royal Mail uses there.
    static func inwardCode(using stream: inout RandomStream) -> String {
        let letters = Array("ABDEFGHJLNPQRSTUWXYZ")
        return "\(stream.int(in: 1...9))\(stream.pick(letters))\(stream.pick(letters))"
    }

    static func periods(_ text: String) -> [Scenario.OpeningHours.Period] {
        guard text != "closed" else { return [] }
        return text.split(separator: ",").map { part in
            let bounds = trimmed(part).split(separator: "-").map { TimeOfDay(parsing: String($0))! }
            return Scenario.OpeningHours.Period(open: bounds[0], close: bounds[1])
        }
    }

    /// A subset of the pack's menu (every category keeps at least one item, every item is drawn
    /// for), each price within 4 % of the pack's, rounded to 5p (10p from £5).
    static func menu(from pack: CuisinePack, using stream: inout RandomStream)
        -> (categories: [Scenario.Category], items: [Scenario.MenuItem]) {
        var items: [Scenario.MenuItem] = []
        for (index, category) in pack.categories.enumerated() {
            let offered = pack.items.filter { $0.category == index }
            var kept: [Scenario.MenuItem] = []
            for item in offered {
                let keep = stream.chance(item.zeroRated ? 0.5 : 0.8)
                let factor = 0.96 + 0.08 * stream.fraction()
                guard keep || (kept.isEmpty && item.code == offered.last(where: { !$0.zeroRated })?.code) else { continue }
                let step = item.price >= 500 ? 10.0 : 5.0
                let price = Int64((Double(item.price) * factor / step).rounded() * step)
                let cost = min(price - 1, Int64((Double(item.cost) * factor).rounded()))
                kept.append(Scenario.MenuItem(
                    name: item.name, category: category.name, description: item.description, price: Money(minorUnits: price),
                    cost: Money(minorUnits: cost), sku: "\(pack.skuPrefix)-\(item.code)", imageURL: nil, trackInventory: true,
                    vatRate: item.zeroRated ? .zero : nil, supplier: nil, wastageRate: nil,
                    orderTypes: item.zeroRated ? [.takeaway] : Scenario.OrderType.allCases))
            }
            items += kept
        }
        let categories = pack.categories.enumerated().map { index, category in
            Scenario.Category(name: category.name, kind: category.kind, icon: category.icon, displayOrder: index + 1,
                              supplier: pack.suppliers[category.supplier].name)
        }
        return (categories, items)
    }

    /// The salaried head chef: `first.last@slug.example`.
    static func headChef(of pack: CuisinePack, slug: String, using stream: inout RandomStream) -> Scenario.StaffMember {
        let name = NameBook.name(using: &stream)
        return Scenario.StaffMember(
            person: Scenario.Person(firstName: name.first, lastName: name.last,
                                    email: "\(NameBook.emailLocalPart(first: name.first, last: name.last))@\(slug).example",
                                    phone: NameBook.dramaMobile(using: &stream)),
            role: .cook, jobTitle: "Head Chef", department: "Kitchen", hourlyRate: nil,
            salary: Money(minorUnits: Int64(pack.managerSalary + 2_000) * 100), employmentType: .fullTime, hireDate: nil)
    }

    /// The salaried manager who runs the floor: `first@slug.example`.
    static func manager(of pack: CuisinePack, slug: String, using stream: inout RandomStream) -> Scenario.StaffMember {
        let name = NameBook.name(using: &stream)
        let local = NameBook.emailLocalPart(first: name.first, last: name.last).split(separator: ".").first.map(String.init) ?? "manager"
        return Scenario.StaffMember(
            person: Scenario.Person(firstName: name.first, lastName: name.last, email: "\(local)@\(slug).example",
                                    phone: NameBook.dramaMobile(using: &stream)),
            role: .manager, jobTitle: pack.managerTitle, department: "Management", hourlyRate: nil,
            salary: Money(minorUnits: Int64(pack.managerSalary) * 100), employmentType: .fullTime, hireDate: nil)
    }
}

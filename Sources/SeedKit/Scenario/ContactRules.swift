/// The rule that keeps a demo from ever emailing or calling a real person: every email address
/// is on a domain reserved for documentation, every phone number in Ofcom's drama ranges.
///
/// The loader checks the contacts a scenario writes with these helpers, and the generators use
/// the same ranges to make up contacts of their own.
public enum ContactRules {
    /// Second-level domains reserved by RFC 2606, accepted with any subdomain.
    public static let reservedDomains = ["example.com", "example.org", "example.net"]
    /// Top-level domains reserved by RFC 2606 and RFC 6761: any domain ending in one is accepted.
    public static let reservedTopLevelDomains = ["example", "test", "invalid", "localhost"]

    /// Whether `domain` (case-insensitive) is reserved, so mail to it can reach nobody.
    public static func isReservedEmailDomain(_ domain: String) -> Bool {
        var domain = domain.lowercased()
        if domain.hasSuffix(".") { domain.removeLast() }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }) else { return false }
        return reservedDomains.contains { domain == $0 || domain.hasSuffix("." + $0) }
            || reservedTopLevelDomains.contains { domain.hasSuffix("." + $0) }
    }

    /// Why `email` may not be used, or `nil` when it is a well-formed address on a reserved domain.
    public static func problem(withEmail email: String) -> String? {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
              !email.contains(where: { $0.isWhitespace })
        else { return "expected an email address like someone@example.com, got \(quoted(email))" }
        guard isReservedEmailDomain(String(parts[1])) else {
            return "email \(quoted(email)) is not on a reserved domain (example.com, example.org, example.net, "
                + "or a domain ending in .example, .test, .invalid or .localhost); demos must never email real people"
        }
        return nil
    }

    /// Why free text (a platform setting, a plan feature) may not be used: it is an email
    /// address off the reserved domains, or a UK phone number outside the drama ranges; `nil`
    /// for anything else, which is not a contact.
    public static func problem(withFreeText text: String) -> String? {
        if looksLikeEmail(text) { return problem(withEmail: text) }
        if looksLikePhone(text), normalisedDramaPhone(text) == nil { return problem(withPhone: text) }
        return nil
    }

    /// One `@` with text on both sides, a dot in the domain, and no spaces.
    private static func looksLikeEmail(_ text: String) -> Bool {
        guard let at = text.lastIndex(of: "@"), at != text.startIndex, !text.contains(where: \.isWhitespace) else {
            return false
        }
        let domain = text[text.index(after: at)...]
        return domain.contains(".") && domain.last != "."
    }

    /// Digits, spaces, hyphens and brackets, starting `+` or `0`, with 10 to 13 digits.
    private static func looksLikePhone(_ text: String) -> Bool {
        let digits = text.filter(\.isASCIIDigit).count
        return (text.hasPrefix("+") || text.hasPrefix("0")) && (10...13).contains(digits)
            && text.dropFirst().allSatisfy { $0.isASCIIDigit || " -()".contains($0) }
    }

    /// Ofcom's numbers reserved for drama (national prefix of the range, its international form
    /// and how many digits follow): 1,000 numbers each, except Northern Ireland's and the
    /// no-area range's.
    public static let dramaRanges: [(national: String, international: String, digits: Int)] = [
        ("02079460", "+44 20 7946 ", 4),  // London 020 7946 0000–0999
        ("07700900", "+44 7700 900", 3),  // mobile 07700 900000–900999
        ("01134960", "+44 113 496 ", 4),  // Leeds
        ("01144960", "+44 114 496 ", 4),  // Sheffield
        ("01154960", "+44 115 496 ", 4),  // Nottingham
        ("01164960", "+44 116 496 ", 4),  // Leicester
        ("01174960", "+44 117 496 ", 4),  // Bristol
        ("01184960", "+44 118 496 ", 4),  // Reading
        ("01214960", "+44 121 496 ", 4),  // Birmingham
        ("01314960", "+44 131 496 ", 4),  // Edinburgh
        ("01414960", "+44 141 496 ", 4),  // Glasgow
        ("01514960", "+44 151 496 ", 4),  // Liverpool
        ("01614960", "+44 161 496 ", 4),  // Manchester
        ("01914980", "+44 191 498 ", 4),  // Tyneside, Durham and Sunderland
        ("02896496", "+44 28 9649 ", 4),  // Northern Ireland 028 9649 6000–6999
        ("02920180", "+44 29 2018 ", 4),  // Cardiff
        ("01632960", "+44 1632 ", 6),     // no area 01632 960000–960999
    ]

    /// `phone` in its international form (`+44 20 7946 0xxx`, `+44 113 496 0xxx`,
    /// `+44 7700 900xxx`, …) when it is in one of Ofcom's drama ranges (``dramaRanges``), written
    /// either internationally or nationally (`020 7946 0123`, `0113 496 0123`, `07700 900123`),
    /// with any spacing; otherwise `nil`.
    public static func normalisedDramaPhone(_ phone: String) -> String? {
        var digits = phone.filter { $0 != " " && $0 != "-" }
        if digits.hasPrefix("+44") {
            digits = "0" + digits.dropFirst(3)
        }
        guard digits.count == 11, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        guard let range = dramaRanges.first(where: { digits.hasPrefix($0.national) }) else { return nil }
        return range.international + digits.suffix(range.digits)
    }

    /// Why `phone` may not be used (call only when ``normalisedDramaPhone(_:)`` returned `nil`).
    public static func problem(withPhone phone: String) -> String {
        "phone \(quoted(phone)) is not in Ofcom's ranges reserved for drama "
            + "(020 7946 0000–0999, 0113/0114/0115/0116/0117/0118/0121/0131/0141/0151/0161 496 0000–0999, "
            + "0191 498 0000–0999, 028 9649 6000–6999, 029 2018 0000–0999, 01632 960000–960999, "
            + "07700 900000–900999); demos must never call real numbers"
    }

    /// The London drama number with the given last three digits: `+44 20 7946 0` + `000…999`.
    public static func londonDramaPhone(_ number: Int) -> String {
        precondition((0...999).contains(number), "Ofcom's London drama range has 1000 numbers")
        return "+44 20 7946 0" + pad(number, 3)
    }

    /// The mobile drama number with the given last three digits: `+44 7700 900` + `000…999`.
    public static func mobileDramaPhone(_ number: Int) -> String {
        precondition((0...999).contains(number), "Ofcom's mobile drama range has 1000 numbers")
        return "+44 7700 900" + pad(number, 3)
    }
}

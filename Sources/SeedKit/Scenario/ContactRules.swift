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

    /// `phone` in the international form `+44 20 7946 0xxx` or `+44 7700 900xxx` when it is in
    /// Ofcom's drama ranges (020 7946 0000–0999 and 07700 900000–900999), written either
    /// internationally or nationally (`020 7946 0123`, `07700 900123`), with any spacing;
    /// otherwise `nil`.
    public static func normalisedDramaPhone(_ phone: String) -> String? {
        var digits = phone.filter { $0 != " " && $0 != "-" }
        if digits.hasPrefix("+44") {
            digits = "0" + digits.dropFirst(3)
        }
        guard digits.count == 11, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        if digits.hasPrefix("02079460") { return "+44 20 7946 " + digits.suffix(4) }
        if digits.hasPrefix("07700900") { return "+44 7700 900" + digits.suffix(3) }
        return nil
    }

    /// Why `phone` may not be used (call only when ``normalisedDramaPhone(_:)`` returned `nil`).
    public static func problem(withPhone phone: String) -> String {
        "phone \(quoted(phone)) is not in Ofcom's range reserved for drama "
            + "(020 7946 0000–0999, 07700 900000–900999); demos must never call real numbers"
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

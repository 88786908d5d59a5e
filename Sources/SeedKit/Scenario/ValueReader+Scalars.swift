/// Typed scalars, parsed from raw text with SeedKit's own value types.
extension ValueReader {
    /// The largest amount any money column holds (`hourly_rate` is `DECIMAL(8,2)`).
    static let maximumAmount = Money(minorUnits: 99_999_999)

    /// A non-empty string of at most `maxLength` characters (counted as PostgreSQL counts them).
    func string(maxLength: Int = 255) -> String? {
        guard let text = text(expecting: "a string") else { return nil }
        guard !text.isEmpty else {
            error("expected a non-empty string, got \"\"")
            return nil
        }
        let length = text.unicodeScalars.count
        guard length <= maxLength else {
            error("expected at most \(maxLength) characters, got \(length)")
            return nil
        }
        return text
    }

    /// An exact amount with at most two decimal places, from 0.00 to 999999.99.
    func money() -> Money? {
        guard let amount = parse(expecting: "an amount like 3.50", Money.init(parsing:)) else { return nil }
        guard amount >= .zero, amount <= Self.maximumAmount else {
            error("expected an amount from 0.00 to \(Self.maximumAmount), got \(found)")
            return nil
        }
        return amount
    }

    /// A percentage with at most two decimal places, within `range` (whole percents).
    func rate(in range: ClosedRange<Int> = 0...100) -> Rate? {
        guard let rate = parse(expecting: "a percentage like 12.5", Rate.init(parsing:)) else { return nil }
        guard rate.hundredthsOfPercent >= Int64(range.lowerBound) * 100,
              rate.hundredthsOfPercent <= Int64(range.upperBound) * 100
        else {
            error("expected a percentage from \(range.lowerBound) to \(range.upperBound), got \(found)")
            return nil
        }
        return rate
    }

    /// A whole number within `range`.
    func int(in range: ClosedRange<Int>) -> Int? {
        guard let value = parse(expecting: "a whole number", Self.wholeNumber) else { return nil }
        guard range.contains(value) else {
            error("expected a whole number from \(range.lowerBound) to \(range.upperBound), got \(found)")
            return nil
        }
        return value
    }

    /// `true` or `false`, exactly: YAML 1.1's `yes`, `no`, `on` and `off` are refused.
    func bool() -> Bool? {
        parse(expecting: "true or false") { ["true": true, "false": false][$0] }
    }

    /// A date written `YYYY-MM-DD`, in years 1900 to 9999 (``Scenario/supportedDays``).
    func day() -> Day? {
        guard let day = parse(expecting: "a date like 2025-06-30", Day.init(iso:)) else { return nil }
        guard Scenario.supportedDays.contains(day) else {
            error("expected a date from \(Scenario.supportedDays.lowerBound) to \(Scenario.supportedDays.upperBound), got \(found)")
            return nil
        }
        return day
    }

    /// A time written `HH:MM` on the 24-hour clock.
    func time() -> TimeOfDay? {
        parse(expecting: "a time like 12:45", TimeOfDay.init(parsing:))
    }

    /// One of an enumeration's raw values, with the closest suggested when it is none of them.
    func choice<Choice: RawRepresentable & CaseIterable>(_ type: Choice.Type) -> Choice? where Choice.RawValue == String {
        guard let text = text(expecting: "a string") else { return nil }
        if let choice = Choice(rawValue: text) { return choice }
        let names = Choice.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: text, in: names).map { "; did you mean \(quoted($0))?" } ?? ""
        error("expected one of \(names.joined(separator: ", ")), got \(quoted(text))\(hint)")
        return nil
    }

    /// A slug: lowercase ASCII letters, digits and hyphens, at most 100 characters.
    func slug() -> String? {
        parse(expecting: "a slug of lowercase letters, digits and hyphens like \"fynlo-mexican\"") { text in
            let valid = !text.isEmpty && text.count <= 100
                && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            return valid ? text : nil
        }
    }

    /// An email address on a reserved domain (``ContactRules``).
    func email() -> String? {
        guard let text = string() else { return nil }
        if let problem = ContactRules.problem(withEmail: text) {
            error(problem)
            return nil
        }
        return text
    }

    /// A phone number in Ofcom's drama ranges, normalised to `+44 …` (``ContactRules``).
    func phone() -> String? {
        guard let text = string() else { return nil }
        guard let phone = ContactRules.normalisedDramaPhone(text) else {
            error(ContactRules.problem(withPhone: text))
            return nil
        }
        return phone
    }

    /// Plain decimal digits with an optional minus sign, as `Int`.
    static func wholeNumber(_ text: String) -> Int? {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }
}

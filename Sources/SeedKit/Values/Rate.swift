/// A percentage with two decimal places, as the schema's `DECIMAL(5,2)` rate columns hold it.
///
/// `Rate(hundredthsOfPercent: 1250)` is 12.50 %.
public struct Rate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The percentage times 100: 2000 is 20 %.
    public var hundredthsOfPercent: Int64

    public init(hundredthsOfPercent: Int64) { self.hundredthsOfPercent = hundredthsOfPercent }

    /// Parses `20`, `12.5`, `8.00` as a percentage.
    public init?(parsing text: String) {
        guard let fixed = FixedDecimal(parsing: text, scale: 2) else { return nil }
        self.hundredthsOfPercent = fixed.units
    }

    public static let zero = Rate(hundredthsOfPercent: 0)

    public var decimal: FixedDecimal { FixedDecimal(units: hundredthsOfPercent, scale: 2) }
    public var description: String { decimal.description }
    public static func < (lhs: Rate, rhs: Rate) -> Bool { lhs.hundredthsOfPercent < rhs.hundredthsOfPercent }
}

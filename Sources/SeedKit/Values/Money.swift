/// An amount of money in integer minor units (pence for GBP).
///
/// Money is never a `Double`. Multiplying by a rate goes through ``Money/applying(_:)``, which
/// rounds once, half away from zero, to the penny: the one rounding rule SeedKit uses for money.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The amount in minor units: 380 is £3.80.
    public var minorUnits: Int64

    public init(minorUnits: Int64) { self.minorUnits = minorUnits }

    public static let zero = Money(minorUnits: 0)

    /// Parses `3.80`, `12`, `0.5` (at most two decimal places).
    public init?(parsing text: String) {
        guard let fixed = FixedDecimal(parsing: text, scale: 2) else { return nil }
        self.minorUnits = fixed.units
    }

    /// This amount times a percentage, rounded half away from zero to the minor unit.
    public func applying(_ rate: Rate) -> Money {
        Money(minorUnits: Rounding.divideHalfAwayFromZero(minorUnits * rate.hundredthsOfPercent, by: 10_000))
    }

    /// The exact decimal for a `DECIMAL(p,2)` column.
    public var decimal: FixedDecimal { FixedDecimal(units: minorUnits, scale: 2) }

    public var description: String { decimal.description }

    public static func + (lhs: Money, rhs: Money) -> Money { Money(minorUnits: lhs.minorUnits + rhs.minorUnits) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(minorUnits: lhs.minorUnits - rhs.minorUnits) }
    public static func * (lhs: Money, rhs: Int) -> Money { Money(minorUnits: lhs.minorUnits * Int64(rhs)) }
    public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }
}

/// SeedKit's one rounding rule, written down in one place.
public enum Rounding {
    /// `numerator / denominator` rounded to the nearest integer, halves away from zero.
    public static func divideHalfAwayFromZero(_ numerator: Int64, by denominator: Int64) -> Int64 {
        precondition(denominator > 0)
        let quotient = numerator / denominator
        let remainder = numerator % denominator
        if remainder.magnitude * 2 >= UInt64(denominator) {
            return numerator < 0 ? quotient - 1 : quotient + 1
        }
        return quotient
    }
}

/// An exact decimal number: an integer count of units at a fixed number of decimal places.
///
/// `FixedDecimal(units: 1250, scale: 2)` is 12.50. Every amount, rate and quantity SeedKit writes
/// passes through this type, so nothing is ever rounded by binary floating point.
public struct FixedDecimal: Hashable, Sendable, CustomStringConvertible {
    /// The value multiplied by 10^scale.
    public var units: Int64
    /// How many digits follow the decimal point.
    public var scale: Int

    public init(units: Int64, scale: Int) {
        precondition((0...9).contains(scale), "scale must be 0...9")
        self.units = units
        self.scale = scale
    }

    /// Parses plain decimal text such as `12`, `12.5`, `-0.75` at the given scale.
    ///
    /// Returns `nil` when the text is not a plain decimal, has more fractional digits than `scale`,
    /// or does not fit in 64 bits. Exponents and thousands separators are rejected on purpose.
    public init?(parsing text: String, scale: Int) {
        var digits = Substring(text)
        var negative = false
        if let first = digits.first, first == "-" || first == "+" {
            negative = first == "-"
            digits = digits.dropFirst()
        }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !whole.isEmpty || !fraction.isEmpty,
              whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
              parts.count == 1 || !fraction.isEmpty,
              fraction.count <= scale
        else { return nil }
        var value: Int64 = 0
        for character in whole + fraction + String(repeating: "0", count: scale - fraction.count) {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (added, overflow2) = shifted.addingReportingOverflow(Int64(character.asciiValue! - 48))
            guard !overflow1, !overflow2 else { return nil }
            value = added
        }
        self.init(units: negative ? -value : value, scale: scale)
    }

    /// The exact decimal text, always with `scale` fractional digits: `12.50`, `-0.05`, `7`.
    public var description: String {
        guard scale > 0 else { return String(units) }
        let magnitude = units.magnitude
        let divisor = UInt64(pow10(scale))
        let whole = magnitude / divisor
        let fraction = String(magnitude % divisor)
        let padded = String(repeating: "0", count: scale - fraction.count) + fraction
        return (units < 0 ? "-" : "") + "\(whole).\(padded)"
    }
}

/// 10^exponent as an integer, for exponents that fit in `Int64`.
@inline(__always)
func pow10(_ exponent: Int) -> Int64 {
    var result: Int64 = 1
    for _ in 0..<exponent { result *= 10 }
    return result
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

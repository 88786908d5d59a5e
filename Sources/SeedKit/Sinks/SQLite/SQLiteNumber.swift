/// The number SQLite stores for numeric text in a column with numeric or integer affinity
/// (`applyNumericAffinity` in SQLite 3.40): an integer when the text is a whole number, a real
/// otherwise, or the text itself when it does not read as a number.
enum SQLiteNumber {
    typealias Stored = SQLiteStoredValue

    /// What SQLite stores for `decimal`'s text (`12.50`, `-0.05`, `3.000`), computed here when
    /// it can be computed exactly as SQLite does; `nil` means ask SQLite (``fromText(_:)``).
    ///
    /// Whole values within ±2^51 become integers (`sqlite3RealSameAsInt`). Otherwise SQLite
    /// divides the digits, as an integer, by the power of ten in `long double` and rounds the
    /// quotient to a `double`; both operands are exact there, so the quotient is the correctly
    /// rounded one, and the same division in `Float80` gives the same bits. Where `long double`
    /// is not x87's (other than x86-64), or SQLite is 3.43 or later, SQLite is asked: slower,
    /// and as exact.
    static func fromDecimal(_ decimal: FixedDecimal) -> Stored? {
        guard decimal.scale > 0 else { return .integer(decimal.units) }
        // Beyond 18 digits sqlite3AtoF drops digits; never the case for the schema's DECIMALs.
        guard decimal.units.magnitude < 100_000_000_000_000_000 else { return nil }
        let divisor = pow10(decimal.scale)
        if decimal.units % divisor == 0 {
            let whole = decimal.units / divisor
            return (-(1 << 51)..<(1 << 51)).contains(whole) ? .integer(whole) : nil
        }
        #if arch(x86_64) && !os(Windows)
        guard SQLiteNumericProbe.dividesInLongDouble else { return nil }
        return .real(Double(Float80(decimal.units) / Float80(divisor)))
        #else
        return nil
        #endif
    }

    /// Whether SQLite could read `text` as a number: optional spaces, a sign, digits with at most
    /// one point, an exponent, spaces. Anything else (dates, names, JSON) is stored as text.
    static func mayReadAsNumber(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        func skip(_ predicate: (UInt8) -> Bool) -> Int {
            let start = index
            while index < text.count && predicate(text[index]) { index += 1 }
            return index - start
        }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        let isDigit: (UInt8) -> Bool = { (0x30...0x39).contains($0) }
        _ = skip(isSpace)
        if index < text.count && (text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-")) { index += 1 }
        var digits = skip(isDigit)
        if index < text.count && text[index] == UInt8(ascii: ".") {
            index += 1
            digits += skip(isDigit)
        }
        guard digits > 0 else { return false }
        if index < text.count && (text[index] | 0x20) == UInt8(ascii: "e") {
            index += 1
            if index < text.count && (text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-")) { index += 1 }
            guard skip(isDigit) > 0 else { return false }
        }
        _ = skip(isSpace)
        return index == text.count
    }

    /// What SQLite stores for `text` in a numeric column, asked of SQLite itself.
    static func fromText(_ text: UnsafeBufferPointer<UInt8>) -> Stored {
        SQLiteNumericProbe.store(Array(text))
    }
}

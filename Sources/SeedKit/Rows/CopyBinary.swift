/// PostgreSQL's binary `COPY … FROM STDIN` format: what the server stores, without parsing text.
///
/// A stream is a ``header``, then one tuple per row (a 16-bit field count, then per field a
/// 32-bit length, -1 for `NULL`, and the value's bytes in the type's `*_recv` form), then the
/// ``trailer``. Every integer is big-endian. Binary values must match the column's type
/// exactly, so each value is encoded for the type the schema declares:
///
/// | column type          | bytes                                                           |
/// |----------------------|-----------------------------------------------------------------|
/// | SERIAL, INTEGER      | int32                                                           |
/// | DECIMAL(p, s)        | numeric: digit count, weight, sign, display scale, base-10000 digits (int16 each) |
/// | VARCHAR, TEXT        | UTF-8                                                           |
/// | JSONB                | version byte 1, then the JSON text                              |
/// | BOOLEAN              | one byte, 0 or 1                                                |
/// | DATE                 | int32 days since 2000-01-01                                     |
/// | TIME                 | int64 microseconds since midnight                               |
/// | TIMESTAMP            | int64 microseconds since 2000-01-01 00:00:00                    |
///
/// The server applies a column's type modifier on receipt (a DECIMAL's scale, a VARCHAR's
/// length) exactly as for COPY text, so both formats store identical rows.
public enum CopyBinary {
    /// The 11-byte signature, the flags (no OIDs) and an empty header extension.
    public static let header: [UInt8] = Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00] + [0, 0, 0, 0] + [0, 0, 0, 0]
    /// A field count of -1 ends the stream.
    public static let trailer: [UInt8] = [0xFF, 0xFF]

    /// Days from 1970-01-01 (``Day``'s epoch) to 2000-01-01 (PostgreSQL's).
    static let postgresEpochDays: Int64 = 10_957

    /// Writes one row: its field count, then each value encoded for its column's type.
    public static func appendRow(_ values: some RandomAccessCollection<SQLValue>, types: [ColumnType], to writer: inout ByteWriter) {
        precondition(values.count == types.count, "a row has \(values.count) values for \(types.count) columns")
        writer.write(bigEndian: Int16(values.count))
        for (index, value) in values.enumerated() {
            write(value, as: types[index], to: &writer)
        }
    }

    /// Writes one field: its length and its bytes, or -1 for `NULL`.
    public static func write(_ value: SQLValue, as type: ColumnType, to writer: inout ByteWriter) {
        switch (value, type) {
        case (.null, _):
            writer.write(bigEndian: Int32(-1))
        case (.integer(let integer), .serial), (.integer(let integer), .integer):
            writeInteger(integer, to: &writer)
        case (.integer(let integer), .decimal):
            writeNumeric(FixedDecimal(units: integer, scale: 0), to: &writer)
        case (.decimal(let decimal), .decimal):
            writeNumeric(decimal, to: &writer)
        case (.text(let text), .varchar), (.text(let text), .text):
            writeText(text, prefix: nil, to: &writer)
        case (.json(let json), .jsonb):
            writeText(json, prefix: 1, to: &writer)
        case (.boolean(let flag), .boolean):
            writer.write(bigEndian: Int32(1))
            writer.write(flag ? 1 : 0)
        case (.date(let day), .date):
            writer.write(bigEndian: Int32(4))
            writer.write(bigEndian: Int32(Int64(day.daysSinceEpoch) - postgresEpochDays))
        case (.time(let time), .time):
            writer.write(bigEndian: Int32(8))
            writer.write(bigEndian: Int64(time.secondsSinceMidnight) * 1_000_000)
        case (.timestamp(let timestamp), .timestamp):
            writeTimestamp(timestamp, to: &writer)
        default:
            preconditionFailure("no binary COPY encoding of \(value) for a \(type.postgresName) column")
        }
    }

    /// An `INTEGER` field: its length and the value as an int32.
    static func writeInteger(_ integer: Int64, to writer: inout ByteWriter) {
        precondition(Int64(Int32.min)...Int64(Int32.max) ~= integer, "\(integer) does not fit an INTEGER column")
        writer.write(bigEndian: Int32(4))
        writer.write(bigEndian: Int32(truncatingIfNeeded: integer))
    }

    /// A `TIMESTAMP` field: its length and the microseconds since 2000-01-01 00:00:00.
    static func writeTimestamp(_ timestamp: Timestamp, to writer: inout ByteWriter) {
        writer.write(bigEndian: Int32(8))
        writer.write(bigEndian: (timestamp.secondsSinceEpoch - postgresEpochDays * 86_400) * 1_000_000)
    }

    /// A string's UTF-8 bytes, after an optional format byte (JSONB's version).
    private static func writeText(_ text: String, prefix: UInt8?, to writer: inout ByteWriter) {
        var text = text
        text.withUTF8 { writeText(bytes: $0, prefix: prefix, to: &writer) }
    }

    /// The same for UTF-8 bytes.
    static func writeText(bytes: UnsafeBufferPointer<UInt8>, prefix: UInt8?, to writer: inout ByteWriter) {
        writer.write(bigEndian: Int32(bytes.count + (prefix == nil ? 0 : 1)))
        if let prefix { writer.write(prefix) }
        writer.write(bytes)
    }

    /// `numeric`'s binary form: the value in base-10000 digits, most significant first.
    /// `weight` is the power of 10000 of the first digit; zero digits at either end are left
    /// out; the display scale is the value's own (the column's scale is applied on receipt).
    ///
    /// The value times 10000 to the power of its fraction's groups is a whole number, whose
    /// base-10000 digits are the numeric's digits: it is taken apart in 64 bits when it fits
    /// (every amount, rate and quantity SeedKit writes) and in 128 bits otherwise.
    static func writeNumeric(_ value: FixedDecimal, to writer: inout ByteWriter) {
        let fractionGroups = (value.scale + 3) / 4
        // The fraction, padded on the right to whole groups of four digits.
        let padding = pow10(fractionGroups * 4 - value.scale)
        let magnitude = value.units.magnitude
        let (digits, count) = magnitude <= UInt64.max / UInt64(padding)
            ? baseTenThousand(magnitude * UInt64(padding))
            : baseTenThousand(UInt128(magnitude) * UInt128(padding))
        var trailingZeros = 0
        while trailingZeros < count && digits[trailingZeros] == 0 { trailingZeros += 1 }
        let significant = count - trailingZeros
        let weight = significant == 0 ? 0 : count - fractionGroups - 1

        writer.write(bigEndian: Int32(8 + 2 * significant))
        writer.write(bigEndian: Int16(significant))
        writer.write(bigEndian: Int16(weight))
        writer.write(bigEndian: Int16(value.units < 0 && significant > 0 ? 0x4000 : 0x0000))
        writer.write(bigEndian: Int16(value.scale))
        for index in stride(from: count - 1, through: trailingZeros, by: -1) { writer.write(bigEndian: digits[index]) }
    }

    /// `whole`'s base-10000 digits, least significant first, and how many there are (none for 0;
    /// at most 6, since `whole` is below 2^63 × 1000).
    private static func baseTenThousand<Whole: FixedWidthInteger & UnsignedInteger>(_ whole: Whole) -> (InlineArray<8, Int16>, Int) {
        var digits = InlineArray<8, Int16>(repeating: 0)
        var count = 0
        var rest = whole
        while rest > 0 {
            digits[count] = Int16(truncatingIfNeeded: rest % 10_000)
            rest /= 10_000
            count += 1
        }
        return (digits, count)
    }
}

import Testing
@testable import SeedKit

/// PostgreSQL's binary COPY format, byte by byte, for each column type SeedKit writes.
@Suite struct CopyBinaryTests {
    private func field(_ value: SQLValue, _ type: ColumnType) -> [UInt8] {
        var writer = ByteWriter()
        CopyBinary.write(value, as: type, to: &writer)
        return writer.bytes
    }

    /// A numeric field: length, digit count, weight, sign, display scale, then the digits.
    private func numeric(weight: Int16, negative: Bool = false, scale: Int16, _ digits: [Int16]) -> [UInt8] {
        var writer = ByteWriter()
        writer.write(bigEndian: Int32(8 + 2 * digits.count))
        writer.write(bigEndian: Int16(digits.count))
        writer.write(bigEndian: weight)
        writer.write(bigEndian: Int16(negative ? 0x4000 : 0))
        writer.write(bigEndian: scale)
        for digit in digits { writer.write(bigEndian: digit) }
        return writer.bytes
    }

    private func decimal(_ text: String, scale: Int) -> SQLValue {
        .decimal(FixedDecimal(parsing: text, scale: scale)!)
    }

    @Test("the stream starts with PGCOPY's signature, no flags and no extension, and ends with -1")
    func headerAndTrailer() {
        #expect(CopyBinary.header == [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(CopyBinary.trailer == [0xFF, 0xFF])
    }

    @Test("a row is its field count, then length-prefixed big-endian fields; NULL is length -1")
    func rowLayout() {
        var writer = ByteWriter(capacity: 4)  // grows as the row needs
        writer.write(0xAA)
        CopyBinary.appendRow([.integer(258), .null, .boolean(true)], types: [.serial, .integer, .boolean], to: &writer)
        #expect(writer.bytes == [0xAA, 0, 3, 0, 0, 0, 4, 0, 0, 1, 2, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 1, 1])
        #expect(field(.integer(-1), .integer) == [0, 0, 0, 4, 0xFF, 0xFF, 0xFF, 0xFF])
    }

    @Test("decimals become base-10000 digits with a weight, zero groups left out, the value's scale kept")
    func numerics() {
        #expect(field(decimal("12.50", scale: 2), .decimal(precision: 10, scale: 2)) == numeric(weight: 0, scale: 2, [12, 5000]))
        #expect(field(decimal("-0.05", scale: 2), .decimal(precision: 5, scale: 2))
            == numeric(weight: -1, negative: true, scale: 2, [500]))
        #expect(field(decimal("0", scale: 2), .decimal(precision: 5, scale: 2)) == numeric(weight: 0, scale: 2, []))
        #expect(field(decimal("10000", scale: 0), .decimal(precision: 8, scale: 0)) == numeric(weight: 1, scale: 0, [1]))
        #expect(field(decimal("123456789.1234", scale: 4), .decimal(precision: 15, scale: 4))
            == numeric(weight: 2, scale: 4, [1, 2345, 6789, 1234]))
        #expect(field(decimal("0.000000001", scale: 9), .decimal(precision: 12, scale: 9))
            == numeric(weight: -3, scale: 9, [1000]))
        #expect(field(.integer(7), .decimal(precision: 5, scale: 2)) == numeric(weight: 0, scale: 0, [7]))
        #expect(field(.decimal(FixedDecimal(units: .max, scale: 2)), .decimal(precision: 20, scale: 2))
            == numeric(weight: 4, scale: 2, [9, 2233, 7203, 6854, 7758, 700]))
        #expect(field(.decimal(FixedDecimal(units: -.max, scale: 9)), .decimal(precision: 20, scale: 9))
            == numeric(weight: 2, negative: true, scale: 9, [92, 2337, 2036, 8547, 7580, 7000]))
    }

    @Test("a numeric's digits, weight and sign read back as the decimal itself, at every scale and size")
    func numericsReadBack() {
        var draws = RandomStream(seed: 13)
        for scale in 0...9 {
            var values: [Int64] = [0, 1, -1, 9_999, 10_000, .max, -.max, .min + 1]
            for _ in 0..<500 {
                let digits = draws.int(in: 1...19)
                let magnitude = Int64(truncatingIfNeeded: draws.next() % UInt64(pow10(min(digits, 18)))) * (digits == 19 ? 9 : 1)
                values.append(draws.chance(0.5) ? -magnitude : magnitude)
            }
            for units in values {
                let bytes = field(.decimal(FixedDecimal(units: units, scale: scale)), .decimal(precision: 30, scale: scale))
                func int16(_ at: Int) -> Int { Int(Int16(bitPattern: UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1]))) }
                let count = int16(4), weight = int16(6), negative = int16(8) == 0x4000
                #expect(int16(10) == scale)
                #expect(bytes.count == 12 + 2 * count)
                // Σ digit × 10000^(weight − i), times 10^scale: the units again.
                var read: Int128 = 0
                for index in 0..<count {
                    let digit = int16(12 + 2 * index)
                    #expect((0..<10_000).contains(digit))
                    #expect(index > 0 || digit != 0, "no leading zero group")
                    #expect(index < count - 1 || digit != 0, "no trailing zero group")
                    let exponent = 4 * (weight - index) + scale
                    var term = Int128(digit)
                    if exponent >= 0 {
                        for _ in 0..<exponent { term *= 10 }
                    } else {
                        for _ in 0..<(-exponent) { term /= 10 }
                    }
                    read += term
                }
                #expect((negative ? -read : read) == Int128(units), "\(units) at scale \(scale)")
            }
        }
    }

    @Test("dates, times and timestamps count from 2000-01-01 in days and microseconds")
    func temporal() {
        let millennium = Day(year: 2000, month: 1, day: 1)!
        #expect(field(.date(millennium), .date) == [0, 0, 0, 4, 0, 0, 0, 0])
        #expect(field(.date(millennium.adding(days: -1)), .date) == [0, 0, 0, 4, 0xFF, 0xFF, 0xFF, 0xFF])
        #expect(field(.time(TimeOfDay(hour: 0, minute: 0, second: 1)!), .time) == [0, 0, 0, 8, 0, 0, 0, 0, 0, 0x0F, 0x42, 0x40])
        let second = Timestamp(day: millennium, time: TimeOfDay(hour: 0, minute: 0, second: 1)!)
        #expect(field(.timestamp(second), .timestamp) == [0, 0, 0, 8, 0, 0, 0, 0, 0, 0x0F, 0x42, 0x40])
    }

    @Test("text is its UTF-8 bytes, unescaped; JSONB adds its version byte")
    func text() {
        #expect(field(.text("é\t"), .varchar(10)) == [0, 0, 0, 3, 0xC3, 0xA9, 0x09])
        #expect(field(.text(""), .text) == [0, 0, 0, 0])
        #expect(field(.json("{}"), .jsonb) == [0, 0, 0, 3, 1, 0x7B, 0x7D])
    }
}

import Testing
@testable import SeedKit

/// Numbers, dates and times are written in place, two digits at a time, and dates copied from a
/// table of their text: every one must be exactly the value's `description`, in a `ByteWriter`
/// (written in place) and in an array (through a scratch buffer) alike.
@Suite struct PlainTextTests {
    static func written(_ append: (inout ByteWriter) -> Void) -> String {
        var writer = ByteWriter(capacity: 16)
        append(&writer)
        var array: [UInt8] = []
        writer.withBytes { array.append(contentsOf: $0) }
        return String(decoding: array, as: UTF8.self)
    }

    static func appended(_ append: (inout [UInt8]) -> Void) -> String {
        var bytes: [UInt8] = []
        append(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("integers of every length, both signs and the extremes are their description")
    func integers() {
        var values: [Int64] = [0, 1, 9, 10, 99, 100, -1, -10, Int64.max, Int64.min, Int64.min + 1]
        var power: Int64 = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -power]
        }
        for value in values {
            #expect(Self.written { $0.appendInteger(value) } == value.description)
            #expect(Self.appended { $0.appendInteger(value) } == value.description)
        }
    }

    @Test("decimals keep their scale, leading zeros of the fraction and their sign")
    func decimals() {
        var random = RandomStream(seed: 7)
        for _ in 0..<5_000 {
            let decimal = FixedDecimal(units: Int64(random.int(in: -2_000_000...2_000_000)), scale: random.int(in: 0...6))
            #expect(Self.written { $0.appendDecimal(decimal) } == decimal.description)
        }
        let edges = [FixedDecimal(units: -5, scale: 2), FixedDecimal(units: 5, scale: 3), FixedDecimal(units: Int64.max, scale: 4),
                     FixedDecimal(units: Int64.min + 1, scale: 9), FixedDecimal(units: 0, scale: 2)]
        for decimal in edges {
            #expect(Self.written { $0.appendDecimal(decimal) } == decimal.description)
            #expect(Self.appended { $0.appendDecimal(decimal) } == decimal.description)
        }
    }

    @Test("every day the table holds, and days on either side of it, are their description")
    func days() {
        // The table runs from 1970-01-01 (day 0) to 2100-12-31 (day 47,846); outside it the text is worked out.
        for number in stride(from: -800, through: 48_600, by: 1) {
            let day = Day(daysSinceEpoch: number)
            #expect(Self.written { $0.appendDay(day) } == day.description)
        }
        let far = [Day(daysSinceEpoch: -719_468), Day(daysSinceEpoch: 2_932_896)]  // 0000-03-01 and 9999-12-31
        for day in far { #expect(Self.written { $0.appendDay(day) } == day.description) }
        #expect(Self.written { $0.appendDay(Day(daysSinceEpoch: 47_846)) } == "2100-12-31")
    }

    @Test("timestamps and times are their description, at every second of a day and across midnight")
    func timestamps() {
        let day = Day(daysSinceEpoch: 20_000)
        for second in stride(from: -3, through: 86_403, by: 1) {
            let timestamp = Timestamp(secondsSinceEpoch: Int64(day.daysSinceEpoch) * 86_400 + Int64(second))
            #expect(Self.written { $0.appendTimestamp(timestamp) } == timestamp.description)
        }
        for second in stride(from: 0, to: 86_400, by: 7) {
            let time = TimeOfDay(secondsSinceMidnight: second)
            #expect(Self.appended { $0.appendTime(time) } == time.description)
        }
        let before = Timestamp(secondsSinceEpoch: -1)
        #expect(Self.written { $0.appendTimestamp(before) } == "1969-12-31 23:59:59")
    }
}

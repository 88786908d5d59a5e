import Testing
@testable import SeedKit

@Suite struct CopyTextTests {
    private func line(_ values: [SQLValue]) -> String {
        var buffer: [UInt8] = []
        CopyText.appendRow(values, to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    @Test("separates columns with tabs, ends rows with a newline, writes NULL as \\N")
    func layout() {
        #expect(line([.integer(1), .null, .text("x")]) == "1\t\\N\tx\n")
        #expect(line([.null]) == "\\N\n")
    }

    @Test("escapes backslash, tab, newline, carriage return, backspace, form feed and vertical tab as pg_dump does")
    func escapes() {
        var buffer: [UInt8] = []
        CopyText.append(.text("a\\b\tc\nd\re\u{8}f\u{c}g\u{b}h"), to: &buffer)
        #expect(buffer == Array(#"a\\b\tc\nd\re\bf\fg\vh"#.utf8))
    }

    @Test("passes quotes, other control characters and non-ASCII text through unchanged")
    func passesThrough() {
        var buffer: [UInt8] = []
        CopyText.append(.text("O'Brien's \"🌮\" \u{1}é"), to: &buffer)
        #expect(buffer == Array("O'Brien's \"🌮\" \u{1}é".utf8))
        #expect(line([.text("")]) == "\n")
        #expect(line([.text(#"\N"#)]) == #"\\N"# + "\n")  // the text \N is not NULL
    }

    @Test("writes booleans as t and f, and numbers, dates and times as their exact text")
    func plainValues() {
        let day = Day(year: 2024, month: 2, day: 29)!
        let time = TimeOfDay(hour: 7, minute: 5, second: 9)!
        #expect(line([
            .boolean(true), .boolean(false), .integer(-42), .integer(Int64.min),
            .decimal(FixedDecimal(units: 1250, scale: 2)), .decimal(FixedDecimal(units: -5, scale: 2)),
            .decimal(FixedDecimal(units: 0, scale: 3)), .decimal(FixedDecimal(units: 7, scale: 0)),
            .date(day), .time(time), .timestamp(Timestamp(day: day, time: time)),
        ]) == "t\tf\t-42\t-9223372036854775808\t12.50\t-0.05\t0.000\t7\t2024-02-29\t07:05:09\t2024-02-29 07:05:09\n")
    }

    @Test("writes JSON as escaped text", arguments: [
        (#"{"a":"x\ny"}"#, #"{"a":"x\\ny"}"#),
        ("{\"tab\":\"\t\"}", #"{"tab":"\t"}"#),
    ])
    func json(input: String, expected: String) {
        var buffer: [UInt8] = []
        CopyText.append(.json(input), to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == expected)
    }

    @Test("renders every value exactly as its description", arguments: [0, 1, 59, 86_399, 1_000_000_000, -86_401, 253_402_300_799])
    func matchesDescriptions(seconds: Int64) {
        let timestamp = Timestamp(secondsSinceEpoch: seconds)
        var buffer: [UInt8] = []
        CopyText.append(.timestamp(timestamp), to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == timestamp.description)
        let decimal = FixedDecimal(units: seconds, scale: 4)
        buffer.removeAll()
        CopyText.append(.decimal(decimal), to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == decimal.description)
    }

    /// COPY's escapes, one byte at a time: what the word-at-a-time scan must agree with.
    static func escapedByteByByte(_ text: String) -> String {
        var output = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): output += "\\\\"
            case 0x08: output += "\\b"
            case 0x09: output += "\\t"
            case 0x0A: output += "\\n"
            case 0x0B: output += "\\v"
            case 0x0C: output += "\\f"
            case 0x0D: output += "\\r"
            default: output.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return output
    }

    @Test("an escape is found wherever it falls in a text of any length, and other bytes are copied as they are")
    func escapesAtEveryPosition() {
        for length in 0...40 {
            for position in 0..<max(length, 1) {
                for special in ["\\", "\t", "\n", "\r", "\u{8}", "\u{1}", "\u{1F}", " ", "~", "\u{7F}"] {
                    var characters = Array(repeating: "a", count: length)
                    if position < length { characters[position] = special }
                    let text = characters.joined()
                    var buffer: [UInt8] = []
                    CopyText.append(.text(text), to: &buffer)
                    #expect(String(decoding: buffer, as: UTF8.self) == Self.escapedByteByByte(text), "\(length) bytes, at \(position)")
                }
            }
        }
    }
}

/// PostgreSQL's `COPY … FROM stdin` text format, byte for byte as `pg_dump` writes it.
///
/// Columns are separated by a tab, rows end with a newline, `NULL` is `\N`, booleans are `t` and
/// `f`, and text escapes backslash, tab, newline, carriage return, backspace, form feed and
/// vertical tab with a backslash, exactly as PostgreSQL's own `COPY … TO` does. Values are
/// appended to a caller-owned buffer, so a sink can reuse one buffer for millions of rows.
public enum CopyText {
    /// Appends one row: its values separated by tabs, followed by a newline.
    public static func appendRow(_ values: some RandomAccessCollection<SQLValue>, to buffer: inout [UInt8]) {
        for (index, value) in values.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: "\t")) }
            append(value, to: &buffer)
        }
        buffer.append(UInt8(ascii: "\n"))
    }

    /// Appends one value in COPY text form.
    public static func append(_ value: SQLValue, to buffer: inout [UInt8]) {
        switch value {
        case .null:
            buffer.append(UInt8(ascii: "\\"))
            buffer.append(UInt8(ascii: "N"))
        case .integer(let integer): buffer.appendInteger(integer)
        case .decimal(let decimal): buffer.appendDecimal(decimal)
        case .text(let text), .json(let text): appendEscaped(text, to: &buffer)
        case .boolean(let flag): buffer.append(UInt8(ascii: flag ? "t" : "f"))
        case .date(let day): buffer.appendDay(day)
        case .time(let time): buffer.appendTime(time)
        case .timestamp(let timestamp): buffer.appendTimestamp(timestamp)
        }
    }

    /// Appends text with COPY's backslash escapes, copying unescaped runs in one piece.
    static func appendEscaped(_ text: String, to buffer: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "\\") || byte < 0x20 else { continue }
                let escape: UInt8
                switch byte {
                case UInt8(ascii: "\\"): escape = UInt8(ascii: "\\")
                case 0x08: escape = UInt8(ascii: "b")
                case 0x09: escape = UInt8(ascii: "t")
                case 0x0A: escape = UInt8(ascii: "n")
                case 0x0B: escape = UInt8(ascii: "v")
                case 0x0C: escape = UInt8(ascii: "f")
                case 0x0D: escape = UInt8(ascii: "r")
                default: continue  // other control characters travel as they are, as in PostgreSQL
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                buffer.append(UInt8(ascii: "\\"))
                buffer.append(escape)
                runStart = index + 1
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}

/// The plain text of values as bytes, without intermediate strings. Each writes exactly the
/// value's `description` (`42`, `-0.05`, `2024-03-01`, `18:30:00`, `2024-03-01 18:30:00`).
extension Array where Element == UInt8 {
    mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    mutating func appendInteger(_ value: Int64) {
        if value < 0 { append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, width: 1)
    }

    mutating func appendDecimal(_ value: FixedDecimal) {
        guard value.scale > 0 else { return appendInteger(value.units) }
        let divisor = UInt64(pow10(value.scale))
        if value.units < 0 { append(UInt8(ascii: "-")) }
        appendDigits(value.units.magnitude / divisor, width: 1)
        append(UInt8(ascii: "."))
        appendDigits(value.units.magnitude % divisor, width: value.scale)
    }

    mutating func appendDay(_ day: Day) {
        let (year, month, dayOfMonth) = day.civil
        guard (0...9999).contains(year) else { return appendUTF8(day.description) }
        appendFixed(10) { Self.putDay(year, month, dayOfMonth, into: $0) }
    }

    mutating func appendTime(_ time: TimeOfDay) {
        appendFixed(8) { Self.putTime(time.secondsSinceMidnight, into: $0) }
    }

    mutating func appendTimestamp(_ timestamp: Timestamp) {
        let (year, month, dayOfMonth) = timestamp.day.civil
        guard (0...9999).contains(year) else { return appendUTF8(timestamp.description) }
        let seconds = timestamp.timeOfDay.secondsSinceMidnight
        appendFixed(19) { bytes in
            Self.putDay(year, month, dayOfMonth, into: bytes)
            bytes[10] = UInt8(ascii: " ")
            Self.putTime(seconds, into: UnsafeMutableBufferPointer(rebasing: bytes[11...]))
        }
    }

    /// Decimal digits of `value`, zero-padded on the left to at least `width` (at most 20).
    private mutating func appendDigits(_ value: UInt64, width: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var position = 20
            var rest = value
            repeat {
                position -= 1
                digits[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            while 20 - position < width {
                position -= 1
                digits[position] = UInt8(ascii: "0")
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[position...]))
        }
    }

    /// Fills `count` bytes on the stack and appends them in one piece.
    private mutating func appendFixed(_ count: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { bytes in
            fill(bytes)
            append(contentsOf: UnsafeBufferPointer(bytes))
        }
    }

    /// `YYYY-MM-DD` into the first 10 bytes.
    private static func putDay(_ year: Int, _ month: Int, _ day: Int, into bytes: UnsafeMutableBufferPointer<UInt8>) {
        putTwo(year / 100, into: bytes, at: 0)
        putTwo(year % 100, into: bytes, at: 2)
        bytes[4] = UInt8(ascii: "-")
        putTwo(month, into: bytes, at: 5)
        bytes[7] = UInt8(ascii: "-")
        putTwo(day, into: bytes, at: 8)
    }

    /// `HH:MM:SS` into the first 8 bytes.
    private static func putTime(_ seconds: Int, into bytes: UnsafeMutableBufferPointer<UInt8>) {
        putTwo(seconds / 3600, into: bytes, at: 0)
        bytes[2] = UInt8(ascii: ":")
        putTwo(seconds / 60 % 60, into: bytes, at: 3)
        bytes[5] = UInt8(ascii: ":")
        putTwo(seconds % 60, into: bytes, at: 6)
    }

    private static func putTwo(_ value: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        bytes[offset] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value / 10)
        bytes[offset + 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10)
    }
}

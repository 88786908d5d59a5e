/// PostgreSQL's `COPY … FROM stdin` text format, byte for byte as `pg_dump` writes it.
///
/// Columns are separated by a tab, rows end with a newline, `NULL` is `\N`, booleans are `t` and
/// `f`, and text escapes backslash, tab, newline, carriage return, backspace, form feed and
/// vertical tab with a backslash, exactly as PostgreSQL's own `COPY … TO` does. Values are
/// appended to a caller-owned buffer, so a sink can reuse one buffer for millions of rows.
public enum CopyText {
    /// Appends one row: its values separated by tabs, followed by a newline.
    public static func appendRow<Output: ByteOutput & ~Copyable>(_ values: some RandomAccessCollection<SQLValue>, to buffer: inout Output) {
        for (index, value) in values.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: "\t")) }
            append(value, to: &buffer)
        }
        buffer.append(UInt8(ascii: "\n"))
    }

    /// Appends one value in COPY text form.
    public static func append<Output: ByteOutput & ~Copyable>(_ value: SQLValue, to buffer: inout Output) {
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
    static func appendEscaped<Output: ByteOutput & ~Copyable>(_ text: String, to buffer: inout Output) {
        var text = text
        text.withUTF8 { appendEscaped(bytes: $0, to: &buffer) }
    }

    /// Appends UTF-8 text with COPY's backslash escapes. Eight bytes at a time are checked for
    /// a byte that may need one: most text has none, and is then copied whole.
    static func appendEscaped<Output: ByteOutput & ~Copyable>(bytes: UnsafeBufferPointer<UInt8>, to buffer: inout Output) {
        guard let base = bytes.baseAddress else { return }
        var runStart = 0
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count, !mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = base[index]
            index += 1
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
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index - 1]))
            buffer.append(UInt8(ascii: "\\"))
            buffer.append(escape)
            runStart = index
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    /// Whether any of a word's eight bytes is below 0x20 or a backslash (it may say so of a
    /// word that has none, never the other way).
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highBits
        let noBackslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let backslash = (noBackslash &- ones) & ~noBackslash & highBits
        return control | backslash != 0
    }
}

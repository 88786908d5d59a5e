/// SQL literal text for a value, as written into `INSERT` statements of a SQL file.
///
/// Strings are single-quoted with quotes doubled and nothing else escaped: the PostgreSQL file
/// sets `standard_conforming_strings = on`, so backslashes are literal in both dialects. Decimals
/// are unquoted exact text, booleans `true`/`false` (PostgreSQL) or `1`/`0` (SQLite), and dates,
/// times, timestamps and JSON are quoted text.
///
/// In SQLite a carriage return (and NUL) is spliced in as `char(13)`: the `sqlite3` shell reads
/// its input line by line and drops a carriage return that ends a line, even inside a string.
public enum SQLLiteral {
    /// The literal for `value` in `dialect`: `NULL`, `42`, `12.50`, `'O''Brien''s'`, `true`, `1`.
    public static func render(_ value: SQLValue, dialect: SQLDialect) -> String {
        var bytes: [UInt8] = []
        append(value, dialect: dialect, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the literal for `value` in `dialect` to `buffer` as UTF-8.
    public static func append<Output: ByteOutput & ~Copyable>(_ value: SQLValue, dialect: SQLDialect, to buffer: inout Output) {
        switch value {
        case .null: buffer.appendStatic("NULL")
        case .integer(let integer): buffer.appendInteger(integer)
        case .decimal(let decimal): buffer.appendDecimal(decimal)
        case .text(let text), .json(let text): appendQuoted(text, dialect: dialect, to: &buffer)
        case .boolean(let flag):
            switch dialect {
            case .postgres: buffer.appendStatic(flag ? "true" : "false")
            case .sqlite: buffer.append(flag ? UInt8(ascii: "1") : UInt8(ascii: "0"))
            }
        case .date(let day): quoting(&buffer) { $0.appendDay(day) }
        case .time(let time): quoting(&buffer) { $0.appendTime(time) }
        case .timestamp(let timestamp): quoting(&buffer) { $0.appendTimestamp(timestamp) }
        }
    }

    /// A quoted string literal for `text` in `dialect`.
    public static func quoted(_ text: String, dialect: SQLDialect) -> String {
        render(.text(text), dialect: dialect)
    }

    /// Appends `'text'` with quotes doubled (and, for SQLite, `'||char(13)||'` splices).
    static func appendQuoted<Output: ByteOutput & ~Copyable>(_ text: String, dialect: SQLDialect, to buffer: inout Output) {
        var text = text
        text.withUTF8 { appendQuoted(bytes: $0, dialect: dialect, to: &buffer) }
    }

    /// The same for UTF-8 text.
    static func appendQuoted<Output: ByteOutput & ~Copyable>(bytes: UnsafeBufferPointer<UInt8>, dialect: SQLDialect,
                                                            to buffer: inout Output) {
        buffer.append(UInt8(ascii: "'"))
        var runStart = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: "'") {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...index]))
                buffer.append(UInt8(ascii: "'"))
                runStart = index + 1
            } else if dialect == .sqlite && (byte == 0x0D || byte == 0x00) {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                buffer.appendStatic("'||char(")
                buffer.appendInteger(Int64(byte))
                buffer.appendStatic(")||'")
                runStart = index + 1
            }
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        buffer.append(UInt8(ascii: "'"))
    }

    private static func quoting<Output: ByteOutput & ~Copyable>(_ buffer: inout Output, _ body: (inout Output) -> Void) {
        buffer.append(UInt8(ascii: "'"))
        body(&buffer)
        buffer.append(UInt8(ascii: "'"))
    }
}

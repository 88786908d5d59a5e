/// One value of one column of one generated row: the single row encoding every sink shares.
///
/// Values carry their meaning (a decimal, a date, JSON), not their text; each sink renders them
/// for its own target (``SQLLiteral``, ``CopyText``, SQLite bindings).
public enum SQLValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case decimal(FixedDecimal)
    case text(String)
    case boolean(Bool)
    case date(Day)
    case time(TimeOfDay)
    case timestamp(Timestamp)
    /// JSON text, already canonical (see ``JSONText``).
    case json(String)
}

extension SQLValue {
    /// An integer identifier, or `NULL` when absent.
    public static func id(_ value: Int?) -> SQLValue { value.map { .integer(Int64($0)) } ?? .null }
    public static func int(_ value: Int) -> SQLValue { .integer(Int64(value)) }
    public static func money(_ value: Money) -> SQLValue { .decimal(value.decimal) }
    public static func rate(_ value: Rate) -> SQLValue { .decimal(value.decimal) }
    public static func optionalText(_ value: String?) -> SQLValue { value.map(SQLValue.text) ?? .null }
}

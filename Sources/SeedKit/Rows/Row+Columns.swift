extension Row {
    /// A row written as `column: value` pairs, in the table's column order.
    ///
    /// Naming every column keeps generators readable and catches a misplaced value: debug builds
    /// check the names against the schema.
    public init(_ table: TableName, columns: KeyValuePairs<ColumnName, SQLValue>) {
        assert(
            columns.map(\.key.text) == Schema.builtIn.table(table).columnNames,
            "\(table.rawValue): columns \(columns.map(\.key.text)) differ from \(Schema.builtIn.table(table).columnNames)"
        )
        self.init(table, pairs: columns)
    }
}

/// A column's name as a generator writes it in a row: a string literal, kept as the literal
/// itself. Unlike a `String`, it needs no release when the row is freed, and rows are made and
/// freed millions of times.
public struct ColumnName: ExpressibleByStringLiteral, Sendable {
    public let literal: StaticString

    public init(stringLiteral literal: StaticString) {
        self.literal = literal
    }

    /// The name as text.
    public var text: String { literal.description }
}

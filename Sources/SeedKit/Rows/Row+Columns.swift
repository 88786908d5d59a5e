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

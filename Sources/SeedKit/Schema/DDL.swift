/// The schema's DDL in either dialect: the part before the data and the part after it.
public enum DDL {
    /// The statements that create the tables, to run before loading data.
    public static func createTables(_ schema: Schema, dialect: SQLDialect) -> [String] {
        switch dialect {
        case .postgres: PostgresDDL.createTables(schema)
        case .sqlite: SQLiteDDL.createTables(schema)
        }
    }

    /// The statements that add keys, constraints and indexes, to run after loading data.
    public static func afterData(_ schema: Schema, dialect: SQLDialect) -> [String] {
        switch dialect {
        case .postgres: PostgresDDL.afterData(schema)
        case .sqlite: SQLiteDDL.afterData(schema)
        }
    }

    /// `CREATE TABLE` with each column's type, `NOT NULL` and default, and the table's named
    /// checks; `inline` adds what a dialect declares in the column itself: `before` goes ahead of
    /// `NOT NULL`, `after` follows the default.
    static func createTable(_ table: Table, type: (ColumnType) -> String,
                            inline: (Column) -> (before: String, after: String) = { _ in ("", "") }) -> String {
        var lines = table.columns.map { column in
            let extra = inline(column)
            var line = "    \(column.name) \(type(column.type))" + extra.before
            if column.isNotNull { line += " NOT NULL" }
            if let expression = column.defaultExpression { line += " DEFAULT \(expression)" }
            return line + extra.after
        }
        lines += table.checks.map { "    CONSTRAINT \($0.name) CHECK \($0.expression)" }
        return "CREATE TABLE \(table.name.rawValue) (\n" + lines.joined(separator: ",\n") + "\n);"
    }

    /// The whole schema as one script (what `seedkit schema --dialect …` prints): a header
    /// comment, the tables, then their keys, constraints and indexes.
    public static func schemaText(_ schema: Schema, dialect: SQLDialect) -> String {
        let target = dialect == .postgres ? "PostgreSQL" : "SQLite"
        var text = "-- SeedKit schema for \(target): the seed document's tables, then their keys and indexes.\n\n"
        for statement in createTables(schema, dialect: dialect) {
            text += statement + "\n\n"
        }
        text += afterData(schema, dialect: dialect).joined(separator: "\n") + "\n"
        return text
    }
}

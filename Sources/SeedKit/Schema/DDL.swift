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

/// The schema as PostgreSQL DDL, split as `pg_dump` splits it: bare tables before the data, and
/// primary keys, unique constraints, indexes and foreign keys after it, when building them is
/// one pass over loaded data instead of one check per inserted row.
public enum PostgresDDL {
    /// `CREATE TABLE` statements for every table, in dependency order.
    public static func createTables(_ schema: Schema) -> [String] {
        schema.tables.map(createTable)
    }

    /// `CREATE TABLE` with column types, `NOT NULL`, defaults and named checks, but no primary
    /// key, unique constraint or foreign key. `SERIAL` keeps its sequence, `<table>_id_seq`.
    public static func createTable(_ table: Table) -> String {
        DDL.createTable(table, type: \.postgresName)
    }

    /// The statements that complete the schema once the data is in: primary keys and unique
    /// constraints, then indexes, then foreign keys (which need the referenced keys).
    ///
    /// Constraints are added without names, so PostgreSQL gives them the names the seed's inline
    /// DDL would have given them (`users_pkey`, `platforms_slug_key`, `users_restaurant_id_fkey`).
    public static func afterData(_ schema: Schema) -> [String] {
        schema.tables.flatMap(keyStatements) + schema.indexes.map(indexStatement)
            + schema.tables.flatMap(foreignKeyStatements)
    }

    /// `afterData`'s keys, unique constraints and indexes, grouped by table, in schema order:
    /// what one connection builds for a table while others build other tables' (``foreignKeys``
    /// come once every table's keys exist).
    public static func keysAndIndexesByTable(_ schema: Schema) -> [(table: TableName, statements: [String])] {
        schema.tables.map { table in
            (table.name, keyStatements(table) + schema.indexes.filter { $0.table == table.name }.map(indexStatement))
        }
    }

    /// `afterData`'s foreign keys, in its order.
    public static func foreignKeys(_ schema: Schema) -> [String] {
        schema.tables.flatMap(foreignKeyStatements)
    }

    /// The primary key, then the unique constraints, of `table`.
    private static func keyStatements(_ table: Table) -> [String] {
        let name = table.name.rawValue
        var statements: [String] = []
        let keys = table.columns.filter(\.isPrimaryKey).map(\.name)
        if !keys.isEmpty {
            statements.append("ALTER TABLE ONLY \(name) ADD PRIMARY KEY (\(keys.joined(separator: ", ")));")
        }
        for columns in table.uniqueConstraints {
            statements.append("ALTER TABLE ONLY \(name) ADD UNIQUE (\(columns.joined(separator: ", ")));")
        }
        return statements
    }

    private static func indexStatement(_ index: Schema.Index) -> String {
        "CREATE INDEX \(index.name) ON \(index.table.rawValue) (\(index.columns.joined(separator: ", ")));"
    }

    private static func foreignKeyStatements(_ table: Table) -> [String] {
        table.columns.compactMap { column in
            column.reference.map { reference in
                "ALTER TABLE ONLY \(table.name.rawValue) ADD FOREIGN KEY (\(column.name)) " + referenceClause(reference) + ";"
            }
        }
    }

    /// Sets every table's `id` sequence so that the application's next `INSERT` gets the id
    /// after the largest loaded one (or 1 for an empty table). One `DO` block, so `psql` prints
    /// no result table for each sequence.
    public static func sequenceResets(maxIDs: [TableName: Int64]) -> String {
        var text = "DO $$\nBEGIN\n"
        for table in TableName.allCases {
            let sequence = "'\(table.rawValue)_id_seq'"
            if let maxID = maxIDs[table] {
                text += "    PERFORM pg_catalog.setval(\(sequence), \(maxID), true);\n"
            } else {
                text += "    PERFORM pg_catalog.setval(\(sequence), 1, false);\n"
            }
        }
        return text + "END\n$$;\n"
    }

    /// Sets every table's sequence past the highest id the table holds (or to start at 1 when it
    /// is empty), whoever wrote the rows.
    public static func sequenceResetsFromTables() -> String {
        var text = "DO $$\nBEGIN\n"
        for table in TableName.allCases {
            let name = table.rawValue
            text += "    PERFORM pg_catalog.setval('\(name)_id_seq', COALESCE((SELECT max(id) FROM \(name)), 1), "
                + "(SELECT max(id) FROM \(name)) IS NOT NULL);\n"
        }
        return text + "END\n$$;\n"
    }

    /// `REFERENCES table(column) [ON DELETE action]`.
    static func referenceClause(_ reference: ForeignKey) -> String {
        var clause = "REFERENCES \(reference.table.rawValue)(\(reference.column))"
        if let action = reference.onDelete { clause += " ON DELETE \(action)" }
        return clause
    }
}

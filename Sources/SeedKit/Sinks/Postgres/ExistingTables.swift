/// The application's own tables, for `--schema existing`: which of SeedKit's columns they have,
/// read from the catalogue, and so which values of each row a load writes.
struct ExistingTables {
    /// A column as the catalogue describes it.
    struct Column: Equatable {
        let name: String
        let isNotNull: Bool
        /// A default, an identity or a generated value: PostgreSQL fills it when COPY does not.
        let hasDefault: Bool
    }

    /// A foreign key of the application's, as the catalogue gives it back.
    struct ForeignKey: Equatable {
        /// The table, and the constraint's name, quoted as SQL needs them.
        let table: String
        let name: String
        /// `FOREIGN KEY (…) REFERENCES …`, with its actions, deferrability and validity.
        let definition: String

        var drop: String { "ALTER TABLE \(table) DROP CONSTRAINT \(name);" }
        var add: String { "ALTER TABLE \(table) ADD CONSTRAINT \(name) \(definition);" }
    }

    /// Per table, by position: the positions of the row values to write, in row order.
    let selections: [[Int]]

    /// Matches the catalogue's columns (by table) with the schema's, keeping the columns both
    /// have. Throws ``PostgresError/schemaMismatch(database:problems:)`` listing every table
    /// that is missing, every key or `NOT NULL` column of SeedKit's that is missing, and every
    /// `NOT NULL` column without a default that SeedKit has no value for.
    init(schema: Schema, catalogue: [TableName: [Column]], database: String) throws(PostgresError) {
        var problems: [String] = []
        var selections: [[Int]] = []
        for table in schema.tables {
            let name = table.name.rawValue
            guard let columns = catalogue[table.name] else {
                problems.append("table \(name) is missing")
                selections.append([])
                continue
            }
            let present = Set(columns.map(\.name))
            for column in table.columns where !present.contains(column.name) && !column.isNullable {
                problems.append("\(name).\(column.name) is missing (SeedKit fills it, and its schema has it NOT NULL)")
            }
            let ours = Set(table.columnNames)
            for column in columns where column.isNotNull && !column.hasDefault && !ours.contains(column.name) {
                problems.append("\(name).\(column.name) is NOT NULL without a default, and SeedKit has no value for it")
            }
            selections.append(table.columns.indices.filter { present.contains(table.columns[$0].name) })
        }
        if !problems.isEmpty { throw .schemaMismatch(database: database, problems: problems) }
        self.selections = selections
    }

    /// The columns of SeedKit's tables in the connection's current schema, by table; tables
    /// that are missing have no entry.
    static func catalogue(_ schema: Schema, connection: PostgresConnection) throws -> [TableName: [Column]] {
        let rows = try connection.execute("""
            SELECT c.relname, a.attname, a.attnotnull,
                   a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> ''
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE c.relnamespace = pg_catalog.to_regnamespace(pg_catalog.current_schema())
              AND c.relkind IN ('r', 'p')
              AND c.relname IN (\(nameList(schema)))
            ORDER BY c.relname, a.attnum
            """)
        var catalogue: [TableName: [Column]] = [:]
        for row in rows {
            guard let table = row[0].flatMap(TableName.init(rawValue:)), let name = row[1] else { continue }
            catalogue[table, default: []].append(Column(name: name, isNotNull: row[2] == "t", hasDefault: row[3] == "t"))
        }
        return catalogue
    }

    /// The foreign keys on SeedKit's tables. Rows do not arrive in the order of their
    /// references (restaurants come after their history, to carry its totals), so a load sets
    /// these aside and adds them back, exactly as they were, once the data is in.
    static func foreignKeys(_ schema: Schema, connection: PostgresConnection) throws -> [ForeignKey] {
        let rows = try connection.execute("""
            SELECT k.conrelid::pg_catalog.regclass::text, pg_catalog.quote_ident(k.conname),
                   pg_catalog.pg_get_constraintdef(k.oid)
            FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
            WHERE k.contype = 'f' AND k.conparentid = 0
              AND c.relnamespace = pg_catalog.to_regnamespace(pg_catalog.current_schema())
              AND c.relname IN (\(nameList(schema)))
            ORDER BY 1, 2
            """)
        return rows.compactMap { row in
            guard let table = row[0], let name = row[1], let definition = row[2] else { return nil }
            return ForeignKey(table: table, name: name, definition: definition)
        }
    }

    /// The names of SeedKit's tables that exist in the current schema as any kind of relation.
    static func relations(_ schema: Schema, connection: PostgresConnection) throws -> [String] {
        let rows = try connection.execute("""
            SELECT c.relname FROM pg_catalog.pg_class c
            WHERE c.relnamespace = pg_catalog.to_regnamespace(pg_catalog.current_schema())
              AND c.relname IN (\(nameList(schema)))
            """)
        let found = Set(rows.compactMap { $0[0] })
        return schema.tables.map(\.name.rawValue).filter(found.contains)
    }

    /// The names of SeedKit's tables that hold at least one row.
    static func tablesWithRows(_ schema: Schema, connection: PostgresConnection) throws -> [String] {
        let checks = schema.tables.map { "('\($0.name.rawValue)', EXISTS (SELECT FROM \($0.name.rawValue)))" }
        let rows = try connection.execute(
            "SELECT name FROM (VALUES \(checks.joined(separator: ", "))) AS t(name, filled) WHERE filled")
        let filled = Set(rows.compactMap { $0[0] })
        return schema.tables.map(\.name.rawValue).filter(filled.contains)
    }

    /// Empties SeedKit's tables, and no other: without `CASCADE`, a table of the application's
    /// that refers to them makes it fail instead of being emptied too.
    static func truncate(_ schema: Schema) -> String {
        "TRUNCATE TABLE \(schema.tables.map(\.name.rawValue).joined(separator: ", ")) RESTART IDENTITY;"
    }

    /// Sets the sequence behind each table's `id` (serial or identity, whatever its name) past the
    /// largest loaded id, or back to 1 for an empty table; tables without one are left alone.
    static func sequenceResets(_ schema: Schema, maxIDs: [TableName: Int64]) -> String {
        var text = "DO $$\nBEGIN\n"
        for table in schema.tables {
            let sequence = "pg_catalog.pg_get_serial_sequence('\(table.name.rawValue)', 'id')"
            if let maxID = maxIDs[table.name] {
                text += "    PERFORM pg_catalog.setval(\(sequence), \(maxID), true);\n"
            } else {
                text += "    PERFORM pg_catalog.setval(\(sequence), 1, false);\n"
            }
        }
        return text + "END\n$$;\n"
    }

    private static func nameList(_ schema: Schema) -> String {
        schema.tables.map { "'\($0.name.rawValue)'" }.joined(separator: ", ")
    }
}

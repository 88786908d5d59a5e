extension PostgresTenants {
    /// A single-column foreign key between a table and the `id` of one of SeedKit's tables.
    struct Reference {
        /// The referencing table (quoted as needed), its column and the constraint's name.
        let child: String
        let column: String
        let name: String
        /// The table it points at, and the column there.
        let parent: String
        let parentColumn: String
    }

    /// Every foreign key in the database pointing at one of SeedKit's tables (`into`, the
    /// application's tables included), or every foreign key of SeedKit's tables (not `into`);
    /// nil when one of them spans several columns, which the set-based checks do not cover.
    static func references(into: Bool, _ connection: PostgresConnection) throws -> [Reference]? {
        let names = TableName.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let side = into ? "k.confrelid" : "k.conrelid"
        let rows = try connection.execute("""
            SELECT k.conrelid::pg_catalog.regclass::text, pg_catalog.quote_ident(k.conname),
                   k.confrelid::pg_catalog.regclass::text, pg_catalog.array_length(k.conkey, 1),
                   (SELECT pg_catalog.quote_ident(attname) FROM pg_catalog.pg_attribute
                    WHERE attrelid = k.conrelid AND attnum = k.conkey[1]),
                   (SELECT pg_catalog.quote_ident(attname) FROM pg_catalog.pg_attribute
                    WHERE attrelid = k.confrelid AND attnum = k.confkey[1])
            FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = \(side)
            WHERE k.contype = 'f' AND k.conparentid = 0
              AND c.relnamespace = pg_catalog.to_regnamespace(pg_catalog.current_schema()) AND c.relname IN (\(names))
            ORDER BY 1, 2
            """)
        var references: [Reference] = []
        for row in rows {
            guard let child = row[0], let name = row[1], let parent = row[2], row[3] == "1",
                  let column = row[4], let parentColumn = row[5] else { return nil }
            if into {
                // Deleted rows are looked up by id; only the tables a tenant has rows in lose any.
                guard parentColumn == "id", let table = TableName(rawValue: parent),
                      TenantRows.condition(table, restaurant: 0) != nil else {
                    if parentColumn != "id" { return nil }
                    continue
                }
            }
            references.append(Reference(child: child, column: column, name: name, parent: parent, parentColumn: parentColumn))
        }
        return references
    }

    /// Checks every foreign key of SeedKit's tables on the rows just added (the tenant's id
    /// ranges), one query per table, as the per-row checks that were off would have.
    func checkAdded(_ ids: TenantIDs, references: [Reference], _ connection: PostgresConnection) throws {
        let byChild = Dictionary(grouping: references, by: \.child)
        for table in TableName.allCases {
            guard let range = ids.range(of: table), let keys = byChild[table.rawValue] else { continue }
            try cancellation.check()
            func missing(_ key: Reference) -> String {
                "(c.\(key.column) IS NOT NULL AND NOT EXISTS (SELECT FROM \(key.parent) p WHERE p.\(key.parentColumn) = c.\(key.column)))"
            }
            let scope = "FROM \(table.rawValue) c WHERE c.id BETWEEN \(range.lowerBound) AND \(range.upperBound)"
            guard try !connection.execute("SELECT 1 \(scope) AND (\(keys.map(missing).joined(separator: " OR "))) LIMIT 1").isEmpty
            else { continue }
            for key in keys where try !connection.execute("SELECT 1 \(scope) AND \(missing(key)) LIMIT 1").isEmpty {
                throw PostgresError.server(
                    sqlState: "23503", message: "insert or update on table \"\(table.rawValue)\" violates foreign key constraint "
                        + "\(key.name): a tenant row refers to a row of \(key.parent) that is not there",
                    detail: nil, hint: nil, context: nil, statement: nil)
            }
        }
    }

    /// Turns off the row-by-row foreign key checks (and the tables' other triggers) for the rest
    /// of the transaction, if the session may (`session_replication_role = replica`: a superuser,
    /// or a role granted `SET` on it); false, with nothing changed, if not.
    static func checksOff(_ connection: PostgresConnection) throws -> Bool {
        try connection.execute("SAVEPOINT seedkit_checks")
        do {
            try connection.execute("SET LOCAL session_replication_role = replica")
            try connection.execute("RELEASE SAVEPOINT seedkit_checks")
            return true
        } catch PostgresError.server(let sqlState, _, _, _, _, _) where sqlState == "42501" {
            try connection.execute("ROLLBACK TO SAVEPOINT seedkit_checks; RELEASE SAVEPOINT seedkit_checks")
            return false
        }
    }
}

extension PostgresTenants {
    /// Deletes a recorded tenant's rows (referencing tables first, so no foreign key ever sees
    /// a missing row), its record, and its share of the platform's roll-ups. Runs inside the
    /// command's transaction; returns the rows deleted per table.
    ///
    /// The seed schema has no index on most foreign key columns (`order_items.order_id`,
    /// `time_tracking.shift_id`…), and PostgreSQL checks a deleted row's references one row at a
    /// time, each check a scan of the referencing table: thousands of scans for one tenant. When
    /// the session may set `session_replication_role` (a superuser, or a role granted `SET` on it),
    /// the deletes run with those per-row checks off, and the same rule is then checked once per
    /// referencing table, over every foreign key in the database that points at one of SeedKit's
    /// tables (the application's own tables included): no row left may point at a deleted one.
    /// A row that does is refused by name, and the transaction rolls back. Otherwise the
    /// deletes run with the checks on, which is as correct and slower on big databases.
    func delete(_ record: TenantRecord, tables: ExistingTables, _ connection: PostgresConnection) throws -> RowCounts {
        let id = record.restaurantID
        let restaurantColumns = Set(tables.selections[TableName.restaurants.position]
            .map { Schema.builtIn.table(.restaurants).columnNames[$0] })
        let restaurant = try connection.execute("""
            SELECT \(restaurantColumns.contains("monthly_revenue") ? "COALESCE(monthly_revenue, 0)::text" : "'0'"),
                   \(restaurantColumns.contains("is_active") ? "COALESCE(is_active, false)" : "true")
            FROM restaurants WHERE id = \(id) FOR UPDATE
            """)
        guard let row = restaurant.first else { throw LiveTenantError.recordStale(slug: record.slug, restaurantID: id) }
        let revenue = row[0].flatMap { Money(parsing: $0) } ?? .zero
        let references = try Self.references(connection)
        let counts = try Self.checksOff(connection) && references != nil
            ? try deleteChecked(restaurant: id, references: references!, connection)
            : try deleteRows(restaurant: id, connection)
        try connection.execute("DELETE FROM seedkit.tenants WHERE slug = \(Self.quoted(record.slug))")
        try adjustRollUps(platformID: record.platformID, restaurants: row[1] == "t" ? -1 : 0,
                          revenue: .zero - revenue, tables, connection)
        return counts
    }

    /// Deletes with the database checking every foreign key row by row.
    private func deleteRows(restaurant id: Int, _ connection: PostgresConnection) throws -> RowCounts {
        var counts = RowCounts()
        for table in TenantRows.deletionOrder {
            try cancellation.check()
            guard let condition = TenantRows.condition(table, restaurant: id) else { continue }
            let deleted = try connection.execute(
                "WITH gone AS (DELETE FROM \(table.rawValue) WHERE \(condition) RETURNING 1) SELECT count(*) FROM gone")
            counts.add(table, count: Self.integer(deleted))
        }
        return counts
    }

    /// Deletes with the per-row checks off (``checksOff(_:)`` succeeded), keeping each table's
    /// deleted ids, then checks every reference into them at once and turns the checks back on.
    private func deleteChecked(restaurant id: Int, references: [Reference], _ connection: PostgresConnection) throws
        -> RowCounts
    {
        let referenced = Set(references.map(\.parent))
        var counts = RowCounts()
        for table in TenantRows.deletionOrder {
            try cancellation.check()
            guard let condition = TenantRows.condition(table, restaurant: id) else { continue }
            let name = table.rawValue
            if referenced.contains(name) {
                try connection.execute("""
                    CREATE TEMPORARY TABLE seedkit_gone_\(name) (id integer PRIMARY KEY) ON COMMIT DROP;
                    WITH gone AS (DELETE FROM \(name) WHERE \(condition) RETURNING id)
                    INSERT INTO seedkit_gone_\(name) SELECT id FROM gone;
                    ANALYZE seedkit_gone_\(name)
                    """)
                counts.add(table, count: Self.integer(try connection.execute("SELECT count(*) FROM seedkit_gone_\(name)")))
            } else {
                let deleted = try connection.execute(
                    "WITH gone AS (DELETE FROM \(name) WHERE \(condition) RETURNING 1) SELECT count(*) FROM gone")
                counts.add(table, count: Self.integer(deleted))
            }
        }
        // One scan per referencing table, each of its references looked up in a hash of the deleted ids.
        let byChild = Dictionary(grouping: references, by: \.child)
        for child in byChild.keys.sorted() {
            try cancellation.check()
            let keys = byChild[child]!
            let tests = keys.map { "\($0.column) IN (SELECT id FROM seedkit_gone_\($0.parent))" }
            guard try !connection.execute("SELECT 1 FROM \(child) WHERE \(tests.joined(separator: " OR ")) LIMIT 1").isEmpty
            else { continue }
            for key in keys {
                let rows = try connection.execute(
                    "SELECT 1 FROM \(child) WHERE \(key.column) IN (SELECT id FROM seedkit_gone_\(key.parent)) LIMIT 1")
                if !rows.isEmpty {
                    throw PostgresError.server(
                        sqlState: "23503",
                        message: "rows of \(child) still refer to the tenant's \(key.parent) (foreign key \(key.name)); "
                            + "seedkit deletes only the tenant's own rows", detail: nil, hint: nil, context: nil, statement: nil)
                }
            }
        }
        try connection.execute("SET LOCAL session_replication_role = origin")
        return counts
    }

    /// A single-column foreign key onto the `id` of one of SeedKit's tables.
    struct Reference {
        /// The referencing table (quoted as needed), its column and the constraint's name.
        let child: String
        let column: String
        let name: String
        /// SeedKit's table it points at.
        let parent: String
    }

    /// Every foreign key in the database that points at one of SeedKit's tables (in the current
    /// schema), or nil when one of them is not a single column onto `id`, which the set-based
    /// check does not cover.
    static func references(_ connection: PostgresConnection) throws -> [Reference]? {
        let names = TableName.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let rows = try connection.execute("""
            SELECT k.conrelid::pg_catalog.regclass::text, pg_catalog.quote_ident(k.conname), p.relname,
                   pg_catalog.array_length(k.conkey, 1),
                   (SELECT pg_catalog.quote_ident(attname) FROM pg_catalog.pg_attribute
                    WHERE attrelid = k.conrelid AND attnum = k.conkey[1]),
                   (SELECT attname FROM pg_catalog.pg_attribute WHERE attrelid = k.confrelid AND attnum = k.confkey[1])
            FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class p ON p.oid = k.confrelid
            WHERE k.contype = 'f' AND k.conparentid = 0
              AND p.relnamespace = pg_catalog.to_regnamespace(pg_catalog.current_schema()) AND p.relname IN (\(names))
            ORDER BY 1, 2
            """)
        var references: [Reference] = []
        for row in rows {
            guard let child = row[0], let name = row[1], let parent = row[2], row[3] == "1", let column = row[4], row[5] == "id"
            else { return nil }
            guard TenantRows.condition(TableName(rawValue: parent)!, restaurant: 0) != nil else { continue }
            references.append(Reference(child: child, column: column, name: name, parent: parent))
        }
        return references
    }

    /// Turns off the row-by-row foreign key checks for the rest of the transaction, if the
    /// session may (`session_replication_role = replica`); false, with nothing changed, if not.
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

    static func integer(_ rows: [[String?]]) -> Int {
        rows.first?.first.flatMap { $0.flatMap { Int($0) } } ?? 0
    }
}

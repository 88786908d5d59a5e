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
        let references = try Self.references(into: true, connection)
        let counts: RowCounts
        if let references, try Self.checksOff(connection) {
            counts = try deleteChecked(restaurant: id, references: references, connection)
        } else {
            checkedRowByRow = true
            counts = try deleteRows(restaurant: id, connection)
        }
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
        try connection.execute(
            "CREATE TEMPORARY TABLE seedkit_gone (relation text, id integer, PRIMARY KEY (relation, id)) ON COMMIT DROP")
        var counts = RowCounts()
        for table in TenantRows.deletionOrder {
            try cancellation.check()
            guard let condition = TenantRows.condition(table, restaurant: id) else { continue }
            let name = table.rawValue
            let keep = referenced.contains(name)
                ? "INSERT INTO seedkit_gone SELECT '\(name)', id FROM gone RETURNING 1"
                : "SELECT 1 FROM gone"
            let deleted = try connection.execute("""
                WITH gone AS (DELETE FROM \(name) WHERE \(condition) RETURNING id), kept AS (\(keep))
                SELECT count(*) FROM kept
                """)
            counts.add(table, count: Self.integer(deleted))
        }
        try connection.execute("ANALYZE seedkit_gone")
        // One scan per referencing table, each of its references looked up in a hash of the deleted ids.
        let byChild = Dictionary(grouping: references, by: \.child)
        for child in byChild.keys.sorted() {
            try cancellation.check()
            let keys = byChild[child]!
            let tests = keys.map { "\($0.column) IN (SELECT id FROM seedkit_gone WHERE relation = '\($0.parent)')" }
            guard try !connection.execute("SELECT 1 FROM \(child) WHERE \(tests.joined(separator: " OR ")) LIMIT 1").isEmpty
            else { continue }
            for key in keys {
                let rows = try connection.execute(
                    "SELECT 1 FROM \(child) WHERE \(tests[keys.firstIndex { $0.name == key.name }!]) LIMIT 1")
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

    static func integer(_ rows: [[String?]]) -> Int {
        rows.first?.first.flatMap { $0.flatMap { Int($0) } } ?? 0
    }
}

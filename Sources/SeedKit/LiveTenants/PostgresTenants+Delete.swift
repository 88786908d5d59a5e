extension PostgresTenants {
    /// Deletes a recorded tenant's rows (referencing tables first, so no foreign key ever sees
    /// a missing row), its record, and its share of the platform's roll-ups. Runs inside the
    /// command's transaction; returns the rows deleted per table.
    func delete(_ record: TenantRecord, tables: ExistingTables, _ connection: PostgresConnection) throws -> RowCounts {
        let id = record.restaurantID
        let revenueColumn = Set(tables.selections[TableName.restaurants.position]
            .map { Schema.builtIn.table(.restaurants).columnNames[$0] })
        let restaurant = try connection.execute("""
            SELECT \(revenueColumn.contains("monthly_revenue") ? "COALESCE(monthly_revenue, 0)::text" : "'0'"),
                   \(revenueColumn.contains("is_active") ? "COALESCE(is_active, false)" : "true")
            FROM restaurants WHERE id = \(id) FOR UPDATE
            """)
        guard let row = restaurant.first else { throw LiveTenantError.recordStale(slug: record.slug, restaurantID: id) }
        let revenue = row[0].flatMap { Money(parsing: $0) } ?? .zero
        var counts = RowCounts()
        for table in TenantRows.deletionOrder {
            try cancellation.check()
            guard let condition = TenantRows.condition(table, restaurant: id) else { continue }
            let deleted = try connection.execute(
                "WITH gone AS (DELETE FROM \(table.rawValue) WHERE \(condition) RETURNING 1) SELECT count(*) FROM gone")
            for _ in 0..<(deleted.first?.first.flatMap { $0.flatMap { Int($0) } } ?? 0) { counts.add(table) }
        }
        try connection.execute("DELETE FROM seedkit.tenants WHERE slug = \(Self.quoted(record.slug))")
        try adjustRollUps(platformID: record.platformID, restaurants: row[1] == "t" ? -1 : 0,
                          revenue: .zero - revenue, tables, connection)
        return counts
    }
}

extension PostgresTenants {
    /// Finds the tenant's platform, plan and owner, refuses a slug or email already taken,
    /// reserves the tenant's ids, generates its rows and copies them in, records the tenant and
    /// adds it to the platform's roll-ups. Runs inside the command's transaction.
    func insert(_ request: TenantRequest, tables: ExistingTables, _ connection: PostgresConnection) throws
        -> (RowCounts, TenantOutcome)
    {
        let restaurant = try request.restaurant()
        let slug = Self.quoted(request.slug)
        if try !connection.execute("SELECT 1 FROM seedkit.tenants WHERE slug = \(slug)").isEmpty {
            throw LiveTenantError.slugExists(slug: request.slug, recorded: true)
        }
        if try !connection.execute("SELECT 1 FROM restaurants WHERE slug = \(slug)").isEmpty {
            throw LiveTenantError.slugExists(slug: request.slug, recorded: false)
        }
        let platform = try binding(for: request.scenario, restaurant: restaurant, connection)
        let bounds = TenantGeneration.footprint(of: restaurant, in: request.scenario)
        let ids = try reserve(bounds, platformID: platform.platformID)

        // One tenant's rows fit in memory: encode them per table, then send each table whole,
        // in dependency order, so every foreign key finds its row already there.
        let schema = Schema.builtIn
        let encoder = CopyEncoder(format: .text, columnTypes: schema.tables.map { $0.columns.map(\.type) },
                                  selections: Self.selections(tables, schema))
        var rows = [[Row]](repeating: [], count: schema.tables.count)
        var counts = RowCounts()
        let generation = try TenantGeneration(scenario: request.scenario, slug: request.slug, ids: ids, platform: platform)
        let outcome = try generation.generate { row in
            rows[row.table.position].append(row)
            counts.add(row.table)
        }
        try cancellation.check()
        let emails = outcome.logins.map(\.email)
        if !emails.isEmpty {
            let taken = try connection.execute(
                "SELECT email FROM users WHERE email IN (\(emails.map(Self.quoted).joined(separator: ", "))) ORDER BY email")
            if !taken.isEmpty { throw LiveTenantError.emailsTaken(taken.compactMap { $0[0] }) }
        }
        for table in schema.tables where !rows[table.name.position].isEmpty {
            let bytes = encoder.encode(rows[table.name.position]).bytes
            rows[table.name.position] = []
            let columns = Self.selections(tables, schema)[table.name.position].map { $0.map { table.columnNames[$0] } }
                ?? table.columnNames
            try copy(bytes, into: table.name.rawValue, columns: columns, connection)
        }
        let provenance = Provenance(of: request.scenario)
        try connection.execute("""
            INSERT INTO seedkit.tenants (slug, restaurant_id, platform_id, scenario_name, scenario_sha256, scenario_yaml,
                                         seed, as_of, seedkit_version, rows)
            VALUES (\(slug), \(outcome.restaurantID), \(platform.platformID), \(Self.quoted(provenance.scenarioName)),
                    \(provenance.scenarioSHA256.map(Self.quoted) ?? "NULL"), \(Self.quoted(request.scenarioText)),
                    \(provenance.seed), '\(provenance.asOf)', \(Self.quoted(provenance.seedkitVersion)),
                    \(Self.quoted(TenantRecord.rowsJSON(counts)))::jsonb)
            """)
        try adjustRollUps(platformID: platform.platformID, restaurants: 1, revenue: outcome.monthlyRevenue, tables, connection)
        return (counts, outcome)
    }

    /// Per table, by position: the values to write, nil for all (the `--schema existing` matching).
    static func selections(_ tables: ExistingTables, _ schema: Schema) -> [[Int]?] {
        zip(schema.tables, tables.selections).map { table, selection in
            selection.count == table.columns.count ? nil : selection
        }
    }

    /// The platform of the scenario's slug (else the database's only platform), the plan of the
    /// restaurant's plan name on it, and its owner; anything else is refused by name.
    func binding(for scenario: Scenario, restaurant: Scenario.Restaurant, _ connection: PostgresConnection) throws
        -> PlatformBinding
    {
        let platforms = try connection.execute("SELECT id, slug FROM platforms ORDER BY id")
        let chosen = platforms.first { $0[1] == scenario.platform.slug } ?? (platforms.count == 1 ? platforms[0] : nil)
        guard let chosen, let platformID = chosen[0].flatMap({ Int($0) }) else {
            throw LiveTenantError.platformNotFound(slug: scenario.platform.slug, available: platforms.compactMap { $0[1] })
        }
        let platformSlug = chosen[1] ?? "\(platformID)"
        let plans = try connection.execute(
            "SELECT name, min(id) FROM subscription_plans WHERE platform_id = \(platformID) GROUP BY name ORDER BY name")
        var planIDs: [String: Int] = [:]
        for row in plans { if let name = row[0], let id = row[1].flatMap({ Int($0) }) { planIDs[name] = id } }
        guard planIDs[restaurant.plan] != nil else {
            throw LiveTenantError.planNotFound(plan: restaurant.plan, platform: platformSlug, available: plans.compactMap { $0[0] })
        }
        let owner = try connection.execute(
            "SELECT id FROM users WHERE platform_id = \(platformID) AND restaurant_id IS NULL ORDER BY id LIMIT 1")
        guard let ownerID = owner.first?.first.flatMap({ $0.flatMap { Int($0) } }) else {
            throw LiveTenantError.ownerNotFound(platform: platformSlug)
        }
        return PlatformBinding(platformID: platformID, planIDs: planIDs, ownerUserID: ownerID)
    }

    /// One `COPY … FROM STDIN` of a table's rows, in messages of ``chunkSize``.
    private func copy(_ bytes: [UInt8], into table: String, columns: [String], _ connection: PostgresConnection) throws {
        let statement = PostgresConnection.copyStatement(table: table, columns: columns, format: .text, freeze: false)
        try connection.beginCopy(statement, format: .text)
        do {
            var start = 0
            while start < bytes.count {
                try cancellation.check()
                let end = min(start + Self.chunkSize, bytes.count)
                try connection.sendCopyData(Array(bytes[start..<end]), statement: statement)
                start = end
            }
            try connection.endCopy(statement: statement, format: .text)
        } catch {
            connection.abandonCopy(reason: "SeedKit stopped the load")
            throw error
        }
    }

    /// Adds `restaurants` active restaurants and `revenue` to the platform's roll-ups (negative
    /// to take a tenant away), for the columns the table has: they stay true if they were.
    func adjustRollUps(platformID: Int, restaurants: Int, revenue: Money, _ tables: ExistingTables,
                       _ connection: PostgresConnection) throws {
        let columns = Set(tables.selections[TableName.platforms.position].map { Schema.builtIn.table(.platforms).columnNames[$0] })
        var sets: [String] = []
        if columns.contains("total_restaurants") {
            sets.append("total_restaurants = COALESCE(total_restaurants, 0) + (\(restaurants))")
        }
        if columns.contains("monthly_revenue") {
            sets.append("monthly_revenue = COALESCE(monthly_revenue, 0) + (\(revenue.description))")
        }
        guard !sets.isEmpty else { return }
        try connection.execute("UPDATE platforms SET \(sets.joined(separator: ", ")) WHERE id = \(platformID)")
    }
}

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

        let schema = Schema.builtIn
        let selections = Self.selections(tables, schema)
        let encoder = CopyEncoder(format: .text, columnTypes: schema.tables.map { $0.columns.map(\.type) },
                                  selections: selections)
        let statements = schema.tables.map { table in
            PostgresConnection.copyStatement(
                table: table.name.rawValue, columns: selections[table.name.position].map { $0.map { table.columnNames[$0] } }
                    ?? table.columnNames, format: .text, freeze: false)
        }
        // With the per-row foreign key checks off, rows stream to the server while the rest are
        // generated, in any order, and the keys are checked once at the end; with them on, each
        // table goes whole, in dependency order, so every row finds the rows it refers to.
        let references = try Self.references(into: false, connection)
        let streaming = try references != nil && Self.checksOff(connection)
        if !streaming { checkedRowByRow = true }
        if streaming {
            // The rows outside the tenant that its rows refer to, locked as the per-row checks would.
            try connection.execute("""
                SELECT FROM platforms WHERE id = \(platform.platformID) FOR KEY SHARE;
                SELECT FROM subscription_plans WHERE id IN (\(platform.planIDs.values.map(String.init).joined(separator: ", "))) FOR KEY SHARE;
                SELECT FROM users WHERE id = \(platform.ownerUserID) FOR KEY SHARE
                """)
        }
        var buffers = [[UInt8]](repeating: [], count: schema.tables.count)
        var pending: [Row] = []
        var counts = RowCounts()
        let sender = streaming ? PostgresSink.Sender(connection: connection, format: .text, capacity: 8) : nil
        let outcome: TenantOutcome
        do {
            func flush() throws {
                let batch = encoder.encode(pending)
                pending.removeAll(keepingCapacity: true)
                try batch.forEach { row, bytes in
                    let position = row.table.position
                    buffers[position].append(contentsOf: bytes)
                    // Users wait for the email check, so a taken email is refused by name.
                    if let sender, row.table != .users, buffers[position].count >= Self.streamChunk {
                        var chunk: [UInt8] = []
                        swap(&chunk, &buffers[position])
                        try sender.send(table: row.table, statement: statements[position], bytes: chunk)
                    }
                }
            }
            let generation = try TenantGeneration(scenario: request.scenario, slug: request.slug, ids: ids, platform: platform)
            outcome = try generation.generate { row in
                counts.add(row.table)
                pending.append(row)
                if pending.count == 512 {
                    try cancellation.check()
                    try flush()
                }
            }
            try flush()
            try sender?.finish()
        } catch {
            if sender?.cancel() != nil { connection.abandonCopy(reason: "SeedKit stopped the load") }
            throw error
        }
        try cancellation.check()
        let emails = outcome.logins.map(\.email)
        if !emails.isEmpty {
            let taken = try connection.execute(
                "SELECT email FROM users WHERE email IN (\(emails.map(Self.quoted).joined(separator: ", "))) ORDER BY email")
            if !taken.isEmpty { throw LiveTenantError.emailsTaken(taken.compactMap { $0[0] }) }
        }
        for table in schema.tables where !buffers[table.name.position].isEmpty {
            try copy(buffers[table.name.position], statement: statements[table.name.position], connection)
            buffers[table.name.position] = []
        }
        if let references, streaming {
            try checkAdded(ids, references: references, connection)
            try connection.execute("SET LOCAL session_replication_role = origin")
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
    private func copy(_ bytes: [UInt8], statement: String, _ connection: PostgresConnection) throws {
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

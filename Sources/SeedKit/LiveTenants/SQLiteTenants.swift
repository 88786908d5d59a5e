import Foundation

/// Adds, lists, refreshes and removes single tenants in a SeedKit SQLite file.
///
/// SQLite has one writer at a time: each command is one `BEGIN IMMEDIATE` transaction, so the
/// application's writes wait for it (up to a minute) and nothing can take the ids it picks, the
/// ones after each table's largest. What SeedKit added is recorded in `seedkit_tenants`.
public final class SQLiteTenants: TenantStore {
    private let path: String

    public init(path: String) { self.path = path }

    public func add(_ request: TenantRequest) throws -> TenantChange {
        try transaction { connection in
            let (counts, outcome) = try insert(request, connection)
            return TenantChange(kind: .added, slug: request.slug, restaurantID: outcome.restaurantID, counts: counts,
                                logins: outcome.logins, passwordSource: request.passwordSource(of: try request.restaurant()))
        }
    }

    public func refresh(slug: String, overrides: Scenario.Overrides) throws -> TenantChange {
        try transaction { connection in
            let stored = try recorded(slug, connection)
            let request = try PostgresTenants.request(from: stored, overrides: overrides)
            _ = try delete(stored.record, connection)
            let (counts, outcome) = try insert(request, connection)
            return TenantChange(kind: .refreshed, slug: slug, restaurantID: outcome.restaurantID, counts: counts,
                                logins: outcome.logins, passwordSource: request.passwordSource(of: try request.restaurant()))
        }
    }

    public func remove(slug: String) throws -> TenantChange {
        try transaction { connection in
            let stored = try recorded(slug, connection)
            let counts = try delete(stored.record, connection)
            return TenantChange(kind: .removed, slug: slug, restaurantID: stored.record.restaurantID, counts: counts,
                                logins: [], passwordSource: nil)
        }
    }

    public func list() throws -> [TenantRecord] {
        let connection = try open()
        defer { connection.close() }
        guard try !connection.rows("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'seedkit_tenants'").isEmpty
        else { return [] }
        return try connection.rows("SELECT \(Self.recordColumns) FROM seedkit_tenants ORDER BY slug").map(PostgresTenants.record)
    }

    // MARK: - The transaction

    private func open() throws -> SQLiteConnection {
        guard FileManager.default.fileExists(atPath: path) else { throw LiveTenantError.notASeedKitDatabase(path: path) }
        let connection = try SQLiteConnection(path: path)
        try connection.execute("PRAGMA busy_timeout = 60000")
        let tables = Set(try connection.rows("SELECT name FROM sqlite_master WHERE type = 'table'").compactMap { $0[0] })
        guard TableName.allCases.allSatisfy({ tables.contains($0.rawValue) }) else {
            connection.close()
            throw LiveTenantError.notASeedKitDatabase(path: path)
        }
        return connection
    }

    private func transaction<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        let connection = try open()
        defer { connection.close() }
        do {
            try connection.execute("BEGIN IMMEDIATE")
            try connection.execute(Self.bookkeeping)
            let result = try body(connection)
            try connection.execute("COMMIT")
            return result
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
    }

    static let bookkeeping = """
        CREATE TABLE IF NOT EXISTS seedkit_tenants (
            slug TEXT PRIMARY KEY,
            restaurant_id INTEGER NOT NULL,
            platform_id INTEGER NOT NULL,
            scenario_name TEXT NOT NULL,
            scenario_sha256 TEXT,
            scenario_yaml TEXT NOT NULL,
            seed TEXT NOT NULL,
            as_of TEXT NOT NULL,
            seedkit_version TEXT NOT NULL,
            added_at TEXT NOT NULL DEFAULT (datetime('now')),
            rows TEXT NOT NULL
        )
        """

    static let recordColumns = "slug, restaurant_id, platform_id, scenario_name, scenario_sha256, seed, as_of, "
        + "seedkit_version, added_at, rows"

    private func recorded(_ slug: String, _ connection: SQLiteConnection) throws -> PostgresTenants.StoredTenant {
        let literal = Self.quoted(slug)
        guard let row = try connection.rows("SELECT \(Self.recordColumns), scenario_yaml FROM seedkit_tenants WHERE slug = \(literal)").first
        else {
            let exists = try !connection.rows("SELECT 1 FROM restaurants WHERE slug = \(literal)").isEmpty
            throw LiveTenantError.notRecorded(slug: slug, exists: exists)
        }
        let record = PostgresTenants.record(row)
        guard try connection.rows("SELECT slug FROM restaurants WHERE id = \(record.restaurantID)").first?.first == slug else {
            throw LiveTenantError.recordStale(slug: slug, restaurantID: record.restaurantID)
        }
        return PostgresTenants.StoredTenant(record: record, scenarioYAML: row[10] ?? "")
    }

    // MARK: - Rows

    private func insert(_ request: TenantRequest, _ connection: SQLiteConnection) throws -> (RowCounts, TenantOutcome) {
        let restaurant = try request.restaurant()
        let slug = Self.quoted(request.slug)
        if try !connection.rows("SELECT 1 FROM seedkit_tenants WHERE slug = \(slug)").isEmpty {
            throw LiveTenantError.slugExists(slug: request.slug, recorded: true)
        }
        if try !connection.rows("SELECT 1 FROM restaurants WHERE slug = \(slug)").isEmpty {
            throw LiveTenantError.slugExists(slug: request.slug, recorded: false)
        }
        let platform = try binding(for: request.scenario, restaurant: restaurant, connection)
        // The write lock is held: nobody else can take the ids after each table's largest.
        let bounds = TenantGeneration.footprint(of: restaurant, in: request.scenario)
        var starts = TableCounts()
        for (table, count) in bounds.tables where count > 0 {
            let largest = try connection.rows("SELECT COALESCE(max(id), 0) FROM \(table.rawValue)").first?.first ?? nil
            starts[table] = largest.flatMap { Int($0) } ?? 0
        }
        let ids = TenantIDs(starts: starts, reserved: bounds, platformID: platform.platformID)
        var rows = [[Row]](repeating: [], count: TableName.allCases.count)
        var counts = RowCounts()
        let outcome = try TenantGeneration(scenario: request.scenario, slug: request.slug, ids: ids, platform: platform)
            .generate { row in
                rows[row.table.position].append(row)
                counts.add(row.table)
            }
        let emails = outcome.logins.map(\.email)
        if !emails.isEmpty {
            let taken = try connection.rows(
                "SELECT email FROM users WHERE email IN (\(emails.map(Self.quoted).joined(separator: ", "))) ORDER BY email")
            if !taken.isEmpty { throw LiveTenantError.emailsTaken(taken.compactMap { $0[0] }) }
        }
        for table in Schema.builtIn.tables where !rows[table.name.position].isEmpty {
            let statement = try connection.prepare(SQLiteDDL.insert(table))
            for row in rows[table.name.position] { try statement.execute(binding: row) }
        }
        let provenance = Provenance(of: request.scenario)
        try connection.execute("""
            INSERT INTO seedkit_tenants (slug, restaurant_id, platform_id, scenario_name, scenario_sha256, scenario_yaml,
                                         seed, as_of, seedkit_version, rows)
            VALUES (\(slug), \(outcome.restaurantID), \(platform.platformID), \(Self.quoted(provenance.scenarioName)),
                    \(provenance.scenarioSHA256.map(Self.quoted) ?? "NULL"), \(Self.quoted(request.scenarioText)),
                    '\(provenance.seed)', '\(provenance.asOf)', \(Self.quoted(provenance.seedkitVersion)),
                    \(Self.quoted(TenantRecord.rowsJSON(counts))))
            """)
        try connection.execute("""
            UPDATE platforms SET total_restaurants = COALESCE(total_restaurants, 0) + 1,
                                 monthly_revenue = COALESCE(monthly_revenue, 0) + \(outcome.monthlyRevenue.description)
            WHERE id = \(platform.platformID)
            """)
        return (counts, outcome)
    }

    private func binding(for scenario: Scenario, restaurant: Scenario.Restaurant, _ connection: SQLiteConnection) throws
        -> PlatformBinding
    {
        let platforms = try connection.rows("SELECT id, slug FROM platforms ORDER BY id")
        let chosen = platforms.first { $0[1] == scenario.platform.slug } ?? (platforms.count == 1 ? platforms[0] : nil)
        guard let chosen, let platformID = chosen[0].flatMap({ Int($0) }) else {
            throw LiveTenantError.platformNotFound(slug: scenario.platform.slug, available: platforms.compactMap { $0[1] })
        }
        let platformSlug = chosen[1] ?? "\(platformID)"
        let plans = try connection.rows(
            "SELECT name, min(id) FROM subscription_plans WHERE platform_id = \(platformID) GROUP BY name ORDER BY name")
        var planIDs: [String: Int] = [:]
        for row in plans { if let name = row[0], let id = row[1].flatMap({ Int($0) }) { planIDs[name] = id } }
        guard planIDs[restaurant.plan] != nil else {
            throw LiveTenantError.planNotFound(plan: restaurant.plan, platform: platformSlug, available: plans.compactMap { $0[0] })
        }
        let owner = try connection.rows(
            "SELECT id FROM users WHERE platform_id = \(platformID) AND restaurant_id IS NULL ORDER BY id LIMIT 1")
        guard let ownerID = owner.first?.first.flatMap({ $0.flatMap { Int($0) } }) else {
            throw LiveTenantError.ownerNotFound(platform: platformSlug)
        }
        return PlatformBinding(platformID: platformID, planIDs: planIDs, ownerUserID: ownerID)
    }

    private func delete(_ record: TenantRecord, _ connection: SQLiteConnection) throws -> RowCounts {
        let id = record.restaurantID
        guard let row = try connection.rows(
            "SELECT printf('%.2f', COALESCE(monthly_revenue, 0)), COALESCE(is_active, 0) FROM restaurants WHERE id = \(id)").first
        else { throw LiveTenantError.recordStale(slug: record.slug, restaurantID: id) }
        let revenue = row[0].flatMap { Money(parsing: $0) } ?? .zero
        var counts = RowCounts()
        for table in TenantRows.deletionOrder {
            guard let condition = TenantRows.condition(table, restaurant: id) else { continue }
            try connection.execute("DELETE FROM \(table.rawValue) WHERE \(condition)")
            let changes = try connection.rows("SELECT changes()").first?.first ?? nil
            let deleted = changes.flatMap { Int($0) } ?? 0
            counts.add(table, count: deleted)
        }
        try connection.execute("DELETE FROM seedkit_tenants WHERE slug = \(Self.quoted(record.slug))")
        try connection.execute("""
            UPDATE platforms SET total_restaurants = COALESCE(total_restaurants, 0) - \(row[1] == "0" ? 0 : 1),
                                 monthly_revenue = COALESCE(monthly_revenue, 0) - \(revenue.description)
            WHERE id = \(record.platformID)
            """)
        return counts
    }

    static func quoted(_ text: String) -> String { SQLLiteral.quoted(text, dialect: .sqlite) }
}

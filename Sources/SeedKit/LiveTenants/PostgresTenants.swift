import Foundation

/// Adds, lists, refreshes and removes single tenants in a live PostgreSQL database, one that
/// other tenants and the application itself go on using meanwhile.
///
/// Each command is one transaction on one connection, so a failure, Ctrl-C or `kill -9` leaves
/// the database as it was; the only exception is the ids reserved for a tenant, which a short
/// transaction of its own takes from the tables' sequences (see ``reserve(_:platformID:)``) and
/// which are skipped, never reused, when the command fails afterwards. Commands on one slug take
/// turns on an advisory lock, so two `add`s of one slug let one through and refuse the other;
/// commands on different slugs run side by side.
///
/// Rows go in by `COPY` text (only the columns the tables have, as `--schema existing` does) with
/// the database's constraints in force. Its foreign keys are checked either row by row, as
/// PostgreSQL does (each table then goes whole, in dependency order), or, when the session may
/// set `session_replication_role`, once per table over the rows added or deleted, which is what
/// makes a tenant fast to add and remove in a big database whose referencing columns have no
/// index (see `PostgresTenants+Delete.swift`). What SeedKit added is recorded in
/// `seedkit.tenants`, a schema of its own the application never reads; `refresh` and `remove`
/// touch only the tenants recorded there.
public final class PostgresTenants {
    let connectionString: String
    let cancellation: Cancellation
    /// Set by a command whose foreign keys PostgreSQL checked row by row.
    var checkedRowByRow = false
    /// The advisory lock namespace one slug's commands take turns on (the second key is the slug's hash).
    static let lockKey: Int32 = 0x5EED
    /// COPY data goes out in messages of about this many bytes.
    static let chunkSize = 1 << 20
    /// While rows are generated, a table's rows stream to the server once this many bytes wait.
    static let streamChunk = 256 * 1024

    /// Commands against the database `connection` names (a `postgres://` URI or libpq string).
    public init(connection: String, cancellation: Cancellation = .never) {
        connectionString = connection
        self.cancellation = cancellation
    }

    /// Adds the request's restaurant as a new tenant.
    public func add(_ request: TenantRequest) throws -> TenantChange {
        try transaction(slug: request.slug) { connection in
            let tables = try prepare(connection)
            let (counts, outcome) = try insert(request, tables: tables, connection)
            let restaurant = try request.restaurant()
            return TenantChange(kind: .added, slug: request.slug, restaurantID: outcome.restaurantID, counts: counts,
                                logins: outcome.logins, passwordSource: request.passwordSource(of: restaurant))
        }
    }

    /// Generates a recorded tenant again from its recorded scenario, with `overrides` (a new
    /// as-of date, say; the recorded seed unless another is given), in place of the old one.
    public func refresh(slug: String, overrides: Scenario.Overrides) throws -> TenantChange {
        try transaction(slug: slug) { connection in
            let tables = try prepare(connection)
            let record = try recorded(slug, connection)
            let request = try Self.request(from: record, overrides: overrides)
            _ = try delete(record.record, tables: tables, connection)
            let (counts, outcome) = try insert(request, tables: tables, connection)
            return TenantChange(kind: .refreshed, slug: slug, restaurantID: outcome.restaurantID, counts: counts,
                                logins: outcome.logins, passwordSource: request.passwordSource(of: try request.restaurant()))
        }
    }

    /// Removes a recorded tenant: its rows, its record, and its share of the platform's roll-ups.
    public func remove(slug: String) throws -> TenantChange {
        try transaction(slug: slug) { connection in
            let tables = try prepare(connection)
            let record = try recorded(slug, connection)
            let counts = try delete(record.record, tables: tables, connection)
            return TenantChange(kind: .removed, slug: slug, restaurantID: record.record.restaurantID, counts: counts,
                                logins: [], passwordSource: nil)
        }
    }

    /// The tenants SeedKit added, by slug; none when it never added one.
    public func list() throws -> [TenantRecord] {
        let connection = try open()
        defer { connection.close() }
        guard try connection.execute("SELECT pg_catalog.to_regclass('seedkit.tenants') IS NOT NULL").first?.first == "t" else {
            return []
        }
        return try connection.execute("SELECT \(Self.recordColumns) FROM seedkit.tenants ORDER BY slug").map(Self.record)
    }

    // MARK: - The transaction

    private func open() throws -> PostgresConnection {
        let connection = try PostgresConnection(connectionString, cancellation: cancellation)
        do {
            try connection.execute("""
                SET client_encoding = 'UTF8'; SET standard_conforming_strings = on; SET client_min_messages = warning;
                SET statement_timeout = 0; SET idle_in_transaction_session_timeout = 0; SET TIME ZONE 'UTC'
                """)
        } catch {
            connection.close()
            throw error
        }
        return connection
    }

    /// Runs `body` in one transaction holding `slug`'s advisory lock, and commits it.
    private func transaction(slug: String, _ body: (PostgresConnection) throws -> TenantChange) throws -> TenantChange {
        let connection = try open()
        defer { connection.close() }
        do {
            try connection.execute("BEGIN")
            try connection.execute("SELECT pg_catalog.pg_advisory_xact_lock(\(Self.lockKey), pg_catalog.hashtext(\(Self.quoted(slug))))")
            checkedRowByRow = false
            var result = try body(connection)
            result.checkedRowByRow = checkedRowByRow
            try cancellation.check()
            // Not cancelled once sent: the server may have committed, and the user must be told the truth.
            try connection.execute("COMMIT", interruptible: false)
            return result
        } catch {
            if connection.handle != nil { _ = try? connection.execute("ROLLBACK", interruptible: false) }
            throw error
        }
    }

    /// Which of SeedKit's columns the tables have (refusing a database without the tables), and
    /// SeedKit's bookkeeping table, created on first use.
    private func prepare(_ connection: PostgresConnection) throws -> ExistingTables {
        let schema = Schema.builtIn
        let catalogue = try ExistingTables.catalogue(schema, connection: connection)
        let missing = schema.tables.map(\.name).filter { catalogue[$0] == nil }
        if !missing.isEmpty {
            throw LiveTenantError.tablesMissing(database: connection.address.database, tables: missing.map(\.rawValue))
        }
        let tables = try ExistingTables(schema: schema, catalogue: catalogue, database: connection.address.database)
        try connection.execute(Self.bookkeeping)
        try connection.execute(LoginLookup.create)
        return tables
    }

    /// `seedkit.tenants`, created if missing; a concurrent command creating it too is no error.
    static let bookkeeping = """
        DO $$
        BEGIN
            CREATE SCHEMA IF NOT EXISTS seedkit;
            CREATE TABLE IF NOT EXISTS seedkit.tenants (
                slug text PRIMARY KEY,
                restaurant_id integer NOT NULL,
                platform_id integer NOT NULL,
                scenario_name text NOT NULL,
                scenario_sha256 text,
                scenario_yaml text NOT NULL,
                seed numeric(20) NOT NULL,
                as_of date NOT NULL,
                seedkit_version text NOT NULL,
                added_at timestamptz NOT NULL DEFAULT now(),
                rows jsonb NOT NULL
            );
        EXCEPTION WHEN duplicate_object OR duplicate_schema OR duplicate_table OR unique_violation THEN
            NULL;
        END
        $$;
        """

    // MARK: - Records

    struct StoredTenant {
        let record: TenantRecord
        let scenarioYAML: String
    }

    static let recordColumns = "slug, restaurant_id, platform_id, scenario_name, scenario_sha256, seed::text, "
        + "as_of::text, seedkit_version, to_char(added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), rows::text"

    static func record(_ row: [String?]) -> TenantRecord {
        TenantRecord(
            slug: row[0] ?? "", restaurantID: Int(row[1] ?? "") ?? 0, platformID: Int(row[2] ?? "") ?? 0,
            provenance: Provenance(scenarioName: row[3] ?? "", scenarioSHA256: row[4], seed: UInt64(row[5] ?? "") ?? 0,
                                   asOf: Day(iso: row[6] ?? "") ?? Day(daysSinceEpoch: 0), seedkitVersion: row[7] ?? ""),
            addedAt: row[8] ?? "", rows: TenantRecord.rows(fromJSON: row[9] ?? "{}"))
    }

    /// The recorded tenant `slug`, or the refusal saying why SeedKit will not touch it.
    private func recorded(_ slug: String, _ connection: PostgresConnection) throws -> StoredTenant {
        let rows = try connection.execute(
            "SELECT \(Self.recordColumns), scenario_yaml FROM seedkit.tenants WHERE slug = \(Self.quoted(slug))")
        guard let row = rows.first else {
            let exists = try !connection.execute("SELECT 1 FROM restaurants WHERE slug = \(Self.quoted(slug))").isEmpty
            throw LiveTenantError.notRecorded(slug: slug, exists: exists)
        }
        let record = Self.record(row)
        let current = try connection.execute("SELECT slug FROM restaurants WHERE id = \(record.restaurantID)")
        guard current.first?.first == slug else { throw LiveTenantError.recordStale(slug: slug, restaurantID: record.restaurantID) }
        return StoredTenant(record: record, scenarioYAML: row[10] ?? "")
    }

    /// The request that made a recorded tenant, with `overrides` (the recorded seed unless given).
    static func request(from stored: StoredTenant, overrides: Scenario.Overrides) throws -> TenantRequest {
        var overrides = overrides
        overrides.seed = overrides.seed ?? stored.record.provenance.seed
        let scenario = try ScenarioLoader.load(
            yaml: stored.scenarioYAML, path: stored.record.provenance.scenarioName + ".yaml", overrides: overrides)
        return TenantRequest(scenario: scenario, scenarioText: stored.scenarioYAML, slug: stored.record.slug)
    }

    static func quoted(_ text: String) -> String { SQLLiteral.quoted(text, dialect: .postgres) }
}

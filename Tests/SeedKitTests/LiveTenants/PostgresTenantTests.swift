import Foundation
import Testing
@testable import SeedKit

/// `seedkit tenant` on a live PostgreSQL database that already holds another tenant.
@Suite struct PostgresTenantTests {
    @Test("add keeps every other row, verify passes; remove gives back the database as it was before add")
    func addThenRemove() throws {
        let (cluster, database, uri) = try TenantFixture.database()
        let before = try #require(try PostgresFixture.contents(cluster, database))
        let tenants = PostgresTenants(connection: uri)
        let added = try tenants.add(TenantFixture.request(slug: "casa"))
        #expect(added.kind == .added)
        #expect(added.restaurantID > 1)
        #expect(!added.checkedRowByRow)
        #expect(added.logins.map(\.email).contains("mo@casa.example"))
        let after = try #require(try PostgresFixture.contents(cluster, database))
        TenantFixture.expectKept(before, in: after)
        #expect(after.rowCount == before.rowCount + added.counts.total)
        #expect(try cluster.psql(database: database, command: "SELECT total_restaurants FROM platforms") == "2")
        try TenantFixture.verifies(.postgres(connection: uri))
        #expect(try TenantFixture.sequencesBehind(cluster, database) == [])
        let listed = try tenants.list()
        #expect(listed.map(\.slug) == ["casa"])
        #expect(listed.first?.restaurantID == added.restaurantID)
        #expect(listed.first?.provenance.scenarioName == "tiny-casa")
        #expect(listed.first?.rows.reduce(0) { $0 + $1.count } == added.counts.total)

        let removed = try tenants.remove(slug: "casa")
        #expect(removed.counts.total == added.counts.total)
        #expect(try PostgresFixture.contents(cluster, database) == before)
        #expect(try tenants.list().isEmpty)
        try TenantFixture.verifies(.postgres(connection: uri))
    }

    @Test("refresh regenerates the tenant as of the new date, in place of the old one, and verify passes")
    func refresh() throws {
        let (cluster, database, uri) = try TenantFixture.database()
        let before = try #require(try PostgresFixture.contents(cluster, database))
        let tenants = PostgresTenants(connection: uri)
        let added = try tenants.add(TenantFixture.request(slug: "casa"))
        let refreshed = try tenants.refresh(slug: "casa", overrides: .init(asOf: Day(iso: "2025-04-03")))
        #expect(refreshed.kind == .refreshed)
        #expect(refreshed.restaurantID != added.restaurantID)
        let last = try cluster.psql(database: database, command:
            "SELECT max(created_at)::date FROM orders WHERE restaurant_id = \(refreshed.restaurantID)")
        #expect(last == "2025-04-03")
        #expect(try TenantFixture.count(cluster, database, "SELECT count(*) FROM restaurants WHERE slug = 'casa'") == 1)
        #expect(try tenants.list().first?.provenance.asOf == Day(iso: "2025-04-03"))
        try TenantFixture.verifies(.postgres(connection: uri))
        TenantFixture.expectKept(before, in: try #require(try PostgresFixture.contents(cluster, database)))
        _ = try tenants.remove(slug: "casa")
        #expect(try PostgresFixture.contents(cluster, database) == before)
    }

    @Test("refusals name what is wrong and change nothing")
    func refusals() throws {
        let (cluster, database, uri) = try TenantFixture.database()
        let before = try #require(try PostgresFixture.contents(cluster, database))
        let tenants = PostgresTenants(connection: uri)
        #expect(throws: LiveTenantError.notRecorded(slug: "obriens", exists: true)) { try tenants.remove(slug: "obriens") }
        #expect(throws: LiveTenantError.notRecorded(slug: "obriens", exists: true)) {
            try tenants.refresh(slug: "obriens", overrides: .none)
        }
        #expect(throws: LiveTenantError.notRecorded(slug: "nobody", exists: false)) { try tenants.remove(slug: "nobody") }
        #expect(throws: LiveTenantError.slugExists(slug: "obriens", recorded: false)) {
            try tenants.add(TenantFixture.request(slug: "obriens"))
        }
        try cluster.psql(database: database, command:
            "INSERT INTO platforms (name, slug, owner_email) VALUES ('Other', 'other', 'o@other.example')")
        #expect(throws: LiveTenantError.platformNotFound(slug: "elsewhere", available: ["tiny", "other"])) {
            try tenants.add(TenantFixture.request(slug: "casa", [("slug: tiny", "slug: elsewhere")]))
        }
        try cluster.psql(database: database, command: "DELETE FROM platforms WHERE slug = 'other'")
        #expect(throws: LiveTenantError.planNotFound(plan: "gold", platform: "tiny", available: ["basic"])) {
            try tenants.add(TenantFixture.request(slug: "casa", [("name: basic", "name: gold"), ("plan: basic", "plan: gold")]))
        }
        #expect(throws: LiveTenantError.emailsTaken(["sam@obriens.example"])) {
            try tenants.add(TenantFixture.request(slug: "casa", [("email: sam@casa.example", "email: sam@obriens.example")]))
        }
        #expect(try PostgresFixture.contents(cluster, database) == before)
        _ = try tenants.add(TenantFixture.request(slug: "casa"))
        #expect(throws: LiveTenantError.slugExists(slug: "casa", recorded: true)) {
            try tenants.add(TenantFixture.request(slug: "casa"))
        }

        let empty = try cluster.createDatabase()
        #expect(throws: LiveTenantError.self) {
            try PostgresTenants(connection: cluster.connectionURI(database: empty)).add(TenantFixture.request(slug: "casa"))
        }
        #expect(try PostgresFixture.tables(cluster, empty) == [])
    }

    @Test("the application inserting orders meanwhile: no collision, both commit, every sequence ahead of its table")
    func concurrentApplication() throws {
        let (cluster, database, uri) = try TenantFixture.database()
        let done = Flag()
        let application = Thread.detachNewResult {
            let connection = try PostgresConnection(uri)
            var inserted = 0
            while !done.isSet || inserted < 50 {
                try connection.execute("""
                    INSERT INTO orders (restaurant_id, order_number, status, subtotal, total_amount)
                    VALUES (1, 'APP-\(inserted)', 'completed', 0, 0)
                    """)
                inserted += 1
            }
            return inserted
        }
        let added = try PostgresTenants(connection: uri).add(TenantFixture.request(slug: "casa", asOf: nil))
        done.set()
        let inserted = try application.wait()
        #expect(try TenantFixture.count(cluster, database, "SELECT count(*) FROM orders WHERE order_number LIKE 'APP-%'") == inserted)
        #expect(try TenantFixture.count(cluster, database, "SELECT count(*) FROM orders WHERE restaurant_id = \(added.restaurantID)")
            == added.counts[.orders])
        #expect(try TenantFixture.sequencesBehind(cluster, database) == [])
        // The next id the application draws is past the tenant's.
        let next = try TenantFixture.count(cluster, database, "SELECT nextval('orders_id_seq')")
        let largest = try TenantFixture.count(cluster, database, "SELECT max(id) FROM orders")
        #expect(next > largest)
    }

    @Test("reserving takes the sequence's lock: the application's nextval waits for it, never past it")
    func reservationLocksTheSequence() throws {
        let (cluster, database, uri) = try TenantFixture.database()
        let holder = try PostgresConnection(uri)
        try holder.execute("BEGIN; ALTER SEQUENCE orders_id_seq INCREMENT BY 1")
        let waiter = try PostgresConnection(uri)
        try waiter.execute("SET lock_timeout = '200ms'")
        #expect(throws: PostgresError.self) { try waiter.execute("SELECT nextval('orders_id_seq')") }
        try holder.execute("ROLLBACK")
        _ = cluster; _ = database
    }

    @Test("two adds of different tenants at once both land; the same slug twice: one lands, the other is refused")
    func concurrentAdds() throws {
        let (cluster, database, uri) = try TenantFixture.database()
        let first = Thread.detachNewResult { try PostgresTenants(connection: uri).add(TenantFixture.request(slug: "casa")) }
        let second = Thread.detachNewResult { try PostgresTenants(connection: uri).add(TenantFixture.request(slug: "luca")) }
        let a = try first.wait(), b = try second.wait()
        #expect(a.restaurantID != b.restaurantID)
        try TenantFixture.verifies(.postgres(connection: uri))

        let attempts = (0..<2).map { _ in
            Thread.detachNewResult { try PostgresTenants(connection: uri).add(TenantFixture.request(slug: "nonna")) }
        }
        let outcomes = attempts.map { $0.result() }
        #expect(outcomes.filter { (try? $0.get()) != nil }.count == 1)
        let refusals = outcomes.compactMap { outcome -> LiveTenantError? in
            if case .failure(let error) = outcome { return error as? LiveTenantError } else { return nil }
        }
        #expect(refusals == [.slugExists(slug: "nonna", recorded: true)])
        #expect(try TenantFixture.count(cluster, database, "SELECT count(*) FROM restaurants") == 4)
        try TenantFixture.verifies(.postgres(connection: uri))
    }

    @Test("as the application role with the tenant's settings: the tenant's rows and only them; a login's hash checks")
    func applicationView() throws {
        let (cluster, database, uri) = try TenantFixture.database()
        let added = try PostgresTenants(connection: uri).add(TenantFixture.request(slug: "casa", [
            ("    plan: basic", "    plan: basic\n    demo_password: casa-secret"),
        ]))
        let login = "web_\(database)"
        try cluster.psql(database: database, command: "CREATE ROLE \(login) LOGIN IN ROLE \(PostgresDDL.applicationRole)")
        defer { _ = try? cluster.psql(database: "postgres", command: "DROP OWNED BY \(login); DROP ROLE \(login)") }
        let app = cluster.connectionURI(database: database, user: login)
        let session = "SET app.current_restaurant_id = '\(added.restaurantID)'; SET app.current_platform_id = '0'; "
        for table in ["orders", "products", "employees", "categories", "payments", "inventory_items"] {
            let seen = try PostgresFixture.psql(cluster, uri: app, session
                + "SELECT count(*), count(*) FILTER (WHERE restaurant_id <> \(added.restaurantID)) FROM \(table)")
            #expect(seen.status == 0, "\(seen.stderr)")
            let expected = added.counts[TableName(rawValue: table)!]
            #expect(seen.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "\(expected)|0", "\(table)")
        }
        // Before the tenant is known: the login lookup finds the user, and the hash checks. pgcrypto
        // knows bcrypt as $2a$, which computes what $2b$ does for passwords this short.
        try cluster.psql(database: database, command: "CREATE EXTENSION IF NOT EXISTS pgcrypto")
        let lookup = try PostgresFixture.psql(cluster, uri: app, """
            SELECT restaurant_id, role, public.crypt('casa-secret', h) = h, public.crypt('tiny-demo', h) = h
            FROM (SELECT *, overlay(password_hash placing '$2a$' from 1 for 4) AS h
                  FROM seedkit.login_lookup('MO@casa.example')) AS found
            """)
        #expect(lookup.status == 0, "\(lookup.stderr)")
        #expect(lookup.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "\(added.restaurantID)|manager|t|f")
        #expect(added.passwordSource?.contains("restaurants[0].demo_password") == true)
        // The application cannot read SeedKit's records.
        let records = try PostgresFixture.psql(cluster, uri: app, "SELECT count(*) FROM seedkit.tenants")
        #expect(records.status != 0)
    }
}

/// A flag one thread sets and another reads.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

/// The result of work done on a thread of its own.
final class ThreadResult<T>: @unchecked Sendable {
    private let condition = NSCondition()
    private var outcome: Result<T, any Error>?

    func finish(_ result: Result<T, any Error>) {
        condition.lock()
        outcome = result
        condition.broadcast()
        condition.unlock()
    }

    func result() -> Result<T, any Error> {
        condition.lock()
        defer { condition.unlock() }
        while outcome == nil { condition.wait() }
        return outcome!
    }

    func wait() throws -> T { try result().get() }
}

extension Thread {
    static func detachNewResult<T>(_ body: @escaping @Sendable () throws -> T) -> ThreadResult<T> {
        let result = ThreadResult<T>()
        let thread = Thread { result.finish(Result { try body() }) }
        thread.start()
        return result
    }
}

/// The command line against PostgreSQL.
@Suite struct PostgresTenantCommandTests {
    @Test("tenant add --as-of now (12:34 on a Friday in London), list and remove from the command line; verify passes after each")
    func addListRemove() throws {
        let (cluster, database, uri) = try TenantFixture.database()
        // 11:34 UTC is 12:34 British Summer Time: the café's lunch.
        let now = ProcessInfo.processInfo.environment.merging(["SEEDKIT_NOW": "2026-06-12T11:34:00Z"]) { $1 }
        try SinkFixture.withTemporaryDirectory { directory in
            let scenario = try TenantFixture.file(slug: "casa", in: directory)
            let added = try SeedKitBinary.run(["tenant", "add", scenario, "--restaurant", "casa", "--out", uri, "--as-of", "now"],
                                              environment: now)
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stdout.contains("mo@casa.example"))
            #expect(try SeedKitBinary.run(["verify", uri]).status == 0)
            let tenant = "(SELECT id FROM restaurants WHERE slug = 'casa')"
            #expect(try TenantFixture.count(cluster, database,
                "SELECT count(*) FROM time_tracking WHERE clock_out IS NULL AND restaurant_id = \(tenant)") >= 1)
            #expect(try TenantFixture.count(cluster, database,
                "SELECT count(*) FROM orders WHERE created_at > '2026-06-12 12:34' AND restaurant_id = \(tenant)") == 0)
            #expect(try TenantFixture.count(cluster, database,
                "SELECT count(*) FROM orders WHERE created_at >= '2026-06-12' AND restaurant_id = \(tenant)") >= 1)
            let listed = try SeedKitBinary.run(["tenant", "list", "--out", uri])
            #expect(listed.stdout.contains("casa\t"))
            #expect(listed.stdout.contains("\t2026-06-12\t"), "\(listed.stdout)")
            let unknown = try SeedKitBinary.run(["tenant", "add", scenario, "--restaurant", "nope", "--out", uri])
            #expect(unknown.status == 64)
            let removed = try SeedKitBinary.run(["tenant", "remove", "casa", "--out", uri])
            #expect(removed.status == 0, "\(removed.stderr)")
            #expect(try SeedKitBinary.run(["verify", uri]).status == 0)
            #expect(try SeedKitBinary.run(["tenant", "list", "--out", uri]).stdout.contains("no tenants"))
        }
    }
}

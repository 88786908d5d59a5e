import Foundation
import Testing
@testable import SeedKit

/// `seedkit tenant` on a SeedKit SQLite file.
@Suite struct SQLiteTenantTests {
    @Test("add keeps every other row and verify passes; refresh; remove gives back the file's data as before add")
    func addRefreshRemove() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("demo.sqlite").path
            let scenario = try ScenarioLoader.load(contentsOf: Repository.fixture("tiny.yaml"))
            try Generation(scenario: scenario).run(into: SQLiteSink(path: path, replace: false))
            let before = try DatabaseSnapshot.sqlite(path)
            let tenants = SQLiteTenants(path: path)
            let added = try tenants.add(TenantFixture.request(slug: "casa"))
            let after = try DatabaseSnapshot.sqlite(path)
            TenantFixture.expectKept(before, in: after)
            #expect(after.rowCount == before.rowCount + added.counts.total)
            try TenantFixture.verifies(.sqliteFile(path: path))
            #expect(try tenants.list().map(\.slug) == ["casa"])
            #expect(throws: LiveTenantError.slugExists(slug: "casa", recorded: true)) {
                try tenants.add(TenantFixture.request(slug: "casa"))
            }
            #expect(throws: LiveTenantError.notRecorded(slug: "obriens", exists: true)) { try tenants.remove(slug: "obriens") }

            let refreshed = try tenants.refresh(slug: "casa", overrides: .init(asOf: Day(iso: "2025-04-02")))
            #expect(refreshed.counts.total > 0)
            try TenantFixture.verifies(.sqliteFile(path: path))
            #expect(try tenants.list().first?.provenance.asOf == Day(iso: "2025-04-02"))

            _ = try tenants.remove(slug: "casa")
            #expect(try DatabaseSnapshot.sqlite(path) == before)
            #expect(try tenants.list().isEmpty)
            try TenantFixture.verifies(.sqliteFile(path: path))
        }
    }

    @Test("refresh to a minute (as --as-of now does): the day so far, staff on shift clocked in; verify passes")
    func refreshToAMinute() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("demo.sqlite").path
            let scenario = try ScenarioLoader.load(contentsOf: Repository.fixture("tiny.yaml"))
            try Generation(scenario: scenario).run(into: SQLiteSink(path: path, replace: false))
            let tenants = SQLiteTenants(path: path)
            _ = try tenants.add(TenantFixture.request(slug: "casa"))
            // Wednesday 2 April 2025, 12:34: the café's lunch.
            _ = try tenants.refresh(slug: "casa", overrides: .init(asOf: Day(iso: "2025-04-02"), asOfTime: TimeOfDay(hour: 12, minute: 34)))
            try TenantFixture.verifies(.sqliteFile(path: path))
            #expect(try tenants.list().first?.provenance.asOf == Day(iso: "2025-04-02"))
            let database = try SQLiteConnection(path: path, readOnly: true)
            defer { database.close() }
            func count(_ sql: String) throws -> Int { Int(try database.rows(sql).first?.first??.description ?? "") ?? -1 }
            let casa = "(SELECT id FROM restaurants WHERE slug = 'casa')"
            #expect(try count("SELECT count(*) FROM time_tracking WHERE clock_out IS NULL AND restaurant_id = \(casa)") >= 1)
            #expect(try count("SELECT count(*) FROM orders WHERE created_at > '2025-04-02 12:34:00' AND restaurant_id = \(casa)") == 0)
            #expect(try count("SELECT count(*) FROM orders WHERE created_at >= '2025-04-02' AND restaurant_id = \(casa)") >= 1)
        }
    }

    @Test("two adds at once take turns on the file's write lock and both land; verify passes")
    func concurrentAdds() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("demo.sqlite").path
            let scenario = try ScenarioLoader.load(contentsOf: Repository.fixture("tiny.yaml"))
            try Generation(scenario: scenario).run(into: SQLiteSink(path: path, replace: false))
            let adds = ["casa", "luca"].map { slug in
                Thread.detachNewResult { try SQLiteTenants(path: path).add(TenantFixture.request(slug: slug)) }
            }
            let ids = try adds.map { try $0.wait().restaurantID }
            #expect(Set(ids).count == 2)
            #expect(try SQLiteTenants(path: path).list().map(\.slug) == ["casa", "luca"])
            try TenantFixture.verifies(.sqliteFile(path: path))
        }
    }

    @Test("a file that is not a SeedKit database, or none at all, is refused and left alone")
    func refusals() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let missing = directory.appendingPathComponent("none.sqlite").path
            #expect(throws: LiveTenantError.notASeedKitDatabase(path: missing)) {
                try SQLiteTenants(path: missing).add(TenantFixture.request(slug: "casa"))
            }
            #expect(!FileManager.default.fileExists(atPath: missing))
        }
    }

    @Test("the command line adds, lists and removes a tenant and prints its logins")
    func commandLine() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("demo.sqlite").path
            let generated = try SeedKitBinary.run(["generate", Repository.fixture("tiny.yaml"), "--out", path])
            #expect(generated.status == 0, "\(generated.stderr)")
            let scenario = try TenantFixture.file(slug: "casa", in: directory)
            let added = try SeedKitBinary.run(["tenant", "add", scenario, "--restaurant", "casa", "--out", path])
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stdout.contains("Added tenant casa"))
            #expect(added.stdout.contains("Logins (password: demo_password of scenario tiny-casa)"))
            #expect(added.stdout.contains("mo@casa.example"))
            let listed = try SeedKitBinary.run(["tenant", "list", "--out", path])
            #expect(listed.stdout.contains("casa\t"))
            let again = try SeedKitBinary.run(["tenant", "add", scenario, "--restaurant", "casa", "--out", path])
            #expect(again.status == 73)
            #expect(again.stderr.contains("tenant \"casa\" is already there"))
            let removed = try SeedKitBinary.run(["tenant", "remove", "casa", "--out", path])
            #expect(removed.status == 0, "\(removed.stderr)")
            let other = try SeedKitBinary.run(["tenant", "remove", "obriens", "--out", path])
            #expect(other.status == 74)
            #expect(other.stderr.contains("was not added by seedkit tenant add"))
            #expect(try SeedKitBinary.run(["verify", path]).status == 0)
        }
    }
}

import Foundation
import Testing
@testable import SeedKit

/// `seedkit verify TARGET`, end to end through the built binary.
@Suite struct VerifyCommandTests {
    @Test("verify prints the summary and exits 0 when every invariant holds")
    func passes() throws {
        try VerifyFixture.withSQLite { path in
            let result = try SeedKitBinary.run(["verify", path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "verify: all 28 invariants hold (rows checked: \(VerifyFixture.rowCount))\n")
        }
    }

    @Test("verify --realism prints each restaurant's scorecard and exits 1 when a measure is out of band")
    func realism() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("tiny.sqlite").path
            let scenario = Repository.fixture("tiny.yaml")
            #expect(try SeedKitBinary.run(["generate", scenario, "--out", path]).status == 0)
            let result = try SeedKitBinary.run(["verify", path, "--realism", "--scenario", scenario])
            // Three days of a café with one cook is not a believable business: the scorecard says so.
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stdout.contains("verify: all 28 invariants hold"))
            #expect(result.stdout.contains("obriens (O'Brien's Café)\n"))
            #expect(result.stdout.contains("  ok    table_overlaps "))
            #expect(result.stdout.contains("labour_cost"))
            #expect(result.stdout.contains("realism: "))
        }
    }

    @Test("verify prints each failed invariant and exits 1")
    func fails() throws {
        try VerifyFixture.withSQLite(breaking: "UPDATE orders SET items_count = 4 WHERE id = 3") { path in
            let result = try SeedKitBinary.run(["verify", path])
            #expect(result.status == 1)
            #expect(result.stdout == """
                FAIL order_items_count: 1 order (id 3): orders.items_count differs from the quantities of its items added up
                verify: 28 invariants, 1 failed

                """)
            #expect(result.stderr == "")
        }
    }

    @Test("a database in another schema, or a file that is no database, is refused with 65")
    func notSeedKit() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let other = directory.appendingPathComponent("other.db")
            try SinkFixture.sqlite3(other, script: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);")
            let result = try SeedKitBinary.run(["verify", other.path])
            #expect(result.status == 65)
            #expect(result.stdout == "")
            #expect(result.stderr == "seedkit: error: not a SeedKit database: it has none of the 24 tables of SeedKit's schema\n")

            let text = directory.appendingPathComponent("notes.sqlite")
            try Data(String(repeating: "not a database\n", count: 20).utf8).write(to: text)
            let notDatabase = try SeedKitBinary.run(["verify", text.path])
            #expect(notDatabase.status == 65)
            #expect(notDatabase.stderr == "seedkit: error: \(text.path) is not a SQLite database (file is not a database)\n")
        }
    }

    @Test("a missing file exits 66 and is not created")
    func missingFile() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let missing = directory.appendingPathComponent("missing.sqlite").path
            let result = try SeedKitBinary.run(["verify", missing])
            #expect(result.status == 66)
            #expect(result.stderr == "seedkit: error: cannot open \(missing): no such file\n")
            #expect(!FileManager.default.fileExists(atPath: missing))
        }
    }

    @Test("a SQL script or postgres without DATABASE_URL is a usage error (64)")
    func usage() throws {
        let script = try SeedKitBinary.run(["verify", "Output/demo.sql"])
        #expect(script.status == 64)
        #expect(script.stderr.contains("Output/demo.sql is a SQL script: load it into a database"))
        var environment = ProcessInfo.processInfo.environment
        environment["DATABASE_URL"] = nil
        let postgres = try SeedKitBinary.run(["verify", "postgres"], environment: environment)
        #expect(postgres.status == 64)
        #expect(postgres.stderr.contains("DATABASE_URL"))
    }

    @Test("verify reads PostgreSQL from a URI or DATABASE_URL; an unreachable server exits 66")
    func postgres() throws {
        let connection = try VerifyFixture.postgres(breaking: "UPDATE platforms SET total_restaurants = 3")
        let result = try SeedKitBinary.run(["verify", connection])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("FAIL platform_rollups: 1 platform (id 1): "))
        var environment = ProcessInfo.processInfo.environment
        environment["DATABASE_URL"] = try VerifyFixture.postgres()
        let passing = try SeedKitBinary.run(["verify", "postgres"], environment: environment)
        #expect(passing.status == 0, "\(passing.stderr)")
        #expect(passing.stdout == "verify: all 28 invariants hold (rows checked: \(VerifyFixture.rowCount))\n")

        let cluster = try EphemeralPostgres.shared()
        let unreachable = try SeedKitBinary.run(["verify", "postgres://postgres:secret@127.0.0.1:\(cluster.port)/no_such_database"])
        #expect(unreachable.status == 66)
        #expect(unreachable.stderr.contains("no_such_database"))
        #expect(!unreachable.stderr.contains("secret"))
    }
}

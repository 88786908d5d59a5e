import Foundation
import Testing
@testable import SeedKit

/// `seedkit generate --out <PostgreSQL>` end to end: every way of naming the database.
@Suite struct PostgresCommandTests {
    let tiny = Repository.fixture("tiny.yaml")

    @Test("a URI with a password loads, and the summary names the database without the password")
    func uriSummary() throws {
        let (cluster, database, _) = try PostgresFixture.database()
        let result = try PostgresFixture.generate(tiny, out: "postgres://postgres:s3cret-pw@127.0.0.1:\(cluster.port)/\(database)")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\nWrote PostgreSQL database \(database) on 127.0.0.1:\(cluster.port) as postgres in "))
        #expect(!result.stdout.contains("s3cret") && !result.stderr.contains("s3cret"))
        #expect(try cluster.psql(database: database, command: "SELECT sku FROM products ORDER BY id")
            == "TINY-FE\nTINY-FW\nTINY-TW")
    }

    @Test("a load makes every table's statistics after its COMMIT; --no-analyze leaves them to autovacuum, as a restore does")
    func statistics() throws {
        let statistics = "SELECT count(DISTINCT tablename) FROM pg_stats WHERE schemaname = 'public'"
        let (cluster, analyzed, analyzedURI) = try PostgresFixture.database()
        let withStatistics = try PostgresFixture.generate(tiny, out: analyzedURI)
        #expect(withStatistics.status == 0, "\(withStatistics.stderr)")
        let tablesWithRows = try cluster.psql(database: analyzed, command: """
            SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND reltuples > 0
            """)
        #expect(try cluster.psql(database: analyzed, command: statistics) == tablesWithRows)
        let (_, bare, bareURI) = try PostgresFixture.database()
        let without = try PostgresFixture.generate(tiny, out: bareURI, ["--no-analyze"])
        #expect(without.status == 0, "\(without.stderr)")
        #expect(try cluster.psql(database: bare, command: statistics) == "0")
        #expect(try PostgresFixture.contents(cluster, bare) == PostgresFixture.contents(cluster, analyzed))
    }

    @Test("--no-analyze is refused for a file target, naming the flag")
    func noAnalyzeNeedsPostgres() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let file = directory.appendingPathComponent("tiny.sqlite").path
            let result = try SeedKitBinary.run(["generate", tiny, "--out", file, "--no-analyze"])
            #expect(result.status != 0)
            #expect(result.stderr.contains("--no-analyze applies only to a PostgreSQL target"))
            #expect(!FileManager.default.fileExists(atPath: file))
        }
    }

    @Test("a libpq key=value string through the Unix socket loads")
    func keywordString() throws {
        let (cluster, database, _) = try PostgresFixture.database()
        let out = "host=\(cluster.socketDirectory) port=\(cluster.port) user=postgres dbname=\(database)"
        let result = try PostgresFixture.generate(tiny, out: out)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Wrote PostgreSQL database \(database) on \(cluster.socketDirectory):\(cluster.port) as postgres"))
        #expect(try cluster.psql(database: database, command: "SELECT count(*) FROM products") == "3")
    }

    @Test("--out postgres takes DATABASE_URL, and libpq's PG* variables fill in what a string leaves out")
    func environment() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }
        environment["DATABASE_URL"] = uri
        let viaURL = try PostgresFixture.generate(tiny, out: "postgres", environment: environment)
        #expect(viaURL.status == 0, "\(viaURL.stderr)")

        let other = try cluster.createDatabase()
        environment["PGHOST"] = "127.0.0.1"
        environment["PGPORT"] = "\(cluster.port)"
        environment["PGUSER"] = "postgres"
        let viaVariables = try PostgresFixture.generate(tiny, out: "dbname=\(other)", environment: environment)
        #expect(viaVariables.status == 0, "\(viaVariables.stderr)")
        #expect(viaVariables.stdout.contains("Wrote PostgreSQL database \(other) on 127.0.0.1:\(cluster.port) as postgres"))
        #expect(try cluster.psql(database: other, command: "SELECT count(*) FROM products") == "3")
        #expect(try cluster.psql(database: database, command: "SELECT count(*) FROM products") == "3")
    }

    @Test("--schema is a usage error (exit 64) for a target that is not PostgreSQL, and takes only create or existing")
    func schemaOnlyForPostgres() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let sqlite = try SeedKitBinary.run(["generate", tiny, "--out", directory.appendingPathComponent("x.sqlite").path,
                                                "--schema", "existing"])
            #expect(sqlite.status == 64)
            #expect(sqlite.stderr.contains("--schema applies only to a PostgreSQL target"))
            let bad = try SeedKitBinary.run(["generate", tiny, "--out", "postgres://localhost/x", "--schema", "mine"])
            #expect(bad.status == 64)
            #expect(try SinkFixture.fileNames(in: directory) == [])
        }
    }
}

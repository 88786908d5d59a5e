import Foundation
import Testing
@testable import SeedKit

/// A database that already has SeedKit's tables is refused unless `--replace` is given, which
/// replaces those tables and no others.
@Suite struct PostgresReplaceTests {
    @Test("a second load without --replace exits 73 and changes nothing; with --replace other tables survive")
    func replaceOnlyOurTables() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        try PostgresFixture.load("italian-pair", into: PostgresSink(connection: uri, replace: false))
        try cluster.psql(database: database, command:
            "CREATE TABLE app_notes (id int, note text); INSERT INTO app_notes VALUES (1, 'keep me')")
        let before = try PostgresFixture.contents(cluster, database)

        let refused = try PostgresFixture.generate(Repository.fixture("tiny.yaml"), out: uri)
        #expect(refused.status == 73)
        #expect(refused.stderr == "seedkit: error: the database \(database) already has SeedKit's tables (platforms, "
            + "platform_settings, subscription_plans, restaurants, restaurant_subscriptions, and 19 more); "
            + "pass --replace to replace them (other tables are left alone)\n")
        #expect(try PostgresFixture.contents(cluster, database) == before)

        let replaced = try PostgresFixture.generate(Repository.fixture("tiny.yaml"), out: uri, ["--replace"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try cluster.psql(database: database, command: "SELECT slug FROM restaurants") == "obriens")
        #expect(try cluster.psql(database: database, command: "SELECT id, note FROM app_notes") == "1|keep me")
        #expect(try PostgresFixture.tables(cluster, database).count == TableName.allCases.count + 1)
    }

    @Test("--replace refuses, changing nothing, when another table has a foreign key to SeedKit's tables")
    func replaceStopsAtDependentObjects() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        try PostgresFixture.load("mexican-demo", into: PostgresSink(connection: uri, replace: false))
        try cluster.psql(database: database, command: """
            CREATE TABLE app_reviews (id int, restaurant_id int REFERENCES restaurants(id));
            INSERT INTO app_reviews SELECT 1, min(id) FROM restaurants
            """)
        let before = try PostgresFixture.contents(cluster, database)
        let result = try PostgresFixture.generate(Repository.fixture("tiny.yaml"), out: uri, ["--replace"])
        #expect(result.status == 74)
        #expect(result.stderr.hasPrefix("seedkit: error: PostgreSQL refused the load: cannot drop desired object(s) "
            + "because other objects depend on them (SQLSTATE 2BP01); other objects depend on SeedKit's tables, and "
            + "SeedKit replaces only its own tables: drop or change those objects first. Nothing was changed.\n"))
        #expect(result.stderr.contains("detail: constraint app_reviews_restaurant_id_fkey on table app_reviews depends on table restaurants"))
        #expect(!result.stderr.contains("CASCADE"))  // the server's hint is not something SeedKit offers
        #expect(try PostgresFixture.contents(cluster, database) == before)
        #expect(try cluster.psql(database: database, command: "SELECT count(*) FROM app_reviews") == "1")
    }

    @Test("two loads into one empty database at once: one succeeds, the other is refused (exit 73)")
    func concurrentLoads() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        let devNull = open("/dev/null", O_WRONLY)
        defer { close(devNull) }
        let pids = try (0..<2).map { _ in
            try ProcessRunner.spawn(SeedKitBinary.path, ["generate", Repository.fixture("tiny.yaml"), "--out", uri],
                                    stdout: devNull, stderr: devNull)
        }
        let statuses = pids.map { pid -> Int32 in
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            return (status >> 8) & 0xFF
        }
        #expect(statuses.sorted() == [0, 73])
        #expect(try cluster.psql(database: database, command: "SELECT slug FROM restaurants") == "obriens")
    }
}

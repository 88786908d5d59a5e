import Foundation
import Testing
@testable import SeedKit

/// `--schema existing`: the tables come from the application's migrations (here, the seed
/// document's CREATE TABLE statements, verbatim); SeedKit fills what they have and adds nothing.
@Suite struct ExistingSchemaTests {
    /// A fresh database with the seed's tables, made by `psql -f` of its DDL, then `adjust`.
    func migratedDatabase(adjust: String? = nil) throws -> (cluster: EphemeralPostgres, name: String, uri: String) {
        let database = try PostgresFixture.database()
        try SinkFixture.withTemporaryDirectory { directory in
            let ddl = directory.appendingPathComponent("migration.sql")
            try Data(seedSchemaDDL.utf8).write(to: ddl)
            try database.cluster.psql(database: database.name, file: ddl.path)
        }
        if let adjust { try database.cluster.psql(database: database.name, command: adjust) }
        return database
    }

    /// Constraints, indexes and policies: what a load into existing tables must leave alone.
    func schemaObjects(_ cluster: EphemeralPostgres, _ database: String) throws -> String {
        try cluster.psql(database: database, command: """
            SELECT conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            UNION ALL SELECT indexname FROM pg_indexes WHERE schemaname = 'public'
            UNION ALL SELECT policyname FROM pg_policies
            ORDER BY 1
            """)
    }

    @Test("the seed's own tables are filled with the same rows as SQLite, sequences set, nothing added",
          arguments: ["mexican-demo", "italian-pair"])
    func fillsMigratedTables(name: String) throws {
        let (cluster, database, uri) = try migratedDatabase()
        let objects = try schemaObjects(cluster, database)
        try PostgresFixture.load(name, into: PostgresSink(connection: uri, replace: false, schema: .existing))
        try SinkFixture.withTemporaryDirectory { directory in
            let sqlite = directory.appendingPathComponent("direct.sqlite")
            try PostgresFixture.load(name, into: SQLiteSink(path: sqlite.path, replace: false))
            #expect(try DatabaseSnapshot.postgres(cluster, database: database) == DatabaseSnapshot.sqlite(sqlite.path))
        }
        #expect(try schemaObjects(cluster, database) == objects)
        for table in Schema.builtIn.tables {
            #expect(throws: Never.self, "\(table.name.rawValue)") {
                try cluster.psql(database: database, command: PostgresSinkTests.plainInsert(table))
            }
        }
    }

    @Test("tables already holding rows are refused (exit 73); --replace empties only SeedKit's tables and loads")
    func refusesFilledTables() throws {
        let (cluster, database, uri) = try migratedDatabase(adjust:
            "CREATE TABLE app_notes (id int, note text); INSERT INTO app_notes VALUES (1, 'keep me')")
        try PostgresFixture.load("italian-pair", into: PostgresSink(connection: uri, replace: false, schema: .existing))
        let before = try PostgresFixture.contents(cluster, database)

        let refused = try PostgresFixture.generate(Repository.fixture("tiny.yaml"), out: uri, ["--schema", "existing"])
        #expect(refused.status == 73)
        #expect(refused.stderr.hasPrefix("seedkit: error: SeedKit's tables in the database \(database) already hold rows "
            + "(platforms, platform_settings, subscription_plans, restaurants, restaurant_subscriptions, and 19 more); "
            + "pass --replace to empty them first (other tables are left alone)"))
        #expect(try PostgresFixture.contents(cluster, database) == before)

        let replaced = try PostgresFixture.generate(Repository.fixture("tiny.yaml"), out: uri, ["--schema", "existing", "--replace"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try cluster.psql(database: database, command: "SELECT id, slug FROM restaurants") == "1|obriens")
        #expect(try cluster.psql(database: database, command: "SELECT * FROM app_notes") == "1|keep me")
    }

    @Test("missing tables, missing required columns and unfillable columns are all listed, and nothing is written")
    func refusesWhatItCannotFill() throws {
        let (cluster, database, uri) = try migratedDatabase(adjust: """
            DROP TABLE daily_reports;
            ALTER TABLE products DROP COLUMN name;
            ALTER TABLE orders ADD COLUMN tenant_code text NOT NULL;
            ALTER TABLE orders ADD COLUMN channel text NOT NULL DEFAULT 'pos';
            """)
        let error = try #require(throws: PostgresError.self) {
            try PostgresFixture.load("mexican-demo", into: PostgresSink(connection: uri, replace: false, schema: .existing))
        }
        #expect(error == .schemaMismatch(database: database, problems: [
            "products.name is missing (SeedKit fills it, and its schema has it NOT NULL)",
            "orders.tenant_code is NOT NULL without a default, and SeedKit has no value for it",
            "table daily_reports is missing",
        ]))
        let cli = try PostgresFixture.generate(Repository.fixture("tiny.yaml"), out: uri, ["--schema", "existing"])
        #expect(cli.status == 74)
        #expect(cli.stderr == "seedkit: error: \(error.description)\n")
        #expect(try cluster.psql(database: database, command: "SELECT count(*) FROM platforms") == "0")
    }

    @Test("a column the application does not have, and SeedKit may leave out, is skipped")
    func skipsOptionalColumns() throws {
        let (cluster, database, uri) = try migratedDatabase(adjust:
            "ALTER TABLE restaurants DROP COLUMN logo_url; ALTER TABLE products DROP COLUMN description")
        try PostgresFixture.load("italian-pair", into: PostgresSink(connection: uri, replace: false, schema: .existing))
        let generated = try GeneratedRows.shipped("italian-pair")
        for table in TableName.allCases {
            let count = try cluster.psql(database: database, command: "SELECT count(*) FROM \(table.rawValue)")
            #expect(count == "\(generated.table(table).count)", "\(table.rawValue)")
        }
        let names = generated.table(.products).map { GeneratedRows.value($0, "name") }
        #expect(try cluster.psql(database: database, command: "SELECT name FROM products ORDER BY id")
            == names.map { if case .text(let name) = $0 { name } else { "?" } }.joined(separator: "\n"))
    }
}

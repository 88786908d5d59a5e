import Foundation
import Testing
@testable import SeedKit

/// `seedkit validate` and `seedkit schema`, end to end.
@Suite struct OtherCommandTests {
    @Test("validate prints ok for every shipped scenario", arguments: ["mexican-demo", "italian-pair"])
    func validateShipped(name: String) throws {
        let result = try SeedKitBinary.run(["validate", Repository.scenario(name)])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "ok\n")
    }

    @Test("validate prints warnings and ok, and --strict turns them into errors")
    func validateStrict() throws {
        let path = Repository.scenario("italian-pair")
        let lenient = try SeedKitBinary.run(["validate", path])
        #expect(lenient.status == 0 && lenient.stdout == "ok\n")
        #expect(lenient.stderr.contains("italian-pair.yaml:150:27: warning: restaurants[1].tax.prices_include_vat:"))
        let strict = try SeedKitBinary.run(["validate", "--strict", path])
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("italian-pair.yaml:150:27: error: restaurants[1].tax.prices_include_vat:"))
    }

    @Test("schema prints the DDL SeedKit uses, which each database accepts")
    func schemaLoads() throws {
        let sqlite = try SeedKitBinary.run(["schema", "--dialect", "sqlite"])
        #expect(sqlite.status == 0)
        #expect(sqlite.stdout == DDL.schemaText(.builtIn, dialect: .sqlite))
        try SinkFixture.withTemporaryDirectory { directory in
            let database = directory.appendingPathComponent("schema.db")
            try SinkFixture.sqlite3(database, script: sqlite.stdout)
            let tables = try SinkFixture.sqlite3(database, script: "SELECT count(*) FROM sqlite_master WHERE type = 'table';")
            #expect(tables == "24\n")
        }
        let postgres = try SeedKitBinary.run(["schema", "--dialect", "postgres"])
        #expect(postgres.stdout.contains("CREATE TABLE daily_reports ("))
        let cluster = try EphemeralPostgres.shared()
        let database = try cluster.createDatabase()
        try SinkFixture.withTemporaryDirectory { directory in
            let file = directory.appendingPathComponent("schema.sql").path
            try Data(postgres.stdout.utf8).write(to: URL(fileURLWithPath: file))
            try cluster.psql(database: database, file: file)
        }
        #expect(try cluster.psql(database: database, command:
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'") == "24")
    }
}

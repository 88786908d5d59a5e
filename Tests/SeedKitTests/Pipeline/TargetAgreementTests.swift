import Foundation
import Testing
@testable import SeedKit

/// Every target receives the same data: the SQLite file, the SQLite script loaded by `sqlite3`,
/// and the PostgreSQL script loaded by `psql -f`.
@Suite struct TargetAgreementTests {
    static let scenarios = ["mexican-demo", "italian-pair"]

    func write(_ name: String, to sink: some RowSink) throws {
        try Generation(scenario: ScenarioLoader.load(contentsOf: Repository.scenario(name))).run(into: sink)
    }

    @Test("the SQLite SQL file loaded by sqlite3 holds exactly the rows of the SQLite target", arguments: scenarios)
    func sqliteScriptMatchesSQLiteFile(name: String) throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let direct = directory.appendingPathComponent("direct.sqlite")
            let script = directory.appendingPathComponent("script.sql")
            let loaded = directory.appendingPathComponent("loaded.sqlite")
            try write(name, to: SQLiteSink(path: direct.path, replace: false))
            try write(name, to: SQLFileSink(path: script.path, dialect: .sqlite, replace: false))
            try SinkFixture.sqlite3(loaded, inputPath: script.path)
            // typeof() and quote() per column: same values with the same storage classes.
            #expect(try SinkFixture.dump(direct) == SinkFixture.dump(loaded))
            #expect(try DatabaseSnapshot.sqlite(direct.path).rowCount > 100)
        }
    }

    @Test("the PostgreSQL SQL file loads with psql -f and holds exactly the rows of the SQLite target", arguments: scenarios)
    func postgresScriptMatchesSQLiteFile(name: String) throws {
        let cluster = try EphemeralPostgres.shared()
        let database = try cluster.createDatabase()
        try SinkFixture.withTemporaryDirectory { directory in
            let direct = directory.appendingPathComponent("direct.sqlite")
            let script = directory.appendingPathComponent("script.sql")
            try write(name, to: SQLiteSink(path: direct.path, replace: false))
            try write(name, to: SQLFileSink(path: script.path, dialect: .postgres, replace: false))
            try cluster.psql(database: database, file: script.path)
            let postgres = try DatabaseSnapshot.postgres(cluster, database: database)
            let sqlite = try DatabaseSnapshot.sqlite(direct.path)
            for table in TableName.allCases {
                #expect(postgres.tables[table] == sqlite.tables[table], "\(table.rawValue) differs")
            }
            #expect(sqlite.rowCount > 100)
        }
    }

    @Test("after loading the PostgreSQL file, a plain INSERT without an id succeeds in every table")
    func sequencesContinue() throws {
        let cluster = try EphemeralPostgres.shared()
        let database = try cluster.createDatabase()
        try SinkFixture.withTemporaryDirectory { directory in
            let script = directory.appendingPathComponent("script.sql")
            try write("mexican-demo", to: SQLFileSink(path: script.path, dialect: .postgres, replace: false))
            try cluster.psql(database: database, file: script.path)
        }
        for table in Schema.builtIn.tables {
            // Every column but id takes its default (or NULL); only NOT NULL columns need a value.
            let required = table.columns.filter { $0.isNotNull && !$0.isPrimaryKey && $0.defaultExpression == nil }
            let values = required.map { column -> String in
                switch column.type {
                case .varchar, .text: column.name == "role" ? "'manager'" : "'x' || nextval('\(table.name.rawValue)_id_seq')"
                case .date: "DATE '2025-01-01'"
                case .time: "TIME '12:00'"
                default: "1"
                }
            }
            // A user other than the platform owner must belong to a restaurant (users_tenant_check).
            let names = required.map(\.name) + (table.name == .users ? ["restaurant_id"] : [])
            let literals = values + (table.name == .users ? ["1"] : [])
            let sql = names.isEmpty
                ? "INSERT INTO \(table.name.rawValue) DEFAULT VALUES"
                : "INSERT INTO \(table.name.rawValue) (\(names.joined(separator: ", "))) VALUES (\(literals.joined(separator: ", ")))"
            #expect(throws: Never.self, "\(table.name.rawValue)") { try cluster.psql(database: database, command: sql) }
        }
    }
}

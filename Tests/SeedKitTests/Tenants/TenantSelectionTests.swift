import Foundation
import Testing
@testable import SeedKit

/// `--restaurants` and `--shard K/N`: a restaurant generated without the others has exactly the
/// rows, ids included, it has in the whole run.
@Suite struct TenantSelectionTests {
    static let fleet = Result { try ScenarioFleet.italian(restaurants: 8, historyDays: 3) }

    func rows(_ scenario: Scenario, _ selection: TenantSelection = .all) throws -> [Row] {
        var rows: [Row] = []
        try Generation(scenario: scenario, selection: selection).generate { rows.append($0) }
        return rows
    }

    @Test("--restaurants gives the platform's rows and the named restaurants' rows of the whole run, and nothing else")
    func subsetEqualsWholeRun() throws {
        let scenario = try Self.fleet.get()
        let chosen = [scenario.restaurants[2].slug, scenario.restaurants[5].slug]
        let whole = try GeneratedRows(rows: rows(scenario))
        let subset = try GeneratedRows(rows: rows(scenario, .restaurants(chosen)))
        let ids = [3, 6]
        for id in ids { #expect(subset.rows(ofRestaurant: id) == whole.rows(ofRestaurant: id)) }
        // Nothing of any other restaurant.
        let tenantRows = subset.rows.filter { Schema.builtIn.table($0.table).columns.contains { $0.name == "restaurant_id" } }
        #expect(tenantRows.allSatisfy { row in
            row.table == .users && GeneratedRows.value(row, "restaurant_id") == .null
                || ids.map(SQLValue.int).contains(GeneratedRows.value(row, "restaurant_id"))
        })
        // Rows without a restaurant_id of their own belong to the chosen restaurants' parents.
        for table in [TableName.orderItems, .restockOrderItems] {
            #expect(Set(subset.table(table)).isSubset(of: Set(whole.table(table))), "\(table.rawValue)")
            #expect(!subset.table(table).isEmpty)
        }
        for table in [TableName.platformSettings, .subscriptionPlans] {
            #expect(subset.table(table) == whole.table(table))
        }
        #expect(subset.table(.restaurants).count == 2)
        let platform = try #require(subset.table(.platforms).first)
        #expect(GeneratedRows.value(platform, "total_restaurants") == .int(2))
    }

    @Test("an unknown slug is refused with a suggestion")
    func unknownSlug() throws {
        let scenario = try Self.fleet.get()
        #expect(throws: TenantSelectionError.unknownRestaurant("pizzeria-nona-1", suggestion: "pizzeria-nonna-1")) {
            try Generation(scenario: scenario, selection: .restaurants(["pizzeria-nona-1"])).generate { _ in }
        }
    }

    @Test("shards are consecutive runs of restaurants that together hold each one exactly once", arguments: [1, 2, 3, 7])
    func shardsPartition(count: Int) {
        let ranges = (1...count).map { TenantSelection.shardRange($0, of: count, restaurants: 8) }
        #expect(ranges.flatMap { Array($0) } == Array(0..<8))
        #expect(ranges.map(\.count).max()! - ranges.map(\.count).min()! <= 1)
    }

    @Test("the parts of --shard K/N loaded in order by sqlite3 give the database of the whole run", arguments: [1, 2, 3, 7])
    func sqliteShardsEqualWholeRun(count: Int) throws {
        let scenario = try Self.fleet.get()
        try SinkFixture.withTemporaryDirectory { directory in
            let whole = directory.appendingPathComponent("whole.sqlite")
            try Generation(scenario: scenario).run(into: SQLiteSink(path: whole.path, replace: false))
            let union = directory.appendingPathComponent("union.sqlite")
            for part in 1...count {
                let path = directory.appendingPathComponent("part-\(part).sql").path
                try Generation(scenario: scenario, selection: .shard(index: part, count: count))
                    .run(into: SQLFileSink(path: path, dialect: .sqlite, replace: false, part: .part(index: part, count: count)))
                try SinkFixture.sqlite3(union, inputPath: path)
            }
            // Every value with its storage class, and the same tables, keys and indexes.
            #expect(try SinkFixture.dump(union) == SinkFixture.dump(whole))
            #expect(try SinkFixture.sqlite3(union, script: ".schema") == SinkFixture.sqlite3(whole, script: ".schema"))
        }
    }

    @Test("the parts of --shard K/N loaded in order by psql give the database of the whole run, sequences included",
          arguments: [2, 7])
    func postgresShardsEqualWholeRun(count: Int) throws {
        let scenario = try Self.fleet.get()
        let cluster = try EphemeralPostgres.shared()
        let wholeDatabase = try cluster.createDatabase(), unionDatabase = try cluster.createDatabase()
        try SinkFixture.withTemporaryDirectory { directory in
            let whole = directory.appendingPathComponent("whole.sql").path
            try Generation(scenario: scenario).run(into: SQLFileSink(path: whole, dialect: .postgres, replace: false))
            _ = try cluster.psql(database: wholeDatabase, file: whole)
            for part in 1...count {
                let path = directory.appendingPathComponent("part-\(part).sql").path
                try Generation(scenario: scenario, selection: .shard(index: part, count: count))
                    .run(into: SQLFileSink(path: path, dialect: .postgres, replace: false, part: .part(index: part, count: count)))
                _ = try cluster.psql(database: unionDatabase, file: path)
            }
        }
        let expected = try DatabaseSnapshot.postgres(cluster, database: wholeDatabase)
        let loaded = try DatabaseSnapshot.postgres(cluster, database: unionDatabase)
        for table in TableName.allCases {
            #expect(loaded.tables[table] == expected.tables[table], "\(table.rawValue) differs with \(count) parts")
        }
        let sequences = "SELECT string_agg(sequencename || '=' || COALESCE(last_value::text, '-'), ',' ORDER BY sequencename) FROM pg_sequences"
        let constraints = "SELECT string_agg(conname, ',' ORDER BY conname) FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
        #expect(try cluster.psql(database: unionDatabase, command: sequences) == cluster.psql(database: wholeDatabase, command: sequences))
        #expect(try cluster.psql(database: unionDatabase, command: constraints) == cluster.psql(database: wholeDatabase, command: constraints))
    }
}

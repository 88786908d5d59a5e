import Foundation
import Synchronization
@testable import SeedKit

/// Everything a scenario generates, held in memory for inspection (fine for test-sized scenarios).
struct GeneratedRows: Sendable {
    let rows: [Row]

    init(rows: [Row]) { self.rows = rows }

    init(_ scenario: Scenario) throws {
        var rows: [Row] = []
        try Generation(scenario: scenario).generate { rows.append($0) }
        self.rows = rows
    }

    /// A shipped scenario's rows, generated once per test process and shared by the suites that
    /// only read them.
    static func shipped(_ name: String) throws -> GeneratedRows {
        try cache.withLock { cached in
            if let rows = cached[name] { return rows }
            let rows = try GeneratedRows(ScenarioLoader.load(contentsOf: Repository.scenario(name)))
            cached[name] = rows
            return rows
        }
    }

    private static let cache = Mutex<[String: GeneratedRows]>([:])

    /// The rows of one table, in generation order.
    func table(_ name: TableName) -> [Row] { rows.filter { $0.table == name } }

    /// A column's value in a row.
    static func value(_ row: Row, _ column: String) -> SQLValue {
        row.values[Schema.builtIn.table(row.table).index(of: column)]
    }

    /// The rows that belong to one restaurant: those whose `restaurant_id` is `id`, plus the
    /// rows that hang off them without a `restaurant_id` of their own (user permissions).
    func rows(ofRestaurant id: Int) -> [Row] {
        let userIDs = Set(table(.users).filter { Self.value($0, "restaurant_id") == .int(id) }.map { Self.value($0, "id") })
        return rows.filter { row in
            let table = Schema.builtIn.table(row.table)
            if row.table == .restaurants { return Self.value(row, "id") == .int(id) }
            if table.columns.contains(where: { $0.name == "restaurant_id" }) { return Self.value(row, "restaurant_id") == .int(id) }
            if row.table == .userPermissions { return userIDs.contains(Self.value(row, "user_id")) }
            return false
        }
    }
}

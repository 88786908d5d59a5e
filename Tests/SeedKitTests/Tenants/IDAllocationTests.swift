import Foundation
import Testing
@testable import SeedKit

/// One allocator decides every id, from each restaurant's footprint, before anything is generated.
@Suite struct IDAllocationTests {
    @Test("a reservation is the footprint's bound rounded up to a power of two")
    func powersOfTwo() {
        #expect([0, 1, 2, 3, 4, 5, 1000, 1024, 1025].map(IDAllocator.reservation(for:)) == [0, 1, 2, 4, 4, 8, 1024, 1024, 2048])
    }

    @Test("the platform's rows come first, then each restaurant's ranges one after another in every table")
    func layout() throws {
        let plan = try GenerationPlan(scenario: ScenarioFleet.italian(restaurants: 3))
        let platform = plan.layout.platform, tenants = plan.layout.tenants
        #expect(platform.id(.users, 0) == 1)
        #expect(tenants.map(\.restaurantID) == [1, 2, 3])
        for table in TableName.allCases where tenants[0].reserved[table] > 0 {
            #expect(tenants[0].starts[table] == platform.reserved[table])
            #expect(tenants[1].starts[table] == tenants[0].starts[table] + tenants[0].reserved[table])
            #expect(tenants[2].starts[table] == tenants[1].starts[table] + tenants[1].reserved[table])
        }
    }

    @Test("5,000 restaurants fit INTEGER ids, and the last one generated alone stays inside them")
    func fiveThousandRestaurants() throws {
        let scenario = try ScenarioFleet.italian(restaurants: 5_000, historyDays: 90)
        let plan = try GenerationPlan(scenario: scenario)
        #expect(TableName.allCases.allSatisfy { plan.layout.end[$0] <= IDAllocator.maximumID })
        #expect(plan.layout.tenants.last?.restaurantID == 5_000)
        var largest = 0
        try Generation(scenario: scenario, selection: .restaurants([scenario.restaurants[4_999].slug])).generate { row in
            if case .integer(let id) = row[0] { largest = max(largest, Int(id)) }
        }
        let last = try #require(plan.layout.tenants.last)
        #expect(largest > last.starts[.orderItems] && largest <= IDAllocator.maximumID)
        #expect(plan.layout.end[.orderItems] > 100_000_000, "the ids spread over INTEGER: \(plan.layout.end[.orderItems])")
    }

    @Test("a restaurant that does not fit is refused with its name, the table and the numbers")
    func overCapacity() throws {
        var scenario = try ScenarioFleet.italian(restaurants: 20_000, historyDays: 365)
        scenario.restaurants[0].demand.ordersPerDay = Array(repeating: 60, count: 7)
        #expect {
            try GenerationPlan(scenario: scenario)
        } throws: { error in
            guard let error = error as? IDCapacityExceeded, let restaurant = error.restaurant else { return false }
            let description = error.description
            return restaurant.index > 1_000 && restaurant.index < 20_000 && error.needed > error.available
                && description.hasPrefix("restaurant \"\(restaurant.slug)\" (restaurants[\(restaurant.index)]) needs ")
                && description.contains("ids in \(error.table.rawValue), but only ")
        }
    }

    @Test("every table's rows stay within the ranges reserved for them, in both shipped scenarios")
    func footprintsBoundTheRows() throws {
        for name in ["mexican-demo", "italian-pair"] {
            let scenario = try ScenarioLoader.load(contentsOf: Repository.scenario(name))
            let layout = try GenerationPlan(scenario: scenario).layout
            let rows = try GeneratedRows.shipped(name)
            for table in TableName.allCases {
                let ids = rows.table(table).compactMap { row -> Int? in
                    if case .integer(let id) = row[0] { Int(id) } else { nil }
                }
                let ranges = ([layout.platform] + layout.tenants).compactMap { $0.range(of: table) }
                #expect(ids.allSatisfy { id in ranges.contains { $0.contains(id) } }, "\(name): \(table.rawValue)")
                #expect(Set(ids).count == ids.count, "\(name): \(table.rawValue) ids are unique")
            }
        }
    }

    @Test("editing a restaurant's menu and staff changes no row of the restaurants after it, ids included")
    func editKeepsLaterIDs() throws {
        let pair = try ScenarioLoader.load(contentsOf: Repository.scenario("italian-pair"))
        var edited = pair
        edited.restaurants[0].items[0].price = Money(minorUnits: 99_99)
        edited.restaurants[0].generatedStaff[0].count += 1
        let before = try GeneratedRows(pair), after = try GeneratedRows(edited)
        #expect(before.rows(ofRestaurant: 2) == after.rows(ofRestaurant: 2))
        #expect(before.rows(ofRestaurant: 1) != after.rows(ofRestaurant: 1))
    }

    @Test("an edit that doubles a restaurant's footprint moves only the ids of the restaurants after it")
    func growingPastAPowerOfTwoMovesLaterIDs() throws {
        let pair = try ScenarioLoader.load(contentsOf: Repository.scenario("italian-pair"))
        var edited = pair
        edited.restaurants[0].demand.ordersPerDay = pair.restaurants[0].demand.ordersPerDay.map { $0 * 3 }
        let before = try GenerationPlan(scenario: pair).layout, after = try GenerationPlan(scenario: edited).layout
        #expect(after.tenants[1].starts[.orders] > before.tenants[1].starts[.orders])
        #expect(after.tenants[1].starts[.users] == before.tenants[1].starts[.users])
        // The second restaurant's values other than ids are the same: its streams are its own.
        func withoutIDs(_ rows: [Row]) -> [[SQLValue]] {
            rows.filter { $0.table == .orders }.map { row in
                let table = Schema.builtIn.table(.orders)
                return row.values.enumerated().filter { table.columns[$0.offset].name != "id" }.map(\.element)
            }
        }
        let second = try GeneratedRows(pair).rows(ofRestaurant: 2), moved = try GeneratedRows(edited).rows(ofRestaurant: 2)
        #expect(withoutIDs(second) == withoutIDs(moved))
        #expect(second.filter { $0.table == .orders }.first?[0] != moved.filter { $0.table == .orders }.first?[0])
    }
}

import Foundation
import Testing
@testable import SeedKit

/// `fleets:`: restaurants drawn from the built-in cuisine packs, each from its own stream.
@Suite struct FleetTests {
    static let fifty = Result { try FleetScenarios.load(FleetScenarios.scenario(fleets: [FleetScenarios.fleet(count: 50)])) }

    /// Fifty restaurants of every size over four weeks: enough history for every measure of the
    /// scorecard (labour, stock, each weekday's orders, the day's shape).
    static let fiftyOverFourWeeks = Result {
        try FleetScenarios.load(FleetScenarios.scenario(history: 28, fleets: [FleetScenarios.fleet(count: 50, orders: "30..400")]))
    }

    @Test("a fleet of 50 generates, validates and passes verify and the realism scorecard, every measure of every restaurant")
    func fiftyPassVerifyAndRealism() throws {
        let scenario = try Self.fiftyOverFourWeeks.get()
        #expect(scenario.restaurants.count == 50)
        #expect(scenario.warnings.map(\.rendered) == [])
        #expect(Set(scenario.restaurants.map(\.slug)).count == 50)
        let emails = scenario.restaurants.flatMap { $0.staff.map(\.person.email) }
        #expect(Set(emails.map { $0.lowercased() }).count == emails.count)
        #expect(scenario.restaurants.allSatisfy { ContactRules.normalisedDramaPhone($0.phone ?? "") == $0.phone })
        #expect(Set(scenario.restaurants.map(\.businessType)).count == 6)
        // Small and big alike: the Pareto draw over 30..400 gives both ends.
        let sizes = scenario.restaurants.map { $0.demand.ordersPerDay.reduce(0, +) / 7 }
        #expect(sizes.min()! < 40 && sizes.max()! > 200, "\(sizes)")
        _ = try GenerationPlan(scenario: scenario)
        try SinkFixture.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("fleet.sqlite").path
            try Generation(scenario: scenario).run(into: SQLiteSink(path: path, replace: false))
            let report = try Verifier().verify(SQLiteReader(path: path))
            #expect(VerifyFixture.failures(report) == [], "\(report.text)")
            let realism = try RealismScorecard(expectations: RealismExpectations(scenario: scenario)).measure(SQLiteReader(path: path))
            #expect(realism.cards.flatMap(\.measures).filter { !$0.inBand }.map(\.line) == [], "\(realism.text)")
            // Every restaurant has its card, and the card holds the measures that need weeks:
            // labour, stock and each weekday it opens.
            #expect(realism.cards.count == 50)
            for (card, restaurant) in zip(realism.cards, scenario.restaurants) {
                #expect(card.slug == restaurant.slug)
                let names = Set(card.measures.map(\.name))
                let openDays = restaurant.demand.ordersPerDay.count { $0 > 0 }
                #expect(names.isSuperset(of: ["labour_cost", "in_stock", "uncovered_cook_slots", "uncovered_floor_slots"]), "\(restaurant.slug)")
                #expect(Scenario.OpeningHours.weekdayNames.count { names.contains("orders_\($0)") } == openDays, "\(restaurant.slug)")
            }
        }
    }

    @Test("restaurant k depends only on the seed, the fleet's name and k: count 50 → 51 changes no existing row")
    func appendingKeepsRows() throws {
        let fifty = try Self.fifty.get()
        let fiftyOne = try FleetScenarios.load(FleetScenarios.scenario(fleets: [FleetScenarios.fleet(count: 51)]))
        #expect(fiftyOne.restaurants.count == 51)
        for index in 0..<50 {
            #expect(ScenarioYAML.text(of: restaurantOnly(fifty, index)) == ScenarioYAML.text(of: restaurantOnly(fiftyOne, index)))
        }
        let plan50 = try GenerationPlan(scenario: fifty).layout.tenants, plan51 = try GenerationPlan(scenario: fiftyOne).layout.tenants
        for index in 0..<50 { #expect(plan50[index].starts == plan51[index].starts) }
        let chosen = [fifty.restaurants[0].slug, fifty.restaurants[49].slug]
        let before = try GeneratedRows(rows: FleetScenarios.rows(fifty, .restaurants(chosen)))
        let after = try GeneratedRows(rows: FleetScenarios.rows(fiftyOne, .restaurants(chosen)))
        for id in [1, 50] { #expect(before.rows(ofRestaurant: id) == after.rows(ofRestaurant: id)) }
    }

    @Test("editing one fleet leaves the explicit restaurants' rows and another fleet's restaurants alone")
    func fleetsAreIndependent() throws {
        let b = FleetScenarios.fleet(name: "high-street", count: 4, cuisines: "{pub: 50%, cafe: 50%}", cities: "[Leeds]")
        let original = try FleetScenarios.load(FleetScenarios.scenario(
            restaurants: FleetScenarios.explicitRestaurant, fleets: [FleetScenarios.fleet(count: 5), b]))
        // Other cities: addresses and phones change, sizes do not, so no id moves.
        let moved = try FleetScenarios.load(FleetScenarios.scenario(
            restaurants: FleetScenarios.explicitRestaurant, fleets: [FleetScenarios.fleet(count: 5, cities: "[Cardiff, Belfast]"), b]))
        // A bigger fleet: every later fleet restaurant keeps its values; ids may move (README, Ids).
        let bigger = try FleetScenarios.load(FleetScenarios.scenario(
            restaurants: FleetScenarios.explicitRestaurant, fleets: [FleetScenarios.fleet(count: 9, orders: "200..400"), b]))
        #expect(original.restaurants[1].address != moved.restaurants[1].address)
        for edited in [moved, bigger] {
            #expect(ScenarioYAML.text(of: restaurantOnly(edited, 0)) == ScenarioYAML.text(of: restaurantOnly(original, 0)))
            let offset = edited.restaurants.count - original.restaurants.count
            for index in 6..<10 {
                #expect(ScenarioYAML.text(of: restaurantOnly(edited, index + offset)) == ScenarioYAML.text(of: restaurantOnly(original, index)))
            }
        }
        let slugs = [original.restaurants[0].slug, original.restaurants[7].slug]
        let before = try GeneratedRows(rows: FleetScenarios.rows(original, .restaurants(slugs)))
        let after = try GeneratedRows(rows: FleetScenarios.rows(moved, .restaurants(slugs)))
        for id in [1, 8] { #expect(before.rows(ofRestaurant: id) == after.rows(ofRestaurant: id)) }
        let afterBigger = try GeneratedRows(rows: FleetScenarios.rows(bigger, .restaurants([slugs[0]])))
        #expect(before.rows(ofRestaurant: 1) == afterBigger.rows(ofRestaurant: 1))
    }

    @Test("expand writes YAML that loads to the same scenario and generates the same rows, byte for byte in a SQL file")
    func expandIsFaithful() throws {
        let text = FleetScenarios.scenario(restaurants: FleetScenarios.explicitRestaurant, fleets: [FleetScenarios.fleet(count: 6)])
        let scenario = try FleetScenarios.load(text)
        let expanded = ScenarioYAML.text(of: scenario)
        #expect(!expanded.contains("fleets:"))
        let reloaded = try ScenarioLoader.load(yaml: expanded, path: "Scenarios/fleet-expanded.yaml")
        #expect(reloaded.restaurants.count == 7)
        #expect(reloaded.warnings.map(\.rendered) == [])
        #expect(ScenarioYAML.text(of: reloaded) == expanded)
        try SinkFixture.withTemporaryDirectory { directory in
            let a = directory.appendingPathComponent("fleet.sql").path, b = directory.appendingPathComponent("expanded.sql").path
            try Generation(scenario: scenario).run(into: SQLFileSink(path: a, dialect: .postgres, replace: false))
            try Generation(scenario: reloaded).run(into: SQLFileSink(path: b, dialect: .postgres, replace: false))
            #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
        }
    }

    @Test("expand writes the shipped scenarios so they generate the same rows")
    func expandShipped() throws {
        for name in ["mexican-demo", "italian-pair"] {
            let scenario = try ScenarioLoader.load(contentsOf: Repository.scenario(name))
            let reloaded = try ScenarioLoader.load(yaml: ScenarioYAML.text(of: scenario), path: "\(name).yaml")
            #expect(try FleetScenarios.rows(reloaded) == GeneratedRows.shipped(name).rows)
        }
    }

    @Test("each cuisine pack generates a restaurant that passes verify", arguments: Scenario.cuisinePacks)
    func packPassesVerify(pack: String) throws {
        let scenario = try FleetScenarios.load(FleetScenarios.scenario(fleets: [
            FleetScenarios.fleet(name: "one-\(pack)", count: 1, cuisines: "{\(pack): 100%}", orders: "60..90")]))
        #expect(scenario.warnings.map(\.rendered) == [])
        #expect(scenario.restaurants.count == 1)
        try SinkFixture.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("\(pack).sqlite").path
            try Generation(scenario: scenario).run(into: SQLiteSink(path: path, replace: false))
            let report = try Verifier().verify(SQLiteReader(path: path))
            #expect(VerifyFixture.failures(report) == [], "\(report.text)")
        }
    }

    @Test("each cuisine pack's restaurant passes the realism scorecard over four weeks, labour included",
          arguments: Scenario.cuisinePacks)
    func packPassesRealism(pack: String) throws {
        let scenario = try FleetScenarios.load(FleetScenarios.scenario(history: 28, fleets: [
            FleetScenarios.fleet(name: "four-weeks-\(pack)", count: 1, cuisines: "{\(pack): 100%}", orders: "40..160")]))
        try SinkFixture.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("\(pack).sqlite").path
            try Generation(scenario: scenario).run(into: SQLiteSink(path: path, replace: false))
            let realism = try RealismScorecard(expectations: RealismExpectations(scenario: scenario)).measure(SQLiteReader(path: path))
            #expect(realism.cards.flatMap(\.measures).filter { !$0.inBand }.map(\.line) == [], "\(realism.text)")
        }
    }

    /// A scenario holding only restaurant `index`, for comparing one restaurant's values as text.
    func restaurantOnly(_ scenario: Scenario, _ index: Int) -> Scenario {
        var only = scenario
        only.restaurants = [scenario.restaurants[index]]
        return only
    }
}

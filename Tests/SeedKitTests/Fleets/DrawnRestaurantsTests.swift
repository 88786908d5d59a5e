import Testing
@testable import SeedKit

/// A fleet's restaurants are drawn again when read, and the facts kept for the passes over all of
/// them are those of the restaurants drawn.
@Suite struct DrawnRestaurantsTests {
    static let scenario = Result {
        try FleetScenarios.load(FleetScenarios.scenario(
            history: 10, restaurants: FleetScenarios.explicitRestaurant,
            fleets: [FleetScenarios.fleet(count: 12, orders: "30..400"), FleetScenarios.fleet(name: "cafes", count: 3, cuisines: "{cafe: 100%}")]))
    }

    @Test("the facts kept for a drawn restaurant are the drawn restaurant's: slug, staff emails, password, footprint, open days")
    func factsMatchTheDrawnRestaurant() throws {
        let scenario = try Self.scenario.get()
        let restaurants = scenario.restaurants
        #expect(restaurants.count == 16)
        for position in restaurants.indices {
            let restaurant = restaurants[position]
            #expect(restaurants.slug(at: position) == restaurant.slug)
            #expect(restaurants.staffEmails(at: position) == restaurant.staff.map(\.person.email))
            #expect(restaurants.demoPassword(at: position) == restaurant.demoPassword)
            #expect(restaurants.footprint(at: position, in: scenario) == TenantFootprint.bounds(of: restaurant, in: scenario))
            #expect(restaurants.openDays(at: position, in: scenario) == GenerationProgress.openDays(of: restaurant, in: scenario))
        }
        #expect(restaurants.slugs == restaurants.map(\.slug))
        #expect(restaurants.position(of: restaurants[7].slug) == 7)
    }

    @Test("a drawn restaurant reads the same each time it is drawn")
    func drawingAgainGivesTheSameRestaurant() throws {
        let restaurants = try Self.scenario.get().restaurants
        for position in [1, 9, 15] {
            let mark = SourceMark(line: 0, column: 0)
            #expect(YAMLText.render(ScenarioYAML.node(of: restaurants[position], at: mark))
                == YAMLText.render(ScenarioYAML.node(of: restaurants[position], at: mark)))
        }
    }

    @Test("a longer history than the facts were kept for works the footprint out again")
    func changedHistoryIsWorkedOutAgain() throws {
        var scenario = try Self.scenario.get()
        scenario.historyDays = 40
        let restaurant = scenario.restaurants[5]
        #expect(scenario.restaurants.footprint(at: 5, in: scenario) == TenantFootprint.bounds(of: restaurant, in: scenario))
        #expect(scenario.restaurants.footprint(at: 5, in: scenario)[.dailyReports] == 40)
    }

    @Test("assigning, appending and removing behave as on an array and leave the other restaurants drawn as before")
    func editsBehaveAsOnAnArray() throws {
        var restaurants = try Self.scenario.get().restaurants
        let before = restaurants.slugs
        restaurants[3].name = "Renamed"
        #expect(restaurants[3].name == "Renamed")
        #expect(restaurants.slugs == before)
        let newcomer = restaurants[0]
        restaurants.append(newcomer)
        restaurants.remove(at: 1)
        #expect(restaurants.slugs == [before[0]] + before[2...] + [before[0]])
        #expect(restaurants[2].name == "Renamed")
    }
}

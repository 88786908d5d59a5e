import Testing
@testable import SeedKit

/// Fleet keys are checked like every other key: file, line, column, key path, message.
@Suite struct FleetDiagnosticsTests {
    func fleet(_ lines: String) -> String {
        FleetScenarios.scenario(fleets: [lines])
    }

    @Test("an unknown cuisine names the key and suggests the pack")
    func unknownCuisine() {
        expectError(fleet(FleetScenarios.fleet(count: 2, cuisines: "{mexcan: 50%, pub: 50%}")),
                    #"Scenarios/x.yaml:17:16: error: fleets[0].cuisines: unknown key "mexcan"; did you mean "mexican"?"#)
    }

    @Test("shares must add up to 100 %")
    func sharesAddUp() {
        expectError(fleet(FleetScenarios.fleet(count: 2, cuisines: "{mexican: 20%, pub: 75%}")),
                    "Scenarios/x.yaml:17:15: error: fleets[0].cuisines: the cuisine shares add up to 95%, not 100%")
    }

    @Test("a share that is not a percentage is refused at its key")
    func badShare() {
        expectError(fleet(FleetScenarios.fleet(count: 2, cuisines: "{mexican: lots, pub: 100%}")),
                    #"Scenarios/x.yaml:17:25: error: fleets[0].cuisines.mexican: expected a percentage like 20%, got "lots""#)
    }

    @Test("a plan the platform does not have")
    func unknownPlan() {
        let text = fleet(FleetScenarios.fleet(count: 2)).replacingOccurrences(of: "enterprise: 5%", with: "enterprize: 5%")
        expectError(text, #"Scenarios/x.yaml:18:51: error: fleets[0].plans.enterprize: unknown plan "enterprize"; did you mean "enterprise"?"#)
    }

    @Test("orders a day, cities and opening dates")
    func ranges() {
        expectError(fleet(FleetScenarios.fleet(count: 2, orders: "400..30")),
                    #"Scenarios/x.yaml:20:21: error: fleets[0].orders_per_day: expected orders a day like 30..400 (from 1 to 2,000), got "400..30""#)
        expectError(fleet(FleetScenarios.fleet(count: 2, cities: "[Londn]")),
                    #"Scenarios/x.yaml:19:14: error: fleets[0].cities[0]: expected a city (London, Manchester, Birmingham, Leeds, Glasgow, Bristol, Sheffield, Nottingham, Leicester, Reading, Edinburgh, Liverpool, Newcastle, Belfast, Cardiff), got "Londn""#)
        expectError(fleet(FleetScenarios.fleet(count: 2, opened: "2019-01-01..2026-01-01")),
                    #"Scenarios/x.yaml:21:13: error: fleets[0].opened: expected dates on or before as_of (2025-06-30), got "2019-01-01..2026-01-01""#)
    }

    @Test("fleet names are slugs, unique among fleets; count is required")
    func names() {
        expectError(FleetScenarios.scenario(fleets: [FleetScenarios.fleet(name: "a", count: 1), FleetScenarios.fleet(name: "a", count: 1)]),
                    "Scenarios/x.yaml:22:11: error: fleets[1].name: duplicate fleet name \"a\"; first given on line 15")
        let missing = fleet(FleetScenarios.fleet(count: 2)).replacingOccurrences(of: "    count: 2\n", with: "")
        expectError(missing, #"Scenarios/x.yaml:15:5: error: fleets[0]: missing required key "count""#)
    }

    @Test("without fleets, restaurants stay required; with fleets they may be absent")
    func restaurantsOptionalWithFleets() throws {
        let scenario = try FleetScenarios.load(fleet(FleetScenarios.fleet(count: 2)))
        #expect(scenario.restaurants.count == 2)
        #expect(scenario.fleets.map(\.name) == ["uk-independents"])
    }
}

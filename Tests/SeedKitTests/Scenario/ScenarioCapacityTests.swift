import Testing
@testable import SeedKit

/// A scenario must fit SeedKit's id plan: each restaurant owns fixed blocks of ids.
@Suite struct ScenarioCapacityTests {
    @Test("more staff than a restaurant's block of user ids is an error at generated_staff")
    func tooManyStaff() {
        let yaml = ScenarioText.minimal(replacing: "    plan: basic\n", with: """
                plan: basic
                generated_staff:
                  - {role: server, count: 1000}
                  - {role: cook, count: 1}

            """)
        expectError(yaml, "Scenarios/x.yaml:15:7: error: restaurants[0].generated_staff: a restaurant can have at most 1000 "
            + "members of staff (its block of users ids); this one has 1001")
    }

    @Test("exactly a full block of staff is accepted")
    func fullBlockOfStaff() {
        let yaml = ScenarioText.minimal(replacing: "    plan: basic\n", with: """
                plan: basic
                generated_staff:
                  - {role: server, count: 1000}

            """)
        #expect(loaded(yaml)?.restaurants[0].generatedStaff[0].count == 1000)
    }
}

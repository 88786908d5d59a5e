import Testing
@testable import SeedKit

/// A restaurant lists at most 1,000 of anything: staff, menu items, suppliers, categories.
@Suite struct ScenarioCapacityTests {
    @Test("more than 1,000 staff is an error at generated_staff")
    func tooManyStaff() {
        let yaml = ScenarioText.minimal(replacing: "    plan: basic\n", with: """
                plan: basic
                generated_staff:
                  - {role: server, count: 1000}
                  - {role: cook, count: 1}

            """)
        expectError(yaml, "Scenarios/x.yaml:15:7: error: restaurants[0].generated_staff: a restaurant can have at most 1000 "
            + "members of staff; this one has 1001")
    }

    @Test("exactly 1,000 staff are accepted")
    func fullBlockOfStaff() {
        let yaml = ScenarioText.minimal(replacing: "    plan: basic\n", with: """
                plan: basic
                generated_staff:
                  - {role: server, count: 1000}

            """)
        #expect(loaded(yaml)?.restaurants[0].generatedStaff[0].count == 1000)
    }
}

import Testing
@testable import SeedKit

/// The command line's `--seed` and `--as-of` meet the same rules as the file's values.
@Suite struct ScenarioOverridesTests {
    private func overridden(_ yaml: String, asOf: Day?, seed: UInt64? = nil) throws -> Scenario {
        try ScenarioLoader.load(yaml: yaml, path: "Scenarios/x.yaml",
                                overrides: Scenario.Overrides(seed: seed, asOf: asOf, asOfName: "--as-of"))
    }

    private func overrideErrors(_ yaml: String, asOf: Day) throws -> [String] {
        let error = try #require(throws: ScenarioError.self) { try overridden(yaml, asOf: asOf) }
        return error.diagnostics.map(\.headline)
    }

    @Test("an as-of override before a restaurant opened is refused at opened_on, naming the override")
    func asOfBeforeOpening() throws {
        let yaml = ScenarioText.minimal(replacing: "plan: basic", with: "plan: basic\n    opened_on: 2025-01-01")
        #expect(try overrideErrors(yaml, asOf: Day(iso: "2024-01-01")!) == [
            #"Scenarios/x.yaml:14:16: error: restaurants[0].opened_on: expected a date on or before --as-of (2024-01-01), got "2025-01-01""#,
        ])
    }

    @Test("an as-of override whose history would start before 1900 is refused")
    func historyBefore1900() throws {
        #expect(try overrideErrors(ScenarioText.minimal, asOf: Day(iso: "1900-01-10")!) == [
            "Scenarios/x.yaml:2:8: error: as_of: 90 days of history up to --as-of (1900-01-10) would start on 1899-10-13, "
                + "before 1900-01-01, the earliest date supported",
        ])
    }

    @Test("valid overrides replace the file's seed and as-of date")
    func overridesApply() throws {
        let scenario = try overridden(ScenarioText.minimal, asOf: Day(iso: "2025-07-31")!, seed: 99)
        #expect(scenario.seed == 99)
        #expect(scenario.asOf == Day(iso: "2025-07-31"))
    }

    @Test("dates outside the years 1900 to 9999 are refused in the file", arguments: ["0001-01-01", "1899-12-31"])
    func dateRange(date: String) {
        expectError(ScenarioText.minimal(replacing: "as_of: 2025-06-30", with: "as_of: \(date)"),
                    #"Scenarios/x.yaml:2:8: error: as_of: expected a date from 1900-01-01 to 9999-12-31, got "\#(date)""#)
    }

    @Test("a history reaching back before 1900 is refused at history_days")
    func fileHistoryBefore1900() {
        let yaml = ScenarioText.minimal(replacing: "as_of: 2025-06-30", with: "as_of: 1900-02-01\nhistory_days: 90")
        expectError(yaml, "Scenarios/x.yaml:3:15: error: history_days: 90 days of history up to as_of would start on "
            + "1899-11-04, before 1900-01-01, the earliest date supported")
    }
}

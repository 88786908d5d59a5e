import Foundation
import Testing
@testable import SeedKit

/// The legacy world without a server: the `legacy:` section, the shares, the refusals.
@Suite struct LegacyWorldTests {
    /// The minimal scenario with a second restaurant and a `legacy:` section.
    static func pair(legacy: String) -> String {
        ScenarioText.minimal + """
              - name: Second Diner
                slug: second-diner
                plan: basic
                menu:
                  categories:
                    - {name: Mains}
                  items:
                    - {name: Pie, category: Mains, price: 9.50, sku: PIE}
            legacy:
            \(legacy)

            """
    }

    @Test("a scenario without a legacy: section is the clean default")
    func cleanDefault() throws {
        let scenario = try #require(loaded(ScenarioText.minimal))
        #expect(scenario.legacy == .clean)
        let rows = try LegacyWorld(scenario: scenario).rows()
        let customers = rows.filter { $0.table == .customers }
        #expect(customers.count == 30)
        #expect(!customers.contains { $0.values[2] == .null })
        #expect(!rows.contains { $0.table == .reservations && $0.values[7] == .null })
        let roles = rows.filter { $0.table == .users }.map { $0.values[4] }
        #expect(roles.first == .text("SUPERADMIN"))
    }

    @Test("each share takes exactly its part of each restaurant's customers or reservations")
    func sharesAreExact() throws {
        let scenario = try #require(loaded(Self.pair(legacy: """
              customers_per_restaurant: 20
              customers_with_several_restaurants: 10%
              customers_without_email: 15%
              reservations_without_total: 10%
            """)))
        let rows = try LegacyWorld(scenario: scenario).rows()
        let customers = rows.filter { $0.table == .customers }
        for restaurant in [SQLValue.int(1), .int(2)] {
            let own = customers.filter { $0.values[1] == restaurant }
            #expect(own.count == 20)
            #expect(own.filter { $0.values[2] == .null }.count == 3)
        }
        let reservations = rows.filter { $0.table == .reservations }
        let homes = Dictionary(uniqueKeysWithValues: customers.map { ($0.values[0], $0.values[1]) })
        let elsewhere = Set(reservations.filter { homes[$0.values[2]] != $0.values[1] }.map { $0.values[2] })
        #expect(elsewhere.count == 4)
        let withoutTotal = reservations.filter { $0.values[7] == .null }.count
        #expect(withoutTotal > 0 && withoutTotal <= reservations.count / 10 + 2)
    }

    @Test("seedkit expand writes the legacy: section back, and it reads as the same section")
    func expandKeepsSection() throws {
        let scenario = try #require(loaded(Self.pair(legacy: """
              customers_per_restaurant: 12
              customers_with_several_restaurants: 12.5%
              first_staff_not_admin: [second-diner]
              inactive_restaurants: [demo-diner]
            """)))
        let again = try #require(loaded(ScenarioYAML.text(of: scenario)))
        #expect(again.legacy == scenario.legacy)
        #expect(!ScenarioYAML.text(of: try #require(loaded(ScenarioText.minimal))).contains("legacy"))
    }

    @Test("the legacy: section is checked like every other key, each error at its place")
    func sectionErrors() {
        let found = diagnostics(ScenarioText.minimal + """
            legacy:
              customers_without_email: lots
              reservations_without_total: 120%
              customers_with_several_restaurants: 5%
              inactive_restaurants: [demo-dinner]
              first_staf_not_admin: [demo-diner]

            """).map { $0.prefix { $0 != "\n" } }
        #expect(found == [
            #"Scenarios/x.yaml:20:28: error: legacy.customers_without_email: expected a percentage like 10%, got "lots""#,
            #"Scenarios/x.yaml:21:31: error: legacy.reservations_without_total: expected a percentage from 0% to 100%, got "120%""#,
            "Scenarios/x.yaml:22:39: error: legacy.customers_with_several_restaurants: customers can visit several restaurants "
                + "only when the scenario has two or more; it has 1",
            #"Scenarios/x.yaml:23:26: error: legacy.inactive_restaurants[0]: no restaurant has the slug "demo-dinner"; did you mean "demo-diner"?"#,
            #"Scenarios/x.yaml:24:3: error: legacy: unknown key "first_staf_not_admin"; did you mean "first_staff_not_admin"?"#,
        ])
    }

    @Test("the legacy script is byte-identical on every run, and reads no clock")
    func deterministic() throws {
        let scenario = try #require(loaded(Self.pair(legacy: "  customers_with_several_restaurants: 10%")))
        let provenance = Provenance(of: scenario)
        let first = try LegacyScript(scenario: scenario, provenance: provenance).text
        let second = try LegacyScript(scenario: scenario, provenance: provenance).text
        #expect(first == second)
        #expect(!first.contains("NOW()") && !first.contains("CURRENT_DATE"))
    }

    @Test("SQLite targets are refused: the plan's scripts are PostgreSQL")
    func sqliteRefused() throws {
        let scenario = try #require(loaded(ScenarioText.minimal))
        let script = try LegacyScript(scenario: scenario, provenance: Provenance(of: scenario))
        #expect(throws: LegacyTargetError.sqliteNotSupported) {
            try LegacyLoad.write(script, to: .sqliteFile(path: "/nonexistent/x.sqlite"), replace: false)
        }
        #expect(throws: LegacyTargetError.sqliteNotSupported) {
            try LegacyLoad.write(script, to: .sqlFile(path: "/nonexistent/x.sql", dialect: .sqlite), replace: false)
        }
    }

    @Test("a UK address is split into the legacy columns, with no state")
    func addresses() {
        #expect(LegacyAddress("8 Market Row, London SE1 9AB") == LegacyAddress(street: "8 Market Row", city: "London", zipCode: "SE1 9AB"))
        #expect(LegacyAddress("123 High Street, London, UK") == LegacyAddress(street: "123 High Street", city: "London"))
        #expect(LegacyAddress(nil) == LegacyAddress(street: nil))
    }
}

import Foundation
@testable import SeedKit

/// Fleet scenario text for the fleet tests: a platform with three plans, an optional explicit
/// restaurant, and the fleets given.
enum FleetScenarios {
    static let explicitRestaurant = """
          - name: Demo Diner
            slug: demo-diner
            plan: basic
            menu:
              categories:
                - {name: Mains, supplier: Pie Co}
              items:
                - {name: Pie, category: Mains, price: 9.50, sku: PIE}
            suppliers:
              - {name: Pie Co}
            generated_staff:
              - {role: cook, count: 4, hourly_rate: 12.75, contract_hours: 30}
              - {role: server, count: 6, hourly_rate: 12.75, contract_hours: 30}
        """

    static func fleet(name: String = "uk-independents", count: Int, cuisines: String = "{mexican: 20%, italian: 25%, indian: 20%, chinese: 15%, cafe: 10%, pub: 10%}",
                      cities: String = "[London, Manchester, Birmingham, Leeds, Glasgow, Bristol]", orders: String = "30..150",
                      opened: String = "2019-01-01..2025-05-01") -> String {
        """
          - name: \(name)
            count: \(count)
            cuisines: \(cuisines)
            plans: {basic: 70%, premium: 25%, enterprise: 5%}
            cities: \(cities)
            orders_per_day: \(orders)
            opened: \(opened)
        """
    }

    /// A scenario of `fleets`, after `restaurants` when given.
    static func scenario(history: Int = 7, restaurants: String? = nil, fleets: [String]) -> String {
        var text = """
            seed: 11
            as_of: 2025-06-30
            history_days: \(history)
            demo_password: secret
            password_cost: 4
            platform:
              name: Demo Platform
              slug: demo
              owner: {first_name: Ada, last_name: Admin, email: ada@demo.example}
              plans:
                - {name: basic, commission_rate: 8}
                - {name: premium, commission_rate: 6}
                - {name: enterprise, commission_rate: 4}

            """
        if let restaurants { text += "restaurants:\n\(restaurants)\n" }
        text += "fleets:\n" + fleets.joined(separator: "\n") + "\n"
        return text
    }

    static func load(_ text: String) throws -> Scenario { try ScenarioLoader.load(yaml: text, path: "Scenarios/fleet.yaml") }

    static func rows(_ scenario: Scenario, _ selection: TenantSelection = .all) throws -> [Row] {
        var rows: [Row] = []
        try Generation(scenario: scenario, selection: selection).generate { rows.append($0) }
        return rows
    }
}

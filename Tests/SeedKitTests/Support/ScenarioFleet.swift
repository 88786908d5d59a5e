@testable import SeedKit

/// Scenarios with many restaurants for tests, made from the shipped ones: restaurant `k` is a
/// copy of one of `italian-pair`'s restaurants under its own slug, name and staff emails.
enum ScenarioFleet {
    static func italian(restaurants count: Int, historyDays: Int = 7) throws -> Scenario {
        var scenario = try ScenarioLoader.load(contentsOf: Repository.scenario("italian-pair"))
        let models = scenario.restaurants
        scenario.historyDays = historyDays
        scenario.restaurants = Scenario.Restaurants((0..<count).map { k in copy(of: models[k % models.count], number: k) })
        return scenario
    }

    /// `restaurant` renamed as the `number`-th copy.
    static func copy(of restaurant: Scenario.Restaurant, number: Int) -> Scenario.Restaurant {
        var copy = restaurant
        copy.slug = "\(restaurant.slug)-\(number)"
        copy.name = "\(restaurant.name) \(number)"
        copy.staff = restaurant.staff.map { member in
            var member = member
            member.person.email = "\(number).\(member.person.email)"
            return member
        }
        return copy
    }
}

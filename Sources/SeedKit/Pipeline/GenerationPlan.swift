/// Every id of a scenario's run, decided before anything is generated: each restaurant's
/// reservation from its ``TenantFootprint``, laid out by the ``IDAllocator`` in scenario order.
///
/// Any restaurant's ids follow from the scenario alone, so a `--restaurants` subset or a shard
/// numbers its rows exactly as the whole run does.
public struct GenerationPlan: Sendable {
    public let scenario: Scenario
    public let layout: IDLayout

    /// Plans `scenario`'s ids.
    ///
    /// - Throws: ``IDCapacityExceeded`` when a restaurant's reservation does not fit `INTEGER`.
    public init(scenario: Scenario) throws(IDCapacityExceeded) {
        self.scenario = scenario
        let bounds = scenario.restaurants.indices.map { scenario.restaurants.footprint(at: $0, in: scenario) }
        do {
            layout = try IDAllocator.plan(platform: TenantFootprint.platformRows(of: scenario), tenants: bounds)
        } catch {
            throw IDCapacityExceeded(
                restaurant: error.tenant.map { (index: $0, slug: scenario.restaurants.slug(at: $0)) },
                table: error.table, needed: error.needed, available: error.available)
        }
    }
}

/// A restaurant needs more ids in a table than PostgreSQL's `INTEGER` has left after the
/// restaurants before it.
public struct IDCapacityExceeded: Error, Equatable, CustomStringConvertible {
    /// The restaurant's position in the scenario and its slug (`nil`: the platform's own rows).
    public let restaurant: (index: Int, slug: String)?
    public let table: TableName
    /// The ids it reserves: its bound on rows, rounded up to a power of two.
    public let needed: Int
    public let available: Int

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.restaurant?.index == rhs.restaurant?.index && lhs.restaurant?.slug == rhs.restaurant?.slug
            && lhs.table == rhs.table && lhs.needed == rhs.needed && lhs.available == rhs.available
    }

    public var description: String {
        let who = restaurant.map { "restaurant \"\($0.slug)\" (restaurants[\($0.index)])" } ?? "the platform"
        return "\(who) needs \(grouped(needed)) ids in \(table.rawValue), but only \(grouped(available)) of INTEGER's "
            + "\(grouped(IDAllocator.maximumID)) are left after the restaurants before it; "
            + "shorten history_days, lower the demand, or split the restaurants into several scenarios"
    }
}

/// `1234567` as `1,234,567`.
func grouped(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var result = ""
    for (offset, digit) in digits.enumerated() {
        if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
        result.append(digit)
    }
    return number < 0 ? "-" + result : result
}

/// One restaurant of a scenario generated alone, into ids and platform rows decided outside the
/// scenario: a live database's reserved ranges and its own platform, plans and owner. Only the
/// tenant's rows are written, never the platform's.
///
/// The rows are the ones the restaurant has in a whole run, except for the ids (and the values
/// made from them, such as order numbers): the same scenario, seed and as-of date give the same
/// tenant.
public struct TenantGeneration: Sendable {
    public let scenario: Scenario
    public let restaurant: Scenario.Restaurant
    /// Where the tenant's rows are numbered, table by table.
    public let ids: TenantIDs
    public let platform: PlatformBinding

    /// The generation of restaurant `slug` of `scenario` into `ids`, joining `platform`.
    ///
    /// - Throws: ``TenantSelectionError`` when the scenario has no such restaurant.
    public init(scenario: Scenario, slug: String, ids: TenantIDs, platform: PlatformBinding) throws(TenantSelectionError) {
        let restaurant = try TenantSelection.restaurant(slug, in: scenario)
        precondition(platform.planIDs[restaurant.plan] != nil, "the platform binding lacks plan \(restaurant.plan)")
        precondition(ids.platformID == platform.platformID, "the tenant's ids name another platform")
        self.scenario = scenario
        self.restaurant = restaurant
        self.ids = ids
        self.platform = platform
    }

    /// The most rows restaurant `restaurant` of `scenario` can have in each table: what to
    /// reserve for it.
    public static func footprint(of restaurant: Scenario.Restaurant, in scenario: Scenario) -> TableCounts {
        TenantFootprint.bounds(of: restaurant, in: scenario)
    }

    /// Calls `emit` with every row of the tenant, in the order a whole run writes them (the
    /// `restaurants` row last), and returns what the platform's roll-ups and the logins need.
    public func generate(emit: (Row) throws -> Void) throws -> TenantOutcome {
        let context = try GenerationContext(scenario: scenario, platformIDs: ids, platform: platform)
        let tenant = Tenant(restaurant: restaurant, ids: ids, scenario: scenario, context: context)
        let summary = try withoutActuallyEscaping(emit) { emit in
            try TenantGenerator(context: context).generate(tenant, emit: .collecting(emit))
        }
        return TenantOutcome(
            restaurantID: tenant.id, monthlyRevenue: summary.monthlyRevenue,
            logins: tenant.staff.map { TenantLogin(email: $0.email, role: $0.role.rawValue) })
    }
}

/// What one generated tenant adds up to.
public struct TenantOutcome: Sendable, Equatable {
    public let restaurantID: Int
    /// `restaurants.monthly_revenue`, which the platform's roll-up adds up.
    public let monthlyRevenue: Money
    /// Everyone who can log in, in staff order.
    public let logins: [TenantLogin]
}

/// A user of a tenant who can log in with the demo password.
public struct TenantLogin: Sendable, Equatable {
    public let email: String
    public let role: String
}

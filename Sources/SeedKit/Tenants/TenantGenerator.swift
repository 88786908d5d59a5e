/// Everything one restaurant contributes, in load order: its account and catalogue, its history
/// day by day, and the rows that sum its history up (stock levels, the restaurant's roll-ups).
///
/// A tenant's rows depend only on the scenario, the tenant's own streams and its id ranges, so a
/// tenant generated alone, on any thread or machine, gives the rows it gives in a whole run.
struct TenantGenerator {
    let context: GenerationContext

    /// Emits the tenant's rows and returns what the platform's roll-ups need of it.
    func generate(_ tenant: Tenant, emit: RowEmitter) throws -> TenantSummary {
        let accounts = RestaurantGenerator(context: context)
        let staff = StaffGenerator(context: context)
        let menu = MenuGenerator()
        let supply = SupplyGenerator(context: context)

        try accounts.subscription(tenant, emit: emit)
        try staff.users(tenant, emit: emit)
        try staff.permissions(tenant, emit: emit)
        try menu.categories(tenant, emit: emit)
        try menu.products(tenant, emit: emit)
        try supply.suppliers(tenant, emit: emit)
        try staff.employees(tenant, emit: emit)
        let outcome = try TenantHistory(tenant: tenant, context: context).generate(emit: emit)
        try supply.inventoryItems(tenant, stock: outcome.stock, emit: emit)
        try accounts.restaurant(tenant, history: outcome, emit: emit)
        return TenantSummary(monthlyRevenue: outcome.monthlyRevenue)
    }
}

/// What the platform's roll-ups (and later reports) need of one tenant once it is generated.
struct TenantSummary: Sendable {
    /// `restaurants.monthly_revenue`.
    let monthlyRevenue: Money
}

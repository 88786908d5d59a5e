/// Runs every generator over a scenario and streams the rows, table by table, into a sink.
///
/// The catalogue comes first, table by table across all restaurants; then each restaurant's
/// history, day by day, with the rows of many tables interleaved; last the rows that sum the
/// history up (inventory levels, restaurant and platform roll-ups). Within each table, rows
/// arrive in ascending id order.
public struct Generation {
    public let scenario: Scenario

    public init(scenario: Scenario) { self.scenario = scenario }

    /// Generates everything into `sink`, committing it only if every row was written.
    @discardableResult
    public func run(into sink: any RowSink) throws -> RowCounts {
        var counts = RowCounts()
        do {
            try sink.open(schema: .builtIn)
            try generate { row in
                try Interruption.check()
                counts.add(row.table)
                try sink.write(row)
            }
            try sink.commit()
        } catch {
            sink.abort()
            throw error
        }
        return counts
    }

    /// Calls `emit` with every row, in load order, without any sink.
    public func generate(emit: (Row) throws -> Void) throws {
        let context = try GenerationContext(scenario: scenario)
        let tenants = scenario.restaurants.enumerated().map { ordinal, restaurant in
            Tenant(ordinal: ordinal, restaurant: restaurant, scenario: scenario, context: context)
        }
        let platform = PlatformGenerator(context: context)
        let accounts = RestaurantGenerator(context: context)
        let staff = StaffGenerator(context: context)
        let menu = MenuGenerator()
        let supply = SupplyGenerator(context: context)

        try platform.settings(emit: emit)
        try platform.plans(emit: emit)
        for tenant in tenants { try accounts.subscription(tenant, emit: emit) }
        try platform.ownerUser(emit: emit)
        for tenant in tenants { try staff.users(tenant, emit: emit) }
        try platform.ownerPermissions(emit: emit)
        for tenant in tenants { try staff.permissions(tenant, emit: emit) }
        for tenant in tenants { try menu.categories(tenant, emit: emit) }
        for tenant in tenants { try menu.products(tenant, emit: emit) }
        for tenant in tenants { try supply.suppliers(tenant, emit: emit) }
        for tenant in tenants { try staff.employees(tenant, emit: emit) }

        // History, restaurant by restaurant; what it ends in feeds the rows that sum it up.
        var outcomes: [TenantState] = []
        for tenant in tenants {
            outcomes.append(try TenantHistory(tenant: tenant, context: context).generate(emit: emit))
        }
        for (tenant, outcome) in zip(tenants, outcomes) { try supply.inventoryItems(tenant, stock: outcome.stock, emit: emit) }
        for (tenant, outcome) in zip(tenants, outcomes) { try accounts.restaurant(tenant, history: outcome, emit: emit) }
        try platform.platforms(monthlyRevenue: outcomes.reduce(.zero) { $0 + $1.monthlyRevenue }, emit: emit)
    }
}

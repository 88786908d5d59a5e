/// A restaurant's whole history, day by day from the first day of history to `as_of` (up to its
/// minute, when it ends inside the day: ``HistoryEnd``).
///
/// Each week is planned on its own stream and each day draws from its own streams; what one day
/// hands the next is only the ``TenantState``: the stock levels (with restock orders on their
/// way), the id counters and the recent sales for the roll-ups. Memory holds one week of shifts
/// and one day of orders, however long the history.
struct TenantHistory {
    let tenant: Tenant
    let context: GenerationContext

    /// Generates the history into `emit` and returns the state it ends in.
    func generate(emit: RowEmitter) throws -> TenantState {
        let scenario = context.scenario
        let supply = SupplyGenerator(context: context)
        var demand = DemandModel(demand: tenant.restaurant.demand, hours: tenant.restaurant.openingHours, asOf: scenario.asOf,
                                 holidays: tenant.restaurant.bankHolidays)
        demand.historyStart = scenario.historyStart
        let baskets = BasketBuilder(tenant: tenant)
        let usage = StockPlan.busyDayUsage(tenant: tenant, baskets: baskets, demand: demand, history: scenario.historyStart...scenario.asOf)
        var state = TenantState(counters: IDCounters(tenant: tenant),
                                stock: StockBook(tenant: tenant, opening: supply.openingStock(tenant, usage: usage)))
        try supply.openingMovements(tenant, usage: usage, counters: &state.counters, emit: emit)

        let manager = tenant.seniorStaff?.userID ?? context.platformOwnerUserID
        let end = HistoryEnd(scenario)
        let weeks = WeekGenerator(tenant: tenant, senior: manager, demand: demand, end: end)
        let days = DayGenerator(
            tenant: tenant, demand: demand,
            orders: OrderGenerator(tenant: tenant, baskets: baskets, asOf: scenario.asOf),
            manager: manager,
            tableSeats: tenant.restaurant.tables
                ?? TableBook.defaultSeats(demand: demand, restaurant: tenant.restaurant, history: scenario.historyStart...scenario.asOf),
            end: end)

        var weekStart = scenario.historyStart.adding(days: 1 - scenario.historyStart.isoWeekday)
        while weekStart <= scenario.asOf {
            // The week of as_of is published whole: its days after as_of are rostered, not yet worked.
            let week = (0..<7).map { weekStart.adding(days: $0) }.filter { scenario.historyStart <= $0 }
            let shifts = try weeks.generate(weekStart: weekStart, days: week, counters: &state.counters, emit: emit)
            for day in week where day <= scenario.asOf {
                try days.generate(day, shifts: shifts.filter { $0.day == day }, state: &state, emit: emit)
            }
            weekStart = weekStart.adding(days: 7)
        }
        return state
    }
}

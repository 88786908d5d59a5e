/// Upper bounds on the rows one restaurant's generators write, table by table, worked out from
/// the scenario alone (without generating anything), so that its ids can be reserved before
/// it, or any other restaurant, is generated.
///
/// Catalogue tables are counted exactly. History tables are bounded per day of history by what
/// the generators can do at most: a day's orders are capped (``DemandModel/maximumOrderCount(on:)``),
/// an order has at most two shared starters and four lines a guest, the delivery fee line and up
/// to four payments, a day has at most ``ShiftPlanner/maximumShiftsPerDay(_:)`` shifts and as many
/// call-ins, and the as-of week's rota is published whole, so up to six days after `as_of` have
/// shifts too. A bound that is too small would
/// stop a generation with a precondition failure; the tests check the bounds against real runs.
enum TenantFootprint {
    /// The bounds for `restaurant` of `scenario`.
    static func bounds(of restaurant: Scenario.Restaurant, in scenario: Scenario) -> TableCounts {
        bounds(of: restaurant, in: Scenario.HistorySpan(scenario))
    }

    /// The bounds for `restaurant` over the days of `history`.
    static func bounds(of restaurant: Scenario.Restaurant, in history: Scenario.HistorySpan) -> TableCounts {
        var bounds = TableCounts()
        let roles = restaurant.staff.map(\.role) + restaurant.generatedStaff.flatMap { Array(repeating: $0.role, count: $0.count) }
        let trackedItems = restaurant.items.count { $0.trackInventory }
        let days = history.historyDays

        bounds[.restaurants] = 1
        bounds[.restaurantSubscriptions] = 1
        bounds[.users] = roles.count
        bounds[.employees] = roles.count
        bounds[.userPermissions] = roles.reduce(0) { $0 + Permissions.granted(to: $1).count }
        bounds[.categories] = restaurant.categories.count
        bounds[.products] = restaurant.items.count + 1  // the menu, and the delivery fee after it
        bounds[.suppliers] = restaurant.suppliers.count
        bounds[.inventoryItems] = trackedItems

        bounds[.schedules] = weeks(from: history.historyStart, to: history.asOf)
        let shiftsPerDay = 2 * ShiftPlanner.maximumShiftsPerDay(restaurant.staffing)
        bounds[.shifts] = (days + 6) * shiftsPerDay
        bounds[.timeTracking] = days * shiftsPerDay
        bounds[.performanceMetrics] = days * 4 * shiftsPerDay
        bounds[.dailyReports] = days

        let demand = DemandModel(demand: restaurant.demand, hours: restaurant.openingHours, asOf: history.asOf,
                                 holidays: restaurant.bankHolidays)
        var orders = 0
        var day = history.historyStart
        while day <= history.asOf {
            orders += demand.maximumOrderCount(on: day)
            day = day.adding(days: 1)
        }
        let guests = max(restaurant.demand.partySize.upperBound, 2)
        let linesPerOrder = min(restaurant.items.count, 2 + 4 * guests) + 1  // and the delivery fee
        bounds[.orders] = orders
        bounds[.orderItems] = orders * linesPerOrder
        bounds[.payments] = orders * 4
        bounds[.commissionRecords] = orders
        // The opening count, each day's deliveries and waste, and one sale per order line.
        bounds[.stockMovements] = trackedItems * (1 + 2 * days) + bounds[.orderItems]
        bounds[.restockOrders] = days * restaurant.suppliers.count
        bounds[.restockOrderItems] = days * trackedItems
        return bounds
    }

    /// The rows of the platform itself: its settings and plans, its owner and their permissions.
    static func platformRows(of scenario: Scenario) -> TableCounts {
        var counts = TableCounts()
        counts[.platforms] = 1
        counts[.platformSettings] = scenario.platform.settings.count
        counts[.subscriptionPlans] = scenario.platform.plans.count
        counts[.users] = 1
        counts[.userPermissions] = Permissions.platformOwner.count
        return counts
    }

    /// The weeks (Monday to Sunday) that hold at least one day of `first…last`.
    static func weeks(from first: Day, to last: Day) -> Int {
        let firstMonday = first.adding(days: 1 - first.isoWeekday)
        return firstMonday.distance(to: last) / 7 + 1
    }
}

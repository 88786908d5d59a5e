/// What one restaurant's history carries from each day to the next: its id counters, its
/// stock, and the sales the roll-ups need. Everything else a day generates comes from that
/// day's own random streams.
struct TenantState {
    var counters: IDCounters
    var stock: StockBook
    /// Restock orders placed so far (numbers them).
    var restockOrders = 0
    /// Completed sales by day, oldest first, from 29 days before the last order's day on.
    var recentSales: [(day: Day, sales: Money)] = []
    /// The last order taken.
    var lastOrderAt: Timestamp?

    /// Remembers a day's completed sales for the 30-day revenue roll-up, forgetting the days
    /// that can no longer fall in the window.
    mutating func record(sales: Money, on day: Day) {
        recentSales.append((day, sales))
        if let last = lastOrderAt?.day {
            recentSales.removeAll { $0.day <= last.adding(days: -30) }
        }
    }

    /// `restaurants.monthly_revenue`: completed sales in the 30 days ending on the day of the
    /// last order.
    var monthlyRevenue: Money {
        guard let last = lastOrderAt?.day else { return .zero }
        return recentSales.filter { $0.day > last.adding(days: -30) && $0.day <= last }.reduce(.zero) { $0 + $1.sales }
    }
}

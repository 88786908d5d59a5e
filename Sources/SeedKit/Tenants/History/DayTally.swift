/// What a restaurant's completed orders of one day add up to: the facts its daily report and
/// its staff's performance metrics are computed from.
struct DayTally {
    var sales = Money.zero
    var orders = 0
    var items = 0
    /// Completed payments by method.
    var payments: [String: Money] = [:]
    /// Units and revenue by product (menu position).
    var products: [Int: (quantity: Int, revenue: Money)] = [:]
    /// Orders and sales by serving employee id.
    var staff: [Int: (orders: Int, sales: Money)] = [:]
    /// How many products the menu has (lines beyond it are fees).
    var menuItems = Int.max

    mutating func add(order total: Money, lines: [(product: Int, quantity: Int, amount: Money)], servedBy employee: Int,
                      payments paid: [(method: String, amount: Money)]) {
        sales += total
        orders += 1
        for line in lines {
            items += line.quantity
            // Only menu items are best sellers: a delivery fee line counts as an item, not a product sold.
            guard line.product < menuItems else { continue }
            let current = products[line.product] ?? (0, .zero)
            products[line.product] = (current.quantity + line.quantity, current.revenue + line.amount)
        }
        let served = staff[employee] ?? (0, .zero)
        staff[employee] = (served.orders + 1, served.sales + total)
        for payment in paid { payments[payment.method, default: .zero] += payment.amount }
    }

    /// `total_sales / total_orders`, rounded; 0 without orders.
    var averageTicket: Money {
        orders == 0 ? .zero : Money(minorUnits: Rounding.divideHalfAwayFromZero(sales.minorUnits, by: Int64(orders)))
    }
}

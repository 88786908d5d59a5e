/// What a restaurant's completed orders of one day add up to: the facts its daily report and
/// its staff's performance metrics are computed from.
///
/// Kept in arrays, not dictionaries: a day has a few payment methods and servers and a menu's
/// worth of products, and every completed order adds to them.
struct DayTally {
    var sales = Money.zero
    var orders = 0
    var items = 0
    /// Completed payments by method, in the order the methods were first paid with.
    private(set) var payments: [(method: String, amount: Money)] = []
    /// Units and revenue by product (menu position); none sold is zero units.
    private(set) var products: [(quantity: Int, revenue: Money)]
    /// Orders and sales by serving employee id, in the order they first served.
    private(set) var staff: [(employee: Int, orders: Int, sales: Money)] = []

    /// A day's tally for a menu of `menuItems` products (lines beyond them are fees).
    init(menuItems: Int) {
        products = Array(repeating: (0, .zero), count: menuItems)
    }

    mutating func add(order total: Money, lines: [(product: Int, quantity: Int, amount: Money)], servedBy employee: Int,
                      payments paid: [(method: String, amount: Money)]) {
        sales += total
        orders += 1
        for line in lines {
            items += line.quantity
            // Only menu items are best sellers: a delivery fee line counts as an item, not a product sold.
            guard line.product < products.count else { continue }
            products[line.product].quantity += line.quantity
            products[line.product].revenue += line.amount
        }
        if let index = staff.firstIndex(where: { $0.employee == employee }) {
            staff[index].orders += 1
            staff[index].sales += total
        } else {
            staff.append((employee, 1, total))
        }
        for payment in paid {
            if let index = payments.firstIndex(where: { $0.method == payment.method }) {
                payments[index].amount += payment.amount
            } else {
                payments.append(payment)
            }
        }
    }

    /// The orders and sales an employee served (none: zero).
    func served(by employee: Int) -> (orders: Int, sales: Money) {
        staff.first { $0.employee == employee }.map { ($0.orders, $0.sales) } ?? (0, .zero)
    }

    /// The products sold, best first: by units, then revenue, then menu position.
    var bestSellers: [(product: Int, quantity: Int, revenue: Money)] {
        products.indices.filter { products[$0].quantity > 0 }
            .map { (product: $0, quantity: products[$0].quantity, revenue: products[$0].revenue) }
            .sorted { a, b in
                if a.quantity != b.quantity { return a.quantity > b.quantity }
                if a.revenue != b.revenue { return a.revenue > b.revenue }
                return a.product < b.product
            }
    }

    /// `total_sales / total_orders`, rounded; 0 without orders.
    var averageTicket: Money {
        orders == 0 ? .zero : Money(minorUnits: Rounding.divideHalfAwayFromZero(sales.minorUnits, by: Int64(orders)))
    }
}

/// A restaurant's stock through history: levels that only change through ledger movements,
/// items that cannot be sold once they run out, and restock orders that refill them.
struct StockBook {
    /// One tracked product.
    struct Item {
        let opening: OpeningStock
        let supplierIndex: Int?
        let leadTimeDays: Int
        var level: Int
        var soldToday = 0
        var soldInHistory = 0
        var onOrder = false
        var lastRestocked: Timestamp?

        var unitCost: Money { opening.item.cost ?? .zero }
        var wastageRate: Rate
    }

    /// A restock order on its way.
    struct Delivery {
        let day: Day
        let restockOrderID: Int
        let lines: [(item: Int, quantity: Int)]
    }

    private(set) var items: [Item] = []
    /// For each product (by menu position), its item's index, or nil when it is not tracked.
    private var itemOfProduct: [Int?]
    var deliveries: [Delivery] = []

    init(tenant: Tenant, opening: [OpeningStock]) {
        let restaurant = tenant.restaurant
        itemOfProduct = Array(repeating: nil, count: restaurant.items.count)
        for stock in opening {
            let productIndex = restaurant.items.firstIndex { $0.sku == stock.item.sku }!
            let supplierIndex = stock.supplierID.map { id in restaurant.suppliers.indices.first { tenant.id(.suppliers, $0) == id }! }
            itemOfProduct[productIndex] = items.count
            items.append(Item(
                opening: stock, supplierIndex: supplierIndex,
                leadTimeDays: max(1, supplierIndex.map { restaurant.suppliers[$0].leadTimeDays } ?? 1),
                level: stock.opening, wastageRate: stock.item.wastageRate ?? restaurant.inventory.wastageRate))
        }
    }

    /// Whether `quantity` of a product can be sold now (untracked products always can).
    func canSell(product productIndex: Int, quantity: Int = 1) -> Bool {
        guard let index = itemOfProduct[productIndex] else { return true }
        return items[index].level >= quantity
    }

    /// Takes sold units out of stock; returns the item's index when it is tracked.
    @discardableResult
    mutating func sell(product productIndex: Int, quantity: Int) -> Int? {
        guard let index = itemOfProduct[productIndex] else { return nil }
        precondition(items[index].level >= quantity, "stock never goes below zero")
        items[index].level -= quantity
        items[index].soldToday += quantity
        items[index].soldInHistory += quantity
        return index
    }

    /// Removes wasted units; never more than there are.
    mutating func waste(item index: Int, quantity: Int) -> Int {
        let wasted = min(quantity, items[index].level)
        items[index].level -= wasted
        return wasted
    }

    /// Adds a delivery's units.
    mutating func receive(item index: Int, quantity: Int, at moment: Timestamp) {
        items[index].level += quantity
        items[index].onOrder = false
        items[index].lastRestocked = moment
    }

    mutating func markOnOrder(item index: Int) { items[index].onOrder = true }

    /// Starts a new day's counts.
    mutating func startDay() {
        for index in items.indices { items[index].soldToday = 0 }
    }
}

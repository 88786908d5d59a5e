/// What an order's guests choose from the menu.
///
/// Every guest picks a main; drinks (65 %), sides (35 %) and desserts (15 %) attach to mains, and
/// a table sometimes shares starters. Within a kind, items are chosen by popularity: a weight
/// drawn once per item (from its SKU's own stream), skewed so that a few items sell most.
/// Items out of stock, or not sold with the order's type, at its time of day or on its date, are
/// not offered.
struct BasketBuilder {
    /// The products of each kind, by the kind's place in `CategoryKind.allCases`; nil for a kind
    /// the menu lacks.
    private let productsOfKind: [[Int]?]
    private let popularity: [Double]
    /// When each product is sold, by menu position.
    private let availability: [Scenario.MenuItem.Availability]
    /// The same, in a form read without reference counting: a basket reads it for every item on
    /// offer, several times an order.
    private let offers: [Offer]

    /// Which order types an item is sold with (a bit per type), the dates it is sold between, and
    /// whether it is sold at some times of day only (then its ``availability`` decides).
    private struct Offer {
        let types: UInt8
        let from: Day?
        let until: Day?
        let limitedHours: Bool

        init(_ availability: Scenario.MenuItem.Availability) {
            types = availability.orderTypes.reduce(0) { $0 | Offer.bit($1) }
            from = availability.from
            until = availability.until
            limitedHours = availability.times != nil
        }

        static func bit(_ type: Scenario.OrderType) -> UInt8 {
            switch type {
            case .dineIn: 1
            case .takeaway: 2
            case .delivery: 4
            }
        }
    }

    /// How often a guest's main comes with a drink, a side and a dessert.
    static let drinkChance = 0.65, sideChance = 0.35, dessertChance = 0.15

    /// The chance that a table of `guests` shares starters.
    static func starterChance(guests: Double) -> Double { min(0.6, 0.2 * guests) }

    /// How many starters a table of `guests` shares when it does.
    static func startersShared(guests: Int) -> Int { guests >= 5 ? 2 : 1 }

    private static func slot(_ kind: Scenario.CategoryKind) -> Int {
        kinds.firstIndex(of: kind)!
    }

    /// `CategoryKind.allCases`, made once (`allCases` makes a new array each time).
    private static let kinds = Scenario.CategoryKind.allCases

    init(tenant: Tenant) {
        let restaurant = tenant.restaurant
        let kinds = Dictionary(uniqueKeysWithValues: restaurant.categories.map { ($0.name, $0.kind) })
        var productsOfKind: [Scenario.CategoryKind: [Int]] = [:]
        for (index, item) in restaurant.items.enumerated() {
            productsOfKind[kinds[item.category] ?? .main, default: []].append(index)
        }
        // A menu without mains still sells: then everything counts as a main.
        if productsOfKind[.main] == nil { productsOfKind[.main] = Array(restaurant.items.indices) }
        self.productsOfKind = Scenario.CategoryKind.allCases.map { productsOfKind[$0] }
        availability = restaurant.items.map(\.availability)
        offers = availability.map(Offer.init)
        popularity = restaurant.items.map { Self.popularity(of: $0.sku, restaurantStream: tenant.stream) }
    }

    /// An item's popularity weight, from its SKU's own stream under the restaurant's root stream
    /// (``Tenant/stream``): 0.1 to 3.1, skewed so that a few items sell most.
    static func popularity(of sku: String, restaurantStream: RandomStream) -> Double {
        var draws = restaurantStream.derive("popularity", sku)
        let u = draws.fraction()
        return 0.1 + 3 * u * u * u
    }

    /// The popularity weight of a product (by menu position).
    func weight(of product: Int) -> Double { popularity[product] }

    /// Lines of (product index, quantity), in the order first chosen.
    func basket(guests: Int, type: Scenario.OrderType, at moment: Timestamp, stock: StockBook,
                draws: inout RandomStream) -> [(product: Int, quantity: Int)] {
        let order = OrderMoment(typeBit: Offer.bit(type), type: type, day: moment.day, second: moment.timeOfDay.secondsSinceMidnight)
        var lines: [(product: Int, quantity: Int)] = []
        lines.reserveCapacity(4 * guests + 2)
        let starters = draws.chance(Self.starterChance(guests: Double(guests))) ? Self.startersShared(guests: guests) : 0
        for _ in 0..<starters { add(.starter, to: &lines, for: order, stock: stock, draws: &draws) }
        for _ in 0..<guests {
            let wantsDrink = draws.chance(Self.drinkChance), wantsSide = draws.chance(Self.sideChance), wantsDessert = draws.chance(Self.dessertChance)
            add(.main, to: &lines, for: order, stock: stock, draws: &draws)
            if wantsDrink { add(.drink, to: &lines, for: order, stock: stock, draws: &draws) }
            if wantsSide { add(.side, to: &lines, for: order, stock: stock, draws: &draws) }
            if wantsDessert { add(.dessert, to: &lines, for: order, stock: stock, draws: &draws) }
        }
        return lines
    }

    /// What decides whether an item is on offer for an order: its type and when it is taken.
    private struct OrderMoment {
        let typeBit: UInt8
        let type: Scenario.OrderType
        let day: Day
        let second: Int
    }

    /// Adds one item of `kind`, chosen by popularity among those on offer, to `lines` (none when
    /// nothing of the kind is on offer). The fraction that chooses it is drawn either way.
    private func add(_ kind: Scenario.CategoryKind, to lines: inout [(product: Int, quantity: Int)], for order: OrderMoment,
                     stock: StockBook, draws: inout RandomStream) {
        let choice = draws.fraction()
        guard let candidates = productsOfKind[Self.slot(kind)] else { return }
        // The candidates on offer go to a buffer on the stack, their weights summed in order;
        // then the buffer is walked to the drawn point.
        let chosen: Int? = withUnsafeTemporaryAllocation(of: Int.self, capacity: candidates.count) { onOffer in
            var count = 0
            var total = 0.0
            for product in candidates where isOffered(product, for: order, besides: lines, stock: stock) {
                total += popularity[product]
                onOffer[count] = product
                count += 1
            }
            guard count > 0 else { return nil }
            var target = choice * total
            for product in onOffer[..<count] {
                let weight = popularity[product]
                if target < weight { return product }
                target -= weight
            }
            return onOffer[count - 1]
        }
        guard let picked = chosen else { return }
        if let index = lines.firstIndex(where: { $0.product == picked }) {
            lines[index].quantity += 1
        } else {
            lines.append((picked, 1))
        }
    }

    /// Whether a product is sold with the order's type, on its date and at its time, and one
    /// more of it than `lines` already hold is in stock.
    @inline(__always)
    private func isOffered(_ product: Int, for order: OrderMoment, besides lines: [(product: Int, quantity: Int)],
                           stock: StockBook) -> Bool {
        let offer = offers[product]
        guard offer.types & order.typeBit != 0 else { return false }
        if let from = offer.from, order.day < from { return false }
        if let until = offer.until, order.day > until { return false }
        if offer.limitedHours, !availability[product].isSold(order.type, day: order.day, second: order.second) { return false }
        var taken = 0
        for line in lines where line.product == product { taken = line.quantity }
        return stock.canSell(product: product, quantity: taken + 1)
    }
}

/// How much of each product a busy day sells, for the stock levels (``SupplyGenerator``): the
/// busiest day's forecast orders in history with two standard deviations of noise, times the
/// units an order takes of the product (its kind's attach rate per guest, the guests per order,
/// and its share of its kind's popularity among the items sold with each order type), with a
/// quarter more for luck.
enum StockPlan {
    static func busyDayUsage(tenant: Tenant, baskets: BasketBuilder, demand: DemandModel, history: ClosedRange<Day>) -> [Double] {
        let restaurant = tenant.restaurant
        var busiest = 0.0
        var day = history.lowerBound
        while day <= history.upperBound {
            busiest = max(busiest, demand.expectedOrders(on: day))
            day = day.adding(days: 1)
        }
        let orders = busiest * (1 + 2 * Double(restaurant.demand.noise.hundredthsOfPercent) / 10_000)
        let weights = restaurant.demand.orderTypes
        let total = Double(weights.reduce(0) { $0 + $1.1 })
        let dineIn = Double(weights.first { $0.0 == .dineIn }?.1 ?? 0) / max(1, total)
        let party = restaurant.demand.partySize
        let guests = dineIn * Double(party.lowerBound + party.upperBound) / 2 + (1 - dineIn) * 1.3
        let kinds = Dictionary(uniqueKeysWithValues: restaurant.categories.map { ($0.name, $0.kind) })
        let hasMains = restaurant.items.contains { kinds[$0.category] == .main }
        func kind(_ item: Scenario.MenuItem) -> Scenario.CategoryKind { hasMains ? kinds[item.category] ?? .main : .main }
        func perOrder(_ kind: Scenario.CategoryKind) -> Double {
            switch kind {
            case .main: guests
            case .drink: BasketBuilder.drinkChance * guests
            case .side: BasketBuilder.sideChance * guests
            case .dessert: BasketBuilder.dessertChance * guests
            case .starter: BasketBuilder.starterChance(guests: guests) * 1.3
            }
        }
        // An item sold only with some order types (a jar to take home) shares only their
        // demand for its kind, and the others share the rest without it.
        var popularityOfKind: [Scenario.OrderType: [Scenario.CategoryKind: Double]] = [:]
        for (type, _) in weights {
            for (index, item) in restaurant.items.enumerated() where item.orderTypes.contains(type) {
                popularityOfKind[type, default: [:]][kind(item), default: 0] += baskets.weight(of: index)
            }
        }
        return restaurant.items.enumerated().map { index, item in
            let shares = weights.map { type, _ in
                item.orderTypes.contains(type) ? baskets.weight(of: index) / max(0.000_001, popularityOfKind[type]?[kind(item)] ?? 1) : 0
            }
            var share = shares.first ?? 0
            if shares.contains(where: { $0 != share }) {
                share = zip(weights, shares).reduce(0) { sum, pair in
                    let typeGuests = pair.0.0 == .dineIn ? Double(party.lowerBound + party.upperBound) / 2 : 1.3
                    return sum + Double(pair.0.1) / max(1, total) * typeGuests / max(0.000_001, guests) * pair.1
                }
            }
            return orders * perOrder(kind(item)) * share * 1.25
        }
    }
}

/// Sets a fleet restaurant's labour budget as a restaurateur does: forecast the week's sales in
/// pounds, not only in orders, and staff so that hourly pay lands in the middle of the labour
/// band.
///
/// The pack says how many orders a cook and a server handle an hour; what an order is worth
/// depends on the restaurant's own menu (which items it kept, which of them sell best), so two
/// curry houses of one size can differ by a fifth in takings. The budget scales the pack's
/// orders per cook and server hour (the floors follow) until the rota of the as-of week, paid at
/// the pack's rates less the hours the salaried manager and head chef work, costs within a
/// quarter of the band's width of its middle against that week's forecast net sales.
enum FleetLabour {
    /// How far the pack's orders per cook and per server hour may be scaled, in steps of about 8 %.
    static let scales: [Double] = (0..<28).map { step in (0..<step).reduce(0.5) { value, _ in value * 1.08 } }
    /// Weekly hours of the rota that the salaried manager and head chef each work, unpaid by the
    /// hour (their contracts ask 35–45).
    static let salariedMinutes = 37 * 60
    /// The most people a floor may have (`staffing.cooks` and `front_of_house` accept up to 20).
    static let largestFloor = 20

    /// Chooses `restaurant.staffing`'s orders per cook and server hour, and its floors from
    /// `perHour`, the orders of an average open hour (`size` orders a day).
    ///
    /// Kitchen and floor are planned apart (the rota plans them apart), so each productivity of
    /// the kitchen is tried with each of the floor's.
    static func budget(_ restaurant: inout Scenario.Restaurant, pack: CuisinePack, seed: UInt64, asOf: Day, size: Int, perHour: Double) {
        let demand = DemandModel(demand: restaurant.demand, hours: restaurant.openingHours, asOf: asOf, holidays: restaurant.bankHolidays)
        let week = (0..<7).map { asOf.adding(days: $0 - 6) }
        let sales = week.reduce(0) { $0 + demand.expectedOrders(on: $1) } * netSalesPerOrder(restaurant, seed: seed)
        let band = restaurant.staffing.labourBand
        let budget = sales * Double(band.lowerBound + band.upperBound) / 200

        func floor(_ capacity: Int) -> Int { max(1, Int(perHour / Double(capacity))) }
        func capacity(_ base: Int, _ scale: Double) -> Int { max(1, Int((Double(base) * scale).rounded())) }
        func staffing(cook: Int, server: Int) -> Scenario.Staffing {
            Scenario.Staffing(cooks: floor(cook), frontOfHouse: floor(server), peakFrontOfHouse: max(floor(server), size < 60 ? 1 : 2),
                              labourBand: band, ordersPerCookHour: cook, ordersPerServerHour: server)
        }
        // The pay of the kitchen at each scale's cook productivity, and of the floor at each
        // scale's server productivity (nil where the floor would pass the largest).
        var kitchenPay: [Double?] = [], floorPay: [Double?] = []
        var kitchenAt: [Int: Double] = [:], floorAt: [Int: Double] = [:]
        for scale in scales {
            let cook = capacity(pack.ordersPerCookHour, scale), server = capacity(pack.ordersPerServerHour, scale)
            if kitchenAt[cook] == nil || floorAt[server] == nil {
                restaurant.staffing = staffing(cook: cook, server: server)
                let planned = pay(restaurant, pack: pack, demand: demand, week: week)
                kitchenAt[cook] = kitchenAt[cook] ?? planned.kitchen
                floorAt[server] = floorAt[server] ?? planned.floor
            }
            kitchenPay.append(floor(cook) <= largestFloor ? kitchenAt[cook] : nil)
            floorPay.append(floor(server) <= largestFloor ? floorAt[server] : nil)
        }
        // Within a quarter of the band's width of its middle (27.5–32.5 % of 25–35 %: what the
        // history's noise, seasons and no-shows may add or take stays in band), the scales
        // nearest the pack's own and nearest each other (a kitchen and floor alike in pace);
        // else the nearest miss.
        let own = scales.indices.min { abs(scales[$0] - 1) < abs(scales[$1] - 1) }!
        let tolerance = Double(band.upperBound - band.lowerBound) / 4
        var best: (cook: Int, server: Int, miss: Double, away: Int)?
        for (i, kitchen) in kitchenPay.enumerated() {
            for (j, front) in floorPay.enumerated() {
                guard let kitchen, let front else { continue }
                let miss = sales > 0 ? abs(kitchen + front - budget) * 100 / sales : 0
                let away = abs(i - own) + abs(j - own) + abs(i - j)
                let better = best.map { best in
                    miss <= tolerance && best.miss <= tolerance ? (away, miss) < (best.away, best.miss) : miss < best.miss
                } ?? true
                if better { best = (i, j, miss, away) }
            }
        }
        let chosen = best ?? (own, own, 0, 0)
        restaurant.staffing = staffing(cook: capacity(pack.ordersPerCookHour, scales[chosen.cook]),
                                       server: capacity(pack.ordersPerServerHour, scales[chosen.server]))
    }

    /// The week's hourly pay in pence of the kitchen and of the floor: every shift the rota
    /// plans, less a salaried week of each.
    static func pay(_ restaurant: Scenario.Restaurant, pack: CuisinePack, demand: DemandModel, week: [Day]) -> (kitchen: Double, floor: Double) {
        let planner = ShiftPlanner(restaurant: restaurant, staff: [], demand: demand)
        var kitchen = 0, floor = 0
        for day in week {
            for template in planner.templates(on: day) {
                let length = template.end - template.start
                let worked = length - (length > 6 * 60 ? 30 : 0)
                if template.group == .kitchen { kitchen += worked } else { floor += worked }
            }
        }
        return (Double(max(0, kitchen - salariedMinutes)) * Double(pack.cook.rate) / 60,
                Double(max(0, floor - salariedMinutes)) * Double(pack.frontOfHouse.rate) / 60)
    }

    /// The net sales (pence, without VAT or service charge, after discounts) an order brings on
    /// average, from the menu's prices and popularity as ``BasketBuilder`` fills baskets.
    static func netSalesPerOrder(_ restaurant: Scenario.Restaurant, seed: UInt64) -> Double {
        let stream = Tenant.stream(of: restaurant.slug, under: RandomStream(seed: seed))
        let kinds = Dictionary(uniqueKeysWithValues: restaurant.categories.map { ($0.name, $0.kind) })
        func fraction(_ rate: Rate) -> Double { Double(rate.hundredthsOfPercent) / 10_000 }
        func net(_ price: Money, vat: Rate) -> Double {
            Double(price.minorUnits) / (restaurant.tax.pricesIncludeVAT ? 1 + fraction(vat) : 1)
        }
        func mean(_ kind: Scenario.CategoryKind, _ type: Scenario.OrderType) -> Double {
            var weights = 0.0, value = 0.0
            for item in restaurant.items where (kinds[item.category] ?? .main) == kind && item.orderTypes.contains(type) {
                let weight = BasketBuilder.popularity(of: item.sku, restaurantStream: stream)
                weights += weight
                value += weight * net(item.price, vat: item.vatRate ?? restaurant.tax.vatRate)
            }
            return weights > 0 ? value / weights : 0
        }
        let demand = restaurant.demand
        var total = 0.0, weights = 0.0
        for (type, weight) in demand.orderTypes {
            let guest = mean(.main, type) + BasketBuilder.drinkChance * mean(.drink, type) + BasketBuilder.sideChance * mean(.side, type)
                + BasketBuilder.dessertChance * mean(.dessert, type)
            let parties: [(guests: Int, chance: Double)] = type == .dineIn
                ? demand.partySize.map { ($0, 1 / Double(demand.partySize.count)) }
                : [(1, 1 - OrderGenerator.takeawayPairChance), (2, OrderGenerator.takeawayPairChance)]
            var order = parties.reduce(0) { sum, party in
                let starters = BasketBuilder.starterChance(guests: Double(party.guests)) * Double(BasketBuilder.startersShared(guests: party.guests))
                return sum + party.chance * (starters * mean(.starter, type) + Double(party.guests) * guest)
            }
            if type == .delivery {
                // Topped up to the minimum (overshooting it by about a quarter), and the fee.
                order = max(order, 1.25 * net(restaurant.delivery.minimumOrder, vat: restaurant.tax.vatRate))
                    + net(restaurant.delivery.fee, vat: restaurant.tax.vatRate)
            }
            total += Double(weight) * order
            weights += Double(weight)
        }
        let kept = 1 - fraction(demand.cancellationRate) - fraction(demand.refundRate)
        let discounted = 1 - fraction(demand.discountRate) * fraction(OrderGenerator.discount)
        return weights > 0 ? total / weights * kept * discounted : 0
    }
}

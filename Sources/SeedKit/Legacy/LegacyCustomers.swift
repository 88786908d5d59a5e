/// The legacy `customers` and their `reservations`, `customers_per_restaurant` for each
/// restaurant, with the awkward shares of the scenario's `legacy:` section.
///
/// Each customer draws from its own stream (seed → `legacy` → slug → `customer` → number), each
/// reservation from one of its own, with a fixed number of draws, so a share changes only which
/// customers are awkward, never their names or visits. An awkward case takes exactly its share
/// (rounded half up) of a restaurant's customers or reservations: those whose own lottery draw
/// for that case is lowest.
///
/// - A customer "with several restaurants" keeps one customer record, at the restaurant where
///   they registered, and also books one to three times at another restaurant under it (the
///   legacy booking form looked customers up by email across the whole database).
/// - A customer "without email" booked by phone: `email` is `NULL`.
/// - A reservation "without total" has `total_amount` `NULL`.
struct LegacyCustomers {
    let context: GenerationContext
    let restaurants: [LegacyRestaurant]

    func rows() -> (customers: [LegacyRow], reservations: [LegacyRow]) {
        var customers: [LegacyRow] = []
        var reservations: [LegacyRow] = []
        for restaurant in restaurants {
            for customer in self.customers(of: restaurant, firstID: customers.count + 1) {
                customers.append(customer.row)
                for visit in customer.visits {
                    reservations.append(visit.row(id: reservations.count + 1, customerID: customer.id))
                }
            }
        }
        return (customers, reservations)
    }

    private struct Customer {
        let id: Int
        let row: LegacyRow
        let visits: [Visit]
    }

    private struct Visit {
        let restaurantID: Int
        let date: Day
        let time: TimeOfDay
        let partySize: Int
        var total: Money?
        let createdAt: Timestamp
        /// This reservation's draw for `reservations_without_total`.
        let lottery: Double

        func row(id: Int, customerID: Int) -> LegacyRow {
            LegacyRow(.reservations, [
                "id": .int(id), "restaurant_id": .int(restaurantID), "customer_id": .int(customerID),
                "date": .date(date), "time": .time(time), "party_size": .int(partySize), "status": .text("COMPLETED"),
                "total_amount": total.map(SQLValue.money) ?? .null, "created_at": .timestamp(createdAt),
            ])
        }
    }

    private static let preferences = [
        "{}", "{}", #"{"seating":"window"}"#, #"{"dietary":"vegetarian"}"#, #"{"dietary":"gluten_free"}"#,
        #"{"occasion":"birthday","seating":"booth"}"#, #"{"allergies":["nuts"]}"#,
    ]

    private func customers(of restaurant: LegacyRestaurant, firstID: Int) -> [Customer] {
        let legacy = context.scenario.legacy
        let count = legacy.customersPerRestaurant
        let root = context.root.derive("legacy", restaurant.slug, "customer")
        let others = restaurants.filter { $0.id != restaurant.id }
        let several = others.isEmpty ? [] : Self.chosen(share: legacy.customersWithSeveralRestaurants, of: count) {
            var lottery = root.derive(String($0), "several")
            return lottery.fraction()
        }
        let withoutEmail = Self.chosen(share: legacy.customersWithoutEmail, of: count, excluding: several) {
            var lottery = root.derive(String($0), "without-email")
            return lottery.fraction()
        }
        var usedEmails: Set<String> = []
        var customers: [Customer] = []
        var allVisits: [(customer: Int, visit: Int)] = []
        for index in 0..<count {
            var draws = root.derive(String(index))
            let name = NameBook.name(using: &draws)
            let phone = NameBook.dramaMobile(using: &draws)
            let historyStart = context.scenario.historyStart
            let createdDay = max(restaurant.tenant.openedOn, historyStart.adding(days: -draws.int(in: 0...365)))
            let createdAt = Timestamp(day: min(createdDay, context.scenario.asOf),
                                      time: TimeOfDay(secondsSinceMidnight: draws.int(in: 10 * 3600...21 * 3600)))
            let preferences = draws.pick(Self.preferences)
            let homeVisits = draws.int(in: 1...6)
            let other = others.isEmpty ? nil : others[Int(draws.below(UInt64(others.count)))]
            let otherVisits = draws.int(in: 1...3)

            var visits = (0..<homeVisits).map { visit(at: restaurant, after: createdAt, stream: root.derive(String(index), "visit", String($0))) }
            if several.contains(index), let other {
                visits += (0..<otherVisits).map { visit(at: other, after: createdAt, stream: root.derive(String(index), "elsewhere", String($0))) }
            }
            visits.sort { ($0.date, $0.time.secondsSinceMidnight) < ($1.date, $1.time.secondsSinceMidnight) }
            allVisits += visits.indices.map { (customers.count, $0) }
            let email = withoutEmail.contains(index) ? nil
                : NameBook.uniqueEmail(first: name.first, last: name.last, domain: "\(restaurant.slug).guests.example", taken: &usedEmails)
            let id = firstID + index
            customers.append(Customer(id: id, row: LegacyRow(.customers, [
                "id": .int(id), "restaurant_id": .int(restaurant.id), "email": .optionalText(email),
                "name": .text("\(name.first) \(name.last)"), "phone": .text(phone),
                "password": .text(context.passwordHash(for: restaurant.tenant.restaurant)), "preferences": .json(preferences),
                "created_at": .timestamp(createdAt), "updated_at": .timestamp(createdAt),
            ]), visits: visits))
        }
        let withoutTotal = Self.chosen(share: legacy.reservationsWithoutTotal, of: allVisits.count) {
            customers[allVisits[$0].customer].visits[allVisits[$0].visit].lottery
        }
        return customers.enumerated().map { customerIndex, customer in
            var visits = customer.visits
            for (position, pair) in allVisits.enumerated() where pair.customer == customerIndex && withoutTotal.contains(position) {
                visits[pair.visit].total = nil
            }
            return Customer(id: customer.id, row: customer.row, visits: visits)
        }
    }

    /// One reservation at `restaurant`, on a day of history after the customer registered and
    /// the restaurant opened.
    private func visit(at restaurant: LegacyRestaurant, after registered: Timestamp, stream: RandomStream) -> Visit {
        var draws = stream
        let scenario = context.scenario
        let start = min(scenario.asOf, max(scenario.historyStart, registered.day.adding(days: 1), restaurant.tenant.openedOn))
        let date = start.adding(days: draws.int(in: 0...start.distance(to: scenario.asOf)))
        let time = TimeOfDay(secondsSinceMidnight: 12 * 3600 + draws.int(in: 0...38) * 900)
        let partySize = draws.int(in: 1...6)
        let perHead = Money(minorUnits: Int64(draws.int(in: 1400...3800)))
        let booked = Timestamp(day: max(registered.day, date.adding(days: -draws.int(in: 0...14))),
                               time: TimeOfDay(secondsSinceMidnight: draws.int(in: 9 * 3600...11 * 3600)))
        return Visit(restaurantID: restaurant.id, date: date, time: time, partySize: partySize, total: perHead * partySize,
                     createdAt: max(booked, registered), lottery: draws.fraction())
    }

    /// The `share` (rounded half up) of `count` items whose `lottery` draws are lowest, leaving
    /// out `excluded` ones.
    private static func chosen(share: Rate, of count: Int, excluding excluded: Set<Int> = [],
                               lottery: (Int) -> Double) -> Set<Int> {
        let wanted = Int(Rounding.divideHalfAwayFromZero(Int64(count) * share.hundredthsOfPercent, by: 10_000))
        let candidates = (0..<count).filter { !excluded.contains($0) }
        let ranked = candidates.map { ($0, lottery($0)) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        return Set(ranked.prefix(wanted).map(\.0))
    }

}

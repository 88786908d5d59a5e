/// A restaurant's tables through one day: which are taken until when. A dine-in party sits at
/// the smallest table large enough for it that is free for its whole stay; when none is, the
/// party is turned away (it is not an order).
struct TableBook {
    /// Seats at each table, in table-number order (table 1 first).
    let seats: [Int]
    private var freeAt: [Timestamp?]

    init(seats: [Int]) {
        self.seats = seats
        freeAt = Array(repeating: nil, count: seats.count)
    }

    /// The table number (from 1) given to a party of `guests` from `start` to `end`, or nil.
    mutating func seat(_ guests: Int, from start: Timestamp, until end: Timestamp) -> Int? {
        let free = seats.indices.filter { seats[$0] >= guests && (freeAt[$0].map { $0 <= start } ?? true) }
        guard let table = free.min(by: { (seats[$0], $0) < (seats[$1], $1) }) else { return nil }
        // Five minutes to clear and reset the table.
        freeAt[table] = end.adding(seconds: 5 * 60)
        return table + 1
    }

    /// Tables for a restaurant that does not list its own: enough for the forecast dine-in
    /// parties of its busiest quarter hour staying an hour and ten minutes, twice over, each
    /// party size rounded up to an even table (a two, a four, a six…) in proportion to how many
    /// parties are that size, and at least one table of each.
    static func defaultSeats(demand: DemandModel, restaurant: Scenario.Restaurant, history: ClosedRange<Day>) -> [Int] {
        var busiest = 0.0
        var day = history.lowerBound
        while day <= history.upperBound {
            busiest = max(busiest, demand.forecast(on: day).max() ?? 0)
            day = day.adding(days: 1)
        }
        let weights = restaurant.demand.orderTypes
        let dineIn = Double(weights.first { $0.0 == .dineIn }?.1 ?? 0) / Double(max(1, weights.reduce(0) { $0 + $1.1 }))
        let parties = max(4.0, busiest * dineIn * 4 * 70 / 60 * 2)
        let sizes = restaurant.demand.partySize
        var seats: [Int] = []
        for table in stride(from: 2, through: (sizes.upperBound + 1) / 2 * 2, by: 2) {
            let fitting = sizes.filter { $0 > table - 2 && $0 <= table }.count
            guard fitting > 0 else { continue }
            let count = max(1, Int((parties * Double(fitting) / Double(sizes.count)).rounded(.up)))
            seats += Array(repeating: table, count: count)
        }
        return seats
    }
}

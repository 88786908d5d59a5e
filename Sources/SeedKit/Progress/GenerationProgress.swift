/// How far a generation has got, as the rows reach the target: the restaurants finished, the
/// restaurant-days of history written (an open day's daily report marks it), and the rows.
///
/// The library never prints it; it hands it to an ``Observer`` (the command line draws its
/// progress line from it).
public struct GenerationProgress: Sendable, Equatable {
    /// Restaurants whose rows are all written.
    public var restaurantsDone: Int
    /// Restaurants the run writes.
    public var restaurants: Int
    /// Open days of history written, over every restaurant.
    public var daysDone: Int
    /// Open days of history the run writes, over every restaurant.
    public var days: Int
    /// Rows written so far.
    public var rows: Int
    /// True once every row is written, while the target builds its keys and indexes and commits.
    public var finishing: Bool
    /// True once the target has committed.
    public var finished: Bool

    /// Called with the progress as rows are written (every few thousand rows and at each
    /// restaurant's end), on the thread that writes them.
    public typealias Observer = @Sendable (GenerationProgress) -> Void

    /// The share of the work done, 0 to 1, by days of history (by restaurants when there are none).
    public var fraction: Double {
        if finished { return 1 }
        if days > 0 { return min(1, Double(daysDone) / Double(days)) }
        return restaurants > 0 ? Double(restaurantsDone) / Double(restaurants) : 0
    }

    /// The progress before anything is written, of a run over `scenario`'s `selection`.
    public init(scenario: Scenario, selection: TenantSelection = .all) {
        let positions = (try? selection.positions(in: scenario)) ?? Array(scenario.restaurants.indices)
        restaurantsDone = 0
        restaurants = positions.count
        daysDone = 0
        days = positions.reduce(0) { $0 + scenario.restaurants.openDays(at: $1, in: scenario) }
        rows = 0
        finishing = false
        finished = false
    }

    /// The days of history a restaurant is open on (each gets a daily report).
    static func openDays(of restaurant: Scenario.Restaurant, in scenario: Scenario) -> Int {
        openDays(of: restaurant, in: Scenario.HistorySpan(scenario))
    }

    /// The days of `history` a restaurant is open on.
    static func openDays(of restaurant: Scenario.Restaurant, in history: Scenario.HistorySpan) -> Int {
        let start = max(history.historyStart, restaurant.openedOn ?? history.historyStart)
        guard start <= history.asOf else { return 0 }
        return (start...history.asOf).reduce(0) { $0 + (restaurant.openingHours.periods(on: $1).isEmpty ? 0 : 1) }
    }
}

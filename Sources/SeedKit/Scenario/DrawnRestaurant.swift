/// Restaurant *k* of a fleet, as a scenario keeps it (see ``Scenario/Restaurants``): its number,
/// how to draw it again, and the facts the passes over every restaurant need without drawing it.
final class DrawnRestaurant: Sendable {
    /// What the whole-scenario passes read of a drawn restaurant: worked out once, at the load.
    struct Facts: Sendable {
        let slug: String
        /// The emails of the staff it names, which generated emails must not repeat.
        let staffEmails: [String]
        let demoPassword: String?
        /// The history the footprint and the open days below were worked out for.
        let history: Scenario.HistorySpan
        let footprint: TableCounts
        let openDays: Int

        init(_ restaurant: Scenario.Restaurant, history: Scenario.HistorySpan) {
            slug = restaurant.slug
            staffEmails = restaurant.staff.map(\.person.email)
            demoPassword = restaurant.demoPassword
            self.history = history
            footprint = TenantFootprint.bounds(of: restaurant, in: history)
            openDays = GenerationProgress.openDays(of: restaurant, in: history)
        }
    }

    let draw: FleetDraw
    let k: Int
    let facts: Facts

    init(draw: FleetDraw, k: Int, facts: Facts) {
        self.draw = draw
        self.k = k
        self.facts = facts
    }

    /// The restaurant, drawn again: the same values as when the scenario was loaded.
    func restaurant() -> Scenario.Restaurant {
        draw.restaurant(k)
    }
}

/// How one fleet's restaurants are drawn and read: ``FleetRestaurantBuilder`` makes restaurant
/// *k*, and the scenario parser reads it as if it were written out in the file, giving it the
/// same defaults and checks as an explicit restaurant.
final class FleetDraw: Sendable {
    let builder: FleetRestaurantBuilder
    /// The fleet's key path (`fleets[0]`) and where it is written: what diagnostics point at.
    let keyPath: String
    let mark: SourceMark
    /// The as-of date's name in messages (`as_of`, or the option that gave it).
    let asOfName: String

    init(builder: FleetRestaurantBuilder, keyPath: String, mark: SourceMark, asOfName: String) {
        self.builder = builder
        self.keyPath = keyPath
        self.mark = mark
        self.asOfName = asOfName
    }

    /// Restaurant `k` as the parser reads it, logging into `log` (`nil`: when nothing is wrong).
    func read(_ k: Int, into log: DiagnosticLog, parser: ScenarioParser) -> Scenario.Restaurant? {
        let node = ScenarioYAML.node(of: builder.restaurant(k), at: mark)
        return parser.restaurant(ValueReader(node, keyPath: "\(keyPath)[\(k)]", log: log))
    }

    /// Restaurant `k` drawn again, after the load has read it without an error.
    func restaurant(_ k: Int) -> Scenario.Restaurant {
        let log = DiagnosticLog(file: keyPath, source: "")
        let parser = ScenarioParser(log: log, defaultName: "")
        parser.asOf = builder.asOf
        parser.asOfName = asOfName
        parser.historyDays = builder.historyDays
        // The plans were checked at the load; only the restaurant's values are wanted here.
        parser.plans.acceptsAnyReference = true
        guard let restaurant = read(k, into: log, parser: parser), !log.hasErrors else {
            preconditionFailure("\(keyPath)[\(k)] was read without an error when the scenario was loaded")
        }
        return restaurant
    }
}

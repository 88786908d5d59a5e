extension Scenario {
    /// A scenario's restaurants, in order: the explicit ones, then every fleet's.
    ///
    /// A fleet's restaurant is not kept whole: it is drawn again, from the seed, its fleet and its
    /// number, each time it is read (about 2 ms), so a platform of thousands of restaurants holds
    /// only what the passes over all of them need (``DrawnRestaurant/Facts``). Memory does not grow
    /// with the fleets' sizes, and a restaurant is drawn on the thread that generates it.
    ///
    /// It behaves as an array of ``Restaurant``: assigning an element, appending or removing keeps
    /// the others as they are (an assigned fleet restaurant is kept whole from then on).
    public struct Restaurants: RandomAccessCollection, MutableCollection, RangeReplaceableCollection,
        ExpressibleByArrayLiteral, Sendable
    {
        /// A pointer each (a ``Restaurant`` held inline would take half a kilobyte per entry).
        indirect enum Entry: Sendable {
            case written(Restaurant)
            case drawn(DrawnRestaurant)
        }

        private var entries: [Entry]

        public init() { entries = [] }

        public init(_ restaurants: some Sequence<Restaurant>) {
            entries = restaurants.map(Entry.written)
        }

        public init(arrayLiteral restaurants: Restaurant...) {
            self.init(restaurants)
        }

        init(entries: [Entry]) {
            self.entries = entries
        }

        public var startIndex: Int { 0 }
        public var endIndex: Int { entries.count }

        public subscript(position: Int) -> Restaurant {
            get {
                switch entries[position] {
                case .written(let restaurant): restaurant
                case .drawn(let drawn): drawn.restaurant()
                }
            }
            set { entries[position] = .written(newValue) }
        }

        public mutating func replaceSubrange(_ range: Range<Int>, with restaurants: some Collection<Restaurant>) {
            entries.replaceSubrange(range, with: restaurants.map(Entry.written))
        }

        /// The slug of the restaurant at `position`, without drawing it.
        func slug(at position: Int) -> String {
            switch entries[position] {
            case .written(let restaurant): restaurant.slug
            case .drawn(let drawn): drawn.facts.slug
            }
        }

        /// Every slug, in order, without drawing anyone.
        var slugs: [String] { indices.map(slug(at:)) }

        /// The position of the restaurant `slug` names.
        func position(of slug: String) -> Int? {
            indices.first { self.slug(at: $0) == slug }
        }

        /// The emails of the staff the restaurant at `position` names, without drawing it.
        func staffEmails(at position: Int) -> [String] {
            switch entries[position] {
            case .written(let restaurant): restaurant.staff.map(\.person.email)
            case .drawn(let drawn): drawn.facts.staffEmails
            }
        }

        /// The restaurant's own `demo_password`, without drawing it.
        func demoPassword(at position: Int) -> String? {
            switch entries[position] {
            case .written(let restaurant): restaurant.demoPassword
            case .drawn(let drawn): drawn.facts.demoPassword
            }
        }

        /// The restaurant's ``TenantFootprint`` in `scenario`: kept from the load for a drawn
        /// restaurant whose history has not changed since, else worked out again.
        func footprint(at position: Int, in scenario: Scenario) -> TableCounts {
            keptFacts(at: position, for: scenario)?.footprint ?? TenantFootprint.bounds(of: self[position], in: scenario)
        }

        /// The days of history the restaurant is open on, kept like ``footprint(at:in:)``.
        func openDays(at position: Int, in scenario: Scenario) -> Int {
            keptFacts(at: position, for: scenario)?.openDays ?? GenerationProgress.openDays(of: self[position], in: scenario)
        }

        /// A drawn restaurant's facts, when they were worked out for `scenario`'s history.
        private func keptFacts(at position: Int, for scenario: Scenario) -> DrawnRestaurant.Facts? {
            guard case .drawn(let drawn) = entries[position], drawn.facts.history == HistorySpan(scenario) else { return nil }
            return drawn.facts
        }
    }

    /// The days a scenario's history covers: what a restaurant's footprint depends on besides
    /// the restaurant.
    struct HistorySpan: Equatable, Sendable {
        let asOf: Day
        let historyDays: Int

        init(_ scenario: Scenario) {
            asOf = scenario.asOf
            historyDays = scenario.historyDays
        }

        init(asOf: Day, historyDays: Int) {
            self.asOf = asOf
            self.historyDays = historyDays
        }

        /// The first day of history.
        var historyStart: Day { asOf.adding(days: -(historyDays - 1)) }
    }
}

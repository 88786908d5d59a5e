extension Scenario {
    /// Many restaurants described at once (`fleets:`): each is drawn from a built-in cuisine pack
    /// by a stream of its own (seed → fleet name → its number), and appended after the explicit
    /// restaurants as an ordinary ``Restaurant``.
    public struct Fleet: Sendable {
        /// A slug, unique among fleets: it names the restaurants' streams.
        public var name: String
        public var count: Int
        /// Cuisine pack keys and their shares, in hundredths of a percent, adding up to 100 %.
        public var cuisines: [(String, Int)]
        /// Plan names and their shares, in hundredths of a percent, adding up to 100 %.
        public var plans: [(String, Int)]
        public var cities: [String]
        /// Average orders a day: drawn log-uniformly, so most restaurants are small and a few big.
        public var ordersPerDay: ClosedRange<Int>
        /// When the restaurants opened, uniformly; generated before the history when nil.
        public var opened: ClosedRange<Day>?
    }

    /// The built-in cuisine packs a fleet can draw from.
    public static var cuisinePacks: [String] { CuisinePack.all.map(\.key) }

    /// The cities a fleet can place restaurants in.
    public static var fleetCities: [String] { FleetCity.all.map(\.name) }
}

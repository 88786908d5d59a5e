extension Scenario {
    /// Values given in place of the file's, such as the command line's seed and as-of date.
    ///
    /// They are applied while the file is read (``ScenarioLoader/load(contentsOf:overrides:)``),
    /// so they meet the same rules as the file's own values: a restaurant opened after the as-of
    /// date is refused whichever of the two gave it.
    public struct Overrides: Sendable {
        /// The seed to use instead of the file's `seed`.
        public var seed: UInt64?
        /// The last day of history instead of the file's `as_of`.
        public var asOf: Day?
        /// What messages call the as-of date when `asOf` gives it, such as the option that set it.
        public var asOfName: String
        /// The minute history ends at on the as-of day (`--as-of now`); nil for the whole day.
        public var asOfTime: TimeOfDay?
        /// The number of days of history instead of the file's `history_days` (1 to 3650, as there).
        public var historyDays: Int?
        /// What messages call the history length when `historyDays` gives it.
        public var historyDaysName: String

        public init(seed: UInt64? = nil, asOf: Day? = nil, asOfName: String = "the as-of date given",
                    historyDays: Int? = nil, historyDaysName: String = "the history length given", asOfTime: TimeOfDay? = nil) {
            self.seed = seed
            self.asOf = asOf
            self.asOfName = asOfName
            self.asOfTime = asOfTime
            self.historyDays = historyDays
            self.historyDaysName = historyDaysName
        }

        /// The file's own values.
        public static let none = Overrides()
    }

    /// The days a scenario's dates may fall on, history included: years 1900 to 9999, which
    /// every target stores and prints as four-digit years.
    public static let supportedDays = Day(year: 1900, month: 1, day: 1)! ... Day(year: 9999, month: 12, day: 31)!

    /// The scenario with another seed: every random stream starts from it, and no rule depends
    /// on it.
    public func overriding(seed: UInt64) -> Scenario {
        var copy = self
        copy.seed = seed
        return copy
    }
}

extension Scenario {
    /// When a restaurant trades: for each ISO weekday (1 = Monday … 7 = Sunday), the open periods.
    public struct OpeningHours: Sendable {
        /// Index 0 is Monday; an empty list means closed all day.
        public var periods: [[Period]]

        /// An open period within one day; `close` is after `open`.
        public struct Period: Sendable, Equatable {
            public var open: TimeOfDay
            public var close: TimeOfDay
        }

        /// The periods on a day.
        public func periods(on day: Day) -> [Period] { periods[day.isoWeekday - 1] }

        /// Lower-case English weekday names, Monday first, as the YAML keys spell them.
        public static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    }

    /// How busy a restaurant is: the input of the history generators.
    public struct Demand: Sendable {
        /// Typical completed orders on each weekday, Monday first.
        public var ordersPerDay: [Int]
        /// The centre of the lunch and dinner peaks.
        public var lunchPeak: TimeOfDay
        public var dinnerPeak: TimeOfDay
        /// The percentage of a day's orders that fall around lunch (the rest around dinner).
        public var lunchShare: Rate
        /// Growth of volume per month, in percent (may be negative).
        public var monthlyGrowth: Rate
        /// Day-to-day variation of volume, in percent.
        public var noise: Rate
        /// Relative weights of the order types.
        public var orderTypes: [(OrderType, Int)]
        /// Relative weights of the payment methods (`card`, `cash`, `apple_pay`, …).
        public var paymentMethods: [(String, Int)]
        /// Guests per dine-in order.
        public var partySize: ClosedRange<Int>
        public var cancellationRate: Rate
        public var refundRate: Rate
        public var discountRate: Rate
    }
}

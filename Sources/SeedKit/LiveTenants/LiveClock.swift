import Foundation

/// The clock `--as-of now` reads: the only place a tenant command asks the time.
public enum LiveClock {
    /// The time zone of an `en_GB` restaurant (every restaurant, so far).
    public static let restaurantTimeZone = "Europe/London"

    /// The last day that has ended in `timeZone` at `now`: the day before today there.
    ///
    /// `--as-of now` ends the history here for now. The history generators make whole days
    /// only; today up to the current minute (its orders so far, the last few still open, staff
    /// on shift clocked in without a clock-out) needs a cut-off inside a day, which they lack.
    public static func lastCompleteDay(timeZone: String, secondsSince1970: Double? = nil) -> Day {
        let now = secondsSince1970.map { Date(timeIntervalSince1970: $0) } ?? Date()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        let today = Day(year: parts.year!, month: parts.month!, day: parts.day!)!
        return today.adding(days: -1)
    }
}

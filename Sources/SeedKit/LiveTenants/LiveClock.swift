import Foundation

/// The clock `--as-of now` reads: the only place SeedKit asks the time.
///
/// `now` is the current minute on the restaurant's wall clock, `Europe/London` for `en_GB`
/// (every restaurant so far), British Summer Time included: history ends there, on that day
/// (``Scenario/asOf``) at that minute (``Scenario/asOfTime``), with today's orders up to it,
/// those still going on open, and staff on shift clocked in without a clock-out. The same
/// scenario, seed and minute give the same rows.
public enum LiveClock {
    /// The time zone of an `en_GB` restaurant (every restaurant, so far).
    public static let restaurantTimeZone = "Europe/London"

    /// The current minute (seconds dropped) on the wall clocks of `timeZone` at
    /// `secondsSince1970`, or at the real time when it is nil (tests pass a fixed instant).
    public static func currentMinute(timeZone: String, secondsSince1970: Double? = nil) -> Timestamp {
        let now = secondsSince1970.map { Date(timeIntervalSince1970: $0) } ?? Date()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: now)
        let day = Day(year: parts.year!, month: parts.month!, day: parts.day!)!
        return Timestamp(day: day, time: TimeOfDay(hour: parts.hour!, minute: parts.minute!)!)
    }

    /// The instant `SEEDKIT_NOW` gives in `environment` (seconds since 1970, or ISO 8601 such as
    /// `2026-06-12T18:34:00Z`), which stands in for the real time; nil when unset.
    public static func instant(from environment: [String: String]) throws(LiveClockError) -> Double? {
        guard let text = environment["SEEDKIT_NOW"], !text.isEmpty else { return nil }
        if let seconds = Double(text) { return seconds }
        guard let date = ISO8601DateFormatter().date(from: text) else { throw LiveClockError(text: text) }
        return date.timeIntervalSince1970
    }
}

/// `SEEDKIT_NOW` is neither seconds since 1970 nor an ISO 8601 instant.
public struct LiveClockError: Error, CustomStringConvertible {
    /// The value `SEEDKIT_NOW` had.
    public let text: String
    /// What the command line prints.
    public var description: String {
        "SEEDKIT_NOW takes seconds since 1970 or an instant like 2026-06-12T18:34:00Z; got \"\(text)\""
    }
}

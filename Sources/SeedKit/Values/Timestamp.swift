/// A wall-clock moment without time zone, as the schema's `TIMESTAMP` columns hold it:
/// whole seconds since 1970-01-01 00:00:00.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

    /// The moment `time` on `day`.
    public init(day: Day, time: TimeOfDay) {
        self.secondsSinceEpoch = Int64(day.daysSinceEpoch) * 86_400 + Int64(time.secondsSinceMidnight)
    }

    public var day: Day { Day(daysSinceEpoch: Int(floorDivide(secondsSinceEpoch, 86_400))) }
    public var timeOfDay: TimeOfDay {
        TimeOfDay(secondsSinceMidnight: Int(secondsSinceEpoch - Int64(day.daysSinceEpoch) * 86_400))
    }

    public func adding(seconds: Int64) -> Timestamp { Timestamp(secondsSinceEpoch: secondsSinceEpoch + seconds) }

    /// `YYYY-MM-DD HH:MM:SS`, which PostgreSQL and SQLite both read and sort correctly.
    public var description: String { "\(day) \(timeOfDay)" }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }
}

/// A time of day, as the schema's `TIME` columns hold it.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var secondsSinceMidnight: Int

    public init(secondsSinceMidnight: Int) {
        precondition((0..<86_400).contains(secondsSinceMidnight), "a time of day is within one day")
        self.secondsSinceMidnight = secondsSinceMidnight
    }

    public init?(hour: Int, minute: Int, second: Int = 0) {
        guard (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second) else { return nil }
        self.init(secondsSinceMidnight: hour * 3600 + minute * 60 + second)
    }

    /// Parses `HH:MM` or `HH:MM:SS` (24-hour clock).
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        self.init(hour: hour, minute: minute, second: parts.count == 3 ? Int(parts[2])! : 0)
    }

    public var minutesSinceMidnight: Int { secondsSinceMidnight / 60 }

    /// `HH:MM:SS`.
    public var description: String {
        "\(pad(secondsSinceMidnight / 3600, 2)):\(pad(secondsSinceMidnight / 60 % 60, 2)):\(pad(secondsSinceMidnight % 60, 2))"
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.secondsSinceMidnight < rhs.secondsSinceMidnight }
}

@inline(__always)
func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

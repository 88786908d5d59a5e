import Testing
@testable import SeedKit

@Suite struct FixedDecimalTests {
    @Test("parses plain decimals exactly and renders them with their scale")
    func parsesAndRenders() {
        #expect(FixedDecimal(parsing: "12.5", scale: 2)?.description == "12.50")
        #expect(FixedDecimal(parsing: "-0.05", scale: 2)?.description == "-0.05")
        #expect(FixedDecimal(parsing: "7", scale: 0)?.description == "7")
        #expect(FixedDecimal(parsing: "0.125", scale: 3)?.units == 125)
    }

    @Test("rejects exponents, separators, extra digits and overflow", arguments: ["1e3", "1,000", "3.805", ".", "", "abc", "99999999999999999999"])
    func rejects(text: String) {
        #expect(FixedDecimal(parsing: text, scale: 2) == nil)
    }
}

@Suite struct MoneyTests {
    @Test("a rate is applied with one rounding, half away from zero")
    func roundsHalfAwayFromZero() {
        // 0.10 × 12.5 % = 0.0125 → 0.01; 0.20 × 12.5 % = 0.025 → 0.03
        #expect(Money(minorUnits: 10).applying(Rate(hundredthsOfPercent: 1250)).minorUnits == 1)
        #expect(Money(minorUnits: 20).applying(Rate(hundredthsOfPercent: 1250)).minorUnits == 3)
        #expect(Money(minorUnits: -20).applying(Rate(hundredthsOfPercent: 1250)).minorUnits == -3)
        #expect(Money(parsing: "15620.50")!.applying(Rate(parsing: "8")!).description == "1249.64")
    }
}

@Suite struct CalendarTests {
    @Test("days convert to and from the civil calendar, leap years included")
    func civilRoundTrip() {
        #expect(Day(iso: "1970-01-01")?.daysSinceEpoch == 0)
        #expect(Day(iso: "2024-02-29")?.description == "2024-02-29")
        #expect(Day(iso: "2025-02-29") == nil)
        for offset in stride(from: -800_000, through: 800_000, by: 997) {
            let day = Day(daysSinceEpoch: offset)
            #expect(Day(iso: day.description) == day || day.civil.year < 1000)
        }
    }

    @Test("ISO weekdays start on Monday")
    func weekdays() {
        #expect(Day(iso: "2025-06-30")?.isoWeekday == 1)  // a Monday
        #expect(Day(iso: "2025-06-29")?.isoWeekday == 7)
        #expect(Day(iso: "1969-12-31")?.isoWeekday == 3)
    }

    @Test("timestamps render as SQL text")
    func timestamps() {
        let moment = Timestamp(day: Day(iso: "2025-06-30")!, time: TimeOfDay(parsing: "19:05")!)
        #expect(moment.description == "2025-06-30 19:05:00")
        #expect(moment.day == Day(iso: "2025-06-30"))
    }
}

@Suite struct RandomStreamTests {
    @Test("the same names give the same draws; other names give others")
    func streamsAreNamed() {
        let root = RandomStream(seed: 42)
        var a = root.derive("tenant", "fynlo-mexican", "staff")
        var b = root.derive("tenant", "fynlo-mexican", "staff")
        var c = root.derive("tenant", "fynlo-mexican", "menu")
        let drawsA = (0..<8).map { _ in a.next() }
        #expect(drawsA == (0..<8).map { _ in b.next() })
        #expect(drawsA != (0..<8).map { _ in c.next() })
    }

    @Test("draws are pinned: a change to the generator or its mapping is a visible change")
    func pinnedDraws() {
        var stream = RandomStream(seed: 7).derive("pinned")
        let draws = (0..<4).map { _ in stream.int(in: 1...100) }
        // Cross-checked against an independent Python implementation of the same algorithms.
        #expect(draws == RandomStreamTests.pinned)
    }
    static let pinned = [77, 99, 57, 9]

    @Test("ranges stay in bounds and reach both ends")
    func rangesInBounds() {
        var stream = RandomStream(seed: 1)
        var seen = Set<Int>()
        for _ in 0..<2000 {
            let value = stream.int(in: -3...3)
            #expect((-3...3).contains(value))
            seen.insert(value)
        }
        #expect(seen.count == 7)
    }
}

import Foundation
import Testing
@testable import SeedKit

/// `--as-of now`: the current minute on a London wall clock.
@Suite struct LiveClockTests {
    func at(_ text: String) -> Double { ISO8601DateFormatter().date(from: text)!.timeIntervalSince1970 }

    func minute(_ text: String) -> Timestamp {
        LiveClock.currentMinute(timeZone: LiveClock.restaurantTimeZone, secondsSince1970: at(text))
    }

    @Test("now is the current minute in London, seconds dropped, across the clock changes")
    func currentMinuteInLondon() {
        // British Summer Time: 18:34:27 UTC is 19:34 in London.
        #expect(minute("2026-06-12T18:34:27Z").description == "2026-06-12 19:34:00")
        // Winter: London keeps UTC.
        #expect(minute("2026-01-16T13:05:59Z").description == "2026-01-16 13:05:00")
        // 00:30 GMT on the day British Summer Time starts (29 March 2026), and 01:30 UTC an hour later.
        #expect(minute("2026-03-29T00:30:00Z").description == "2026-03-29 00:30:00")
        #expect(minute("2026-03-29T01:30:00Z").description == "2026-03-29 02:30:00")
        // 23:30 UTC on 1 July is already 00:30 on 2 July in London.
        #expect(minute("2026-07-01T23:30:00Z").description == "2026-07-02 00:30:00")
    }

    @Test("SEEDKIT_NOW stands in for the real time, as seconds or ISO 8601, and a bad one is refused")
    func injectedInstant() throws {
        #expect(try LiveClock.instant(from: [:]) == nil)
        #expect(try LiveClock.instant(from: ["SEEDKIT_NOW": "1781289240"]) == 1_781_289_240)
        #expect(try LiveClock.instant(from: ["SEEDKIT_NOW": "2026-06-12T18:34:00Z"]) == at("2026-06-12T18:34:00Z"))
        #expect(throws: LiveClockError.self) { try LiveClock.instant(from: ["SEEDKIT_NOW": "tomorrow"]) }
    }
}

import Foundation
import Testing
@testable import SeedKit

/// `--as-of now`: the last complete day in the restaurant's time zone.
@Suite struct LiveClockTests {
    @Test("now ends the history at yesterday in London, across the clock changes")
    func lastCompleteDayInLondon() throws {
        func at(_ text: String) -> Double {
            let formatter = ISO8601DateFormatter()
            return formatter.date(from: text)!.timeIntervalSince1970
        }
        let london = LiveClock.restaurantTimeZone
        // 00:30 GMT on the day British Summer Time starts (29 March 2026).
        #expect(LiveClock.lastCompleteDay(timeZone: london, secondsSince1970: at("2026-03-29T00:30:00Z")) == Day(iso: "2026-03-28"))
        // 23:30 UTC on 1 July is already 00:30 on 2 July in London (BST).
        #expect(LiveClock.lastCompleteDay(timeZone: london, secondsSince1970: at("2026-07-01T23:30:00Z")) == Day(iso: "2026-07-01"))
        // 23:30 UTC in December is 23:30 in London (GMT).
        #expect(LiveClock.lastCompleteDay(timeZone: london, secondsSince1970: at("2026-12-01T23:30:00Z")) == Day(iso: "2026-11-30"))
    }
}

import Testing
@testable import SeedKit

/// The realism scorecard of Docs/realism.md: the shipped scenarios are believable, and the
/// rules it reads are the UK's.
@Suite struct RealismScorecardTests {
    @Test("every shipped scenario passes the realism scorecard for five seeds",
          arguments: ShippedSweep.scenarios, ShippedSweep.seedOffsets)
    func shippedScenarioIsBelievable(name: String, seedOffset: UInt64) throws {
        let report = try ShippedSweep.outcome(name, seedOffset: seedOffset).realism
        let outOfBand = report.cards.flatMap { card in card.measures.filter { !$0.inBand }.map { "\(card.slug): \($0.line)" } }
        #expect(outOfBand == [], "\(report.text)")
        #expect(report.cards.allSatisfy { $0.measure("labour_cost") != nil && $0.measure("in_stock") != nil })
    }

    @Test("the minimum wage follows the April upratings and the age bands")
    func nationalLivingWage() {
        #expect(NationalLivingWage.floor(on: Day(year: 2025, month: 3, day: 31)!, band: .twentyOneAndOver) == Money(minorUnits: 1144))
        #expect(NationalLivingWage.floor(on: Day(year: 2025, month: 4, day: 1)!, band: .twentyOneAndOver) == Money(minorUnits: 1221))
        #expect(NationalLivingWage.floor(on: Day(year: 2025, month: 6, day: 30)!, band: .eighteenToTwenty) == Money(minorUnits: 1000))
        #expect(NationalLivingWage.floor(on: Day(year: 2026, month: 4, day: 1)!, band: .sixteenToSeventeen) == Money(minorUnits: 800))
    }

    @Test("a quarter hour counts as covered only when someone works all of it")
    func coverage() {
        let card = RealismScorecard()
        let stretches = card.merged([(0, 600), (600, 900), (1000, 2000)])
        #expect(stretches == [0..<900, 1000..<2000])
        #expect(card.covers(stretches, 0..<900))
        #expect(!card.covers(stretches, 800..<1100))
        #expect(card.covers(stretches, 1100..<2000))
    }

    @Test("a database without a scenario is measured against default bands and its own trading hours")
    func withoutScenario() throws {
        try VerifyFixture.withSQLite { path in
            let report = try RealismScorecard().measure(SQLiteReader(path: path))
            #expect(!report.cards.isEmpty)
            #expect(report.cards.allSatisfy { $0.measure("orders_monday") == nil && $0.measure("labour_cost") != nil })
        }
    }
}

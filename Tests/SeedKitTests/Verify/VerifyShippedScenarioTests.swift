import Testing
@testable import SeedKit

/// Every invariant holds on what SeedKit generates from the shipped scenarios, in either database.
@Suite struct VerifyShippedScenarioTests {
    @Test("verify passes on the SQLite database generated from each shipped scenario, for five seeds",
          arguments: ShippedSweep.scenarios, ShippedSweep.seedOffsets)
    func shippedScenario(name: String, seedOffset: UInt64) throws {
        let report = try ShippedSweep.outcome(name, seedOffset: seedOffset).invariants
        #expect(VerifyFixture.failures(report) == [], "\(report.text)")
        #expect(report.rowsChecked > 100)
    }

    @Test("verify passes on each shipped scenario loaded into PostgreSQL", arguments: ["mexican-demo", "italian-pair"])
    func shippedScenarioInPostgres(name: String) throws {
        let cluster = try EphemeralPostgres.shared()
        let connection = cluster.connectionURI(database: try cluster.createDatabase())
        let scenario = try ScenarioLoader.load(contentsOf: Repository.scenario(name))
        try Generation(scenario: scenario).run(into: PostgresSink(connection: connection, replace: false))
        let reader = try PostgresReader(connection: connection)
        let report = try Verifier().verify(reader)
        #expect(VerifyFixture.failures(report) == [], "\(report.text)")
        #expect(report.rowsChecked > 100)
        // The scorecard reads PostgreSQL as it reads SQLite: the same measures, the same values.
        let realism = try RealismScorecard(expectations: RealismExpectations(scenario: scenario)).measure(reader)
        let sqlite = try ShippedSweep.outcome(name, seedOffset: 0).realism
        #expect(realism.cards.flatMap(\.measures) == sqlite.cards.flatMap(\.measures), "\(realism.text)")
    }
}

import Testing
@testable import SeedKit

/// The same checks in PostgreSQL's dialect, on a real server.
@Suite struct VerifyPostgresTests {
    @Test("every invariant holds on the consistent world loaded into PostgreSQL")
    func consistentWorldPasses() throws {
        let report = try Verifier().verify(PostgresReader(connection: VerifyFixture.postgres()))
        #expect(VerifyFixture.failures(report) == [])
        #expect(report.text == "verify: all 28 invariants hold (rows checked: \(VerifyFixture.rowCount))")
    }

    @Test("in PostgreSQL too, breaking the world one way fails exactly that invariant", arguments: Breakage.all)
    func breakage(_ breakage: Breakage) throws {
        let connection = try VerifyFixture.postgres(breaking: breakage.postgresSQL ?? breakage.sql)
        let report = try Verifier().verify(PostgresReader(connection: connection))
        #expect(VerifyFixture.failures(report) == ["\(breakage.invariant): \(breakage.count)"])
    }

    @Test("a PostgreSQL database without SeedKit's tables is refused")
    func emptyDatabase() throws {
        let cluster = try EphemeralPostgres.shared()
        let reader = try PostgresReader(connection: cluster.connectionURI(database: cluster.createDatabase()))
        #expect(throws: VerificationError.notSeedKitSchema(missingTables: TableName.allCases.map(\.rawValue), missingColumns: [])) {
            try Verifier().verify(reader)
        }
    }

    @Test("the PostgreSQL session is read-only")
    func readOnly() throws {
        let reader = try PostgresReader(connection: VerifyFixture.postgres())
        #expect(throws: VerificationError.self) { try reader.rows("DELETE FROM orders") }
        #expect(try reader.rows("SELECT COUNT(*) FROM orders") == [["10"]])
    }
}

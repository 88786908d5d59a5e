import Testing
@testable import SeedKit

/// What `seedkit verify TARGET` reads, by the form of TARGET.
@Suite struct VerifyTargetTests {
    let environment = ["DATABASE_URL": "postgres://app@db.example/app"]

    @Test("a connection string, a URI or postgres (DATABASE_URL) is PostgreSQL")
    func postgres() throws {
        #expect(try OutputTarget.verificationTarget("postgres", environment: environment)
            == .postgres(connection: "postgres://app@db.example/app"))
        #expect(try OutputTarget.verificationTarget("postgresql://u@h/d", environment: [:]) == .postgres(connection: "postgresql://u@h/d"))
        #expect(try OutputTarget.verificationTarget("host=/tmp dbname=app", environment: [:])
            == .postgres(connection: "host=/tmp dbname=app"))
        #expect(throws: VerificationTargetError.missingDatabaseURL) {
            try OutputTarget.verificationTarget("postgres", environment: [:])
        }
    }

    @Test("any other path is a SQLite file, whatever its extension, but a SQL script is refused")
    func sqlite() throws {
        for path in ["Output/mexican-demo.sqlite", "data.db", "backup.sqlite3", "copy-of-prod"] {
            #expect(try OutputTarget.verificationTarget(path, environment: environment) == .sqliteFile(path: path))
        }
        #expect(throws: VerificationTargetError.sqlScript(path: "Output/demo.SQL")) {
            try OutputTarget.verificationTarget("Output/demo.SQL", environment: environment)
        }
    }
}

import Foundation
import Testing
@testable import SeedKit

/// Every wait on the server is bounded and gives way to Ctrl-C and SIGTERM; a database that
/// cannot hold SeedKit's text says which encoding it needs.
@Suite struct PostgresWaitTests {
    /// The key SeedKit's loads take turns on (``PostgresSink``'s advisory lock).
    static let loadLock = 0x5EED_C0DE

    /// A session holding the load lock in an open transaction, as a load in progress does.
    private func holdLoadLock(_ uri: String) throws -> PostgresConnection {
        let holder = try PostgresConnection(uri)
        try holder.execute("BEGIN; SELECT pg_catalog.pg_advisory_xact_lock(\(Self.loadLock))")
        return holder
    }

    private func waitingOnLock(_ cluster: EphemeralPostgres, _ database: String) throws -> Bool {
        try cluster.psql(database: "postgres", command: "SELECT count(*) FROM pg_stat_activity WHERE datname = '\(database)' "
            + "AND wait_event_type = 'Lock'") == "1"
    }

    @Test("a load waiting for another's lock stops within a second on SIGINT or SIGTERM, exit 130",
          arguments: [SIGINT, SIGTERM])
    func signalWhileWaitingForLock(signal: Int32) throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        let holder = try holdLoadLock(uri)
        defer { holder.close() }
        let devNull = open("/dev/null", O_WRONLY)
        defer { close(devNull) }
        let pid = try ProcessRunner.spawn(SeedKitBinary.path, ["generate", Repository.fixture("tiny.yaml"), "--out", uri],
                                          stdout: devNull, stderr: devNull)
        let waiting = try PostgresFixture.wait(seconds: 20) { try waitingOnLock(cluster, database) }
        let signalled = ContinuousClock.now
        kill(pid, signal)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let took = ContinuousClock.now - signalled
        #expect(waiting, "the load never waited for the lock")
        #expect((status >> 8) & 0xFF == 130, "exit status \(status)")
        #expect(took < .seconds(2), "took \(took) to stop")
        #expect(try PostgresFixture.wait(seconds: 5) { try PostgresFixture.backends(cluster, database).count == 1 })
    }

    @Test("a load waiting for another's lock gives up at the lock timeout, saying why, exit 74")
    func lockTimeout() throws {
        let (_, _, uri) = try PostgresFixture.database()
        let holder = try holdLoadLock(uri)
        defer { holder.close() }
        var environment = ProcessInfo.processInfo.environment
        environment["PGOPTIONS"] = "-c lock_timeout=300ms"
        let result = try PostgresFixture.generate(Repository.fixture("tiny.yaml"), out: uri, environment: environment)
        #expect(result.status == 74)
        #expect(result.stderr.hasPrefix("seedkit: error: PostgreSQL refused the load: canceling statement due to lock timeout "
            + "(SQLSTATE 55P03); another SeedKit load into this database did not finish within the lock timeout: try again "
            + "when it has finished (PGOPTIONS='-c lock_timeout=…' waits longer). Nothing was changed."), "\(result.stderr)")
    }

    @Test("a LATIN1 database is refused before anything is written, saying which encoding is needed")
    func latin1Database() throws {
        let cluster = try PostgresFixture.cluster()
        let database = "latin1_\(UInt32.random(in: 0...UInt32.max))"
        _ = try cluster.psql(database: "postgres", command:
            "CREATE DATABASE \(database) ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
        let uri = cluster.connectionURI(database: database)
        let error = try #require(throws: PostgresError.self) {
            try PostgresSink(connection: uri, replace: false).open(schema: .builtIn)
        }
        #expect(error == .unsupportedEncoding(database: database, encoding: "LATIN1"))
        #expect(error.description == "the database \(database) uses the LATIN1 encoding, and SeedKit writes UTF-8 text "
            + "(names, descriptions, £ and € signs) that LATIN1 cannot hold; load into a database created with "
            + "ENCODING 'UTF8' (createdb -E UTF8 -T template0 NAME). Nothing was changed.")
        #expect(try PostgresFixture.tables(cluster, database) == [])
    }
}

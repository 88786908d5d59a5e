import Foundation
import Testing
@testable import SeedKit

/// `kill -9` of a `seedkit tenant` command, at several moments of its transaction, leaves the
/// database as it was.
@Suite struct TenantKillTests {
    @Test("add killed while it generates, blocked before its rows, or blocked after them leaves the database unchanged")
    func killedAdd() throws {
        let (cluster, database, uri) = try TenantFixture.database()
        let before = try #require(try PostgresFixture.contents(cluster, database))
        try SinkFixture.withTemporaryDirectory { directory in
            // bcrypt at cost 14 takes about a second, inside the transaction, before any row.
            let slow = try TenantFixture.file(slug: "casa", in: directory, [("password_cost: 4", "password_cost: 14")])
            try Self.kill(["tenant", "add", slow, "--restaurant", "casa", "--out", uri], cluster, database) {
                try PostgresFixture.backends(cluster, database).contains("idle in transaction")
            }
            #expect(try PostgresFixture.contents(cluster, database) == before)
            let quick = try TenantFixture.file(slug: "casa", in: directory)
            // FOR UPDATE stops it at the platform row it locks before its rows; FOR SHARE lets that
            // through and stops it at the roll-up update, after every row is in.
            for (lock, statement) in [("FOR UPDATE", "SELECT FROM platforms"), ("FOR SHARE", "UPDATE platforms")] {
                try Self.kill(["tenant", "add", quick, "--restaurant", "casa", "--out", uri], cluster, database,
                              blocking: "SELECT 1 FROM platforms \(lock)") { try Self.waitsForLock(cluster, database, in: statement) }
                #expect(try PostgresFixture.contents(cluster, database) == before, "killed while waiting behind \(lock)")
            }
            #expect(try cluster.psql(database: database, command: "SELECT to_regclass('seedkit.tenants') IS NULL") == "t")
        }
    }

    @Test("remove and refresh killed at their last statement leave the tenant as it was")
    func killedRemoveAndRefresh() throws {
        let (cluster, database, uri) = try TenantFixture.database()
        _ = try PostgresTenants(connection: uri).add(TenantFixture.request(slug: "casa"))
        let before = try #require(try PostgresFixture.contents(cluster, database))
        try Self.kill(["tenant", "remove", "casa", "--out", uri], cluster, database,
                      blocking: "SELECT 1 FROM platforms FOR UPDATE") { try Self.waitsForLock(cluster, database) }
        #expect(try PostgresFixture.contents(cluster, database) == before)
        try Self.kill(["tenant", "refresh", "casa", "--out", uri, "--as-of", "2025-04-02"], cluster, database,
                      blocking: "SELECT 1 FROM platforms FOR UPDATE") { try Self.waitsForLock(cluster, database) }
        #expect(try PostgresFixture.contents(cluster, database) == before)
        #expect(try PostgresTenants(connection: uri).list().map(\.slug) == ["casa"])
        try TenantFixture.verifies(.postgres(connection: uri))
    }

    /// Runs `seedkit arguments…`, kills it with SIGKILL once `moment` holds (while another
    /// session holds the lock `blocking` takes, if given), and waits until its session is gone.
    static func kill(_ arguments: [String], _ cluster: EphemeralPostgres, _ database: String, blocking: String? = nil,
                     sourceLocation: SourceLocation = #_sourceLocation, when moment: () throws -> Bool) throws {
        let holder = try blocking.map { sql -> PostgresConnection in
            let connection = try PostgresConnection(cluster.connectionURI(database: database))
            try connection.execute("BEGIN; \(sql)")
            return connection
        }
        let devNull = open("/dev/null", O_WRONLY)
        defer { close(devNull) }
        let pid = try ProcessRunner.spawn(SeedKitBinary.path, arguments, stdout: devNull, stderr: devNull)
        let reached = try PostgresFixture.wait(seconds: 20, until: moment)
        Foundation.kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        #expect(reached, "seedkit never reached the moment to kill it", sourceLocation: sourceLocation)
        #expect(status & 0x7F == SIGKILL, "seedkit ended before it was killed (status \(status))", sourceLocation: sourceLocation)
        try holder?.execute("ROLLBACK")
        holder?.close()
        #expect(try PostgresFixture.wait(seconds: 10) { try PostgresFixture.backends(cluster, database).isEmpty },
                sourceLocation: sourceLocation)
    }

    /// Whether a session of `database` is waiting for a lock (in a statement starting with `statement`).
    static func waitsForLock(_ cluster: EphemeralPostgres, _ database: String, in statement: String = "") throws -> Bool {
        try cluster.psql(database: "postgres", command: """
            SELECT count(*) FROM pg_stat_activity WHERE datname = '\(database)' AND wait_event_type = 'Lock'
              AND ltrim(query) LIKE '\(statement)%'
            """) != "0"
    }
}

import Foundation
import Testing
@testable import SeedKit

/// A load that stops half-way (aborted, interrupted, killed) leaves the database as it was.
@Suite struct PostgresInterruptionTests {
    @Test("a load killed (SIGKILL) inside its transaction leaves no table behind, and the next load works")
    func killedLoadLeavesNothing() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        try SinkFixture.withTemporaryDirectory { directory in
            let scenario = try PostgresFixture.slowScenario(in: directory)
            let devNull = open("/dev/null", O_WRONLY)
            defer { close(devNull) }
            let pid = try ProcessRunner.spawn(SeedKitBinary.path, ["generate", scenario, "--out", uri],
                                              stdout: devNull, stderr: devNull)
            // The sink has created its tables and waits, in its transaction, for the bcrypt hash
            // its users rows need before they are sent.
            let inTransaction = try PostgresFixture.wait(seconds: 10) { try PostgresFixture.inTransaction(cluster, database) }
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            #expect(inTransaction, "the load never showed an open transaction")
            #expect(status & 0x7F == SIGKILL, "seedkit ended before it was killed (status \(status))")
            #expect(try PostgresFixture.wait(seconds: 10) { try PostgresFixture.backends(cluster, database).isEmpty })
            #expect(try PostgresFixture.tables(cluster, database) == [])
            // Its staging schema, committed first so that both its connections could create
            // tables in it, is left empty: the tables went with the transactions that made them.
            #expect(try cluster.psql(database: database, command: """
                SELECT count(*), count(t.tablename) FROM pg_namespace n LEFT JOIN pg_tables t ON t.schemaname = n.nspname
                WHERE n.nspname = 'seedkit_load'
                """) == "1|0")
            let again = try PostgresFixture.generate(Repository.fixture("tiny.yaml"), out: uri)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(try cluster.psql(database: database, command:
                "SELECT count(*) FROM pg_namespace WHERE nspname = 'seedkit_load'") == "0")
        }
    }

    @Test("Ctrl-C (SIGINT) during a load exits 130 and leaves earlier data untouched")
    func interruptedLoadKeepsEarlierData() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        try PostgresFixture.load("mexican-demo", into: PostgresSink(connection: uri, replace: false))
        let before = try PostgresFixture.contents(cluster, database)
        try SinkFixture.withTemporaryDirectory { directory in
            let scenario = try PostgresFixture.slowScenario(in: directory)
            let devNull = open("/dev/null", O_WRONLY)
            defer { close(devNull) }
            let pid = try ProcessRunner.spawn(SeedKitBinary.path, ["generate", scenario, "--out", uri, "--replace"],
                                              stdout: devNull, stderr: devNull)
            let inTransaction = try PostgresFixture.wait(seconds: 10) { try PostgresFixture.inTransaction(cluster, database) }
            kill(pid, SIGINT)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            #expect(inTransaction, "the load never showed an open transaction")
            #expect((status >> 8) & 0xFF == 130, "exit status \(status)")
        }
        // The server ends a backend once it sees its client gone, a moment after the exit.
        #expect(try PostgresFixture.wait(seconds: 10) { try PostgresFixture.backends(cluster, database).isEmpty })
        #expect(try PostgresFixture.contents(cluster, database) == before)
    }

    @Test("abort() in the middle of a COPY, after chunks were sent, rolls everything back and disconnects")
    func abortMidCopy() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        let sink = PostgresSink(connection: uri, replace: false)
        try sink.open(schema: .builtIn)
        for row in SinkFixture.awkwardRows { try sink.write(row) }
        // Rows of over 200 bytes, for about three chunks: some are with the server already.
        for id in 10..<(10 + 3 * PostgresSink.chunkSize / 200) {
            try sink.write(SinkFixture.supplier(id, "supplier \(id) " + String(repeating: "x", count: 200)))
        }
        // One connection is mid-COPY; the load's second one, in its own transaction, copies
        // other tables' rows and has none yet.
        #expect(try PostgresFixture.backends(cluster, database).sorted() == ["active", "idle in transaction"])
        #expect(try PostgresFixture.tables(cluster, database) == [])  // nothing visible meanwhile
        sink.abort()
        #expect(try PostgresFixture.wait(seconds: 10) { try PostgresFixture.backends(cluster, database).isEmpty })
        #expect(try PostgresFixture.tables(cluster, database) == [])
        sink.abort()  // safe to repeat
    }

    @Test("abort() between tables, and after a replace was begun, leaves the earlier load as it was")
    func abortAfterReplaceBegan() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        try PostgresFixture.load("italian-pair", into: PostgresSink(connection: uri, replace: false))
        let before = try PostgresFixture.contents(cluster, database)
        let sink = PostgresSink(connection: uri, replace: true)
        try sink.open(schema: .builtIn)  // has begun creating the new tables aside, uncommitted
        try sink.write(SinkFixture.platform(1, "Replacement", slug: "replacement", revenue: "0.00"))
        #expect(try PostgresFixture.tables(cluster, database).count == TableName.allCases.count)
        sink.abort()
        #expect(try PostgresFixture.contents(cluster, database) == before)
        #expect(try PostgresFixture.wait(seconds: 10) { try PostgresFixture.backends(cluster, database).isEmpty })
    }
}

import Foundation
import Testing
@testable import SeedKit

/// A load of SeedKit's own tables builds them in the private schema `seedkit_load`, with the
/// keys, indexes and foreign keys on several connections, and moves them into the user's schema
/// in one short transaction: the user's tables change all at once or not at all.
@Suite struct PostgresStagedLoadTests {
    private func stagingSchemas(_ cluster: EphemeralPostgres, _ database: String) throws -> String {
        try cluster.psql(database: database, command: "SELECT nspname FROM pg_namespace WHERE nspname = 'seedkit_load'")
    }

    @Test("a load leaves no staging schema, and every foreign key checked, as a plain ADD FOREIGN KEY leaves it")
    func nothingStagedIsLeft() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        try PostgresFixture.load("italian-pair", into: PostgresSink(connection: uri, replace: false))
        #expect(try stagingSchemas(cluster, database) == "")
        #expect(try PostgresFixture.tables(cluster, database).count == TableName.allCases.count)
        let foreignKeys = try cluster.psql(database: database, command: """
            SELECT count(*) FILTER (WHERE convalidated), count(*) FROM pg_constraint
            WHERE contype = 'f' AND connamespace = 'public'::regnamespace
            """)
        let expected = Schema.builtIn.tables.flatMap(\.columns).filter { $0.reference != nil }.count
        #expect(foreignKeys == "\(expected)|\(expected)")
    }

    @Test("the rows go to the server on two connections at once, each table whole on one, frozen by the transaction that created it")
    func copiesOnTwoConnections() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        let sink = PostgresSink(connection: uri, replace: false)
        try PostgresFixture.load("italian-pair", into: sink)
        #expect(Set(sink.routes.compactMap { $0 }) == [0, 1])
        _ = try cluster.psql(database: database, command: "CREATE EXTENSION pg_visibility")
        let unfrozen = try cluster.psql(database: database, command: """
            SELECT c.relname FROM pg_class c, pg_visibility_map_summary(c.oid) v
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND v.all_frozen < c.relpages
            """)
        #expect(unfrozen == "")
        #expect(try PostgresFixture.contents(cluster, database) != nil)
    }

    @Test("rows that break a foreign key fail the load with 23503 and the VALIDATE statement, and leave nothing")
    func foreignKeyViolation() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        let orphan = Row(.suppliers, [.int(1), .int(99), .text("Orphan Ltd"), .null, .null, .null, .null, .null,
                                      .boolean(true), .timestamp(SinkFixture.created), .null])
        let error = try #require(throws: PostgresError.self) {
            try SinkFixture.load([orphan], into: PostgresSink(connection: uri, replace: false))
        }
        guard case .server(let sqlState, _, let detail, _, _, let statement) = error else {
            Issue.record("expected a server error, got \(error)")
            return
        }
        #expect(sqlState == "23503")
        #expect(detail == "Key (restaurant_id)=(99) is not present in table \"restaurants\".")
        #expect(statement == "ALTER TABLE ONLY suppliers VALIDATE CONSTRAINT suppliers_restaurant_id_fkey;")
        #expect(error.description.contains("Nothing was changed."))
        #expect(try PostgresFixture.tables(cluster, database) == [])
        #expect(try stagingSchemas(cluster, database) == "")
    }

    @Test("a load killed while it waits to move its built tables in leaves the earlier load; the next load removes the leftover")
    func killedDuringSwap() throws {
        let held = try SwapHeldUp()
        defer { held.reader.close() }
        let (waited, _) = try held.signalLoad(SIGKILL)
        #expect(waited, "the load never waited to drop the earlier tables")
        // What it built is there, out of the way, with its keys.
        #expect(try held.cluster.psql(database: held.database, command: """
            SELECT count(*) FROM pg_tables WHERE schemaname = 'seedkit_load'
            """) == "\(TableName.allCases.count)")
        try held.reader.execute("ROLLBACK")
        #expect(try PostgresFixture.wait(seconds: 10) { try PostgresFixture.backends(held.cluster, held.database).count == 1 })
        #expect(try PostgresFixture.contents(held.cluster, held.database) == held.before)
        let again = try PostgresFixture.generate(Repository.fixture("tiny.yaml"), out: held.uri, ["--replace"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try stagingSchemas(held.cluster, held.database) == "")
        #expect(try held.cluster.psql(database: held.database, command: "SELECT slug FROM restaurants") == "obriens")
    }

    @Test("Ctrl-C while the swap waits for an application's lock exits 130, drops what it built, keeps the earlier load")
    func interruptedDuringSwap() throws {
        let held = try SwapHeldUp()
        defer { held.reader.close() }
        let (waited, status) = try held.signalLoad(SIGINT)
        #expect(waited, "the load never waited to drop the earlier tables")
        #expect((status >> 8) & 0xFF == 130, "exit status \(status)")
        #expect(try stagingSchemas(held.cluster, held.database) == "")
        try held.reader.execute("ROLLBACK")
        #expect(try PostgresFixture.contents(held.cluster, held.database) == held.before)
    }

    @Test("another user's leftover that this user may not drop is left; the load then runs in one transaction")
    func leftoverOfAnotherUser() throws {
        let (cluster, database, _) = try PostgresFixture.database()
        let loader = "loader_\(database)"
        try cluster.psql(database: database, command: """
            CREATE ROLE \(loader) LOGIN; GRANT CREATE ON DATABASE \(database) TO \(loader); GRANT CREATE ON SCHEMA public TO \(loader);
            CREATE SCHEMA seedkit_load; COMMENT ON SCHEMA seedkit_load IS '\(StagingSchema.comment.replacingOccurrences(of: "'", with: "''"))';
            CREATE TABLE seedkit_load.platforms (id int)
            """)
        defer { _ = try? cluster.psql(database: database, command: "DROP OWNED BY \(loader) CASCADE; DROP ROLE \(loader)") }
        try PostgresFixture.load("italian-pair", into: PostgresSink(connection: cluster.connectionURI(database: database, user: loader),
                                                                     replace: false))
        #expect(try PostgresFixture.tables(cluster, database).count == TableName.allCases.count)
        #expect(try cluster.psql(database: database, command: "SELECT count(*) FROM pg_tables WHERE schemaname = 'seedkit_load'") == "1")
    }

    @Test("a schema of the application's named seedkit_load is left alone; the load then runs in one transaction")
    func applicationSchemaOfTheSameName() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        try cluster.psql(database: database, command: "CREATE SCHEMA seedkit_load; CREATE TABLE seedkit_load.notes (body text)")
        try PostgresFixture.load("italian-pair", into: PostgresSink(connection: uri, replace: false))
        #expect(try PostgresFixture.tables(cluster, database).count == TableName.allCases.count)
        #expect(try cluster.psql(database: database, command: "SELECT count(*) FROM seedkit_load.notes") == "0")
    }
}

/// A database holding an earlier load, and an application reading its platforms in an open
/// transaction: a load replacing them builds its tables, then waits at its swap's `DROP TABLE`.
private struct SwapHeldUp {
    let cluster: EphemeralPostgres
    let database: String
    let uri: String
    let before: DatabaseSnapshot?
    /// The application's session, holding its lock until `ROLLBACK`; close it when done.
    let reader: PostgresConnection

    init() throws {
        (cluster, database, uri) = try PostgresFixture.database()
        try PostgresFixture.load("mexican-demo", into: PostgresSink(connection: uri, replace: false))
        before = try PostgresFixture.contents(cluster, database)
        reader = try PostgresConnection(uri)
        try reader.execute("BEGIN; LOCK TABLE platforms IN ACCESS SHARE MODE")
    }

    /// Starts `seedkit generate tiny.yaml --replace`, sends it `signal` once its swap waits for
    /// the reader (or after 30 s), and returns whether it waited and how it exited.
    func signalLoad(_ signal: Int32) throws -> (waited: Bool, status: Int32) {
        let devNull = open("/dev/null", O_WRONLY)
        defer { close(devNull) }
        let pid = try ProcessRunner.spawn(SeedKitBinary.path, ["generate", Repository.fixture("tiny.yaml"), "--out", uri, "--replace"],
                                          stdout: devNull, stderr: devNull)
        let waited = try PostgresFixture.wait(seconds: 30) {
            try cluster.psql(database: "postgres", command: "SELECT count(*) FROM pg_stat_activity WHERE datname = '\(database)' "
                + "AND wait_event_type = 'Lock' AND query LIKE 'DROP TABLE%'") == "1"
        }
        kill(pid, signal)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (waited, status)
    }
}

/// Statements spread over connections: side by side, and with the same error whichever fails first.
@Suite struct ParallelStatementsTests {
    private func connections(_ uri: String, _ count: Int) throws -> [PostgresConnection] {
        try (0..<count).map { _ in try PostgresConnection(uri) }
    }

    @Test("a second connection takes the next job while the first is busy")
    func jobsRunSideBySide() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        try cluster.psql(database: database, command: "CREATE TABLE signal (sent int)")
        // The first job waits (up to 20 s) for the row the second job writes: on one connection it would fail.
        let waitForSignal = """
            DO $$ BEGIN
                FOR attempt IN 1..2000 LOOP
                    IF EXISTS (SELECT FROM signal) THEN RETURN; END IF;
                    PERFORM pg_sleep(0.01);
                END LOOP;
                RAISE EXCEPTION 'no signal';
            END $$
            """
        let pair = try connections(uri, 2)
        defer { pair.forEach { $0.close() } }
        try ParallelStatements.run([[waitForSignal], ["INSERT INTO signal VALUES (1)"]], on: pair)
        #expect(try cluster.psql(database: database, command: "SELECT count(*) FROM signal") == "1")
    }

    @Test("when jobs fail, the error is the first failed job's in job order, and no job starts after a failure")
    func firstErrorInJobOrder() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        try cluster.psql(database: database, command: "CREATE TABLE ran (job int)")
        let single = try connections(uri, 1)
        defer { single.forEach { $0.close() } }
        let error = try #require(throws: PostgresError.self) {
            try ParallelStatements.run([["INSERT INTO ran VALUES (0)"], ["SELECT 1/0"], ["INSERT INTO ran VALUES (2)"]], on: single)
        }
        guard case .server(let sqlState, _, _, _, _, let statement) = error else {
            Issue.record("expected a server error, got \(error)")
            return
        }
        #expect(sqlState == "22012" && statement == "SELECT 1/0")
        #expect(try cluster.psql(database: database, command: "SELECT string_agg(job::text, ',') FROM ran") == "0")
        // Two failing jobs side by side: the later one fails first in time, the earlier one is reported.
        let pair = try connections(uri, 2)
        defer { pair.forEach { $0.close() } }
        let both = try #require(throws: PostgresError.self) {
            try ParallelStatements.run([["SELECT pg_sleep(0.3); SELECT 1/0"], ["SELECT 'x'::int"]], on: pair)
        }
        guard case .server(let firstState, _, _, _, _, _) = both else {
            Issue.record("expected a server error, got \(both)")
            return
        }
        #expect(firstState == "22012")
    }
}

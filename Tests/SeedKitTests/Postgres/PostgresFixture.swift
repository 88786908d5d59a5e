import Foundation
import Testing
@testable import SeedKit

/// What the PostgreSQL sink tests share: the test cluster with the application role in place,
/// loads of the shipped scenarios, and questions to a loaded database.
enum PostgresFixture {
    /// The test cluster. The application role is created once before any load, so that loads
    /// running in parallel find it instead of each creating it (roles are cluster-wide).
    static func cluster() throws -> EphemeralPostgres {
        let cluster = try EphemeralPostgres.shared()
        try roleCreated.get()
        return cluster
    }

    private static let roleCreated = Result<Void, any Error> {
        let create = PostgresDDL.security(.builtIn)[0]
        try EphemeralPostgres.shared().psql(database: "postgres", command: create)
    }

    /// A fresh database and its URI.
    static func database() throws -> (cluster: EphemeralPostgres, name: String, uri: String) {
        let cluster = try cluster()
        let name = try cluster.createDatabase()
        return (cluster, name, cluster.connectionURI(database: name))
    }

    /// Writes a shipped scenario's rows (generated once per test process) into `sink`, as
    /// ``Generation/run(into:)`` does: open, every row, commit, and abort on any error.
    static func load(_ name: String, into sink: some RowSink) throws {
        let rows = try GeneratedRows.shipped(name).rows
        do {
            try sink.open(schema: .builtIn)
            for row in rows { try sink.write(row) }
            try sink.commit()
        } catch {
            sink.abort()
            throw error
        }
    }

    /// The tables of the database's `public` schema, sorted.
    static func tables(_ cluster: EphemeralPostgres, _ database: String) throws -> [String] {
        try cluster.psql(database: database, command:
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
            .split(separator: "\n").map(String.init)
    }

    /// Every row of every SeedKit table, or nil when SeedKit's tables are not there.
    static func contents(_ cluster: EphemeralPostgres, _ database: String) throws -> DatabaseSnapshot? {
        try tables(cluster, database).contains("platforms") ? DatabaseSnapshot.postgres(cluster, database: database) : nil
    }

    /// The server processes connected to `database`, with their state (`idle in transaction`…).
    static func backends(_ cluster: EphemeralPostgres, _ database: String) throws -> [String] {
        try cluster.psql(database: "postgres", command:
            "SELECT coalesce(state, '') FROM pg_stat_activity WHERE datname = '\(database)' AND pid <> pg_backend_pid()")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }

    /// Whether a process connected to `database` is inside a transaction: idle in it, or in the
    /// middle of a statement (a `COPY` kept open while the load waits for a password hash).
    static func inTransaction(_ cluster: EphemeralPostgres, _ database: String) throws -> Bool {
        try cluster.psql(database: "postgres", command:
            "SELECT count(*) FROM pg_stat_activity WHERE datname = '\(database)' AND pid <> pg_backend_pid() AND xact_start IS NOT NULL")
            != "0"
    }

    /// Waits up to `seconds` until `condition` holds; returns whether it did.
    static func wait(seconds: Double, until condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            usleep(20_000)
        }
        return try condition()
    }

    /// Runs the built binary's `generate` on a scenario into `out` and returns what it did.
    static func generate(_ scenario: String, out: String, _ extra: [String] = [],
                         environment: [String: String]? = nil) throws -> ProcessRunner.Output {
        try SeedKitBinary.run(["generate", scenario, "--out", out] + extra, environment: environment)
    }

    /// `psql` as another user, through the same TCP address the sink uses.
    static func psql(_ cluster: EphemeralPostgres, uri: String, _ command: String) throws -> ProcessRunner.Output {
        let environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }
        return try ProcessRunner.capture(cluster.binDirectory + "/psql", ["-X", "-q", "-At", "-d", uri, "-c", command],
                                         environment: environment)
    }

    /// A copy of `Fixtures/tiny.yaml` with bcrypt at cost 14, which takes about a second before the
    /// first row: time enough to interrupt a load whose transaction has begun.
    static func slowScenario(in directory: URL) throws -> String {
        let slow = try String(contentsOfFile: Repository.fixture("tiny.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "password_cost: 4", with: "password_cost: 14")
        let path = directory.appendingPathComponent("slow.yaml")
        try Data(slow.utf8).write(to: path)
        return path.path
    }
}

import Foundation
import Testing

@Suite struct EphemeralPostgresTests {
    let postgres: EphemeralPostgres

    init() throws {
        postgres = try EphemeralPostgres.shared()
    }

    @Test("the cluster starts and answers with PostgreSQL 15 or newer")
    func answersWithVersion() throws {
        #expect(try postgres.psql(database: "postgres", command: "select version()").hasPrefix("PostgreSQL "))
        let versionNumber = try #require(Int(postgres.psql(database: "postgres", command: "show server_version_num")))
        #expect(versionNumber >= 150_000)
    }

    @Test("the cluster is UTF8, C-collated, in UTC and not durable")
    func isConfiguredForTests() throws {
        let settings = try postgres.psql(
            database: "postgres",
            command: "select current_setting('server_encoding'), datcollate, current_setting('TimeZone'), current_setting('fsync') from pg_database where datname = 'postgres'")
        #expect(settings == "UTF8|C|UTC|off")
    }

    @Test("the connection URI reaches the database over TCP without a password")
    func connectionURIReachesTheDatabase() throws {
        let database = try postgres.createDatabase()
        let uri = postgres.connectionURI(database: database)
        #expect(uri == "postgres://postgres@127.0.0.1:\(postgres.port)/\(database)")
        let output = try ProcessRunner.run("psql", ["-X", "-At", "-d", uri, "-c", "select current_database(), inet_server_addr()"])
        #expect(output.stdout == "\(database)|127.0.0.1\n")
    }

    @Test("two created databases are distinct and empty")
    func createdDatabasesAreDistinctAndEmpty() throws {
        let first = try postgres.createDatabase()
        let second = try postgres.createDatabase()
        #expect(first != second)
        for database in [first, second] {
            #expect(try postgres.psql(database: database, command: "select current_database()") == database)
            #expect(try postgres.psql(database: database, command: userRelationCount) == "0")
        }
    }

    @Test("databases created in parallel are all distinct")
    func parallelCreation() async throws {
        let names = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { try postgres.createDatabase() } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(names).count == 8)
    }

    @Test("a table created in one database is not visible in another")
    func databasesAreIsolated() throws {
        let first = try postgres.createDatabase()
        let second = try postgres.createDatabase()
        try postgres.psql(database: first, command: "create table menu_items (id int primary key, name text); insert into menu_items values (1, 'Tacos al pastor')")
        #expect(try postgres.psql(database: first, command: "select name from menu_items") == "Tacos al pastor")
        #expect(try postgres.psql(database: second, command: "select to_regclass('public.menu_items') is null") == "t")
        #expect(try postgres.psql(database: second, command: userRelationCount) == "0")
    }

    @Test("a failing SQL file throws with the server's message and stops at the error")
    func failingFileThrowsServerMessage() throws {
        let database = try postgres.createDatabase()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("seedkit-failing-\(UUID().uuidString).sql")
        try """
            create table before_error (id int);
            select * from no_such_table;
            create table after_error (id int);
            """.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }

        let error = #expect(throws: ProcessRunner.Failure.self) {
            try postgres.psql(database: database, file: file.path)
        }
        let message = try #require(error).description
        #expect(message.contains(#"ERROR:  relation "no_such_table" does not exist"#))
        #expect(message.contains(file.lastPathComponent))
        #expect(try postgres.psql(database: database, command: "select to_regclass('before_error') is not null, to_regclass('after_error') is null") == "t|t")
    }

    @Test("a successful SQL file returns what psql printed")
    func successfulFileReturnsOutput() throws {
        let database = try postgres.createDatabase()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("seedkit-ok-\(UUID().uuidString).sql")
        try "create table t (n int);\ninsert into t values (41), (1);\n\\pset format unaligned\n\\pset tuples_only on\nselect sum(n) from t;\n"
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try postgres.psql(database: database, file: file.path) == "42\n")
    }

    @Test("without the server programs, starting fails and says how to install them")
    func missingServerProgramsSayHowToInstall() {
        let error = #expect(throws: EphemeralPostgres.StartError.self) {
            try EphemeralPostgres.findBinDirectory(root: "/nonexistent", searchPath: "")
        }
        #expect(error?.description.contains("apt-get install -y postgresql") == true)
    }

    private var userRelationCount: String {
        "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'"
    }
}

import Foundation
import Testing
@testable import SeedKit

/// The PostgreSQL target holds exactly what the other targets hold, and is ready for the
/// application: keys, sequences, security.
@Suite struct PostgresSinkTests {
    @Test("a scenario loaded directly, into SQLite, and through psql -f of the SQL file gives the same rows",
          arguments: ["mexican-demo", "italian-pair"])
    func targetsAgree(name: String) throws {
        let (cluster, direct, uri) = try PostgresFixture.database()
        let scripted = try cluster.createDatabase()
        try PostgresFixture.load(name, into: PostgresSink(connection: uri, replace: false))
        try SinkFixture.withTemporaryDirectory { directory in
            let sqlite = directory.appendingPathComponent("direct.sqlite")
            let script = directory.appendingPathComponent("script.sql")
            try PostgresFixture.load(name, into: SQLiteSink(path: sqlite.path, replace: false))
            try PostgresFixture.load(name, into: SQLFileSink(path: script.path, dialect: .postgres, replace: false))
            try cluster.psql(database: scripted, file: script.path)
            let loaded = try DatabaseSnapshot.postgres(cluster, database: direct)
            let viaScript = try DatabaseSnapshot.postgres(cluster, database: scripted)
            let viaSQLite = try DatabaseSnapshot.sqlite(sqlite.path)
            for table in TableName.allCases {
                #expect(loaded.tables[table] == viaSQLite.tables[table], "\(table.rawValue) differs from SQLite")
                #expect(loaded.tables[table] == viaScript.tables[table], "\(table.rawValue) differs from psql -f")
            }
            #expect(loaded.rowCount > 100)
        }
    }

    @Test("the schema after a load is the SQL file's: same constraints, indexes and sequence positions")
    func schemaMatchesScript() throws {
        let (cluster, direct, uri) = try PostgresFixture.database()
        let scripted = try cluster.createDatabase()
        try PostgresFixture.load("italian-pair", into: PostgresSink(connection: uri, replace: false))
        try SinkFixture.withTemporaryDirectory { directory in
            let script = directory.appendingPathComponent("script.sql")
            try PostgresFixture.load("italian-pair", into: SQLFileSink(path: script.path, dialect: .postgres, replace: false))
            try cluster.psql(database: scripted, file: script.path)
        }
        let catalogue = """
            SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace
            UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
            UNION ALL SELECT sequencename || ' ' || coalesce(last_value, 0) FROM pg_sequences
            ORDER BY 1
            """
        let loaded = try cluster.psql(database: direct, command: catalogue)
        #expect(loaded == (try cluster.psql(database: scripted, command: catalogue)))
        #expect(loaded.contains("users_pkey PRIMARY KEY (id)"))
        #expect(loaded.contains("CREATE INDEX idx_orders_status ON public.orders USING btree (status)"))
    }

    @Test("after a load, a plain INSERT without an id succeeds in every table")
    func sequencesContinue() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        try PostgresFixture.load("mexican-demo", into: PostgresSink(connection: uri, replace: false))
        let maxUser = try cluster.psql(database: database, command: "SELECT max(id) FROM users")
        let next = try cluster.psql(database: database, command:
            "INSERT INTO users (email, password_hash, first_name, last_name, role, restaurant_id) "
                + "VALUES ('n@x.example', 'h', 'N', 'X', 'manager', 1) RETURNING id")
        #expect(Int(next)! == Int(maxUser)! + 1)
        for table in Schema.builtIn.tables {
            #expect(throws: Never.self, "\(table.name.rawValue)") {
                try cluster.psql(database: database, command: Self.plainInsert(table))
            }
        }
    }

    @Test("after a load, every table has its statistics (ANALYZE of each table once its keys are built)")
    func everyTableIsAnalyzed() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        try PostgresFixture.load("italian-pair", into: PostgresSink(connection: uri, replace: false))
        // ANALYZE writes pg_statistic for every table with rows (the index builds set reltuples).
        let counts = try cluster.psql(database: database, command: """
            SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pg_stats s WHERE s.schemaname = 'public' AND s.tablename = c.relname)),
                   count(*)
            FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.reltuples > 0
            """).split(separator: "|").compactMap { Int($0) }
        #expect(counts.count == 2 && counts[0] == counts[1] && counts[1] > 10, "\(counts)")
    }

    @Test("rows of a table arriving in interleaved runs, over many chunks, all arrive intact")
    func interleavedRunsOverManyChunks() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        // About 1.3 MB of COPY text: several chunks, with runs of suppliers split by platforms.
        var rows = SinkFixture.awkwardRows
        for id in 10..<6_010 {
            rows.append(SinkFixture.supplier(id, "supplier \(id) " + String(repeating: "é\t\\", count: 60)))
            if id % 1_500 == 0 { rows.append(SinkFixture.platform(id, "P\(id)", slug: "p\(id)", revenue: "1.00")) }
        }
        try SinkFixture.withTemporaryDirectory { directory in
            let sqlite = directory.appendingPathComponent("rows.sqlite")
            try SinkFixture.load(rows, into: SQLiteSink(path: sqlite.path, replace: false))
            try SinkFixture.load(rows, into: PostgresSink(connection: uri, replace: false))
            #expect(try DatabaseSnapshot.postgres(cluster, database: database) == DatabaseSnapshot.sqlite(sqlite.path))
        }
        #expect(try cluster.psql(database: database, command: "SELECT count(*) FROM suppliers") == "6006")
    }

    @Test("when the tables' buffers reach their budget together, the fullest goes early, and the rows are the same")
    func budgetSendsTheFullestEarly() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        let sink = PostgresSink(connection: uri, replace: false)
        sink.pendingBudget = 48 * 1024
        try PostgresFixture.load("mexican-demo", into: sink)
        #expect(sink.earlyChunks > 10, "the demo's rows should pass a 48 KiB budget many times")
        try SinkFixture.withTemporaryDirectory { directory in
            let sqlite = directory.appendingPathComponent("demo.sqlite")
            try PostgresFixture.load("mexican-demo", into: SQLiteSink(path: sqlite.path, replace: false))
            let loaded = try DatabaseSnapshot.postgres(cluster, database: database)
            let viaSQLite = try DatabaseSnapshot.sqlite(sqlite.path)
            for table in TableName.allCases {
                #expect(loaded.tables[table] == viaSQLite.tables[table], "\(table.rawValue) differs from SQLite")
            }
        }
    }

    @Test("a constraint the rows break fails the load with its SQLSTATE and statement, and leaves nothing")
    func constraintViolation() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        let duplicate = [SinkFixture.platform(1, "One", slug: "one", revenue: "1.00"),
                         SinkFixture.platform(1, "Again", slug: "again", revenue: "2.00")]
        let error = try #require(throws: PostgresError.self) {
            try SinkFixture.load(duplicate, into: PostgresSink(connection: uri, replace: false))
        }
        guard case .server(let sqlState, _, let detail, _, _, let statement) = error else {
            Issue.record("expected a server error, got \(error)")
            return
        }
        #expect(sqlState == "23505")
        #expect(detail == "Key (id)=(1) is duplicated.")
        #expect(statement == "ALTER TABLE ONLY platforms ADD PRIMARY KEY (id);")
        #expect(error.description.hasPrefix(
            "PostgreSQL refused the load: could not create unique index \"platforms_pkey\" (SQLSTATE 23505); the rows break a constraint"))
        #expect(error.description.contains("Nothing was changed."))
        #expect(error.description.contains("\n  while running: ALTER TABLE ONLY platforms ADD PRIMARY KEY (id);"))
        #expect(try PostgresFixture.tables(cluster, database) == [])
    }

    /// `INSERT` giving only the NOT NULL columns without a default: the id comes from the sequence.
    static func plainInsert(_ table: Table) -> String {
        let required = table.columns.filter { $0.isNotNull && !$0.isPrimaryKey && $0.defaultExpression == nil }
        var names = required.map(\.name)
        var values = required.map { column -> String in
            switch column.type {
            case .varchar, .text: column.name == "role" ? "'manager'" : "'x' || nextval('\(table.name.rawValue)_id_seq')"
            case .date: "DATE '2025-01-01'"
            case .time: "TIME '12:00'"
            default: "1"
            }
        }
        if table.name == .users {  // a user other than the platform owner belongs to a restaurant
            names.append("restaurant_id")
            values.append("1")
        }
        return names.isEmpty
            ? "INSERT INTO \(table.name.rawValue) DEFAULT VALUES"
            : "INSERT INTO \(table.name.rawValue) (\(names.joined(separator: ", "))) VALUES (\(values.joined(separator: ", ")))"
    }
}

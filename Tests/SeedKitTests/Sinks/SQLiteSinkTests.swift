import Foundation
import Synchronization
import Testing
@testable import SeedKit

@Suite struct SQLiteSinkTests {
    @Test("a stop asked for at commit, while the last rows go in and the indexes are built, interrupts SQLite, and nothing is written")
    func cancellationStopsTheIndexBuild() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let stop = Mutex(false)
            let sink = SQLiteSink(path: directory.appendingPathComponent("big.sqlite").path, replace: false,
                                  cancellation: Cancellation { stop.withLock { $0 } })
            try sink.open(schema: .builtIn)
            for id in 1...30_000 { try sink.write(SinkFixture.platform(id, "Platform \(id)", slug: "platform-\(id)", revenue: "1.00")) }
            stop.withLock { $0 = true }
            #expect(throws: GenerationInterrupted.self) { try sink.commit() }
            #expect(try SinkFixture.fileNames(in: directory) == [])
        }
    }

    @Test("a database built through libsqlite3 equals the SQLite script loaded by the sqlite3 shell")
    func matchesTheScript() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let direct = directory.appendingPathComponent("direct.sqlite")
            let script = directory.appendingPathComponent("script.sql")
            let loaded = directory.appendingPathComponent("loaded.sqlite")
            try SinkFixture.load(SinkFixture.awkwardRows, into: SQLiteSink(path: direct.path, replace: false))
            try SinkFixture.load(SinkFixture.awkwardRows, into: SQLFileSink(path: script.path, dialect: .sqlite, replace: false))
            try SinkFixture.sqlite3(loaded, inputPath: script.path)

            let directDump = try SinkFixture.dump(direct)
            #expect(directDump == (try SinkFixture.dump(loaded)))
            #expect(directDump.split(separator: "\n").count >= SinkFixture.awkwardRows.count)
            let schemaQuery = "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name;"
            #expect(try SinkFixture.sqlite3(direct, script: schemaQuery) == (try SinkFixture.sqlite3(loaded, script: schemaQuery)))
        }
    }

    @Test("text arrives byte for byte, whatever quotes, backslashes, control characters or emoji it holds")
    func textIsExact() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let database = directory.appendingPathComponent("demo.sqlite")
            try SinkFixture.load(SinkFixture.awkwardRows, into: SQLiteSink(path: database.path, replace: false))
            let expected = SinkFixture.awkwardRows.filter { $0.table == .suppliers }.map { row -> String in
                guard case .text(let name) = row.values[2] else { return "" }
                return name.utf8.map { String(format: "%02X", $0) }.joined()
            }
            let stored = try SinkFixture.sqlite3(database, script: "SELECT hex(name) FROM suppliers ORDER BY id;")
            #expect(stored == expected.map { $0 + "\n" }.joined())
        }
    }

    @Test("values keep the storage classes SQLite's column affinities give the same literals")
    func storageClasses() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let database = directory.appendingPathComponent("demo.sqlite")
            try SinkFixture.load(SinkFixture.awkwardRows, into: SQLiteSink(path: database.path, replace: false))
            let plan = try SinkFixture.sqlite3(database, script: """
                SELECT typeof(commission_rate), commission_rate, service_fee_rate, typeof(monthly_fee), monthly_fee,
                       typeof(max_restaurants), typeof(features), features, is_active, created_at FROM subscription_plans;
                SELECT typeof(monthly_revenue), monthly_revenue, is_active FROM platforms ORDER BY id;
                SELECT phone, typeof(phone), payment_terms = '', typeof(restaurant_id) FROM suppliers WHERE id = 2;
                SELECT shift_date, start_time, end_time, break_duration, hourly_rate FROM shifts;
                """)
            #expect(plan == """
                integer|4|-0.05|integer|0|null|text|{"pos":true,"note":"a\\"b\\\\c\\n"}|0|2024-03-01 09:30:00
                real|1234567890.12|1
                real|12.5|0
                12345|text|1|null
                2024-02-29|00:05:00|23:59:59|-30|10.5

                """)
        }
    }

    @Test("nothing exists at the destination until commit, and abort leaves no file behind")
    func abortLeavesNothing() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let database = directory.appendingPathComponent("Output/demo.sqlite")
            let sink = SQLiteSink(path: database.path, replace: false)
            try sink.open(schema: .builtIn)
            for row in SinkFixture.awkwardRows { try sink.write(row) }
            #expect(!FileManager.default.fileExists(atPath: database.path))
            #expect(try SinkFixture.fileNames(in: database.deletingLastPathComponent()).count == 1)
            sink.abort()
            #expect(try SinkFixture.fileNames(in: database.deletingLastPathComponent()) == [])
            sink.abort()  // harmless twice
        }
    }

    @Test("a constraint broken by the data fails the commit and leaves the destination as it was")
    func failedCommitLeavesNothing() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let database = directory.appendingPathComponent("demo.sqlite")
            let rows = [SinkFixture.platform(1, "A", slug: "same", revenue: "1.00"),
                        SinkFixture.platform(2, "B", slug: "same", revenue: "1.00")]
            let sink = SQLiteSink(path: database.path, replace: false)
            let error = #expect(throws: SinkError.self) { try SinkFixture.load(rows, into: sink) }
            guard case .sqlite(let code, let message, let statement)? = error else {
                Issue.record("expected a SQLite error, got \(String(describing: error))")
                return
            }
            #expect(code == 2067)  // SQLITE_CONSTRAINT_UNIQUE
            #expect(message.contains("platforms.slug"))
            #expect(statement == "CREATE UNIQUE INDEX platforms_slug_key ON platforms (slug);")
            #expect(try SinkFixture.fileNames(in: directory) == [])
        }
    }

    @Test("a row that breaks the primary key fails when its table's rows go in, with SQLite's code, message and statement, and nothing is written")
    func duplicateKey() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let sink = SQLiteSink(path: directory.appendingPathComponent("demo.sqlite").path, replace: false)
            try sink.open(schema: .builtIn)
            try sink.write(SinkFixture.supplier(1, "A"))
            try sink.write(SinkFixture.supplier(1, "B"))
            let error = #expect(throws: SinkError.self) { try sink.commit() }
            #expect(error.map(String.init(describing:))?.hasPrefix("SQLite error 1555: UNIQUE constraint failed: suppliers.id") == true)
            #expect(error.map(String.init(describing:))?.contains("while running: INSERT INTO suppliers (id, restaurant_id,") == true)
            #expect(try SinkFixture.fileNames(in: directory) == [])
        }
    }

    @Test("each large table's pages lie in long stretches of the file, not interleaved with the other tables' as the rows arrive")
    func tablesAreContiguous() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let database = directory.appendingPathComponent("demo.sqlite")
            try Generation(scenario: ScenarioLoader.load(contentsOf: Repository.scenario("mexican-demo")), jobs: 2)
                .run(into: SQLiteSink(path: database.path, replace: false))
            let pages = try SinkFixture.sqlite3(database, script: """
                SELECT name, pageno FROM dbstat WHERE name IN ('orders', 'order_items', 'payments', 'stock_movements') ORDER BY name, pageno;
                """)
            var byTable: [String: [Int]] = [:]
            for line in pages.split(separator: "\n") {
                let fields = line.split(separator: "|")
                byTable[String(fields[0]), default: []].append(Int(fields[1])!)
            }
            #expect(byTable.count == 4)
            for (table, numbers) in byTable.sorted(by: { $0.key < $1.key }) {
                // A stretch is a run of consecutive page numbers.
                let stretches = 1 + zip(numbers, numbers.dropFirst()).filter { $1 != $0 + 1 }.count
                #expect(numbers.count > 200, "\(table) spans \(numbers.count) pages")
                #expect(numbers.count / stretches >= 64, "\(table): \(numbers.count) pages in \(stretches) stretches")
            }
        }
    }
}

import Foundation
import Testing
@testable import SeedKit

/// The SQLite sink writes the indexes' b-trees itself, from the entries of the rows it writes;
/// SQLite's own `CREATE INDEX` (the script loaded by `sqlite3`) is the reference.
@Suite struct SQLiteIndexBuildTests {
    static func user(_ id: Int, restaurant: SQLValue, email: String, created: SQLValue) -> Row {
        // A platform owner belongs to no restaurant (the table's check).
        Row(.users, [.int(id), restaurant, .null, .text(email), .text("hash"), .text("Ana"), .text("Ruiz"), .null,
                     .text(restaurant == .null ? "platform_owner" : "server"), .boolean(true), .null, created, .null])
    }

    /// Users whose indexed columns hold NULLs, negative and large integers, integers in text
    /// affinity, keys shared by many rows, and text of many lengths, some ending where others
    /// go on; a few rows out of id order.
    static let users: [Row] = {
        var random = RandomStream(seed: 11)
        let ids = Array(1...6_000) + [9_000, 7_500, 8_200]
        return ids.map { id in
            let restaurant: SQLValue = switch id % 7 {
            case 0: .null
            case 1: .int(-random.int(in: 1...1_000))
            case 2: .int(random.int(in: 1...3) << 40)
            default: .int(random.int(in: 1...40))
            }
            let email = String(repeating: "x", count: random.int(in: 0...30)) + "\(id % 1_000)@example.com"
            let created: SQLValue = id % 11 == 0 ? .null
                : .timestamp(Timestamp(day: Day(year: 2024, month: 1 + id % 12, day: 1 + id % 28)!,
                                       time: TimeOfDay(hour: id % 24, minute: id % 60)!))
            return user(id, restaurant: restaurant, email: "\(id)." + email, created: created)
        }
    }()

    /// Each index of users, read in its own order: the covering scan SQLite does for it.
    static let indexScans = """
        SELECT email, id FROM users INDEXED BY users_email_key ORDER BY email;
        SELECT email, id FROM users INDEXED BY idx_users_email ORDER BY email;
        SELECT restaurant_id, id FROM users INDEXED BY idx_users_restaurant_id ORDER BY restaurant_id;
        SELECT created_at, id FROM users INDEXED BY idx_users_created_at ORDER BY created_at;
        PRAGMA integrity_check;
        """

    /// The same rows written by the sink (small pages, so the indexes are three levels deep)
    /// and loaded by `sqlite3` from the script; returns what the sink left to SQLite.
    private func compareWithScript(_ rows: [Row], configure: (SQLiteSink) -> Void = { _ in },
                                   after: (SQLiteSink) -> Void = { _ in }) throws -> [String] {
        try SinkFixture.withDirectAndLoaded(rows, configure: configure) { sink, direct, loaded throws in
            let scans = try SinkFixture.sqlite3(direct, script: Self.indexScans)
            #expect(scans == (try SinkFixture.sqlite3(loaded, script: Self.indexScans)))
            #expect(scans.hasSuffix("\nok\n"))
            let depth = try SinkFixture.sqlite3(direct, script: """
                SELECT max(length(path) - length(replace(path, '/', ''))) FROM dbstat WHERE name = 'idx_users_created_at';
                """)
            #expect(Int(depth.trimmingCharacters(in: .newlines)).map { $0 >= 2 } == true, "depth: \(depth)")
            after(sink)
            return sink.indexesLeftToSQLite
        }
    }

    @Test("indexes written from the rows are SQLite's own: the same entries in the same order, three levels deep, and integrity_check passes")
    func indexesMatchCreateIndex() throws {
        #expect(try compareWithScript(Self.users) == [])
    }

    @Test("an index whose keys hold a real or overflow their page is left to SQLite, and the file is the same")
    func awkwardKeysAreLeftToSQLite() throws {
        var rows = Self.users
        rows[10] = Self.user(11, restaurant: SinkFixture.decimal("1.5"), email: "11@example.com", created: .null)
        rows[20] = Self.user(21, restaurant: .int(3), email: String(repeating: "long", count: 40) + "@example.com", created: .null)
        #expect(Set(try compareWithScript(rows)) == ["users_email_key", "idx_users_email", "idx_users_restaurant_id"])
    }

    @Test("past the memory budget, the largest indexes' entries go to temporary files in sorted runs, merged at commit, and the file is the same")
    func budgetSpillsSortedRuns() throws {
        var spilled: [String] = []
        let left = try compareWithScript(Self.users) { $0.indexBudget = 100_000 } after: { spilled = $0.indexesSpilled }
        #expect(left == [])
        #expect(Set(spilled).isSuperset(of: ["users_email_key", "idx_users_email"]), "\(spilled)")
    }

    @Test("a unique key twice is found across spilled runs too")
    func uniqueKeysAcrossRuns() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let database = directory.appendingPathComponent("demo.sqlite")
            var rows = Self.users
            rows[5_000] = Self.user(5_001, restaurant: .int(3), email: "1.x@example.com", created: .null)
            rows[0] = Self.user(1, restaurant: .int(3), email: "1.x@example.com", created: .null)
            let sink = SQLiteSink(path: database.path, replace: false)
            sink.indexBudget = 50_000
            let error = #expect(throws: SinkError.self) { try SinkFixture.load(rows, into: sink) }
            guard case .sqlite(let code, let message, _)? = error else {
                Issue.record("expected a SQLite error, got \(String(describing: error))")
                return
            }
            #expect(code == 2067 && message == "UNIQUE constraint failed: users.email")
            #expect(try SinkFixture.fileNames(in: directory) == [])
        }
    }

    @Test("a unique key twice fails the commit as CREATE UNIQUE INDEX does, but keys with a NULL never collide")
    func uniqueKeys() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let database = directory.appendingPathComponent("demo.sqlite")
            let restaurant = { (id: Int, platform: SQLValue, slug: String) in
                Row(.restaurants, [.int(id), platform, .text("R\(id)"), .text(slug)]
                    + Array(repeating: SQLValue.null, count: Schema.builtIn.table(.restaurants).columns.count - 4))
            }
            try SinkFixture.load([restaurant(1, .null, "same"), restaurant(2, .null, "same"), restaurant(3, .int(1), "same")],
                                 into: SQLiteSink(path: database.path, replace: false))
            #expect(try SinkFixture.sqlite3(database, script: "SELECT count(*) FROM restaurants INDEXED BY restaurants_platform_id_slug_key WHERE platform_id IS NULL;") == "2\n")

            let again = directory.appendingPathComponent("again.sqlite")
            let error = #expect(throws: SinkError.self) {
                try SinkFixture.load([restaurant(1, .int(1), "same"), restaurant(2, .int(2), "same"), restaurant(3, .int(1), "same")],
                                     into: SQLiteSink(path: again.path, replace: false))
            }
            guard case .sqlite(let code, let message, let statement)? = error else {
                Issue.record("expected a SQLite error, got \(String(describing: error))")
                return
            }
            #expect(code == 2067)
            #expect(message == "UNIQUE constraint failed: restaurants.platform_id, restaurants.slug")
            #expect(statement == "CREATE UNIQUE INDEX restaurants_platform_id_slug_key ON restaurants (platform_id, slug);")
            #expect(try SinkFixture.fileNames(in: directory) == ["demo.sqlite"])
        }
    }
}

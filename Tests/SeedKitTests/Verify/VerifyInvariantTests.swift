import Foundation
import Testing
@testable import SeedKit

/// `Verifier` on real SQLite files: a small consistent world passes, and each way of breaking it
/// fails exactly the invariant it breaks.
@Suite struct VerifyInvariantTests {
    @Test("the catalogue names the invariants of Docs/invariants.md, in its order")
    func catalogueFollowsTheDocument() throws {
        let document = try String(contentsOfFile: Repository.root.appendingPathComponent("Docs/invariants.md").path, encoding: .utf8)
        let names = document.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `") else { return nil }
            return String(line.dropFirst(3).prefix { $0 != "`" })
        }
        #expect(Invariants.all.map(\.name) == names)
    }

    @Test("every invariant of the catalogue has a way to break it in the tests")
    func everyInvariantIsBroken() {
        #expect(Set(Breakage.all.map(\.invariant)) == Set(Invariants.all.map(\.name)))
    }

    @Test("every invariant holds on the consistent world")
    func consistentWorldPasses() throws {
        try VerifyFixture.withSQLite { path in
            let report = try Verifier().verify(SQLiteReader(path: path))
            #expect(VerifyFixture.failures(report) == [])
            #expect(report.text == "verify: all 28 invariants hold (rows checked: \(VerifyFixture.rowCount))")
        }
    }

    @Test("a world whose history ends now holds: an open order on the latest day, unpaid, and staff clocked in, on a break")
    func openNowPasses() throws {
        // Restaurant 2's order 10 still on the table; employee 2 still on shift, on a break since 22:30.
        let statements = """
            UPDATE orders SET status = 'ready', updated_at = '2025-03-03 20:05:00' WHERE id = 10;
            UPDATE time_tracking SET clock_out = NULL, total_hours = NULL, total_pay = NULL, status = 'active',
                                     break_start = '2025-03-03 22:30:00' WHERE id = 5;
            """
        try VerifyFixture.withSQLite(breaking: statements) { path in
            let report = try Verifier().verify(SQLiteReader(path: path))
            #expect(VerifyFixture.failures(report) == [])
        }
    }

    @Test("breaking the world one way fails exactly that invariant", arguments: Breakage.all)
    func breakage(_ breakage: Breakage) throws {
        try VerifyFixture.withSQLite(breaking: breakage.sql) { path in
            let report = try Verifier().verify(SQLiteReader(path: path))
            #expect(VerifyFixture.failures(report) == ["\(breakage.invariant): \(breakage.count)"])
            #expect(report.text.hasSuffix("verify: 28 invariants, 1 failed"))
        }
    }

    @Test("a failure prints its name, count, the first five ids and what is wrong")
    func failureLine() throws {
        try VerifyFixture.withSQLite(breaking: "UPDATE order_items SET unit_price = unit_price + 0.01") { path in
            let report = try Verifier().verify(SQLiteReader(path: path))
            #expect(report.text == """
                FAIL order_item_total: 13 order items (ids 1, 2, 3, 4, 5, …): total_price is not quantity × unit_price, \
                or quantity is below 1
                verify: 28 invariants, 1 failed
                """)
        }
        try VerifyFixture.withSQLite(breaking: "DELETE FROM daily_reports WHERE id IN (2, 4)") { path in
            let report = try Verifier().verify(SQLiteReader(path: path))
            #expect(report.failures.map(\.line) == [
                "FAIL daily_report_for_each_trading_day: 2 trading days (restaurant 1 on 2025-02-02, restaurant 2 on 2025-03-03): "
                    + "a restaurant has orders on a day without a daily report",
            ])
        }
    }

    @Test("several broken invariants are each reported, in the document's order")
    func severalFailures() throws {
        let statements = "UPDATE orders SET items_count = 9 WHERE id = 1; UPDATE platforms SET total_restaurants = 5"
        try VerifyFixture.withSQLite(breaking: statements) { path in
            let report = try Verifier().verify(SQLiteReader(path: path))
            #expect(VerifyFixture.failures(report) == ["order_items_count: 1", "platform_rollups: 1"])
            #expect(report.text.hasSuffix("\nverify: 28 invariants, 2 failed"))
        }
    }

    @Test("a database without some of the schema's tables or columns is refused, saying which")
    func foreignSchema() throws {
        try VerifyFixture.withSQLite(breaking: "DROP TABLE daily_reports; ALTER TABLE orders DROP COLUMN items_count") { path in
            #expect(throws: VerificationError.notSeedKitSchema(missingTables: ["daily_reports"], missingColumns: ["orders.items_count"])) {
                try Verifier().verify(SQLiteReader(path: path))
            }
        }
    }

    @Test("the SQLite reader never creates or changes the file")
    func readOnly() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("seedkit-missing-\(UUID().uuidString).db").path
        #expect(throws: VerificationError.cannotOpen("cannot open \(missing): no such file")) { try SQLiteReader(path: missing) }
        #expect(!FileManager.default.fileExists(atPath: missing))
        try VerifyFixture.withSQLite { path in
            let reader = try SQLiteReader(path: path)
            #expect(throws: VerificationError.self) { try reader.rows("DELETE FROM orders") }
            #expect(try reader.rows("SELECT COUNT(*) FROM orders") == [["10"]])
        }
    }
}

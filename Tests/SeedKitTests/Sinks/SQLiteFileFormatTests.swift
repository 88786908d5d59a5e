import Foundation
import Testing
@testable import SeedKit

/// The SQLite target writes table pages itself: what it writes must be what SQLite's own
/// `INSERT`s would store, value for value, in a file SQLite finds sound.
@Suite struct SQLiteFileFormatTests {
    @Test("decimals become the very integers and reals SQLite makes of their text in a numeric column")
    func decimalsMatchSQLite() {
        var mismatches: [String] = []
        func check(_ decimal: FixedDecimal) {
            var text: [UInt8] = []
            text.appendDecimal(decimal)
            let mine = SQLiteNumber.fromDecimal(decimal)
            let sqlites = text.withUnsafeBufferPointer(SQLiteNumber.fromText)
            if let mine, mine != sqlites || bits(mine) != bits(sqlites) {
                mismatches.append("\(decimal): \(mine) against SQLite's \(sqlites)")
            }
        }
        for scale in 1...4 {
            for units in Int64(-20_000)...20_000 { check(FixedDecimal(units: units, scale: scale)) }
        }
        var random = RandomStream(seed: 13)
        for _ in 0..<20_000 {
            let units = Int64(random.int(in: 0...99_999_999_999_999)) * (random.int(in: 0...1) == 0 ? 1 : -1)
            check(FixedDecimal(units: units, scale: random.int(in: 1...4)))
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(SQLiteNumber.fromDecimal(FixedDecimal(units: 1250, scale: 2)) == .real(12.5))
        #expect(SQLiteNumber.fromDecimal(FixedDecimal(units: 400, scale: 2)) == .integer(4))
    }

    @Test("text is taken for a number exactly when SQLite reads it as one", arguments: [
        "12", " 3.5 ", "1e3", "-0", ".5", "5.", "+7", "1E-2", "abc", "2024-03-01", "12:30:00", "1e", "+", "", " ", "0x10",
        "2024-03-01 18:30:00", "1,5", "١٢",
    ])
    func numericTextIsFound(text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { bytes in
            #expect(SQLiteNumber.mayReadAsNumber(bytes) == (SQLiteNumber.fromText(bytes) != .text))
        }
    }

    @Test("the declared types have the affinities SQLite gives them, and none is BLOB or REAL")
    func affinities() {
        for table in Schema.builtIn.tables {
            for column in table.columns {
                let name = column.type.sqliteName.uppercased()
                #expect(!["BLOB", "REAL", "FLOA", "DOUB"].contains { name.contains($0) }, "\(table.name.rawValue).\(column.name)")
            }
        }
        #expect(SQLiteAffinity(.varchar(10)) == .text)
        #expect(SQLiteAffinity(.jsonb) == .text)
        #expect(SQLiteAffinity(.serial) == .integer)
        #expect(SQLiteAffinity(.timestamp) == .numeric)
        #expect(SQLiteAffinity(.decimal(precision: 10, scale: 2)) == .numeric)
    }

    @Test("a table three levels deep, with rows that overflow their pages, reads back as SQLite's own inserts and passes integrity_check")
    func deepTreesAndOverflow() throws {
        var random = RandomStream(seed: 7)
        let rows = (1...12_000).map { id in
            let length = id % 97 == 0 ? random.int(in: 500...3_000) : random.int(in: 0...60)
            let name = String(repeating: "é", count: length / 2) + String(repeating: "x", count: length % 2)
            return SinkFixture.supplier(id * 3, name, phone: id % 5 == 0 ? .int(id) : .text("0161 496 0\(id % 1000)"))
        }
        try SinkFixture.withDirectAndLoaded(rows) { _, direct, loaded throws in
            #expect(try SinkFixture.dump(direct) == SinkFixture.dump(loaded))
            #expect(try SinkFixture.sqlite3(direct, script: "PRAGMA integrity_check;") == "ok\n")
            let pages = try SinkFixture.sqlite3(direct, script: """
                SELECT pagetype, count(*) FROM dbstat WHERE name = 'suppliers' GROUP BY pagetype ORDER BY pagetype;
                SELECT max(length(path) - length(replace(path, '/', ''))) FROM dbstat WHERE name = 'suppliers';
                """).split(separator: "\n")
            #expect(pages.count == 4 && pages[0].hasPrefix("internal|") && pages[1].hasPrefix("leaf|") && pages[2].hasPrefix("overflow|"),
                    "\(pages)")
            #expect(pages.last.flatMap { Int($0) }.map { $0 >= 3 } == true, "depth: \(pages)")
        }
    }

    @Test("a file past 1 GiB leaves the page at 1 GiB, where SQLite keeps its locks, out of every table")
    func lockBytePage() throws {
        let name = String(repeating: "a long supplier name ", count: 150)  // 3,150 bytes: one row a page
        let rows = (1...345_000).map { SinkFixture.supplier($0, name) }
        try SinkFixture.withTemporaryDirectory { directory throws in
            let database = directory.appendingPathComponent("big.sqlite")
            try SinkFixture.load(rows, into: SQLiteSink(path: database.path, replace: false))
            #expect(try FileManager.default.attributesOfItem(atPath: database.path)[.size] as? Int ?? 0 > 1 << 30)
            #expect(try SinkFixture.sqlite3(database, script: "PRAGMA quick_check; SELECT count(*), max(id) FROM suppliers;")
                    == "ok\n345000|345000\n")
        }
    }

    @Test("rows out of id order are inserted by SQLite after the pages, and arrive as from the script")
    func rowsOutOfOrder() throws {
        let rows = [5, 9, 3, 7, 12, 1].map { SinkFixture.supplier($0, "supplier \($0)") }
        try SinkFixture.withTemporaryDirectory { directory throws in
            let direct = directory.appendingPathComponent("direct.sqlite")
            let script = directory.appendingPathComponent("script.sql")
            let loaded = directory.appendingPathComponent("loaded.sqlite")
            try SinkFixture.load(rows, into: SQLiteSink(path: direct.path, replace: false))
            try SinkFixture.load(rows, into: SQLFileSink(path: script.path, dialect: .sqlite, replace: false))
            try SinkFixture.sqlite3(loaded, inputPath: script.path)
            #expect(try SinkFixture.dump(direct) == SinkFixture.dump(loaded))
            #expect(try SinkFixture.sqlite3(direct, script: "SELECT group_concat(id, ' ') FROM suppliers; PRAGMA integrity_check;")
                    == "1 3 5 7 9 12\nok\n")
        }
    }

    private func bits(_ stored: SQLiteNumber.Stored) -> UInt64? {
        if case .real(let value) = stored { value.bitPattern } else { nil }
    }
}

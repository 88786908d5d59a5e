import Foundation
import Testing
@testable import SeedKit

@Suite struct SQLFileSinkTests {
    private func script(_ dialect: SQLDialect, _ rows: [Row], in directory: URL, name: String = "demo.sql") throws -> String {
        let path = directory.appendingPathComponent(name).path
        try SinkFixture.load(rows, into: SQLFileSink(path: path, dialect: dialect, replace: false))
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test("identical rows give byte-identical files", arguments: SQLDialect.allCases)
    func deterministic(dialect: SQLDialect) throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let first = try script(dialect, SinkFixture.awkwardRows, in: directory, name: "one.sql")
            let second = try script(dialect, SinkFixture.awkwardRows, in: directory, name: "two.sql")
            #expect(Data(first.utf8) == Data(second.utf8))
            #expect(first.hasSuffix("COMMIT;\n"))
        }
    }

    @Test("PostgreSQL data goes in one COPY block per table, however its rows were interleaved, in one transaction")
    func postgresCopyBlocks() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let text = try script(.postgres, SinkFixture.awkwardRows, in: directory)
            let columns = Schema.builtIn.table(.suppliers).columnNames.joined(separator: ", ")
            #expect(text.contains("SET standard_conforming_strings = on;\n"))
            #expect(text.components(separatedBy: "\nBEGIN;\n").count == 2)
            #expect(text.contains("""
                COPY suppliers (\(columns)) FROM stdin;
                1\t\\N\tO'Brien's\t\\N\ts1@example.com\t\\N\t1 Main St\\nLondon\t\tt\t2024-03-01 09:30:00\t\\N
                2\t\\N\tback\\\\slash\t\\N\ts2@example.com\t12345\t1 Main St\\nLondon\t\tt\t2024-03-01 09:30:00\t\\N
                """))
            #expect(text.components(separatedBy: "COPY suppliers (").count - 1 == 1)
            #expect(text.components(separatedBy: "\\.\n").count - 1 == 4)
            #expect(text.contains("    PERFORM pg_catalog.setval('suppliers_id_seq', 6, true);"))
            #expect(text.contains("    PERFORM pg_catalog.setval('shifts_id_seq', 7, true);"))
            #expect(text.contains("    PERFORM pg_catalog.setval('orders_id_seq', 1, false);"))
            let keys = try #require(text.range(of: "ALTER TABLE ONLY platforms ADD PRIMARY KEY (id);"))
            let lastCopy = try #require(text.range(of: "COPY ", options: .backwards))
            #expect(lastCopy.upperBound < keys.lowerBound)
        }
    }

    @Test("SQLite data goes in multi-row INSERTs of at most 500 rows")
    func sqliteBatches() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let rows = (1...1001).map { SinkFixture.supplier($0, "Supplier \($0)") }
            let text = try script(.sqlite, rows, in: directory)
            #expect(text.components(separatedBy: "INSERT INTO suppliers (").count - 1 == 3)
            #expect(text.contains("\n(500,NULL,'Supplier 500',NULL,'s500@example.com',NULL,'1 Main St\nLondon','',1,'2024-03-01 09:30:00',NULL);\n"))
            let database = directory.appendingPathComponent("demo.sqlite")
            try SinkFixture.sqlite3(database, inputPath: directory.appendingPathComponent("demo.sql").path)
            #expect(try SinkFixture.sqlite3(database, script: "SELECT count(*), max(id) FROM suppliers;") == "1001|1001\n")
        }
    }
}

import Foundation
import Testing
@testable import SeedKit

/// Hand-made rows and helpers shared by the sink tests: temporary directories and the real
/// `sqlite3` shell.
enum SinkFixture {
    static let created = Timestamp(day: Day(year: 2024, month: 3, day: 1)!, time: TimeOfDay(hour: 9, minute: 30)!)

    static func decimal(_ text: String, scale: Int = 2) -> SQLValue {
        .decimal(FixedDecimal(parsing: text, scale: scale)!)
    }

    static func platform(_ id: Int, _ name: String, slug: String, revenue: String) -> Row {
        Row(.platforms, [.int(id), .text(name), .text(slug), .text("owner\(id)@example.com"),
                         .timestamp(created), .null, .boolean(id == 1), .int(3), decimal(revenue)])
    }

    static func supplier(_ id: Int, _ name: String, phone: SQLValue = .null, active: Bool = true) -> Row {
        Row(.suppliers, [.int(id), .null, .text(name), .null, .text("s\(id)@example.com"), phone,
                         .text("1 Main St\nLondon"), .text(""), .boolean(active), .timestamp(created), .null])
    }

    /// Rows with every kind of value and awkward text, arriving in interleaved runs of tables.
    static let awkwardRows: [Row] = [
        platform(1, "Taquería Ñandú", slug: "nandu", revenue: "1234567890.12"),
        supplier(1, "O'Brien's"),
        supplier(2, #"back\slash"#, phone: .text("12345")),
        supplier(3, "tab\there", active: false),
        supplier(4, "new\nline"),
        Row(.subscriptionPlans, [.int(1), .int(1), .text("basic"), decimal("4.00"), decimal("-0.05"), decimal("0.00"),
                                 .null, .json(#"{"pos":true,"note":"a\"b\\c\n"}"#), .boolean(false), .timestamp(created)]),
        platform(2, "Second", slug: "second", revenue: "12.50"),
        supplier(5, "🌮 Taco Co"),
        supplier(6, "cr\r\nlf\u{8}\u{c}\u{b}\u{1} and a lone \r"),
        Row(.shifts, [.int(7), .null, .null, .null, .date(Day(year: 2024, month: 2, day: 29)!),
                      .time(TimeOfDay(hour: 0, minute: 5)!), .time(TimeOfDay(hour: 23, minute: 59, second: 59)!),
                      .int(-30), .text("cook"), .null, decimal("10.5"), .null, .text("  spaced  "), .timestamp(created), .null]),
    ]

    /// Writes `rows` through `sink`: open, write each, commit.
    static func load(_ rows: [Row], into sink: some RowSink) throws {
        try sink.open(schema: .builtIn)
        for row in rows { try sink.write(row) }
        try sink.commit()
    }

    /// A new empty directory; removed by `body`'s end.
    static func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("seedkit-sinks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }

    /// `rows` written twice in a temporary directory: by ``SQLiteSink`` with 512-byte pages (so
    /// its trees are several levels deep; `configure` may set more), and by `sqlite3` from the
    /// sink's SQLite SQL file. `body` gets the sink and both files, `direct` and `loaded`.
    static func withDirectAndLoaded<T>(_ rows: [Row], configure: (SQLiteSink) -> Void = { _ in },
                                       _ body: (_ sink: SQLiteSink, _ direct: URL, _ loaded: URL) throws -> T) throws -> T {
        try withTemporaryDirectory { directory throws in
            let direct = directory.appendingPathComponent("direct.sqlite")
            let script = directory.appendingPathComponent("script.sql")
            let loaded = directory.appendingPathComponent("loaded.sqlite")
            let sink = SQLiteSink(path: direct.path, replace: false)
            sink.pageSize = 512
            configure(sink)
            try load(rows, into: sink)
            try load(rows, into: SQLFileSink(path: script.path, dialect: .sqlite, replace: false))
            try sqlite3(loaded, inputPath: script.path)
            return try body(sink, direct, loaded)
        }
    }

    /// Runs the `sqlite3` shell on `database` with `script` (or `.read` of the file at
    /// `inputPath`) and returns standard output; the test fails if the shell reports an error.
    @discardableResult
    static func sqlite3(_ database: URL, script: String? = nil, inputPath: String? = nil,
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        var file = inputPath
        if file == nil {
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("seedkit-\(UUID().uuidString).sql")
            try Data((script ?? "").utf8).write(to: scratch)
            file = scratch.path
        }
        defer { if inputPath == nil, let file { try? FileManager.default.removeItem(atPath: file) } }
        let output = try ProcessRunner.capture("sqlite3", ["-bail", database.path, ".read '\(file!)'"])
        #expect(output.status == 0 && output.stderr.isEmpty, "sqlite3 failed: \(output.stderr)", sourceLocation: sourceLocation)
        return output.stdout
    }

    /// Every row of every table in a SQLite database, each column as `typeof:quote(value)`.
    static func dump(_ database: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let queries = Schema.builtIn.tables.map { table in
            let columns = table.columnNames.map { "typeof(\($0))||':'||quote(\($0))" }.joined(separator: "||' | '||")
            return "SELECT '\(table.name.rawValue): '||\(columns) FROM \(table.name.rawValue) ORDER BY id;"
        }
        return try sqlite3(database, script: queries.joined(separator: "\n"), sourceLocation: sourceLocation)
    }

    /// The names of the files in `directory`, hidden ones included.
    static func fileNames(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }
}

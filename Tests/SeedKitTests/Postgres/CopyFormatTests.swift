import Testing
@testable import SeedKit

/// Binary COPY stores exactly what COPY text stores, checked on the real server for every
/// column type SeedKit writes and the awkward values of each.
@Suite struct CopyFormatTests {
    private static let types: [(name: String, type: ColumnType)] = [
        ("id", .serial), ("n", .integer), ("amount", .decimal(precision: 12, scale: 2)),
        ("quantity", .decimal(precision: 10, scale: 3)), ("rate", .decimal(precision: 5, scale: 4)),
        ("label", .varchar(40)), ("note", .text), ("flag", .boolean), ("day", .date), ("at", .time),
        ("stamp", .timestamp), ("details", .jsonb),
    ]

    private static func row(_ id: Int, _ values: [SQLValue]) -> [SQLValue] { [.integer(Int64(id))] + values }
    private static func decimal(_ text: String, _ scale: Int) -> SQLValue { .decimal(FixedDecimal(parsing: text, scale: scale)!) }
    private static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    private static let rows: [[SQLValue]] = [
        row(1, [.integer(0), decimal("0", 2), decimal("0", 3), decimal("0", 4), .text(""), .text(""), .boolean(false),
                .date(day(2000, 1, 1)), .time(TimeOfDay(secondsSinceMidnight: 0)),
                .timestamp(Timestamp(day: day(2000, 1, 1), time: TimeOfDay(secondsSinceMidnight: 0))), .json("{}")]),
        row(2, [.integer(Int64(Int32.max)), decimal("9999999999.99", 2), decimal("1234567.891", 3), decimal("0.0001", 4),
                .text("O'Brien \"🌮\" é"), .text("tab\there\\back\nline \\N"), .boolean(true),
                .date(day(1999, 12, 31)), .time(TimeOfDay(secondsSinceMidnight: 86_399)),
                .timestamp(Timestamp(day: day(1970, 1, 1), time: TimeOfDay(secondsSinceMidnight: 1))),
                .json(#"{"a":[1,"é\n",null,true],"b":{"c":-0.5}}"#)]),
        row(3, [.integer(Int64(Int32.min)), decimal("-0.05", 2), decimal("-10000", 3), decimal("-1", 4),
                .text(String(repeating: "x", count: 40)), .null, .null, .date(day(2025, 6, 30)),
                .time(TimeOfDay(secondsSinceMidnight: 45_296)),
                .timestamp(Timestamp(day: day(2031, 2, 28), time: TimeOfDay(secondsSinceMidnight: 82_800))), .null]),
        row(4, [.null, decimal("10000.00", 2), decimal("0.001", 3), decimal("0.1", 4), .null, .text("ok"), .boolean(false),
                .null, .null, .null, .json("[]")]),
    ]

    private func load(_ connection: PostgresConnection, table: String, format: CopyFormat) throws {
        let columns = Self.types.map(\.name)
        try connection.execute("CREATE TABLE \(table) (" + Self.types.map { "\($0.name) \($0.type.postgresName)" }
            .joined(separator: ", ") + ")")
        let statement = PostgresConnection.copyStatement(table: table, columns: columns, format: format, freeze: false)
        var writer = ByteWriter()
        for row in Self.rows {
            switch format {
            case .text: CopyText.appendRow(row, to: &writer)
            case .binary: CopyBinary.appendRow(row, types: Self.types.map(\.type), to: &writer)
            }
        }
        let bytes = writer.bytes
        try connection.beginCopy(statement, format: format)
        try connection.sendCopyData(bytes, statement: statement)
        try connection.endCopy(statement: statement, format: format)
    }

    @Test("every value of every column type arrives the same through binary COPY as through COPY text")
    func binaryMatchesText() throws {
        let (_, _, uri) = try PostgresFixture.database()
        let connection = try PostgresConnection(uri)
        defer { connection.close() }
        try load(connection, table: "via_text", format: .text)
        try load(connection, table: "via_binary", format: .binary)
        let select = { (table: String) in
            try connection.execute("SELECT \(Self.types.map { "\($0.name)::text" }.joined(separator: ", ")) FROM \(table) ORDER BY id")
        }
        let text = try select("via_text")
        #expect(text.count == Self.rows.count)
        #expect(try select("via_binary") == text)
        #expect(text[2][2] == "-0.05" && text[3][2] == "10000.00" && text[1][4] == "0.0001")
    }
}

import Foundation
@testable import SeedKit

/// Every row of every table of a loaded database, in one canonical text form whatever the
/// engine: decimals with their scale, booleans as `true`/`false`, timestamps as
/// `YYYY-MM-DD HH:MM:SS`, JSON with sorted keys, `NULL` as nil. Two targets hold the same data
/// exactly when their snapshots are equal.
struct DatabaseSnapshot: Equatable {
    /// Rows by table, ordered by id; each row's columns in schema order.
    let tables: [TableName: [[String?]]]

    /// Reads a SQLite database through the `sqlite3` shell.
    static func sqlite(_ path: String) throws -> DatabaseSnapshot {
        try read { table in
            let sql = "SELECT \(fields(table, dialect: .sqlite)) FROM \(table.name.rawValue) ORDER BY id;"
            return try ProcessRunner.run("sqlite3", [path, sql]).stdout
        }
    }

    /// Reads a PostgreSQL database through `psql`.
    static func postgres(_ cluster: EphemeralPostgres, database: String) throws -> DatabaseSnapshot {
        try read { table in
            try cluster.psql(database: database, command:
                "SELECT \(fields(table, dialect: .postgres)) FROM \(table.name.rawValue) ORDER BY id")
        }
    }

    private static func read(_ query: (Table) throws -> String) throws -> DatabaseSnapshot {
        var tables: [TableName: [[String?]]] = [:]
        for table in Schema.builtIn.tables {
            let output = try query(table)
            let lines = output.split(separator: "\n").map(String.init)
            tables[table.name] = lines.map { line in
                zip(table.columns, line.split(separator: ",", omittingEmptySubsequences: false)).map { column, field in
                    field == "N" ? nil : canonical(decodeHex(field.dropFirst()), type: column.type)
                }
            }
        }
        return DatabaseSnapshot(tables: tables)
    }

    /// One `N` (NULL) or `x<hex of UTF-8 text>` per column, joined by commas, so no value can
    /// break the line format.
    private static func fields(_ table: Table, dialect: SQLDialect) -> String {
        let parts = table.columns.map { column -> String in
            let text = textExpression(column, dialect: dialect)
            return dialect == .sqlite
                ? "CASE WHEN \(column.name) IS NULL THEN 'N' ELSE 'x' || hex(\(text)) END"
                : "CASE WHEN \(column.name) IS NULL THEN 'N' ELSE 'x' || encode(convert_to(\(text), 'UTF8'), 'hex') END"
        }
        return parts.joined(separator: " || ',' || ")
    }

    private static func textExpression(_ column: Column, dialect: SQLDialect) -> String {
        let name = column.name
        switch (column.type, dialect) {
        case (.decimal(_, let scale), .sqlite): return "printf('%.\(scale)f', \(name))"
        case (.boolean, _): return "CASE WHEN \(name) THEN 'true' ELSE 'false' END"
        case (.timestamp, .postgres): return "to_char(\(name), 'YYYY-MM-DD HH24:MI:SS')"
        case (_, .sqlite): return "CAST(\(name) AS TEXT)"
        case (_, .postgres): return "\(name)::text"
        }
    }

    private static func decodeHex(_ hex: Substring) -> String {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func canonical(_ text: String, type: ColumnType) -> String {
        guard type == .jsonb, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]),
              let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed])
        else { return text }
        return String(decoding: data, as: UTF8.self)
    }

    /// The number of rows in every table.
    var rowCount: Int { tables.values.map(\.count).reduce(0, +) }
}

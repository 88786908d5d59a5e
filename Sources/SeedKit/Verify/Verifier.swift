/// Checks a database in SeedKit's schema against the invariants of `Docs/invariants.md`.
public struct Verifier: Sendable {
    /// How many example keys a failed invariant reports.
    public static let exampleLimit = 5

    /// The invariants checked, in the order they are reported.
    public let invariants: [Invariant]

    /// A verifier of `invariants` (by default, all of them).
    public init(invariants: [Invariant] = Invariants.all) {
        self.invariants = invariants
    }

    /// Checks that `database` has SeedKit's tables and columns, then runs every invariant.
    public func verify(_ database: some DatabaseReader) throws(VerificationError) -> VerificationReport {
        try checkSchema(database)
        let results = try invariants.map { invariant throws(VerificationError) in
            try check(invariant, in: database)
        }
        return VerificationReport(results: results, rowsChecked: try rowCount(database))
    }

    /// The number of rows breaking one invariant, with the first few keys (in id order).
    public func check(_ invariant: Invariant, in database: some DatabaseReader) throws(VerificationError) -> VerificationResult {
        let sql = """
            SELECT key, COUNT(*) OVER () AS violations
            FROM (SELECT DISTINCT CAST(key AS TEXT) AS key FROM (
            \(invariant.sql(for: database.dialect))
            ) AS found) AS violating
            ORDER BY LENGTH(key), key
            LIMIT \(Self.exampleLimit)
            """
        let rows = try database.rows(sql)
        let count = rows.first.flatMap { $0[1] }.flatMap { Int($0) } ?? 0
        return VerificationResult(invariant: invariant, count: count, examples: rows.map { $0[0] ?? "NULL" })
    }

    /// Throws ``VerificationError/notSeedKitSchema(missingTables:missingColumns:)`` unless every
    /// table and column of the built-in schema is there. Other tables and columns may be.
    public func checkSchema(_ database: some DatabaseReader) throws(VerificationError) {
        let sql = switch database.dialect {
        case .sqlite:
            "SELECT m.name, c.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c "
                + "WHERE m.type IN ('table', 'view')"
        case .postgres:
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
        }
        var present: [String: Set<String>] = [:]
        for row in try database.rows(sql) {
            guard let table = row[0]?.lowercased(), let column = row[1]?.lowercased() else { continue }
            present[table, default: []].insert(column)
        }
        var missingTables: [String] = []
        var missingColumns: [String] = []
        for table in Schema.builtIn.tables {
            let name = table.name.rawValue
            guard let columns = present[name] else {
                missingTables.append(name)
                continue
            }
            missingColumns += table.columnNames.filter { !columns.contains($0) }.map { "\(name).\($0)" }
        }
        if !missingTables.isEmpty || !missingColumns.isEmpty {
            throw .notSeedKitSchema(missingTables: missingTables, missingColumns: missingColumns)
        }
    }

    /// The rows in the schema's tables, all of which some invariant reads or could read.
    private func rowCount(_ database: some DatabaseReader) throws(VerificationError) -> Int {
        let counts = Schema.builtIn.tables.map { "SELECT COUNT(*) AS n FROM \($0.name.rawValue)" }
        let sql = "SELECT SUM(n) FROM (\(counts.joined(separator: " UNION ALL "))) AS counts"
        return try database.rows(sql).first?.first.flatMap { $0 }.flatMap { Int($0) } ?? 0
    }
}

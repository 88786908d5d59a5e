extension OutputTarget {
    /// The database `seedkit verify TARGET` reads: a PostgreSQL connection (a `postgres://`
    /// URI, a libpq `key=value` string, or `postgres` for `$DATABASE_URL`, as for `--out`), else
    /// a SQLite file whatever its extension. A `.sql` script is refused: it has to be loaded first.
    public static func verificationTarget(
        _ text: String, environment: [String: String]
    ) throws(VerificationTargetError) -> OutputTarget {
        let lowered = text.lowercased()
        if lowered == "postgres" || lowered == "postgresql" {
            guard let url = environment["DATABASE_URL"], !url.isEmpty else { throw .missingDatabaseURL }
            return .postgres(connection: url)
        }
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") || text.contains("=") {
            return .postgres(connection: text)
        }
        if lowered.hasSuffix(".sql") { throw .sqlScript(path: text) }
        return .sqliteFile(path: text)
    }
}

/// `seedkit verify TARGET` names nothing it can read.
public enum VerificationTargetError: Error, Equatable, CustomStringConvertible {
    case sqlScript(path: String)
    case missingDatabaseURL

    public var description: String {
        switch self {
        case .sqlScript(let path):
            "\(path) is a SQL script: load it into a database (sqlite3 or psql) and verify the database"
        case .missingDatabaseURL:
            "verify postgres takes its connection from DATABASE_URL, which is not set"
        }
    }
}

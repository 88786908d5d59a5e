extension OutputTarget {
    /// The database `seedkit verify TARGET` reads: a PostgreSQL connection (a `postgres://`
    /// URI, a libpq `key=value` string, or `postgres` for `$DATABASE_URL`, as for `--out`), else
    /// a SQLite file whatever its extension. A `.sql` script is refused: it has to be loaded first.
    public static func verificationTarget(
        _ text: String, environment: [String: String]
    ) throws(VerificationTargetError) -> OutputTarget {
        switch postgresConnection(named: text, environment: environment) {
        case .some(.some(let connection)): return .postgres(connection: connection)
        case .some(.none): throw .missingDatabaseURL
        case .none: break
        }
        if text.lowercased().hasSuffix(".sql") { throw .sqlScript(path: text) }
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

/// Where `seedkit generate` writes, decided by the form of `--out`.
public enum OutputTarget: Equatable, Sendable {
    /// A SQLite database file (`.sqlite`, `.sqlite3`, `.db`).
    case sqliteFile(path: String)
    /// A SQL script for `psql -f` or `sqlite3`.
    case sqlFile(path: String, dialect: SQLDialect)
    /// A PostgreSQL database: a `postgres://` URI or a libpq `key=value` connection string.
    case postgres(connection: String)

    /// The target for `--out` (or the scenario's default SQLite file when absent).
    ///
    /// - Parameter environment: consulted only for `--out postgres`, which means `$DATABASE_URL`.
    public static func resolve(
        out: String?, dialect: SQLDialect?, scenarioName: String, environment: [String: String]
    ) throws(OutputTargetError) -> OutputTarget {
        guard let out else {
            if dialect != nil { throw .dialectWithoutSQLFile }
            return .sqliteFile(path: "Output/\(scenarioName).sqlite")
        }
        switch postgresConnection(named: out, environment: environment) {
        case .some(.some(let connection)): return try postgres(connection, dialect: dialect)
        case .some(.none): throw .missingDatabaseURL
        case .none: break
        }
        let lowered = out.lowercased()
        if lowered.hasSuffix(".sql") {
            guard let dialect else { throw .sqlFileWithoutDialect(path: out) }
            return .sqlFile(path: out, dialect: dialect)
        }
        if [".sqlite", ".sqlite3", ".db"].contains(where: lowered.hasSuffix) {
            if dialect != nil { throw .dialectWithoutSQLFile }
            return .sqliteFile(path: out)
        }
        throw .unrecognised(out)
    }

    /// The PostgreSQL connection a target names, the same for `--out` and `verify`: a
    /// `postgres://` URI or libpq `key=value` string as it is, `postgres` for `$DATABASE_URL`
    /// (`.some(nil)` when that is not set); `nil` when the text names no PostgreSQL database.
    static func postgresConnection(named text: String, environment: [String: String]) -> String?? {
        let lowered = text.lowercased()
        if lowered == "postgres" || lowered == "postgresql" {
            guard let url = environment["DATABASE_URL"], !url.isEmpty else { return .some(nil) }
            return url
        }
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") || text.contains("=") {
            return text
        }
        return nil
    }

    private static func postgres(_ connection: String, dialect: SQLDialect?) throws(OutputTargetError) -> OutputTarget {
        if dialect != nil { throw .dialectWithoutSQLFile }
        return .postgres(connection: connection)
    }

    /// A description for the summary line, never showing a password.
    public var summary: String {
        switch self {
        case .sqliteFile(let path): "SQLite database \(path)"
        case .sqlFile(let path, let dialect): "SQL file \(path) (\(dialect == .postgres ? "PostgreSQL" : "SQLite") dialect)"
        case .postgres(let connection): "PostgreSQL database \(PostgresAddress(connection: connection).summary)"
        }
    }
}

/// `--out` (with `--dialect`) does not name a target SeedKit can write.
public enum OutputTargetError: Error, Equatable, CustomStringConvertible {
    case unrecognised(String)
    case sqlFileWithoutDialect(path: String)
    case dialectWithoutSQLFile
    case missingDatabaseURL

    public var description: String {
        switch self {
        case .unrecognised(let out):
            "cannot tell what kind of target \"\(PasswordRedaction.redacting(out))\" is: a SQLite file ends in .sqlite or "
                + ".db, a SQL file in .sql, and a PostgreSQL database is a postgres:// URI"
        case .sqlFileWithoutDialect(let path):
            "\(path) is a SQL file, and nothing says which database will load it: postgres or sqlite"
        case .dialectWithoutSQLFile:
            "a SQL dialect applies only to a SQL file output"
        case .missingDatabaseURL:
            "the target postgres takes its connection from DATABASE_URL, which is not set"
        }
    }
}

/// Why SeedKit could not load a PostgreSQL database.
///
/// A load runs in one transaction, so whatever the error, the database is as it was. Messages
/// name the target as `user@host:port/database` and never show the connection's password.
public enum PostgresError: Error, Equatable, CustomStringConvertible {
    /// libpq could not connect: the server's message (with its SQLSTATE when the server refused
    /// the connection) or libpq's own, and what to do about it.
    case connectionFailed(target: String, sqlState: String?, message: String, advice: String)
    /// The connection string is neither a valid URI nor valid `key=value` pairs.
    case invalidConnectionString(message: String)
    /// The database already has some of SeedKit's tables, and replacing them was not asked for.
    case tablesExist(database: String, tables: [String])
    /// `--schema existing`: some of the tables already hold rows, and replacing them was not
    /// asked for.
    case tablesNotEmpty(database: String, tables: [String])
    /// `--schema existing`: tables or columns SeedKit must fill are missing, or the tables have
    /// required columns SeedKit cannot fill.
    case schemaMismatch(database: String, problems: [String])
    /// The server reported an error while running `statement`.
    case server(sqlState: String, message: String, detail: String?, hint: String?, context: String?, statement: String?)
    /// The connection broke, or libpq failed, without an error from the server.
    case connectionLost(message: String, statement: String?)
    /// The database's encoding is not UTF8, so it cannot store every character SeedKit writes.
    case unsupportedEncoding(database: String, encoding: String)

    /// Whether the error is the target being occupied by earlier data (`--replace` helps).
    public var isTargetOccupied: Bool {
        switch self {
        case .tablesExist, .tablesNotEmpty: true
        default: false
        }
    }

    public var description: String {
        switch self {
        case .connectionFailed(let target, let sqlState, let message, let advice):
            return "could not connect to PostgreSQL as \(target): \(message)\(Self.code(sqlState)); \(advice)"
        case .invalidConnectionString(let message):
            return "the PostgreSQL connection string is not valid: \(message); write a postgres://user@host:port/database "
                + "URI, or key=value pairs such as \"host=localhost dbname=app\""
        case .tablesExist(let database, let tables):
            return "the database \(database) already has SeedKit's tables (\(Self.list(tables)))"
        case .tablesNotEmpty(let database, let tables):
            return "SeedKit's tables in the database \(database) already hold rows (\(Self.list(tables)))"
        case .schemaMismatch(let database, let problems):
            return "the tables in the database \(database) lack what SeedKit must fill; run the application's "
                + "migrations, or let SeedKit create its own tables in an empty database:\n"
                + problems.map { "  " + $0 }.joined(separator: "\n")
        case .server(let sqlState, let message, let detail, let hint, let context, let statement):
            var text = "PostgreSQL refused the load: \(message)\(Self.code(sqlState)); "
                + Self.advice(sqlState: sqlState, statement: statement) + ". Nothing was changed."
            if let detail { text += "\n  detail: \(detail)" }
            // For a dependency, the server suggests CASCADE, which SeedKit deliberately never uses.
            if let hint, !hint.contains("CASCADE") { text += "\n  hint: \(hint)" }
            if let context { text += "\n  context: \(context.split(separator: "\n").first ?? "")" }
            if let statement { text += "\n  while running: \(Self.excerpt(statement))" }
            return text
        case .unsupportedEncoding(let database, let encoding):
            return "the database \(database) uses the \(encoding) encoding, and SeedKit writes UTF-8 text (names, "
                + "descriptions, £ and € signs) that \(encoding) cannot hold; load into a database created with "
                + "ENCODING 'UTF8' (createdb -E UTF8 -T template0 NAME). Nothing was changed."
        case .connectionLost(let message, let statement):
            if statement == "COMMIT" {
                return "lost the connection to PostgreSQL while committing: \(message); the load may or may not "
                    + "have been committed: check the database before loading again"
            }
            var text = "lost the connection to PostgreSQL: \(message); nothing was changed, try again"
            if let statement { text += "\n  while running: \(Self.excerpt(statement))" }
            return text
        }
    }

    /// What to do about a server error, judged by its SQLSTATE and the statement that failed.
    static func advice(sqlState: String, statement: String?) -> String {
        let statement = statement ?? ""
        let dependents = "other objects depend on SeedKit's tables, and SeedKit replaces only its own tables: "
            + "drop or change those objects first"
        switch sqlState {
        case "42501" where statement.contains("CREATE ROLE"):
            return "the user may not create the application role \(PostgresDDL.applicationRole): create it once as a "
                + "superuser (CREATE ROLE \(PostgresDDL.applicationRole) NOLOGIN) or grant the user CREATEROLE"
        case "42501":
            return "connect as a user with that privilege, such as the database's owner, or grant it "
                + "(e.g. GRANT CREATE ON SCHEMA public TO the user)"
        case "2BP01":
            return dependents
        case "0A000" where statement.hasPrefix("TRUNCATE"):
            return dependents
        case "42P07":
            return "an object with that name is in the way: drop it, or load into another database"
        case "3F000":
            return "there is no schema to create the tables in: set search_path to an existing schema"
        case "42P01", "42703":
            return "the tables are not what SeedKit expected: compare them with `seedkit schema --dialect postgres`"
        case "55P03" where statement.contains("pg_advisory_xact_lock") || statement.contains("pg_advisory_lock"):
            return "another SeedKit load into this database did not finish within the lock timeout: try again when it "
                + "has finished (PGOPTIONS='-c lock_timeout=…' waits longer)"
        case "22P05", "22021":
            return "the database's encoding cannot hold a character of the data: load into a database created with "
                + "ENCODING 'UTF8'"
        case "55P03", "40P01", "57014":
            return "another session is using these tables: try again when it has finished"
        default:
            break
        }
        switch sqlState.prefix(2) {
        case "23":
            return "the rows break a constraint: when filling the application's own tables, compare their constraints "
                + "with SeedKit's schema (`seedkit schema --dialect postgres`); otherwise please report this as a SeedKit bug"
        case "22":
            return "a value was not accepted: when filling the application's own tables, compare their column types "
                + "with SeedKit's schema (`seedkit schema --dialect postgres`); otherwise please report this as a SeedKit bug"
        case "53":
            return "the server ran out of resources (disk, memory or connections): free some and try again"
        case "08", "57":
            return "the server closed the connection: check that it is running, then try again"
        case "28":
            return "check the user name and password in the connection string"
        default:
            return "see the server's message"
        }
    }

    private static func code(_ sqlState: String?) -> String {
        sqlState.map { " (SQLSTATE \($0))" } ?? ""
    }

    /// At most five names, then how many more.
    private static func list(_ names: [String]) -> String {
        names.count <= 5 ? names.joined(separator: ", ") : names.prefix(5).joined(separator: ", ") + ", and \(names.count - 5) more"
    }

    /// The statement's first line, shortened: enough to recognise it.
    private static func excerpt(_ statement: String) -> String {
        let firstLine = statement.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? statement
        let short = firstLine.count > 200 ? firstLine.prefix(200) + "…" : firstLine
        return firstLine == statement.trimmingSuffixNewlines ? String(short) : short + " …"
    }
}

extension String {
    fileprivate var trimmingSuffixNewlines: String {
        var text = self[...]
        while text.last == "\n" { text = text.dropLast() }
        return String(text)
    }
}

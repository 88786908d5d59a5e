/// Why a database could not be verified (as opposed to a database that breaks invariants).
/// Messages name the target, never a connection's password.
public enum VerificationError: Error, Equatable, CustomStringConvertible {
    /// The target could not be opened (a missing file, a refused connection); the message says
    /// which and why.
    case cannotOpen(String)
    /// The target opened but is not a database at all (a text file given as SQLite).
    case notADatabase(String)
    /// The database lacks tables or columns of SeedKit's schema (names in schema order).
    case notSeedKitSchema(missingTables: [String], missingColumns: [String])
    /// `verify --migration`: the database is not a legacy database from `generate --schema legacy`
    /// (or is SQLite); these tables are missing.
    case notRehearsal(missingTables: [String])
    /// A query failed: the SQLite result code or PostgreSQL SQLSTATE, the message, the statement.
    case queryFailed(code: String, message: String, statement: String)

    public var description: String {
        switch self {
        case .cannotOpen(let message), .notADatabase(let message):
            return message
        case .notSeedKitSchema(let tables, let columns):
            let all = Schema.builtIn.tables.count
            if tables.count == all {
                return "not a SeedKit database: it has none of the \(all) tables of SeedKit's schema"
            }
            var parts: [String] = []
            if !tables.isEmpty { parts.append("missing tables " + tables.joined(separator: ", ")) }
            if !columns.isEmpty { parts.append("missing columns " + columns.joined(separator: ", ")) }
            return "not a SeedKit database: " + parts.joined(separator: "; ")
        case .notRehearsal(let tables):
            return "not a legacy database made by seedkit generate --schema legacy: missing tables " + tables.joined(separator: ", ")
        case .queryFailed(let code, let message, let statement):
            return "could not read the database: \(message) (\(code))\nwhile running: \(statement.prefix(500))"
        }
    }
}

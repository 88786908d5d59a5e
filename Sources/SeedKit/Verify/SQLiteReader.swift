internal import Foundation

/// A SQLite database file opened read-only for `seedkit verify`: nothing is ever written to it,
/// and a missing file is an error rather than a new empty database.
public final class SQLiteReader: DatabaseReader {
    /// The database file.
    public let path: String
    /// SQLite, always.
    public var dialect: SQLDialect { .sqlite }
    private let connection: SQLiteConnection

    /// Opens the database at `path` read-only and checks that it is a SQLite database.
    public init(path: String) throws(VerificationError) {
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .cannotOpen("cannot open \(path): no such file")
        }
        guard !isDirectory.boolValue else { throw .cannotOpen("cannot open \(path): it is a directory") }
        do {
            connection = try SQLiteConnection(path: path, readOnly: true)
        } catch {
            // The connection's message already names the file it could not open.
            let reason = Self.message(of: error).replacingOccurrences(of: "could not open \(path): ", with: "")
            throw .cannotOpen("cannot open \(path): \(reason)")
        }
        // SQLite reads the file lazily: the first query tells whether it is a database.
        do {
            _ = try connection.rows("SELECT COUNT(*) FROM sqlite_master")
        } catch SinkError.sqlite(let code, let message, _) where code & 0xFF == SQLiteConnection.notADatabase {
            throw .notADatabase("\(path) is not a SQLite database (\(message))")
        } catch {
            throw .cannotOpen("cannot read \(path): \(Self.message(of: error))")
        }
    }

    /// Runs one query; every value comes back as SQLite's text for it.
    public func rows(_ sql: String) throws(VerificationError) -> [[String?]] {
        do {
            return try connection.rows(sql)
        } catch SinkError.sqlite(let code, let message, _) {
            throw .queryFailed(code: "\(code)", message: message, statement: sql)
        } catch {
            throw .queryFailed(code: "error", message: "\(error)", statement: sql)
        }
    }

    private static func message(of error: any Error) -> String {
        if case SinkError.sqlite(_, let message, _) = error { return message }
        return "\(error)"
    }
}

internal import CSQLite3
internal import Foundation

/// A SQLite database file opened read-only for `seedkit verify`: nothing is ever written to it,
/// and a missing file is an error rather than a new empty database.
public final class SQLiteReader: DatabaseReader {
    /// The database file.
    public let path: String
    /// SQLite, always.
    public var dialect: SQLDialect { .sqlite }
    private var handle: OpaquePointer?

    /// Opens the database at `path` read-only and checks that it is a SQLite database.
    public init(path: String) throws(VerificationError) {
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .cannotOpen("cannot open \(path): no such file")
        }
        guard !isDirectory.boolValue else { throw .cannotOpen("cannot open \(path): it is a directory") }
        let code = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            close()
            throw .cannotOpen("cannot open \(path): \(message)")
        }
        sqlite3_extended_result_codes(handle, 1)
        // SQLite reads the file lazily: the first query tells whether it is a database.
        do {
            _ = try rows("SELECT COUNT(*) FROM sqlite_master")
        } catch .queryFailed(let code, let message, _) where code == "\(SQLITE_NOTADB)" {
            close()
            throw .notADatabase("\(path) is not a SQLite database (\(message))")
        } catch .queryFailed(_, let message, _) {
            close()
            throw .cannotOpen("cannot read \(path): \(message)")
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    /// Runs one query; every value comes back as SQLite's text for it.
    public func rows(_ sql: String) throws(VerificationError) -> [[String?]] {
        guard let handle else { preconditionFailure("the SQLite reader is closed") }
        var statement: OpaquePointer?
        try check(sqlite3_prepare_v2(handle, sql, -1, &statement, nil), sql)
        guard let statement else { preconditionFailure("an empty statement: \(sql)") }
        defer { sqlite3_finalize(statement) }
        let columns = sqlite3_column_count(statement)
        var rows: [[String?]] = []
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { return rows }
            try check(code, sql)
            rows.append((0..<columns).map { column in
                guard sqlite3_column_type(statement, column) != SQLITE_NULL,
                      let text = sqlite3_column_text(statement, column) else { return nil }
                return String(cString: text)
            })
        }
    }

    private func check(_ code: Int32, _ sql: String) throws(VerificationError) {
        guard code != SQLITE_OK && code != SQLITE_ROW && code != SQLITE_DONE else { return }
        let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
        let extended = handle.map { sqlite3_extended_errcode($0) } ?? code
        throw .queryFailed(code: "\(extended)", message: message, statement: sql)
    }

    private func close() {
        guard let handle else { return }
        sqlite3_close_v2(handle)
        self.handle = nil
    }
}

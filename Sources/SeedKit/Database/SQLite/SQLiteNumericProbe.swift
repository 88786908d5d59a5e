internal import CSQLite3
import Synchronization

/// A value as a SQLite record stores it; `.text` stands for text the caller holds.
enum SQLiteStoredValue: Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text
}

/// Asks SQLite what it stores for a text in a `NUMERIC` column: the text goes into such a column
/// of a private in-memory database and is read back. For the rare values whose conversion
/// ``SQLiteNumber`` does not compute itself.
enum SQLiteNumericProbe {
    /// Whether the SQLite in use turns decimal text into a real by dividing in `long double`, as
    /// every version before 3.43 does (`sqlite3AtoF`); later versions compute it another way.
    static let dividesInLongDouble = sqlite3_libversion_number() < 3_043_000

    static func store(_ text: [UInt8]) -> SQLiteStoredValue {
        probe.withLock { probe in probe.store(text) }
    }

    private static let probe = Mutex(Probe())

    private struct Probe: ~Copyable {
        private let database: OpaquePointer
        private let insert: OpaquePointer

        init() {
            var database: OpaquePointer?
            var insert: OpaquePointer?
            guard sqlite3_open_v2(":memory:", &database, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK,
                  let database,
                  sqlite3_exec(database, "CREATE TABLE probe (value NUMERIC)", nil, nil, nil) == SQLITE_OK,
                  sqlite3_prepare_v2(database, "INSERT INTO probe (value) VALUES (?1) RETURNING value", -1, &insert, nil) == SQLITE_OK,
                  let insert
            else { preconditionFailure("an in-memory SQLite database could not be made") }
            self.database = database
            self.insert = insert
        }

        deinit {
            sqlite3_finalize(insert)
            sqlite3_close_v2(database)
        }

        func store(_ text: [UInt8]) -> SQLiteStoredValue {
            defer {
                sqlite3_reset(insert)
                sqlite3_exec(database, "DELETE FROM probe", nil, nil, nil)
            }
            guard !text.isEmpty else { return .text }
            let bound = text.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) {
                    sqlite3_bind_text(insert, 1, $0.baseAddress!, Int32(bytes.count), SQLITE_TRANSIENT)
                }
            }
            guard bound == SQLITE_OK, sqlite3_step(insert) == SQLITE_ROW else { return .text }
            switch sqlite3_column_type(insert, 0) {
            case SQLITE_INTEGER: return .integer(sqlite3_column_int64(insert, 0))
            case SQLITE_FLOAT: return .real(sqlite3_column_double(insert, 0))
            default: return .text
            }
        }
    }
}

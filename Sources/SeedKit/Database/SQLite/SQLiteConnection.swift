internal import CSQLite3

/// Tells SQLite to copy bound bytes before the call returns (`SQLITE_TRANSIENT` is a C macro
/// Swift cannot import; GRDB defines it the same way).
let SQLITE_TRANSIENT = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

/// An open SQLite database: owns the `sqlite3*` handle and closes it when released.
final class SQLiteConnection {
    private(set) var handle: OpaquePointer?
    /// The cancellation ``stop(when:)`` installed, kept alive for SQLite's progress handler.
    private var cancellation: CancellationBox?

    /// Opens (creating if needed) the database file at `path`, for use from one thread at a time;
    /// `readOnly` opens an existing file only, and never writes to it.
    init(path: String, readOnly: Bool = false) throws {
        _ = Self.configured
        var handle: OpaquePointer?
        let mode = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        let code = sqlite3_open_v2(path, &handle, mode | SQLITE_OPEN_NOMUTEX, nil)
        self.handle = handle
        guard code == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            close()
            throw SinkError.sqlite(code: code, message: "could not open \(path): \(message)", statement: nil)
        }
        sqlite3_extended_result_codes(handle, 1)
    }

    deinit { close() }

    /// Process-wide settings, made once before the first connection opens: no memory statistics
    /// (their mutex is taken on every allocation, and SeedKit never reads them).
    private static let configured: Void = {
        _ = seedkit_sqlite3_disable_memstatus()
    }()

    /// Makes the statement running when `cancellation` is requested fail with `SQLITE_INTERRUPT`
    /// (see ``isInterruption(_:)``): SQLite asks every thousand steps of its virtual machine, so
    /// even a long `CREATE INDEX` stops within moments.
    func stop(when cancellation: Cancellation) {
        let box = CancellationBox(cancellation)
        self.cancellation = box
        sqlite3_progress_handler(liveHandle, 1000, { context in
            guard let context else { return 0 }
            return Unmanaged<CancellationBox>.fromOpaque(context).takeUnretainedValue().cancellation.isRequested ? 1 : 0
        }, Unmanaged.passUnretained(box).toOpaque())
    }

    /// Whether `error` is a statement stopped by ``stop(when:)``.
    static func isInterruption(_ error: any Error) -> Bool {
        if case .sqlite(let code, _, _) = error as? SinkError { return code & 0xFF == SQLITE_INTERRUPT }
        return false
    }

    /// Runs one or more statements that return no rows the caller needs.
    func execute(_ sql: String) throws {
        try check(sqlite3_exec(liveHandle, sql, nil, nil, nil), statement: sql)
    }

    /// Runs one query and returns its rows, each value as SQLite's text for it (`nil` for NULL).
    func rows(_ sql: String) throws -> [[String?]] {
        var statement: OpaquePointer?
        try check(sqlite3_prepare_v2(liveHandle, sql, -1, &statement, nil), statement: sql)
        guard let statement else { preconditionFailure("an empty statement: \(sql)") }
        defer { sqlite3_finalize(statement) }
        let columns = sqlite3_column_count(statement)
        var rows: [[String?]] = []
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { return rows }
            try check(code, statement: sql)
            rows.append((0..<columns).map { column in
                guard sqlite3_column_type(statement, column) != SQLITE_NULL,
                      let text = sqlite3_column_text(statement, column) else { return nil }
                return String(cString: text)
            })
        }
    }

    /// SQLite's primary result code for "the file is not a database".
    static let notADatabase = SQLITE_NOTADB

    /// Compiles one statement.
    func prepare(_ sql: String) throws -> SQLiteStatement {
        try SQLiteStatement(sql: sql, connection: self)
    }

    /// Throws a ``SinkError/sqlite(code:message:statement:)`` unless `code` reports success.
    func check(_ code: Int32, statement: String?) throws {
        guard code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW else { return }
        let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
        let extended = handle.map { sqlite3_extended_errcode($0) } ?? code
        throw SinkError.sqlite(code: extended, message: message, statement: statement)
    }

    /// Closes the database; statements still alive keep it open until they are finalized.
    func close() {
        guard let handle else { return }
        sqlite3_close_v2(handle)
        self.handle = nil
    }

    var liveHandle: OpaquePointer {
        guard let handle else { preconditionFailure("the SQLite connection is closed") }
        return handle
    }
}

/// A ``Cancellation`` as a class, whose address SQLite's progress handler is given.
private final class CancellationBox {
    let cancellation: Cancellation
    init(_ cancellation: Cancellation) { self.cancellation = cancellation }
}

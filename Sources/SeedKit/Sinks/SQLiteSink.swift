/// Builds a SQLite database file through libsqlite3: the same rows, with the same storage
/// classes, as loading the SQLite dialect of ``SQLFileSink``'s script into `sqlite3`.
///
/// The database is built under a temporary name in one transaction, with settings for a fast bulk
/// build of a fresh file, and renamed into place only after `COMMIT`.
///
/// Rows of many tables arrive interleaved (a day of history touches a dozen tables). Inserted as
/// they come, every table's pages would be interleaved through the file, and each index build
/// after the data would read its table's pages out of order: at random, once the file is larger
/// than memory (a 1,000-restaurant year is 40 GB). So each table's rows wait in a buffer of
/// their own and are inserted a run of ``bytesPerRun`` at a time, which puts a table's pages in
/// long stretches of the file. Within a table, rows keep their order.
public final class SQLiteSink: RowSink {
    /// Bytes of encoded rows a table gathers before they are inserted as one run.
    static let bytesPerRun = 1 << 20

    private let path: String
    private let replace: Bool
    private let cancellation: Cancellation
    private var schema: Schema?
    private var output: OutputFile?
    private var connection: SQLiteConnection?
    /// One cached `INSERT` per table, by table position.
    private var inserts: [SQLiteStatement?] = []
    /// A table's encoded rows not yet inserted, and where each ends.
    private typealias PendingRows = (bytes: [UInt8], ends: [Int])
    /// Per table, by position: its rows waiting for their run.
    private var pending: [PendingRows] = []
    private let rowEncoder = SQLiteRowEncoder()

    /// What made the rows, recorded in ``ProvenanceRecord``'s table in the same transaction.
    public var provenance: Provenance?

    /// A sink building the database at `path`; with `replace`, an existing file there is replaced
    /// on commit, otherwise `open` refuses to start. A requested `cancellation` stops the statement
    /// running (an index build after the data can take minutes on a large platform), and the
    /// sink throws ``GenerationInterrupted`` with nothing written.
    public init(path: String, replace: Bool, cancellation: Cancellation = .never) {
        self.path = path
        self.replace = replace
        self.cancellation = cancellation
    }

    public func open(schema: Schema) throws {
        precondition(output == nil, "a sink is opened once")
        let output = try OutputFile(path: path, replace: replace)
        self.output = output
        self.schema = schema
        inserts = Array(repeating: nil, count: schema.tables.count)
        pending = Array(repeating: ([], []), count: schema.tables.count)
        do {
            let connection = try SQLiteConnection(path: output.temporaryPath)
            self.connection = connection
            connection.stop(when: cancellation)
            // Nobody else can see the temporary file, and a failed build is deleted, so neither a
            // durable journal nor syncing is needed; an in-memory journal keeps ROLLBACK working.
            // Temporary files (the sorts that build the indexes) go to disk, as SQLite's default
            // has it: in memory they would hold every indexed row of a large platform at once.
            try connection.execute("""
                PRAGMA journal_mode = MEMORY;
                PRAGMA synchronous = OFF;
                PRAGMA locking_mode = EXCLUSIVE;
                PRAGMA temp_store = FILE;
                PRAGMA cache_size = -65536;
                PRAGMA foreign_keys = OFF;
                """)
            try connection.execute("BEGIN")
            for statement in SQLiteDDL.createTables(schema) {
                try connection.execute(statement)
            }
        } catch {
            abort()
            throw located(error, temporaryPath: output.temporaryPath)
        }
    }

    public func write(_ row: Row) throws {
        try write(encoded: rowEncoder.encode([row]))
    }

    public var encoder: (any RowEncoder)? { rowEncoder }

    public func write(encoded batch: EncodedRows) throws {
        // The buffers are worked on as a local value: a stored property would be checked for
        // exclusive access on every row.
        var pending: [PendingRows] = []
        swap(&pending, &self.pending)
        defer { swap(&pending, &self.pending) }
        var start = 0
        for row in batch.rows {
            let position = row.table.position
            pending[position].bytes.append(contentsOf: batch.bytes[start..<row.end])
            pending[position].ends.append(pending[position].bytes.count)
            start = row.end
            if pending[position].bytes.count >= Self.bytesPerRun { try insertPending(of: row.table, from: &pending[position]) }
        }
    }

    public func commit() throws {
        guard let connection, let output, let schema else { preconditionFailure("commit before open") }
        do {
            for table in schema.tables where !pending[table.name.position].ends.isEmpty {
                try insertPending(of: table.name, from: &pending[table.name.position])
            }
            for statement in SQLiteDDL.afterData(schema) {
                try connection.execute(statement)
            }
            for statement in provenance.map({ ProvenanceRecord.statements($0, dialect: .sqlite) }) ?? [] {
                try connection.execute(statement)
            }
            try connection.execute("COMMIT")
            releaseStatementsAndRows()
            connection.close()
            self.connection = nil
            try output.commit()
            self.output = nil
        } catch {
            abort()
            throw located(error, temporaryPath: output.temporaryPath)
        }
    }

    /// `error` with the file it concerns, or ``GenerationInterrupted`` for a statement stopped
    /// by the cancellation.
    private func located(_ error: any Error, temporaryPath: String) -> any Error {
        if SQLiteConnection.isInterruption(error) && cancellation.isRequested { return GenerationInterrupted() }
        return SinkError.locating(error, path: path, temporaryPath: temporaryPath)
    }

    public func abort() {
        if let connection, connection.handle != nil {
            try? connection.execute("ROLLBACK")
        }
        releaseStatementsAndRows()
        connection?.close()
        connection = nil
        output?.discard()
        output = nil
    }

    /// Inserts a table's pending rows, in order, and empties its buffer.
    private func insertPending(of table: TableName, from pending: inout PendingRows) throws {
        do {
            let insert = try insert(for: table)
            try pending.bytes.withUnsafeBytes { bytes in
                var start = 0
                for end in pending.ends {
                    try insert.execute(encodedRow: UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
                    start = end
                }
            }
        } catch {
            throw located(error, temporaryPath: output?.temporaryPath ?? path)
        }
        pending.bytes.removeAll(keepingCapacity: true)
        pending.ends.removeAll(keepingCapacity: true)
    }

    private func insert(for table: TableName) throws -> SQLiteStatement {
        guard let connection, let schema else { preconditionFailure("write before open") }
        let position = table.position
        if let statement = inserts[position] { return statement }
        let columns = schema.table(table).columnNames
        let parameters = (1...columns.count).map { "?\($0)" }.joined(separator: ", ")
        let sql = "INSERT INTO \(table.rawValue) (\(columns.joined(separator: ", "))) VALUES (\(parameters))"
        let statement = try connection.prepare(sql)
        inserts[position] = statement
        return statement
    }

    /// Finalizes the cached inserts and drops any rows still waiting for their run.
    private func releaseStatementsAndRows() {
        inserts = inserts.map { _ in nil }
        pending = []
    }
}

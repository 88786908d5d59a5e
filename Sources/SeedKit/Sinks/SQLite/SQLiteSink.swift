internal import Foundation

/// Builds a SQLite database file: the same rows, with the same storage classes, as loading the
/// SQLite dialect of ``SQLFileSink``'s script into `sqlite3`.
///
/// SQLite makes the file, its tables and its (empty) indexes; the rows are then written straight
/// into the file as b-tree pages (``SQLiteTableBuilder``), which is what SQLite's own `INSERT`s
/// would leave there but without running its virtual machine once per row, and so are the
/// indexes, from entries collected as the rows go by (``SQLiteIndexSet``), which is what
/// `CREATE INDEX` would leave there without reading the tables back; SQLite opens the file again
/// to build the indexes left to it, record the provenance and commit. Everything happens under a temporary
/// name, renamed into place only after `COMMIT`: a failed or interrupted build leaves nothing.
///
/// Rows arrive in ascending id order within each table, as ``Generation`` emits them. A row
/// that does not (an id not above the table's last, or none) waits and is inserted by SQLite
/// after the pages are written, so SQLite itself reports a duplicate key.
public final class SQLiteSink: RowSink {
    private let path: String
    private let replace: Bool
    private let cancellation: Cancellation
    private var schema: Schema?
    private var output: OutputFile?
    private var file: SQLitePageFile?
    private var connection: SQLiteConnection?
    /// Per table, by position: its b-tree being built.
    private var tables: [SQLiteTableBuilder] = []
    /// Per table, by position: rows out of id order, for SQLite to insert.
    private var waiting: [EncodedRows] = []
    private var indexes: SQLiteIndexSet?
    private var rowEncoder: SQLiteRecordEncoder?
    /// The page size of a new file; `nil` is SQLite's default (4 KiB). Small pages only in tests,
    /// to make deep b-trees and overflow pages from few rows.
    var pageSize: Int?
    /// What the entries of the indexes the sink builds itself may take together in memory; small
    /// only in tests, to spill entries to temporary files.
    var indexBudget = SQLiteIndexSet.defaultBudget
    /// The indexes the last commit left to SQLite to build, and those whose entries went to a
    /// temporary file on the way (for tests).
    private(set) var indexesLeftToSQLite: [String] = []
    private(set) var indexesSpilled: [String] = []

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
        rowEncoder = SQLiteRecordEncoder(schema: schema)
        waiting = Array(repeating: EncodedRows(), count: schema.tables.count)
        do {
            let rootPages = try Self.createTables(schema, at: output.temporaryPath, pageSize: pageSize)
            let file = try SQLitePageFile(path: output.temporaryPath, reportedPath: path)
            self.file = file
            tables = schema.tables.map { table in
                SQLiteTableBuilder(rootPage: rootPages[table.name.rawValue]!, pageSize: file.pageSize, usableSize: file.usableSize)
            }
            indexes = SQLiteIndexSet(SQLiteDDL.indexes(schema), schema: schema, rowidColumns: rowEncoder!.rowidColumns,
                                     rootPages: rootPages, usableSize: file.usableSize, budget: indexBudget)
        } catch {
            abort()
            throw located(error, temporaryPath: output.temporaryPath)
        }
    }

    /// Makes the database file with the schema's tables and indexes and returns each one's root
    /// page, by name.
    private static func createTables(_ schema: Schema, at path: String, pageSize: Int?) throws -> [String: Int] {
        let connection = try SQLiteConnection(path: path)
        defer { connection.close() }
        if let pageSize { try connection.execute("PRAGMA page_size = \(pageSize)") }
        try connection.execute("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; BEGIN")
        for statement in SQLiteDDL.createTables(schema) + SQLiteDDL.afterData(schema) {
            try connection.execute(statement)
        }
        try connection.execute("COMMIT")
        var roots: [String: Int] = [:]
        for row in try connection.rows("SELECT name, rootpage FROM sqlite_schema WHERE type IN ('table', 'index')") {
            if let name = row[0], let page = row[1].flatMap({ Int($0) }) { roots[name] = page }
        }
        return roots
    }

    public func write(_ row: Row) throws {
        try write(encoded: encoder!.encode([row]))
    }

    public var encoder: (any RowEncoder)? { rowEncoder }

    public func write(encoded batch: EncodedRows) throws {
        guard let file else { preconditionFailure("write before open") }
        // The builders are worked on as a local value: a stored property would be checked for
        // exclusive access on every row.
        var tables: [SQLiteTableBuilder] = []
        swap(&tables, &self.tables)
        defer { swap(&tables, &self.tables) }
        guard var indexes = self.indexes.take() else { preconditionFailure("write before open") }
        defer { self.indexes = indexes }
        try batch.bytes.withUnsafeBytes { bytes in
            var start = 0
            for row in batch.rows {
                let position = row.table.position
                let record = UnsafeRawBufferPointer(rebasing: bytes[start..<row.end])
                if let id = row.id, tables[position].lastRowid.map({ id > $0 }) ?? true {
                    try tables[position].add(rowid: id, record: record, file: file)
                    try indexes.add(table: position, rowid: id, record: record)
                } else {
                    waiting[position].bytes.append(contentsOf: record)
                    waiting[position].endRow(table: row.table, id: row.id)
                }
                start = row.end
            }
        }
    }

    public func commit() throws {
        guard let output, let file, let schema else { preconditionFailure("commit before open") }
        do {
            if cancellation.isRequested { throw GenerationInterrupted() }
            for position in tables.indices { try tables[position].finish(file: file) }
            tables = []
            let abandoned = indexes?.abandoned ?? []
            indexesLeftToSQLite = abandoned.map(\.name)
            indexesSpilled = indexes?.spilled.map(\.name) ?? []
            try indexes?.write(into: file, jobs: ProcessInfo.processInfo.activeProcessorCount, cancellation: cancellation)
            indexes = nil
            try file.close()
            self.file = nil
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
                BEGIN;
                """)
            // An index left to SQLite is empty: SQLite would keep it so while inserting the rows
            // out of order, so it goes first and is built after them.
            for index in abandoned { try connection.execute("DROP INDEX \(index.name)") }
            try insertWaitingRows(schema, connection: connection)
            for index in abandoned { try connection.execute(index.statement) }
            for statement in provenance.map({ ProvenanceRecord.statements($0, dialect: .sqlite) }) ?? [] {
                try connection.execute(statement)
            }
            try connection.execute("COMMIT")
            connection.close()
            self.connection = nil
            try output.commit()
            self.output = nil
        } catch {
            abort()
            throw located(error, temporaryPath: output.temporaryPath)
        }
    }

    /// Inserts, through SQLite, the rows that arrived out of id order.
    private func insertWaitingRows(_ schema: Schema, connection: SQLiteConnection) throws {
        guard let encoder = rowEncoder else { preconditionFailure("insert before open") }
        for table in schema.tables where !waiting[table.name.position].rows.isEmpty {
            let rows = waiting[table.name.position]
            let insert = try connection.prepare(SQLiteDDL.insert(table))
            try rows.bytes.withUnsafeBytes { bytes in
                var start = 0
                for row in rows.rows {
                    try insert.execute(record: UnsafeRawBufferPointer(rebasing: bytes[start..<row.end]), rowid: row.id,
                                       rowidColumn: encoder.rowidColumns[table.name.position])
                    start = row.end
                }
            }
        }
        waiting = []
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
        connection?.close()
        connection = nil
        file?.closeDiscarding()
        file = nil
        tables = []
        indexes = nil
        waiting = []
        output?.discard()
        output = nil
    }
}

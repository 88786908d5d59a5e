/// Writes a SQL script that rebuilds the data in one transaction, loadable as it is with
/// `psql -X -v ON_ERROR_STOP=1 -f file` or `sqlite3 database < file`.
///
/// PostgreSQL scripts hold the data as `COPY … FROM stdin` blocks, as `pg_dump` writes them; SQLite
/// scripts as multi-row `INSERT`s. Keys, constraints and indexes come after the data.
///
/// Rows of many tables arrive interleaved (a day of history touches a dozen tables), so each
/// table's rows are encoded into a buffer of their own and written as one block when it is
/// full (256 KiB of COPY text, or 500 rows per `INSERT`) and at the end: memory stays bounded
/// and the script has few, large blocks. Identical rows give a byte-identical file.
public final class SQLFileSink: RowSink {
    /// Rows per SQLite `INSERT` statement.
    static let rowsPerInsert = 500
    /// Bytes of COPY text per PostgreSQL block.
    static let bytesPerCopy = 256 * 1024

    private let path: String
    private let dialect: SQLDialect
    private let replace: Bool
    private let part: SQLFilePart
    private var schema: Schema?
    private var output: OutputFile?
    private var writer: FileWriter?
    /// Each table's encoded rows not yet written, and how many rows that is.
    private var pending: [[UInt8]] = []
    private var pendingRows: [Int] = []
    /// Per table, by position: the largest id written.
    private var maxIDs: [Int64?] = []
    /// Encodes rows for this file's dialect and schema; present once open.
    private var rowEncoder: SQLFileEncoder?

    /// A sink writing a `dialect` script to `path`; with `replace`, an existing file there is
    /// replaced on commit, otherwise `open` refuses to start. A `part` of a sharded run leaves
    /// out what the other parts do (see ``SQLFilePart``).
    public init(path: String, dialect: SQLDialect, replace: Bool, part: SQLFilePart = .whole) {
        self.path = path
        self.dialect = dialect
        self.replace = replace
        self.part = part
    }

    public func open(schema: Schema) throws {
        precondition(output == nil, "a sink is opened once")
        let output = try OutputFile(path: path, replace: replace)
        self.output = output
        self.schema = schema
        let writer = try FileWriter(path: output.temporaryPath, reportedPath: path)
        self.writer = writer
        writer.write(part.headerNote(dialect: dialect))
        switch dialect {
        case .postgres:
            writer.write("""

                SET statement_timeout = 0;
                SET lock_timeout = 0;
                SET client_encoding = 'UTF8';
                SET standard_conforming_strings = on;
                SET check_function_bodies = false;
                SET client_min_messages = warning;

                BEGIN;


                """)
        case .sqlite:
            writer.write("""

                PRAGMA foreign_keys=OFF;
                BEGIN TRANSACTION;


                """)
        }
        if part.createsTables {
            for statement in DDL.createTables(schema, dialect: dialect) {
                writer.write(statement + "\n\n")
            }
        }
        pending = Array(repeating: [], count: schema.tables.count)
        pendingRows = Array(repeating: 0, count: schema.tables.count)
        maxIDs = Array(repeating: nil, count: schema.tables.count)
        rowEncoder = SQLFileEncoder(dialect: dialect, columnCounts: schema.tables.map(\.columns.count))
        try writer.flushIfFull()
    }

    public func write(_ row: Row) throws {
        guard let rowEncoder else { preconditionFailure("write before open") }
        try write(encoded: rowEncoder.encode([row]))
    }

    public var encoder: (any RowEncoder)? { rowEncoder }

    public func write(encoded batch: EncodedRows) throws {
        guard let writer, let schema else { preconditionFailure("write before open") }
        try batch.forEach { row, bytes in
            let position = row.table.position
            if let id = row.id { maxIDs[position] = max(maxIDs[position] ?? id, id) }
            if dialect == .sqlite && pendingRows[position] > 0 { pending[position].append(contentsOf: ",\n".utf8) }
            pending[position].append(contentsOf: bytes)
            pendingRows[position] += 1
            let full = dialect == .postgres ? pending[position].count >= Self.bytesPerCopy : pendingRows[position] == Self.rowsPerInsert
            if full {
                writeBlock(of: schema.tables[position], to: writer)
                try writer.flushIfFull()
            }
        }
    }

    public func commit() throws {
        guard let writer, let output, let schema else { preconditionFailure("commit before open") }
        do {
            for table in schema.tables where pendingRows[table.name.position] > 0 {
                writeBlock(of: table, to: writer)
                try writer.flushIfFull()
            }
            if part.recomputesRollUps {
                writer.write(part.rollUpStatement(dialect: dialect) + "\n\n")
            }
            if part.finishesDatabase {
                writer.write(DDL.afterData(schema, dialect: dialect).joined(separator: "\n") + "\n\n")
            }
            switch (dialect, part) {
            case (.postgres, .whole):
                let maxIDs = Dictionary(uniqueKeysWithValues: schema.tables.compactMap { table in
                    self.maxIDs[table.name.position].map { (table.name, $0) }
                })
                writer.write(PostgresDDL.sequenceResets(maxIDs: maxIDs) + "\n")
            case (.postgres, .part) where part.finishesDatabase:
                // Earlier parts hold higher ids than this one may: the tables themselves know the highest.
                writer.write(PostgresDDL.sequenceResetsFromTables() + "\n")
            default:
                break
            }
            writer.write("COMMIT;\n")
            try writer.close()
            try output.commit()
        } catch {
            abort()
            throw error
        }
        self.writer = nil
        self.output = nil
    }

    public func abort() {
        writer?.closeDiscarding()
        output?.discard()
        writer = nil
        output = nil
        pending = []
        pendingRows = []
    }

    /// Writes a table's pending rows as one `COPY` block or `INSERT` statement.
    private func writeBlock(of table: Table, to writer: FileWriter) {
        let position = table.name.position
        let columns = table.columnNames.joined(separator: ", ")
        switch dialect {
        case .postgres:
            writer.write("COPY \(table.name.rawValue) (\(columns)) FROM stdin;\n")
            writer.buffer.append(contentsOf: pending[position])
            writer.write("\\.\n\n")
        case .sqlite:
            writer.write("INSERT INTO \(table.name.rawValue) (\(columns)) VALUES\n")
            writer.buffer.append(contentsOf: pending[position])
            writer.write(";\n\n")
        }
        pending[position].removeAll(keepingCapacity: true)
        pendingRows[position] = 0
    }
}

/// Encodes rows as a SQL file holds them: a line of COPY text each (PostgreSQL), or a
/// `(v1,v2,…)` tuple of a multi-row `INSERT` each (SQLite; the sink adds the commas between them).
struct SQLFileEncoder: RowEncoder {
    let dialect: SQLDialect
    /// Per table, by position: how many values a row has.
    let columnCounts: [Int]

    func encode(_ rows: [Row]) -> EncodedRows {
        var batch = EncodedRows()
        for row in rows {
            precondition(row.count == columnCounts[row.table.position], "a \(row.table.rawValue) row has one value per column")
            switch dialect {
            case .postgres:
                CopyText.appendRow(row, to: &batch.bytes)
            case .sqlite:
                batch.bytes.append(UInt8(ascii: "("))
                for (index, value) in row.enumerated() {
                    if index > 0 { batch.bytes.append(UInt8(ascii: ",")) }
                    SQLLiteral.append(value, dialect: .sqlite, to: &batch.bytes)
                }
                batch.bytes.append(UInt8(ascii: ")"))
            }
            batch.endRow(table: row.table, id: row.integerID)
        }
        return batch
    }
}

/// Encodes rows as SQLite records (section 2.1 of "Database File Format") on the generating
/// threads, each value already converted as its column's affinity converts it, so the writing
/// thread only places records in pages (``SQLiteTableBuilder``).
///
/// A record is a header (its own length, then a serial type per column) and the values' bytes.
/// The `INTEGER PRIMARY KEY` column is the row's rowid, kept in the cell, not the record, where
/// its slot is `NULL`, as SQLite stores it. Values become what binding them to an `INSERT` would
/// store:
/// - integers and booleans are integers (booleans 0 and 1), or their text in a text column;
/// - decimals are integers when whole, reals otherwise, computed as SQLite 3.40's `sqlite3AtoF`
///   computes them from the decimal's text (see ``SQLiteNumber``), or their text in a text column;
/// - dates, times and timestamps are their text (none of them reads as a number);
/// - text and JSON are text, unless a numeric column reads them as a number, which SQLite
///   itself then decides (``SQLiteNumber/fromText(_:)``).
final class SQLiteRecordEncoder: RowEncoderBase, @unchecked Sendable {  // immutable
    /// Per table, by position: each column's affinity.
    let affinities: [[SQLiteAffinity]]
    /// Per table, by position: the position of its `INTEGER PRIMARY KEY` column, if it has one.
    let rowidColumns: [Int?]

    /// Every table's affinities one after another, and where each table's start: a value's
    /// affinity without a nested array (and its reference count) per value.
    private let flatAffinities: [SQLiteAffinity]
    private let affinityOffsets: [Int]
    private let days = DayText.table

    init(schema: Schema) {
        affinities = schema.tables.map { $0.columns.map { SQLiteAffinity($0.type) } }
        flatAffinities = affinities.flatMap { $0 }
        affinityOffsets = affinities.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        rowidColumns = schema.tables.map { table in
            table.columns.firstIndex { $0.isPrimaryKey && $0.type.sqliteName == "INTEGER" }
        }
    }

    /// The row's record: the serial types go to the batch's header scratch and the values to
    /// its body scratch, then both follow the header's length in the batch.
    override func beginRow(of table: TableName, into batch: inout EncodedRowsWriter) {
        batch.rowID = nil
        batch.scratchHeader.removeAll()
        batch.scratch.removeAll()
    }

    override func append(_ value: SQLValue, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        let position = table.position
        if column == rowidColumns[position], case .integer(let id) = value {
            batch.rowID = id
            batch.scratchHeader.write(0)
        } else {
            SQLiteVarint.write(Self.append(value, affinity: flatAffinities[affinityOffsets[position] + column], to: &batch.scratch), to: &batch.scratchHeader)
        }
    }

    /// `NULL` is serial type 0, with no bytes.
    override func appendNull(column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        batch.scratchHeader.write(0)
    }

    /// A moment is its text, whatever the column's affinity (none reads it as a number).
    override func appendTimestamp(_ value: Timestamp, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        let start = batch.scratch.count
        batch.scratch.appendTimestamp(value, from: days)
        SQLiteVarint.write(UInt64(batch.scratch.count - start) * 2 + 13, to: &batch.scratchHeader)
    }

    /// Text goes in as it is, unless its column's affinity may read it as a number.
    override func appendText(_ bytes: UnsafeBufferPointer<UInt8>, isJSON: Bool, column: Int, of table: TableName,
                             into batch: inout EncodedRowsWriter) {
        guard !flatAffinities[affinityOffsets[table.position] + column].convertsNumbers else {
            return super.appendText(bytes, isJSON: isJSON, column: column, of: table, into: &batch)
        }
        batch.scratch.write(bytes)
        SQLiteVarint.write(UInt64(bytes.count) * 2 + 13, to: &batch.scratchHeader)
    }

    override func endRow(of table: TableName, id: Int64?, into batch: inout EncodedRowsWriter) {
        // The header's length counts itself (`OP_MakeRecord`).
        var headerLength = batch.scratchHeader.count
        if headerLength <= 126 {
            headerLength += 1
        } else {
            let own = SQLiteVarint.length(UInt64(headerLength))
            headerLength += own
            if own < SQLiteVarint.length(UInt64(headerLength)) { headerLength += 1 }
        }
        SQLiteVarint.write(UInt64(headerLength), to: &batch.bytes)
        batch.scratchHeader.withBytes { batch.bytes.write($0) }
        batch.scratch.withBytes { batch.bytes.write($0) }
        batch.endRow(table: table, id: batch.rowID)
    }

    /// Appends what SQLite stores for `value` in a column of `affinity` and returns its serial type.
    private static func append(_ value: SQLValue, affinity: SQLiteAffinity, to body: inout ByteWriter) -> UInt64 {
        let start = body.count
        switch value {
        case .null:
            return 0
        case .integer(let integer):
            guard affinity == .text else { return append(.integer(integer), to: &body) }
            body.appendInteger(integer)
        case .boolean(let flag):
            guard affinity == .text else { return append(.integer(flag ? 1 : 0), to: &body) }
            body.write(UInt8(ascii: flag ? "1" : "0"))
        case .decimal(let decimal):
            if affinity.convertsNumbers, let number = SQLiteNumber.fromDecimal(decimal) { return append(number, to: &body) }
            body.appendDecimal(decimal)
            if affinity.convertsNumbers { return appendNumber(readFrom: start, of: &body) }
        case .text(let text), .json(let text):
            body.appendUTF8(text)
            if affinity.convertsNumbers, body.withBytes(from: start, SQLiteNumber.mayReadAsNumber) {
                return appendNumber(readFrom: start, of: &body)
            }
        case .date(let day):
            body.appendDay(day)
        case .time(let time):
            body.appendTime(time)
        case .timestamp(let timestamp):
            body.appendTimestamp(timestamp)
        }
        return UInt64(body.count - start) * 2 + 13
    }

    /// Replaces the text written from `start` with what SQLite stores for it in a numeric column.
    private static func appendNumber(readFrom start: Int, of body: inout ByteWriter) -> UInt64 {
        let stored = body.withBytes(from: start, SQLiteNumber.fromText)
        guard stored != .text else { return UInt64(body.count - start) * 2 + 13 }
        body.truncate(to: start)
        return append(stored, to: &body)
    }

    /// Appends a number's bytes, big end first, and returns its serial type.
    private static func append(_ stored: SQLiteNumber.Stored, to body: inout ByteWriter) -> UInt64 {
        switch stored {
        case .integer(let value):
            let (type, length) = integerSerialType(value)
            if length > 0 {
                body.write(atMost: 8) { bytes in
                    bytes.storeBytes(of: UInt64(bitPattern: value << (64 - 8 * Int64(length))).bigEndian, as: UInt64.self)
                    return length
                }
            }
            return type
        case .real(let value):
            body.write(bigEndian: value.bitPattern)
            return 7
        case .null, .text:
            preconditionFailure("only numbers are appended here")
        }
    }

    /// The smallest serial type that holds `value`, and its length (`sqlite3VdbeSerialType`):
    /// 0 and 1 take no bytes at all (types 8 and 9, schema format 4).
    static func integerSerialType(_ value: Int64) -> (type: UInt64, length: Int) {
        let magnitude = value < 0 ? ~UInt64(bitPattern: value) : UInt64(value)
        switch magnitude {
        case ...127 where value == 0 || value == 1: return (8 + UInt64(value), 0)
        case ...127: return (1, 1)
        case ...32_767: return (2, 2)
        case ...8_388_607: return (3, 3)
        case ...2_147_483_647: return (4, 4)
        case ...0x7FFF_FFFF_FFFF: return (5, 6)
        default: return (6, 8)
        }
    }
}

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
struct SQLiteRecordEncoder: RowEncoder {
    /// Per table, by position: each column's affinity.
    let affinities: [[SQLiteAffinity]]
    /// Per table, by position: the position of its `INTEGER PRIMARY KEY` column, if it has one.
    let rowidColumns: [Int?]

    init(schema: Schema) {
        affinities = schema.tables.map { $0.columns.map { SQLiteAffinity($0.type) } }
        rowidColumns = schema.tables.map { table in
            table.columns.firstIndex { $0.isPrimaryKey && $0.type.sqliteName == "INTEGER" }
        }
    }

    func encode(_ rows: [Row]) -> EncodedRows {
        var batch = EncodedRows()
        var types: [UInt64] = []
        var body: [UInt8] = []
        var text: [UInt8] = []
        types.reserveCapacity(32)
        body.reserveCapacity(1024)
        text.reserveCapacity(64)
        for row in rows {
            let position = row.table.position
            let affinities = affinities[position]
            let rowidColumn = rowidColumns[position]
            var rowid: Int64?
            types.removeAll(keepingCapacity: true)
            body.removeAll(keepingCapacity: true)
            for (column, value) in row.enumerated() {
                if column == rowidColumn, case .integer(let id) = value {
                    rowid = id
                    types.append(0)
                    continue
                }
                let stored = Self.stored(value, affinity: affinities[column], scratch: &text)
                types.append(Self.append(stored, text: text, to: &body))
            }
            Self.appendHeader(types, to: &batch.bytes)
            batch.bytes.append(contentsOf: body)
            batch.endRow(table: row.table, id: rowid)
        }
        return batch
    }

    /// What SQLite stores for a value: `.text` means the bytes now in `scratch`.
    private static func stored(_ value: SQLValue, affinity: SQLiteAffinity, scratch: inout [UInt8]) -> SQLiteNumber.Stored {
        scratch.removeAll(keepingCapacity: true)
        switch value {
        case .null:
            return .null
        case .integer(let integer):
            guard affinity == .text else { return .integer(integer) }
            scratch.appendInteger(integer)
        case .boolean(let flag):
            guard affinity == .text else { return .integer(flag ? 1 : 0) }
            scratch.append(UInt8(ascii: flag ? "1" : "0"))
        case .decimal(let decimal):
            if affinity.convertsNumbers, let number = SQLiteNumber.fromDecimal(decimal) { return number }
            scratch.appendDecimal(decimal)
            if affinity.convertsNumbers { return SQLiteNumber.fromText(scratch) }
        case .text(let string), .json(let string):
            scratch.appendUTF8(string)
            if affinity.convertsNumbers, SQLiteNumber.mayReadAsNumber(scratch) { return SQLiteNumber.fromText(scratch) }
        case .date(let day):
            scratch.appendDay(day)
        case .time(let time):
            scratch.appendTime(time)
        case .timestamp(let timestamp):
            scratch.appendTimestamp(timestamp)
        }
        return .text
    }

    /// Appends a stored value's bytes and returns its serial type.
    private static func append(_ stored: SQLiteNumber.Stored, text: [UInt8], to body: inout [UInt8]) -> UInt64 {
        switch stored {
        case .null:
            return 0
        case .integer(let value):
            let (type, length) = integerSerialType(value)
            appendBigEndian(UInt64(bitPattern: value), length: length, to: &body)
            return type
        case .real(let value):
            appendBigEndian(value.bitPattern, length: 8, to: &body)
            return 7
        case .text:
            body.append(contentsOf: text)
            return UInt64(text.count) * 2 + 13
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

    private static func appendBigEndian(_ value: UInt64, length: Int, to bytes: inout [UInt8]) {
        for shift in stride(from: (length - 1) * 8, through: 0, by: -8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
        }
    }

    /// The record header: its own length as a varint, then the serial types.
    private static func appendHeader(_ types: [UInt64], to bytes: inout [UInt8]) {
        var length = types.reduce(0) { $0 + SQLiteVarint.length($1) }
        // The length counts itself (`OP_MakeRecord`).
        if length <= 126 {
            length += 1
        } else {
            let own = SQLiteVarint.length(UInt64(length))
            length += own
            if own < SQLiteVarint.length(UInt64(length)) { length += 1 }
        }
        SQLiteVarint.append(UInt64(length), to: &bytes)
        for type in types { SQLiteVarint.append(type, to: &bytes) }
    }
}

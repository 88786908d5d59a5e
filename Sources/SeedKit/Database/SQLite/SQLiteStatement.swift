internal import CSQLite3

/// A compiled SQLite statement: owns the `sqlite3_stmt*` and finalizes it when released.
final class SQLiteStatement {
    let sql: String
    private let handle: OpaquePointer
    /// Kept alive so the statement is always finalized before its connection closes.
    private let connection: SQLiteConnection
    /// Reused for the text of decimals, dates and times, so binding them allocates nothing.
    private var scratch: [UInt8] = []

    init(sql: String, connection: SQLiteConnection) throws {
        var handle: OpaquePointer?
        try connection.check(sqlite3_prepare_v2(connection.liveHandle, sql, -1, &handle, nil), statement: sql)
        guard let handle else { preconditionFailure("an empty statement: \(sql)") }
        self.sql = sql
        self.handle = handle
        self.connection = connection
        scratch.reserveCapacity(64)
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds `values` to the parameters `?1…?n` and runs the statement once.
    ///
    /// Decimals, dates, times, timestamps and JSON are bound as their text, so the column's type
    /// affinity converts them exactly as it converts the same literal in a SQL file.
    func execute(binding values: some RandomAccessCollection<SQLValue>) throws {
        for (index, value) in values.enumerated() {
            try bind(value, at: Int32(index + 1))
        }
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        try connection.check(code, statement: sql)
    }

    /// The bytes of an integer of serial types 1 to 6.
    private static let integerLengths = [1, 2, 3, 4, 6, 8]

    /// Binds one row that ``SQLiteRecordEncoder`` encoded, its record's values to `?1…?n` and
    /// `rowid` to the `INTEGER PRIMARY KEY` column's parameter, and runs the statement once.
    /// Text is bound in place, not copied: SQLite reads it during the step, so `record` must stay
    /// unchanged until this returns.
    func execute(record: UnsafeRawBufferPointer, rowid: Int64?, rowidColumn: Int?) throws {
        let (headerLength, headerLengthSize) = SQLiteVarint.read(record, at: 0)
        var typeOffset = headerLengthSize
        var valueOffset = Int(headerLength)
        var position: Int32 = 1
        while typeOffset < Int(headerLength) {
            let (type, size) = SQLiteVarint.read(record, at: typeOffset)
            typeOffset += size
            let code: Int32
            switch type {
            case 0 where Int(position) - 1 == rowidColumn:
                code = rowid.map { sqlite3_bind_int64(handle, position, $0) } ?? sqlite3_bind_null(handle, position)
            case 0:
                code = sqlite3_bind_null(handle, position)
            case 1...6:
                let length = Self.integerLengths[Int(type) - 1]
                var value = Int64(Int8(bitPattern: record[valueOffset]))
                for index in 1..<length { value = value << 8 | Int64(record[valueOffset + index]) }
                code = sqlite3_bind_int64(handle, position, value)
                valueOffset += length
            case 7:
                var bits: UInt64 = 0
                for index in 0..<8 { bits = bits << 8 | UInt64(record[valueOffset + index]) }
                code = sqlite3_bind_double(handle, position, Double(bitPattern: bits))
                valueOffset += 8
            case 8, 9:
                code = sqlite3_bind_int64(handle, position, Int64(type - 8))
            default:
                // Text (odd types from 13); the encoder writes no blobs.
                let length = (Int(type) - 13) / 2
                // Never NULL, even for empty text: the record's header lies before it.
                let text = record.baseAddress!.advanced(by: valueOffset).assumingMemoryBound(to: CChar.self)
                code = sqlite3_bind_text(handle, position, text, Int32(length), nil)
                valueOffset += length
            }
            // Checked here rather than in `check`, so a value bound costs no call and no retain.
            if code != SQLITE_OK { try connection.check(code, statement: sql) }
            position += 1
        }
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        try connection.check(code, statement: sql)
    }

    private func bind(_ value: SQLValue, at position: Int32) throws {
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, position)
        case .integer(let integer): code = sqlite3_bind_int64(handle, position, integer)
        case .boolean(let flag): code = sqlite3_bind_int64(handle, position, flag ? 1 : 0)
        case .text(let text), .json(let text): code = bindText(text, at: position)
        case .decimal(let decimal): code = bindScratch(at: position) { $0.appendDecimal(decimal) }
        case .date(let day): code = bindScratch(at: position) { $0.appendDay(day) }
        case .time(let time): code = bindScratch(at: position) { $0.appendTime(time) }
        case .timestamp(let timestamp): code = bindScratch(at: position) { $0.appendTimestamp(timestamp) }
        }
        try connection.check(code, statement: sql)
    }

    private func bindText(_ text: String, at position: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            // A zero-length buffer may have no address, which SQLite would bind as NULL.
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                return sqlite3_bind_text(handle, position, "", 0, SQLITE_TRANSIENT)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(handle, position, $0, Int32(bytes.count), SQLITE_TRANSIENT)
            }
        }
    }

    private func bindScratch(at position: Int32, _ render: (inout [UInt8]) -> Void) -> Int32 {
        scratch.removeAll(keepingCapacity: true)
        render(&scratch)
        return scratch.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(handle, position, $0, Int32(bytes.count), SQLITE_TRANSIENT)
            }
        }
    }
}

/// Encodes rows as `COPY … FROM STDIN` data for ``PostgresSink``, on any thread: PostgreSQL's
/// binary format for the tables SeedKit created, COPY text (only the selected columns) for the
/// application's own.
final class CopyEncoder: RowEncoderBase, @unchecked Sendable {  // immutable
    let format: CopyFormat
    /// Per table, by position: its columns' types, for binary COPY.
    let columnTypes: [[ColumnType]]
    /// Per table, by position: the positions of the values to write; nil writes every value.
    let selections: [[Int]?]

    /// Every table's column types one after another, and where each table's start: a value's
    /// type without a nested array (and its reference count) per value.
    private let flatTypes: [ColumnType]
    private let typeOffsets: [Int]

    init(format: CopyFormat, columnTypes: [[ColumnType]], selections: [[Int]?]) {
        self.format = format
        self.columnTypes = columnTypes
        self.selections = selections
        flatTypes = columnTypes.flatMap { $0 }
        typeOffsets = columnTypes.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    }

    override func encodesValueByValue(_ table: TableName) -> Bool {
        format == .binary || selections[table.position] == nil
    }

    override func beginRow(of table: TableName, into batch: inout EncodedRowsWriter) {
        if format == .binary {
            let position = table.position
            batch.bytes.write(bigEndian: Int16(typeOffsets[position + 1] - typeOffsets[position]))
        }
    }

    override func append(_ value: SQLValue, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        if format == .binary {
            CopyBinary.write(value, as: flatTypes[typeOffsets[table.position] + column], to: &batch.bytes)
        } else {
            if column > 0 { batch.bytes.append(UInt8(ascii: "\t")) }
            CopyText.append(value, to: &batch.bytes)
        }
    }

    // Binary COPY of the values generators write most, without a `SQLValue` around them.
    override func appendInteger(_ value: Int64, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        guard format == .binary, case let type = flatTypes[typeOffsets[table.position] + column], type == .serial || type == .integer else {
            return append(.integer(value), column: column, of: table, into: &batch)
        }
        CopyBinary.writeInteger(value, to: &batch.bytes)
    }

    override func appendDecimal(_ value: FixedDecimal, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        guard format == .binary, case .decimal = flatTypes[typeOffsets[table.position] + column] else {
            return append(.decimal(value), column: column, of: table, into: &batch)
        }
        CopyBinary.writeNumeric(value, to: &batch.bytes)
    }

    override func appendTimestamp(_ value: Timestamp, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        guard format == .binary, flatTypes[typeOffsets[table.position] + column] == .timestamp else {
            return append(.timestamp(value), column: column, of: table, into: &batch)
        }
        CopyBinary.writeTimestamp(value, to: &batch.bytes)
    }

    override func appendNull(column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        if format == .binary {
            batch.bytes.write(bigEndian: Int32(-1))
        } else {
            if column > 0 { batch.bytes.append(UInt8(ascii: "\t")) }
            batch.bytes.appendStatic("\\N")
        }
    }

    override func appendText(_ bytes: UnsafeBufferPointer<UInt8>, isJSON: Bool, column: Int, of table: TableName,
                             into batch: inout EncodedRowsWriter) {
        guard format == .binary else {
            if column > 0 { batch.bytes.append(UInt8(ascii: "\t")) }
            return CopyText.appendEscaped(bytes: bytes, to: &batch.bytes)
        }
        switch (flatTypes[typeOffsets[table.position] + column], isJSON) {
        case (.text, false), (.varchar, false): CopyBinary.writeText(bytes: bytes, prefix: nil, to: &batch.bytes)
        case (.jsonb, true): CopyBinary.writeText(bytes: bytes, prefix: 1, to: &batch.bytes)
        default: super.appendText(bytes, isJSON: isJSON, column: column, of: table, into: &batch)
        }
    }

    override func endRow(of table: TableName, id: Int64?, into batch: inout EncodedRowsWriter) {
        if format != .binary { batch.bytes.append(UInt8(ascii: "\n")) }
        batch.endRow(table: table, id: id)
    }

    override func encode(_ row: Row, into batch: inout EncodedRowsWriter) {
        let position = row.table.position
        if format == .binary {
            CopyBinary.appendRow(row, types: columnTypes[position], to: &batch.bytes)
        } else if let selection = selections[position] {
            for (index, value) in selection.enumerated() {
                if index > 0 { batch.bytes.append(UInt8(ascii: "\t")) }
                CopyText.append(row[value], to: &batch.bytes)
            }
            batch.bytes.append(UInt8(ascii: "\n"))
        } else {
            CopyText.appendRow(row, to: &batch.bytes)
        }
        batch.endRow(table: row.table, id: row.integerID)
    }
}

/// Rows already encoded in a sink's format, off the thread that writes them: their bytes, one row
/// after another, and for each row its table and its id.
///
/// Encoding is most of the work a file or COPY sink does per row; with an encoded batch, the
/// writing thread only copies bytes into place, so generation threads share the encoding.
public struct EncodedRows: Sendable {
    /// Every row's bytes, back to back.
    public internal(set) var bytes: [UInt8] = []
    /// Per row: its table's position, where its bytes end in ``bytes``, and its id.
    public internal(set) var rows: [EncodedRow] = []

    public init() {}

    /// Marks the bytes appended since the last row as one row of `table`.
    public mutating func endRow(table: TableName, id: Int64?) {
        rows.append(EncodedRow(table: table, end: bytes.count, id: id))
    }

    /// Calls `body` with each row and its bytes, in order.
    public func forEach(_ body: (EncodedRow, ArraySlice<UInt8>) throws -> Void) rethrows {
        var start = 0
        for row in rows {
            try body(row, bytes[start..<row.end])
            start = row.end
        }
    }
}

/// One row of an ``EncodedRows`` batch. Plain data, so a batch can wait in a spill file as it
/// lies in memory.
public struct EncodedRow: Sendable, BitwiseCopyable {
    public let table: TableName
    /// Where the row's bytes end in the batch.
    let end: Int
    /// The row's id (its first column), when it is an integer.
    public let id: Int64?
}

/// Encodes rows for one sink, on any thread (see ``RowSink/encoder``).
public protocol RowEncoder: Sendable {
    func encode(_ rows: [Row]) -> EncodedRows
}

extension Row {
    /// The row's id: its first column, when that is an integer.
    var integerID: Int64? {
        if case .integer(let id) = self[0] { id } else { nil }
    }
}

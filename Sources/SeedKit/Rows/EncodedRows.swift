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

    init(bytes: [UInt8], rows: [EncodedRow]) {
        self.bytes = bytes
        self.rows = rows
    }

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
///
/// A row is encoded in three steps, so that a generator can write its values one by one
/// straight into the encoding (``RowWriter``), without a ``Row`` in between: ``beginRow(of:into:)``,
/// then ``append(_:column:of:into:)`` for each value in column order, then
/// ``endRow(of:id:into:)``. ``encode(_:into:)`` does the three for a whole ``Row``.
///
/// Encoders are immutable classes: a generator's emitter calls one for every value, through an
/// existential, and a class is not copied for each call as a struct with arrays would be.
public protocol RowEncoder: AnyObject, Sendable {
    /// Starts a row of `table`.
    func beginRow(of table: TableName, into batch: inout EncodedRowsWriter)
    /// Appends the value of the row's column at position `column`.
    func append(_ value: SQLValue, column: Int, of table: TableName, into batch: inout EncodedRowsWriter)
    /// Appends an integer, a decimal or a timestamp as ``append(_:column:of:into:)`` would, for
    /// the values generators write most, without a ``SQLValue`` around them. By default they
    /// go through ``append(_:column:of:into:)``.
    func appendInteger(_ value: Int64, column: Int, of table: TableName, into batch: inout EncodedRowsWriter)
    func appendDecimal(_ value: FixedDecimal, column: Int, of table: TableName, into batch: inout EncodedRowsWriter)
    func appendTimestamp(_ value: Timestamp, column: Int, of table: TableName, into batch: inout EncodedRowsWriter)
    /// Ends the row of `table` whose first value is `id`, when that is an integer.
    func endRow(of table: TableName, id: Int64?, into batch: inout EncodedRowsWriter)
    /// Whether rows of `table` may be written value by value; when not, they reach the encoder
    /// whole, through ``encode(_:into:)``.
    func encodesValueByValue(_ table: TableName) -> Bool
    /// Appends `row`'s bytes to `batch` and ends the row there.
    func encode(_ row: Row, into batch: inout EncodedRowsWriter)
}

extension RowEncoder {
    public func encodesValueByValue(_ table: TableName) -> Bool { true }

    public func appendInteger(_ value: Int64, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        append(.integer(value), column: column, of: table, into: &batch)
    }

    public func appendDecimal(_ value: FixedDecimal, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        append(.decimal(value), column: column, of: table, into: &batch)
    }

    public func appendTimestamp(_ value: Timestamp, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        append(.timestamp(value), column: column, of: table, into: &batch)
    }

    public func encode(_ row: Row, into batch: inout EncodedRowsWriter) {
        beginRow(of: row.table, into: &batch)
        for (column, value) in row.enumerated() { append(value, column: column, of: row.table, into: &batch) }
        endRow(of: row.table, id: row.integerID, into: &batch)
    }

    /// `rows` encoded as one batch.
    public func encode(_ rows: [Row]) -> EncodedRows {
        var writer = EncodedRowsWriter()
        for row in rows { encode(row, into: &writer) }
        return writer.take()
    }
}

/// Where a generating thread encodes rows as they are made, one batch at a time: the rows'
/// bytes go straight into a ``ByteWriter`` (one capacity check per value, not per byte), and
/// ``take()`` hands them over as an ``EncodedRows`` in one copy.
///
/// Encoding each row as soon as it is made, instead of collecting a batch of ``Row``s first,
/// frees each row while its memory is still in the cache. The two scratch writers are for
/// encoders that build a row in parts (a header and a body) before appending it.
public struct EncodedRowsWriter: ~Copyable {
    /// The bytes of the rows encoded since the last ``take()``.
    public var bytes: ByteWriter
    /// Scratch space an encoder may use within one row; its contents do not outlive the row.
    public var scratch = ByteWriter(capacity: 4096)
    public var scratchHeader = ByteWriter(capacity: 256)
    /// Scratch an encoder may keep within one row: an id it found among the values.
    public var rowID: Int64?
    private var rows: [EncodedRow] = []

    public init(capacity: Int = 64 << 10) {
        bytes = ByteWriter(capacity: capacity)
    }

    /// How many rows were encoded since the last ``take()``.
    public var count: Int { rows.count }

    /// Marks the bytes written since the last row as one row of `table`.
    public mutating func endRow(table: TableName, id: Int64?) {
        rows.append(EncodedRow(table: table, end: bytes.count, id: id))
    }

    /// The rows encoded so far, as one batch; the writer starts the next one, keeping its memory.
    public mutating func take() -> EncodedRows {
        var taken = EncodedRows(bytes: [], rows: rows)
        bytes.append(to: &taken.bytes)
        bytes.removeAll()
        rows.removeAll(keepingCapacity: true)
        return taken
    }
}

extension Row {
    /// The row's id: its first column, when that is an integer.
    var integerID: Int64? {
        if case .integer(let id) = self[0] { id } else { nil }
    }
}

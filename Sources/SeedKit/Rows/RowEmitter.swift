/// Where generators send their rows, on the thread that makes them: whole ``Row``s
/// (`try emit(row)`), or rows written value by value (``begin(_:)``, ``end(_:)``).
///
/// An emitter for a sink with an encoder writes value-by-value rows straight into the sink's
/// encoding (see ``EncodingPacker``), so no ``Row`` and no array of its values is made and freed
/// for them: the history's millions of rows take that way. Any other emitter collects the values
/// into a ``Row`` and receives it whole.
public final class RowEmitter {
    /// Where an encoding emitter's rows go: the encoder, the batch it writes into (which outlives
    /// the emitter), and what to do after each row.
    struct Encoding {
        let encoder: any RowEncoder
        let batch: UnsafeMutablePointer<EncodedRowsWriter>
        let emitted: () throws -> Void
    }

    private let receive: ((Row) throws -> Void)?
    /// The encoding's parts, kept apart so that a row reaches them without copying an ``Encoding``.
    private let encoder: (any RowEncoder)?
    private let batch: UnsafeMutablePointer<EncodedRowsWriter>?
    /// What to do after each encoded row (nothing, without an encoder).
    private let emitted: () throws -> Void
    /// How many values a row of each table has, by position.
    private let columnCounts = Schema.builtIn.tables.map(\.columns.count)

    /// An emitter that hands every row, whole, to `receive`.
    public static func collecting(_ receive: @escaping (Row) throws -> Void) -> RowEmitter {
        RowEmitter(receive: receive, encoding: nil)
    }

    /// An emitter that encodes every row into a batch.
    static func encoding(_ encoding: Encoding) -> RowEmitter {
        RowEmitter(receive: nil, encoding: encoding)
    }

    private init(receive: ((Row) throws -> Void)?, encoding: Encoding?) {
        self.receive = receive
        encoder = encoding?.encoder
        batch = encoding?.batch
        emitted = encoding?.emitted ?? {}
    }

    /// Emits a whole row.
    public func callAsFunction(_ row: Row) throws {
        if let encoder, let batch {
            encoder.encode(row, into: &batch.pointee)
            try emitted()
        } else {
            try receive!(row)
        }
    }

    /// Starts a row of `table`, to be written value by value in the table's column order and
    /// emitted by ``end(_:)``:
    ///
    /// ```swift
    /// var row = emit.begin(.orders)
    /// row("id", .int(orderID))
    /// …
    /// try emit.end(row)
    /// ```
    ///
    /// A row written this way is not captured in a closure, which would copy what it uses of
    /// the generator for every row. It refers to its emitter without retaining it: the emitter
    /// outlives it, since it is the emitter's caller that writes it.
    public func begin(_ table: TableName) -> RowWriter {
        let encoded = batch != nil && encoder.unsafelyUnwrapped.encodesValueByValue(table)
        if encoded { encoder.unsafelyUnwrapped.beginRow(of: table, into: &batch.unsafelyUnwrapped.pointee) }
        return RowWriter(table: table, emitter: Unmanaged.passUnretained(self), encoded: encoded)
    }

    /// Calls `body` with the encoder and the batch that a row begun by ``begin(_:)`` writes its
    /// values into.
    @inline(__always)
    func withEncoding(_ body: (any RowEncoder, inout EncodedRowsWriter) -> Void) {
        body(encoder.unsafelyUnwrapped, &batch.unsafelyUnwrapped.pointee)
    }

    /// Emits the row begun by ``begin(_:)``, once every column has its value.
    public func end(_ row: consuming RowWriter) throws {
        let (table, count, id) = (row.table, row.column, row.id)
        precondition(count == columnCounts[table.position], "a \(table.rawValue) row has \(columnCounts[table.position]) values, not \(count)")
        if row.isEncoded {
            encoder.unsafelyUnwrapped.endRow(of: table, id: id, into: &batch.unsafelyUnwrapped.pointee)
            try emitted()
        } else {
            try self(Row(table, row.values))
        }
    }
}

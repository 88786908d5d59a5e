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
    private let encoding: Encoding?
    /// The encoding's parts, kept apart so a row takes them without copying ``Encoding``.
    private let encoder: (any RowEncoder)?
    private let batch: UnsafeMutablePointer<EncodedRowsWriter>?
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
        self.encoding = encoding
        encoder = encoding?.encoder
        batch = encoding?.batch
    }

    /// Emits a whole row.
    public func callAsFunction(_ row: Row) throws {
        if let encoding {
            encoding.encoder.encode(row, into: &encoding.batch.pointee)
            try encoding.emitted()
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
    /// the generator for every row.
    public func begin(_ table: TableName) -> RowWriter {
        guard let encoder, let batch, encoder.encodesValueByValue(table) else {
            return RowWriter(table: table, encoder: nil, batch: nil)
        }
        encoder.beginRow(of: table, into: &batch.pointee)
        return RowWriter(table: table, encoder: encoder, batch: batch)
    }

    /// Emits the row begun by ``begin(_:)``, once every column has its value.
    public func end(_ row: consuming RowWriter) throws {
        precondition(row.column == columnCounts[row.table.position],
                     "a \(row.table.rawValue) row has \(columnCounts[row.table.position]) values, not \(row.column)")
        if row.isEncoded, let encoder, let batch {
            encoder.endRow(of: row.table, id: row.id, into: &batch.pointee)
            try encoding!.emitted()
        } else {
            try self(Row(row.table, row.values))
        }
    }
}

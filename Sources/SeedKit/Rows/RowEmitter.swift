/// Where generators send their rows, on the thread that makes them: whole ``Row``s
/// (`try emit(row)`), or rows written value by value (``begin(_:)``, ``end(_:)``).
///
/// An emitter for a sink with an encoder writes value-by-value rows straight into the sink's
/// encoding (see ``EncodingPacker``), so no ``Row`` and no array of its values is made and freed
/// for them: the history's millions of rows take that way. Any other emitter collects the values
/// into a ``Row`` and receives it whole.
public final class RowEmitter {
    /// Where an encoding emitter's rows go: the encoder, the batch it writes into (which outlives
    /// the emitter), and what to do each time the batch holds `batchSize` rows.
    struct Encoding {
        let encoder: RowEncoderBase
        let batch: UnsafeMutablePointer<EncodedRowsWriter>
        let batchSize: Int
        let full: () throws -> Void
    }

    private let receive: ((Row) throws -> Void)?
    /// The encoding's parts, kept apart so that a row reaches them without copying an
    /// ``Encoding``; the encoder is kept alive here and used through `encoderReference`, which
    /// costs no reference counting per call.
    private let encoder: RowEncoderBase?
    private let encoderReference: Unmanaged<RowEncoderBase>?
    private let batch: UnsafeMutablePointer<EncodedRowsWriter>?
    private let batchSize: Int
    /// What to do when the batch is full (nothing, without an encoder).
    private let full: () throws -> Void
    /// How many values a row of each table has, by position.
    private let columnCounts = Schema.builtIn.tables.map(\.columns.count)
    /// The values of the row being written, without an encoder.
    private var collected: [SQLValue] = []

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
        encoderReference = encoding.map { Unmanaged.passUnretained($0.encoder) }
        batch = encoding?.batch
        batchSize = encoding?.batchSize ?? .max
        full = encoding?.full ?? {}
    }

    /// Emits a whole row.
    public func callAsFunction(_ row: Row) throws {
        if let encoder, let batch {
            encoder.encode(row, into: &batch.pointee)
            try handOverIfFull()
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
        let emitter = Unmanaged.passUnretained(self)
        if let encoderReference, let batch,
           encoderReference._withUnsafeGuaranteedRef({ $0.encodesValueByValue(table) }) {
            encoderReference._withUnsafeGuaranteedRef { $0.beginRow(of: table, into: &batch.pointee) }
            return RowWriter(table: table, emitter: emitter, encoder: encoderReference, batch: batch)
        }
        precondition(collected.isEmpty, "a row is ended before the next begins")
        return RowWriter(table: table, emitter: emitter, encoder: nil, batch: nil)
    }

    /// Collects a value of the row being written, without an encoder.
    func collect(_ value: SQLValue) {
        if collected.isEmpty { collected.reserveCapacity(16) }
        collected.append(value)
    }

    /// Emits the row begun by ``begin(_:)``, once every column has its value.
    public func end(_ row: consuming RowWriter) throws {
        let (table, count) = (row.table, row.column)
        precondition(count == columnCounts[table.position], "a \(table.rawValue) row has \(columnCounts[table.position]) values, not \(count)")
        if row.isEncoded {
            row.endEncodedRow()
            try handOverIfFull()
        } else {
            var values: [SQLValue] = []
            swap(&values, &collected)
            try self(Row(table, values))
        }
    }

    /// Hands the batch over once it holds `batchSize` rows.
    @inline(__always)
    private func handOverIfFull() throws {
        if batch.unsafelyUnwrapped.pointee.count >= batchSize { try full() }
    }
}

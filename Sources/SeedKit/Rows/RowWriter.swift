/// One row being written value by value, in its table's column order (see
/// ``RowEmitter/begin(_:)``): each value goes straight into the sink's encoding, or, for an
/// emitter without one, is collected into a ``Row``.
///
/// Each value is written with its column's name, as in a ``Row`` of `column: value` pairs; debug
/// builds check the names against the schema.
public struct RowWriter: ~Copyable {
    let table: TableName
    private let encoder: (any RowEncoder)?
    /// Where the encoder writes; it outlives the writer, which lives from ``RowEmitter/begin(_:)`` to ``RowEmitter/end(_:)``.
    private let batch: UnsafeMutablePointer<EncodedRowsWriter>?
    /// How many values were written.
    private(set) var column = 0
    /// The first value, when it is an integer: the row's id.
    private(set) var id: Int64?
    /// Whether the values go to the encoder, or are collected in ``values``.
    var isEncoded: Bool { encoder != nil }
    /// The values written, without an encoder.
    private(set) var values: [SQLValue] = []

    init(table: TableName, encoder: (any RowEncoder)?, batch: UnsafeMutablePointer<EncodedRowsWriter>?) {
        self.table = table
        self.encoder = encoder
        self.batch = batch
        if encoder == nil { values.reserveCapacity(16) }
    }

    /// Writes the value of the next column, `name`. Inlined where the row is written, so the
    /// encoder is called without retaining it for each value.
    @inline(__always)
    public mutating func callAsFunction(_ name: ColumnName, _ value: SQLValue) {
        assert(name.text == Schema.builtIn.table(table).columnNames[column],
               "\(table.rawValue): column \(column) is \(Schema.builtIn.table(table).columnNames[column]), not \(name.text)")
        if column == 0, case .integer(let integer) = value { id = integer }
        if let encoder, let batch {
            encoder.append(value, column: column, of: table, into: &batch.pointee)
        } else {
            values.append(value)
        }
        column += 1
    }
}

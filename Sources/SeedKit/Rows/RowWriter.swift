/// One row being written value by value, in its table's column order (see
/// ``RowEmitter/begin(_:)``): each value goes straight into the sink's encoding, or, for an
/// emitter without one, is collected into a ``Row``.
///
/// Each value is written with its column's name, as in a ``Row`` of `column: value` pairs; debug
/// builds check the names against the schema.
public struct RowWriter: ~Copyable {
    let table: TableName
    /// The emitter that began the row; it outlives the writer, which lives from
    /// ``RowEmitter/begin(_:)`` to ``RowEmitter/end(_:)``, so it is not retained for each value.
    private let emitter: Unmanaged<RowEmitter>
    /// Whether the values go to the emitter's encoder, or are collected in ``values``.
    let isEncoded: Bool
    /// How many values were written.
    private(set) var column = 0
    /// The first value, when it is an integer: the row's id.
    private(set) var id: Int64?
    /// The values written, without an encoder.
    private(set) var values: [SQLValue] = []

    init(table: TableName, emitter: Unmanaged<RowEmitter>, encoded: Bool) {
        self.table = table
        self.emitter = emitter
        isEncoded = encoded
        if !encoded { values.reserveCapacity(16) }
    }

    /// Writes the value of the next column, `name`. Inlined where the row is written.
    @inline(__always)
    public mutating func callAsFunction(_ name: ColumnName, _ value: SQLValue) {
        if column == 0, case .integer(let integer) = value { id = integer }
        write(name, value) { $0.append(value, column: $2, of: $3, into: &$1) }
    }

    /// Writes an integer (an id, a count) as the next column's value: `.int(value)`.
    @inline(__always)
    public mutating func callAsFunction(_ name: ColumnName, _ value: Int) {
        if column == 0 { id = Int64(value) }
        write(name, .int(value)) { $0.appendInteger(Int64(value), column: $2, of: $3, into: &$1) }
    }

    /// Writes an amount as the next column's value: `.money(value)`.
    @inline(__always)
    public mutating func callAsFunction(_ name: ColumnName, _ value: Money) {
        write(name, .money(value)) { $0.appendDecimal(value.decimal, column: $2, of: $3, into: &$1) }
    }

    /// Writes a moment as the next column's value: `.timestamp(value)`.
    @inline(__always)
    public mutating func callAsFunction(_ name: ColumnName, _ value: Timestamp) {
        write(name, .timestamp(value)) { $0.appendTimestamp(value, column: $2, of: $3, into: &$1) }
    }

    /// Writes the next column's value: `encoded` hands it to the emitter's encoder and batch
    /// (with the column's position and the table), or it is collected as `collected`.
    @inline(__always)
    private mutating func write(_ name: ColumnName, _ collected: @autoclosure () -> SQLValue,
                                encoded: (any RowEncoder, inout EncodedRowsWriter, Int, TableName) -> Void) {
        checkName(name)
        if isEncoded {
            let (column, table) = (column, table)
            emitter._withUnsafeGuaranteedRef { $0.withEncoding { encoded($0, &$1, column, table) } }
        } else {
            values.append(collected())
        }
        column += 1
    }

    /// Debug builds check that `name` is the next column's.
    @inline(__always)
    private func checkName(_ name: ColumnName) {
        assert(name.text == Schema.builtIn.table(table).columnNames[column],
               "\(table.rawValue): column \(column) is \(Schema.builtIn.table(table).columnNames[column]), not \(name.text)")
    }
}

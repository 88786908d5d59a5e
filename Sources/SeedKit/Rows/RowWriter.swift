/// One row being written value by value, in its table's column order (see
/// ``RowEmitter/begin(_:)``): each value goes straight into the sink's encoding, or, for an
/// emitter without one, is collected by the emitter into a ``Row``.
///
/// Each value is written with its column's name, as in a ``Row`` of `column: value` pairs; debug
/// builds check the names against the schema.
///
/// The writer lives from ``RowEmitter/begin(_:)`` to ``RowEmitter/end(_:)``, inside the call that
/// owns the emitter, and the emitter keeps its encoder and batch alive: so the writer refers to
/// all three without retaining them, and writing a value costs no reference counting.
public struct RowWriter: ~Copyable {
    let table: TableName
    /// The emitter that began the row.
    private let emitter: Unmanaged<RowEmitter>
    /// The emitter's encoder and batch, when the values go straight into the encoding.
    private let encoder: Unmanaged<RowEncoderBase>?
    private let batch: UnsafeMutablePointer<EncodedRowsWriter>?
    /// How many values were written.
    private(set) var column = 0
    /// The first value, when it is an integer: the row's id.
    private(set) var id: Int64?

    init(table: TableName, emitter: Unmanaged<RowEmitter>, encoder: Unmanaged<RowEncoderBase>?,
         batch: UnsafeMutablePointer<EncodedRowsWriter>?) {
        self.table = table
        self.emitter = emitter
        self.encoder = encoder
        self.batch = batch
    }

    /// Whether the values go to the emitter's encoder (else the emitter collects them).
    var isEncoded: Bool { batch != nil }

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

    /// Writes a decimal (a quantity, hours) as the next column's value: `.decimal(value)`.
    @inline(__always)
    public mutating func callAsFunction(_ name: ColumnName, _ value: FixedDecimal) {
        write(name, .decimal(value)) { $0.appendDecimal(value, column: $2, of: $3, into: &$1) }
    }

    /// Writes a rate as the next column's value: `.rate(value)`.
    @inline(__always)
    public mutating func callAsFunction(_ name: ColumnName, _ value: Rate) {
        self(name, value.decimal)
    }

    /// Writes an integer, an amount, a decimal or a moment that may be missing: its value, or
    /// `.null` for nil.
    @inline(__always)
    public mutating func callAsFunction(_ name: ColumnName, _ value: Int?) {
        if let value { self(name, value) } else { writeNull(name) }
    }

    @inline(__always)
    public mutating func callAsFunction(_ name: ColumnName, _ value: Money?) {
        if let value { self(name, value) } else { writeNull(name) }
    }

    @inline(__always)
    public mutating func callAsFunction(_ name: ColumnName, _ value: FixedDecimal?) {
        if let value { self(name, value) } else { writeNull(name) }
    }

    @inline(__always)
    public mutating func callAsFunction(_ name: ColumnName, _ value: Timestamp?) {
        if let value { self(name, value) } else { writeNull(name) }
    }

    @inline(__always)
    private mutating func writeNull(_ name: ColumnName) {
        write(name, .null) { $0.appendNull(column: $2, of: $3, into: &$1) }
    }

    /// Writes a text fixed when SeedKit is built (a status, a type) as the next column's value:
    /// `.text(value)`.
    @inline(__always)
    public mutating func callAsFunction(_ name: ColumnName, _ value: StaticString) {
        value.withUTF8Buffer { writeText(name, $0, isJSON: false) }
    }

    /// The same, or `.null` for nil.
    @inline(__always)
    public mutating func callAsFunction(_ name: ColumnName, _ value: StaticString?) {
        if let value { self(name, value) } else { writeNull(name) }
    }

    /// Writes a text built in place as the next column's value: `.text(value.string)`, or
    /// `.null` for nil.
    @inline(__always)
    public mutating func callAsFunction(_ name: ColumnName, _ value: borrowing ShortText?) {
        switch value {
        case .some(let text): text.withBytes { writeText(name, $0, isJSON: false) }
        case .none: writeNull(name)
        }
    }

    /// Writes JSON text built in place as the next column's value: `.json(value.string)`.
    @inline(__always)
    public mutating func callAsFunction(_ name: ColumnName, json value: borrowing ShortText) {
        value.withBytes { writeText(name, $0, isJSON: true) }
    }

    @inline(__always)
    private mutating func writeText(_ name: ColumnName, _ bytes: UnsafeBufferPointer<UInt8>, isJSON: Bool) {
        write(name, isJSON ? .json(String(decoding: bytes, as: UTF8.self)) : .text(String(decoding: bytes, as: UTF8.self))) {
            $0.appendText(bytes, isJSON: isJSON, column: $2, of: $3, into: &$1)
        }
    }

    /// Writes the next column's value: `encoded` hands it to the encoder and batch (with the
    /// column's position and the table), or the emitter collects it as `collected`.
    @inline(__always)
    private mutating func write(_ name: ColumnName, _ collected: @autoclosure () -> SQLValue,
                                encoded: (RowEncoderBase, inout EncodedRowsWriter, Int, TableName) -> Void) {
        checkName(name)
        if let batch {
            let (column, table) = (column, table)
            encoder.unsafelyUnwrapped._withUnsafeGuaranteedRef { encoded($0, &batch.pointee, column, table) }
        } else {
            let value = collected()
            emitter._withUnsafeGuaranteedRef { $0.collect(value) }
        }
        column += 1
    }

    /// Ends the row in the encoding, once every value is written.
    func endEncodedRow() {
        let (table, id) = (table, id)
        encoder.unsafelyUnwrapped._withUnsafeGuaranteedRef { $0.endRow(of: table, id: id, into: &batch.unsafelyUnwrapped.pointee) }
    }

    /// Debug builds check that `name` is the next column's.
    @inline(__always)
    private func checkName(_ name: ColumnName) {
        assert(name.text == Schema.builtIn.table(table).columnNames[column],
               "\(table.rawValue): column \(column) is \(Schema.builtIn.table(table).columnNames[column]), not \(name.text)")
    }
}

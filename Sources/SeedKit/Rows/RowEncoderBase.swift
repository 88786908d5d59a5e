/// The class SeedKit's own encoders derive from, so that a generator's row writer can call them
/// through their class's table of methods, on a reference it does not retain.
///
/// A row writer calls its encoder for every value: through `any RowEncoder`, each call retains
/// and releases the encoder (about a fifth of what writing an integer costs); through this class
/// and an unretained reference (``RowWriter``), it does not. ``forEncoding(_:)`` wraps an
/// encoder of another kind in a subclass that forwards every call to it.
///
/// Subclasses override ``beginRow(of:into:)``, ``append(_:column:of:into:)`` and
/// ``endRow(of:id:into:)``, and may override the rest; the base class's versions of those do
/// what ``RowEncoder``'s extension does.
class RowEncoderBase: RowEncoder, @unchecked Sendable {  // stateless; subclasses are immutable
    init() {}

    func beginRow(of table: TableName, into batch: inout EncodedRowsWriter) {
        preconditionFailure("\(Self.self) overrides beginRow(of:into:)")
    }

    func append(_ value: SQLValue, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        preconditionFailure("\(Self.self) overrides append(_:column:of:into:)")
    }

    func endRow(of table: TableName, id: Int64?, into batch: inout EncodedRowsWriter) {
        preconditionFailure("\(Self.self) overrides endRow(of:id:into:)")
    }

    func appendInteger(_ value: Int64, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        append(.integer(value), column: column, of: table, into: &batch)
    }

    func appendDecimal(_ value: FixedDecimal, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        append(.decimal(value), column: column, of: table, into: &batch)
    }

    func appendTimestamp(_ value: Timestamp, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        append(.timestamp(value), column: column, of: table, into: &batch)
    }

    /// Appends `NULL`, as ``append(_:column:of:into:)`` would append `.null`.
    func appendNull(column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        append(.null, column: column, of: table, into: &batch)
    }

    /// Appends text given as its UTF-8 bytes (JSON text when `isJSON`), as
    /// ``append(_:column:of:into:)`` would append `.text` (or `.json`) of it.
    func appendText(_ bytes: UnsafeBufferPointer<UInt8>, isJSON: Bool, column: Int, of table: TableName,
                    into batch: inout EncodedRowsWriter) {
        let text = String(decoding: bytes, as: UTF8.self)
        append(isJSON ? .json(text) : .text(text), column: column, of: table, into: &batch)
    }

    func encodesValueByValue(_ table: TableName) -> Bool { true }

    func encode(_ row: Row, into batch: inout EncodedRowsWriter) {
        beginRow(of: row.table, into: &batch)
        for (column, value) in row.enumerated() { append(value, column: column, of: row.table, into: &batch) }
        endRow(of: row.table, id: row.integerID, into: &batch)
    }

    /// `encoder` itself when it derives from this class, else a subclass forwarding to it.
    static func forEncoding(_ encoder: some RowEncoder) -> RowEncoderBase {
        (encoder as? RowEncoderBase) ?? ForwardingRowEncoder(encoder)
    }
}

/// An encoder that does not derive from ``RowEncoderBase``, behind one that does.
private final class ForwardingRowEncoder: RowEncoderBase, @unchecked Sendable {  // immutable
    let encoder: any RowEncoder

    init(_ encoder: any RowEncoder) {
        self.encoder = encoder
    }

    override func beginRow(of table: TableName, into batch: inout EncodedRowsWriter) {
        encoder.beginRow(of: table, into: &batch)
    }

    override func append(_ value: SQLValue, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        encoder.append(value, column: column, of: table, into: &batch)
    }

    override func endRow(of table: TableName, id: Int64?, into batch: inout EncodedRowsWriter) {
        encoder.endRow(of: table, id: id, into: &batch)
    }

    override func appendInteger(_ value: Int64, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        encoder.appendInteger(value, column: column, of: table, into: &batch)
    }

    override func appendDecimal(_ value: FixedDecimal, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        encoder.appendDecimal(value, column: column, of: table, into: &batch)
    }

    override func appendTimestamp(_ value: Timestamp, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        encoder.appendTimestamp(value, column: column, of: table, into: &batch)
    }

    override func encodesValueByValue(_ table: TableName) -> Bool { encoder.encodesValueByValue(table) }

    override func encode(_ row: Row, into batch: inout EncodedRowsWriter) {
        encoder.encode(row, into: &batch)
    }
}

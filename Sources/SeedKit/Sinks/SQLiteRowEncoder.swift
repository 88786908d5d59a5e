/// Encodes rows for ``SQLiteSink`` on the generating threads: each value as what SQLite is bound
/// to, so the writing thread only hands SQLite pointers into the batch.
///
/// A value is a tag byte and its payload: NULL; an integer (booleans as 0 or 1) in 8 bytes; or
/// text, its length in 4 bytes and its UTF-8. Decimals, dates, times, timestamps and JSON are
/// text, so the column's type affinity converts them exactly as it converts the same literal in
/// a SQL file.
struct SQLiteRowEncoder: RowEncoder {
    static let null: UInt8 = 0
    static let integer: UInt8 = 1
    static let text: UInt8 = 2

    func encode(_ rows: [Row]) -> EncodedRows {
        var batch = EncodedRows()
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        for row in rows {
            for value in row {
                switch value {
                case .null:
                    batch.bytes.append(Self.null)
                case .integer(let integer):
                    appendInteger(integer, to: &batch.bytes)
                case .boolean(let flag):
                    appendInteger(flag ? 1 : 0, to: &batch.bytes)
                case .text(let text), .json(let text):
                    var text = text
                    text.withUTF8 { appendText($0, to: &batch.bytes) }
                case .decimal(let decimal):
                    appendRendered({ $0.appendDecimal(decimal) }, scratch: &scratch, to: &batch.bytes)
                case .date(let day):
                    appendRendered({ $0.appendDay(day) }, scratch: &scratch, to: &batch.bytes)
                case .time(let time):
                    appendRendered({ $0.appendTime(time) }, scratch: &scratch, to: &batch.bytes)
                case .timestamp(let timestamp):
                    appendRendered({ $0.appendTimestamp(timestamp) }, scratch: &scratch, to: &batch.bytes)
                }
            }
            batch.endRow(table: row.table, id: row.integerID)
        }
        return batch
    }

    private func appendInteger(_ value: Int64, to bytes: inout [UInt8]) {
        bytes.append(Self.integer)
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }

    /// A value's text as `render` writes it, rendered in `scratch` first.
    private func appendRendered(_ render: (inout [UInt8]) -> Void, scratch: inout [UInt8], to bytes: inout [UInt8]) {
        scratch.removeAll(keepingCapacity: true)
        render(&scratch)
        scratch.withUnsafeBufferPointer { appendText($0, to: &bytes) }
    }

    private func appendText(_ text: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(Self.text)
        withUnsafeBytes(of: UInt32(text.count)) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: text)
    }
}

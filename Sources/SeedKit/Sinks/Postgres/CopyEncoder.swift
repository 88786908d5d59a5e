/// Encodes rows as `COPY … FROM STDIN` data for ``PostgresSink``, on any thread: PostgreSQL's
/// binary format for the tables SeedKit created, COPY text (only the selected columns) for the
/// application's own.
struct CopyEncoder: RowEncoder {
    let format: CopyFormat
    /// Per table, by position: its columns' types, for binary COPY.
    let columnTypes: [[ColumnType]]
    /// Per table, by position: the positions of the values to write; nil writes every value.
    let selections: [[Int]?]

    func encode(_ row: Row, into batch: inout EncodedRowsWriter) {
        let position = row.table.position
        if format == .binary {
            CopyBinary.appendRow(row, types: columnTypes[position], to: &batch.bytes)
        } else if let selection = selections[position] {
            for (index, value) in selection.enumerated() {
                if index > 0 { batch.bytes.append(UInt8(ascii: "\t")) }
                CopyText.append(row[value], to: &batch.bytes)
            }
            batch.bytes.append(UInt8(ascii: "\n"))
        } else {
            CopyText.appendRow(row, to: &batch.bytes)
        }
        batch.endRow(table: row.table, id: row.integerID)
    }
}

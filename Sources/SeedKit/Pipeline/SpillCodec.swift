/// How ``OrderedWorkers`` writes a batch to a ``SpillFile`` and reads it back: the same batch,
/// byte for byte.
struct SpillCodec<Batch>: Sendable {
    /// Appends `batch` to the end of `file` as one record.
    let append: @Sendable (_ batch: Batch, _ file: SpillFile) throws -> Void
    /// The batch whose record starts at `offset`, and where the next record starts.
    let read: @Sendable (_ file: SpillFile, _ offset: Int) throws -> (batch: Batch, next: Int)
}

extension SpillCodec where Batch == EncodedRows {
    /// Encoded rows spill as their counts, their bytes and their row index, each as it lies in
    /// memory.
    static var encodedRows: SpillCodec {
        SpillCodec(
            append: { batch, file in
                try file.append(contentsOf: [UInt64(batch.rows.count), UInt64(batch.bytes.count)])
                try file.append(contentsOf: batch.bytes)
                try file.append(contentsOf: batch.rows)
            },
            read: { file, offset in
                let (counts, atBytes) = try file.values(UInt64.self, count: 2, at: offset)
                let (bytes, atRows) = try file.values(UInt8.self, count: Int(counts[1]), at: atBytes)
                let (rows, next) = try file.values(EncodedRow.self, count: Int(counts[0]), at: atRows)
                var batch = EncodedRows()
                batch.bytes = bytes
                batch.rows = rows
                return (batch, next)
            })
    }
}

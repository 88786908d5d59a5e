/// How ``OrderedWorkers`` writes a batch to a ``SpillFile`` and reads it back: the same batch,
/// byte for byte.
struct SpillCodec<Batch>: Sendable {
    let serialize: @Sendable (Batch) -> [UInt8]
    let deserialize: @Sendable ([UInt8]) -> Batch
}

extension SpillCodec where Batch == EncodedRows {
    /// Encoded rows spill as their own bytes and row index (see ``EncodedRows/serialized()``).
    static var encodedRows: SpillCodec {
        SpillCodec(serialize: { $0.serialized() }, deserialize: { EncodedRows(serialized: $0) })
    }
}

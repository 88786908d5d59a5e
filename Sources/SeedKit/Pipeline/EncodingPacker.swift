/// Packs rows into batches for a sink with an encoder: each row is encoded as it is emitted, on
/// the thread that made it, so no batch of ``Row``s is ever held (see ``EncodedRowsWriter``).
final class EncodingPacker<Encoder: RowEncoder>: BatchPacker {
    private let encoder: Encoder
    private var writer = EncodedRowsWriter()

    init(_ encoder: Encoder) {
        self.encoder = encoder
    }

    var count: Int { writer.count }

    func add(_ row: Row) {
        encoder.encode(row, into: &writer)
    }

    func take() -> EncodedRows {
        writer.take()
    }
}

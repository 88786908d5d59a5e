/// Packs rows into batches for a sink with an encoder: each row is encoded as it is emitted, on
/// the thread that made it, so no batch of ``Row``s is ever held (see ``EncodedRowsWriter``).
/// Rows written value by value (``RowEmitter/begin(_:)``) never become ``Row``s at all; the
/// emitter keeps the packer's encoder and writer, so the packer must outlive it.
final class EncodingPacker<Encoder: RowEncoder>: RowPacker {
    private let encoder: Encoder
    /// The same encoder as the emitter calls it (see ``RowEncoderBase``).
    private let emitterEncoder: RowEncoderBase
    /// The packer's own memory, so that its emitter writes into it without an access check per value.
    private let writer: UnsafeMutablePointer<EncodedRowsWriter>

    init(_ encoder: Encoder) {
        self.encoder = encoder
        emitterEncoder = RowEncoderBase.forEncoding(encoder)
        writer = .allocate(capacity: 1)
        writer.initialize(to: EncodedRowsWriter())
    }

    deinit {
        writer.deinitialize(count: 1)
        writer.deallocate()
    }

    var count: Int { writer.pointee.count }

    func add(_ row: Row) {
        encoder.encode(row, into: &writer.pointee)
    }

    func take() -> EncodedRows {
        writer.pointee.take()
    }

    func emitter(batchSize: Int, full: @escaping () throws -> Void) -> RowEmitter {
        .encoding(RowEmitter.Encoding(encoder: emitterEncoder, batch: writer, batchSize: batchSize, full: full))
    }
}

/// A packer of generated rows, which gives the generators their ``RowEmitter``.
protocol RowPacker: BatchPacker where Output == Row {
    /// An emitter that adds each row to this packer, and calls `full` whenever the packer then
    /// holds `batchSize` rows.
    func emitter(batchSize: Int, full: @escaping () throws -> Void) -> RowEmitter
}

extension RowPacker {
    /// An emitter whose batch is taken whole at the end.
    func emitter() -> RowEmitter { emitter(batchSize: .max) {} }
}

extension ArrayPacker: RowPacker where Element == Row {
    func emitter(batchSize: Int, full: @escaping () throws -> Void) -> RowEmitter {
        .collecting { row in
            self.add(row)
            if self.count >= batchSize { try full() }
        }
    }
}

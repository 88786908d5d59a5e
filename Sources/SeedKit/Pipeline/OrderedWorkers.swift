internal import Foundation

/// Runs `count` pieces of work on `jobs` threads and hands what they emit to one consumer in
/// order: everything of piece 0, then everything of piece 1, and so on, whatever thread finished
/// first. So the consumer sees exactly the sequence a single thread would have produced, in
/// batches that a ``BatchPacker`` makes of the outputs (encoded rows, say) on the worker's thread,
/// as each output is emitted. With one job everything happens on the caller's thread, in the same
/// batches.
///
/// Memory stays bounded: a piece hands its output over in batches through a short queue of its
/// own, and no piece starts more than `window` pieces ahead of the one being consumed. When the
/// queue of the piece being consumed is full, its worker waits. When the queue of a piece further
/// ahead is full, its worker would wait for every earlier piece to be consumed, leaving its core
/// idle; given a ``SpillCodec``, it goes on instead, appending the rest of its batches to a
/// temporary file (``SpillFile``) that the consumer reads back when the piece's turn comes. A
/// piece ahead has a shorter queue than the one being consumed, since it spills anyway. So the
/// workers keep every core busy, memory holds at most one full queue and a short one per piece
/// ahead, and the disk holds at most the output of the `window` pieces in flight.
final class OrderedWorkers<Packer: BatchPacker, Result: Sendable>: @unchecked Sendable {
    typealias Output = Packer.Output
    typealias Batch = Packer.Batch
    /// Produces piece `index`, emitting its output in order into `output`, and returns its result.
    typealias Work = @Sendable (_ index: Int, _ output: PieceOutput) throws -> Result
    /// Makes the packer of one thread's batches.
    typealias MakePacker = @Sendable () -> Packer

    private let count: Int
    private let jobs: Int
    private let work: Work
    private let makePacker: MakePacker
    private let window: Int
    private let batchSize: Int
    private let queueCapacity: Int
    private let aheadCapacity: Int
    private let spill: SpillCodec<Batch>?

    private let condition = NSCondition()
    private var pieces: [Int: Piece] = [:]
    private var nextToStart = 0
    private var consuming = 0
    private var stopping = false
    private var running = 0

    private final class Piece {
        /// Batches in memory, waiting for the consumer; once the piece spills, none are added.
        var batches: [Batch] = []
        /// Where the piece's later batches wait, once its queue was full while it was ahead.
        var spillFile: SpillFile?
        /// Where the first batch in ``spillFile`` that the consumer has not taken starts.
        var spillRead = 0
        /// Where the last whole batch in ``spillFile`` ends: the consumer reads no further.
        var spillEnd = 0
        var outcome: Swift.Result<Result, any Error>?

        var hasSpilledBatches: Bool { spillRead < spillEnd }
    }

    /// Spill files of pieces already consumed, for the next pieces to write over: writing over a
    /// file's pages costs the kernel less than giving a new file new ones (the chain with
    /// `--jobs 2` spills about half its rows).
    private var freeSpillFiles: [SpillFile] = []

    /// How many batches went to spill files (for tests: that spilling happened at all).
    private(set) var spilledBatches = 0
    /// The most batches that were waiting in memory at once, over all pieces (for tests).
    private(set) var peakBatchesInMemory = 0
    private var batchesInMemory = 0

    /// Where a piece emits its output: its thread's packer, whose batch is handed over whenever
    /// it is full.
    struct PieceOutput {
        /// The packer of the piece's thread, for outputs added to it directly; ``emitted()``
        /// must follow each.
        let packer: Packer
        /// How many outputs make a full batch.
        let batchSize: Int
        fileprivate let handOver: (Batch) throws -> Void

        /// Adds `output` to the batch, and hands the batch over when it is full.
        func callAsFunction(_ output: Output) throws {
            packer.add(output)
            try emitted()
        }

        /// Hands the batch over when an output added to ``packer`` directly filled it.
        func emitted() throws {
            if packer.count >= batchSize { try handOverBatch() }
        }

        /// Hands the batch over, full or not.
        func handOverBatch() throws {
            try handOver(packer.take())
        }
    }

    /// The consumer gave up (or failed): workers stop at their next hand-over.
    private struct Stopped: Error {}

    /// With `spill`, a piece ahead of the one being consumed keeps at most `aheadCapacity` of its
    /// batches in memory (it would spill most of its output anyway), so memory holds at most
    /// `queueCapacity + jobs × aheadCapacity` batches, not `window` full queues.
    init(count: Int, jobs: Int, batchSize: Int = 512, queueCapacity: Int = 8, aheadCapacity: Int = 2,
         spill: SpillCodec<Batch>? = nil, packer makePacker: @escaping MakePacker, work: @escaping Work) {
        precondition(jobs >= 1, "at least one job")
        self.count = count
        self.jobs = jobs
        self.work = work
        self.makePacker = makePacker
        self.window = jobs + 1
        self.batchSize = batchSize
        self.queueCapacity = queueCapacity
        self.aheadCapacity = min(aheadCapacity, queueCapacity)
        self.spill = spill
    }

    /// Calls `consume` with every batch in piece order and returns the pieces' results in
    /// order. A piece's failure is thrown when its turn comes; a failure of `consume` stops the
    /// workers. Either way every worker has ended when this returns.
    ///
    /// `first` runs on the caller's thread before any piece is consumed, once the workers have
    /// started: what it consumes comes before every piece, and the workers need not wait for it.
    func run(first: () throws -> Void = {}, consume: (Batch) throws -> Void) throws -> [Result] {
        if jobs == 1 {
            try first()
            let packer = makePacker()
            return try withoutActuallyEscaping(consume) { consume in
                let output = PieceOutput(packer: packer, batchSize: batchSize, handOver: consume)
                return try (0..<count).map { index in
                    let result = try work(index, output)
                    if packer.count > 0 { try consume(packer.take()) }
                    return result
                }
            }
        }
        let threads = min(jobs, count)
        condition.lock()
        running = threads
        condition.unlock()
        for _ in 0..<threads {
            let thread = Thread { [self] in workLoop() }
            thread.stackSize = 8 << 20
            thread.start()
        }
        defer { stopAndJoin() }
        try first()
        var results: [Result] = []
        results.reserveCapacity(count)
        for index in 0..<count {
            results.append(try consumePiece(index, consume))
        }
        return results
    }

    private func consumePiece(_ index: Int, _ consume: (Batch) throws -> Void) throws -> Result {
        while true {
            condition.lock()
            while pieces[index] == nil
                || (pieces[index]!.batches.isEmpty && !pieces[index]!.hasSpilledBatches && pieces[index]!.outcome == nil) {
                condition.wait()
            }
            let piece = pieces[index]!
            let batches = piece.batches
            piece.batches.removeAll()
            batchesInMemory -= batches.count
            // Every batch in memory came before every spilled one.
            let spilled = piece.spillFile.map { (file: $0, from: piece.spillRead, to: piece.spillEnd) }
            if let spilled { piece.spillRead = spilled.to }
            let outcome = piece.outcome
            if outcome != nil {
                pieces[index] = nil
                consuming = index + 1
            }
            condition.broadcast()
            condition.unlock()
            for batch in batches { try consume(batch) }
            if let spilled, let spill {
                // The worker only appends past `to`; what lies before it is written and stays put.
                var offset = spilled.from
                while offset < spilled.to {
                    let record = try spill.read(spilled.file, offset)
                    try consume(record.batch)
                    offset = record.next
                }
            }
            if let outcome {
                if let file = spilled?.file {
                    file.reuse()
                    condition.lock()
                    freeSpillFiles.append(file)
                    condition.unlock()
                }
                return try outcome.get()
            }
        }
    }

    private func workLoop() {
        let packer = makePacker()
        while let index = nextPiece() {
            let outcome: Swift.Result<Result, any Error>
            do {
                let result = try work(index, PieceOutput(packer: packer, batchSize: batchSize) { try self.hand($0, of: index) })
                if packer.count > 0 { try hand(packer.take(), of: index) }
                outcome = .success(result)
            } catch is Stopped {
                break
            } catch {
                outcome = .failure(error)
            }
            condition.lock()
            pieces[index]?.outcome = outcome
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// The next piece to start, once the window allows it; nil when all have started or the run stops.
    private func nextPiece() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopping && nextToStart < count && nextToStart >= consuming + window {
            condition.wait()
        }
        guard !stopping, nextToStart < count else { return nil }
        let index = nextToStart
        nextToStart += 1
        pieces[index] = Piece()
        return index
    }

    private func hand(_ batch: Batch, of index: Int) throws {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if stopping { throw Stopped() }
            let piece = pieces[index]!
            if let file = piece.spillFile, let spill {
                // Written outside the lock, so the consumer need not wait for the disk: only this
                // worker appends to the file, and the consumer reads no further than `spillEnd`,
                // which moves once the record is whole.
                condition.unlock()
                let written = Swift.Result { try spill.append(batch, file); return file.end }
                condition.lock()
                piece.spillEnd = try written.get()
                spilledBatches += 1
                condition.broadcast()
                return
            }
            // A piece ahead will spill most of its output anyway: it keeps only a few batches in
            // memory, so the queues in flight do not add up to `window` full ones.
            let capacity = spill != nil && index > consuming ? aheadCapacity : queueCapacity
            if piece.batches.count < capacity {
                piece.batches.append(batch)
                batchesInMemory += 1
                peakBatchesInMemory = max(peakBatchesInMemory, batchesInMemory)
                condition.broadcast()
                return
            }
            if spill != nil && index > consuming {
                piece.spillFile = try freeSpillFiles.popLast() ?? SpillFile()
                continue
            }
            condition.wait()
        }
    }

    private func stopAndJoin() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}

/// Packs one thread's outputs into batches as they are emitted (see ``OrderedWorkers``). A packer
/// belongs to one thread at a time; its batches are handed to another.
protocol BatchPacker: AnyObject {
    associatedtype Output
    associatedtype Batch: Sendable
    /// How many outputs the batch being packed holds.
    var count: Int { get }
    func add(_ output: Output)
    /// The batch packed so far; the next one starts empty.
    func take() -> Batch
}

/// Outputs as they are, in arrays.
final class ArrayPacker<Element: Sendable>: BatchPacker {
    private var elements: [Element] = []

    init() {}

    var count: Int { elements.count }
    func add(_ output: Element) { elements.append(output) }

    func take() -> [Element] {
        defer { elements.removeAll(keepingCapacity: true) }
        return elements
    }
}

internal import Foundation

/// Runs `count` pieces of work on `jobs` threads and hands what they emit to one consumer in
/// order: everything of piece 0, then everything of piece 1, and so on, whatever thread finished
/// first. So the consumer sees exactly the sequence a single thread would have produced, in
/// batches that `pack` turns into what the consumer takes (encoded rows, say) on the worker's
/// thread. With one job everything happens on the caller's thread, in the same batches.
///
/// Memory stays bounded: a piece hands its output over in batches through a short queue of its
/// own, a worker waits while its queue is full, and no piece starts more than `window` pieces
/// ahead of the one being consumed.
final class OrderedWorkers<Output: Sendable, Batch: Sendable, Result: Sendable>: @unchecked Sendable {
    /// Produces piece `index`, calling `emit` with its output in order, and returns its result.
    typealias Work = @Sendable (_ index: Int, _ emit: (Output) throws -> Void) throws -> Result
    /// Turns a run of outputs into one batch for the consumer.
    typealias Pack = @Sendable ([Output]) -> Batch

    private let count: Int
    private let jobs: Int
    private let work: Work
    private let pack: Pack
    private let window: Int
    private let batchSize: Int
    private let queueCapacity: Int

    private let condition = NSCondition()
    private var pieces: [Int: Piece] = [:]
    private var nextToStart = 0
    private var consuming = 0
    private var stopping = false
    private var running = 0

    private final class Piece {
        var batches: [Batch] = []
        var outcome: Swift.Result<Result, any Error>?
    }

    /// The consumer gave up (or failed): workers stop at their next hand-over.
    private struct Stopped: Error {}

    init(count: Int, jobs: Int, batchSize: Int = 512, queueCapacity: Int = 8, pack: @escaping Pack, work: @escaping Work) {
        precondition(jobs >= 1, "at least one job")
        self.count = count
        self.jobs = jobs
        self.work = work
        self.pack = pack
        self.window = jobs + 1
        self.batchSize = batchSize
        self.queueCapacity = queueCapacity
    }

    /// Calls `consume` with every batch in piece order and returns the pieces' results in
    /// order. A piece's failure is thrown when its turn comes; a failure of `consume` stops the
    /// workers. Either way every worker has ended when this returns.
    func run(consume: (Batch) throws -> Void) throws -> [Result] {
        if jobs == 1 {
            return try (0..<count).map { index in
                var batch: [Output] = []
                batch.reserveCapacity(batchSize)
                let result = try work(index) { output in
                    batch.append(output)
                    if batch.count == batchSize {
                        try consume(pack(batch))
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { try consume(pack(batch)) }
                return result
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
            while pieces[index] == nil || (pieces[index]!.batches.isEmpty && pieces[index]!.outcome == nil) {
                condition.wait()
            }
            let piece = pieces[index]!
            let batches = piece.batches
            piece.batches.removeAll()
            let outcome = piece.outcome
            if outcome != nil {
                pieces[index] = nil
                consuming = index + 1
            }
            condition.broadcast()
            condition.unlock()
            for batch in batches { try consume(batch) }
            if let outcome { return try outcome.get() }
        }
    }

    private func workLoop() {
        while let index = nextPiece() {
            var batch: [Output] = []
            batch.reserveCapacity(batchSize)
            let outcome: Swift.Result<Result, any Error>
            do {
                let result = try work(index) { output in
                    batch.append(output)
                    if batch.count == batchSize {
                        try hand(batch, of: index)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { try hand(batch, of: index) }
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

    private func hand(_ outputs: [Output], of index: Int) throws {
        let batch = pack(outputs)
        condition.lock()
        defer { condition.unlock() }
        while !stopping && pieces[index]!.batches.count >= queueCapacity {
            condition.wait()
        }
        if stopping { throw Stopped() }
        pieces[index]!.batches.append(batch)
        condition.broadcast()
    }

    private func stopAndJoin() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}

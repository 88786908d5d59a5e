import Foundation
import Testing
@testable import SeedKit

/// `OrderedWorkers` hands every piece's output to one consumer in piece order, whichever thread
/// made it and whether it waited in memory or in a spill file.
@Suite struct OrderedWorkersTests {
    /// Batches of numbers, spilled as their count and then the numbers.
    static let numbers = SpillCodec<[Int]>(
        append: { batch, file in
            try file.append(contentsOf: [batch.count])
            try file.append(contentsOf: batch)
        },
        read: { file, offset in
            let (count, atNumbers) = try file.values(Int.self, count: 1, at: offset)
            let (numbers, next) = try file.values(Int.self, count: count[0], at: atNumbers)
            return (numbers, next)
        })

    /// Six pieces of 40 numbers each, piece `p` emitting `p * 1000 + k`; the first piece is slow,
    /// so the pieces after it fill their queues long before their turn.
    static func run(spill: SpillCodec<[Int]>?, queueCapacity: Int = 2, aheadCapacity: Int = 2) throws
        -> (consumed: [Int], results: [Int], spilled: Int, peakInMemory: Int)
    {
        let workers = OrderedWorkers<ArrayPacker<Int>, Int>(count: 6, jobs: 3, batchSize: 3, queueCapacity: queueCapacity,
                                                            aheadCapacity: aheadCapacity, spill: spill, packer: { ArrayPacker() }) { index, emit in
            for k in 0..<40 {
                if index == 0 { Thread.sleep(forTimeInterval: 0.002) }
                try emit(index * 1000 + k)
            }
            return index
        }
        var consumed: [Int] = []
        let results = try workers.run { consumed.append(contentsOf: $0) }
        return (consumed, results, workers.spilledBatches, workers.peakBatchesInMemory)
    }

    static let expected = (0..<6).flatMap { piece in (0..<40).map { piece * 1000 + $0 } }

    @Test("pieces ahead of the consumer spill to disk instead of waiting, and the consumer still sees piece order")
    func spillingKeepsOrder() throws {
        let run = try Self.run(spill: Self.numbers)
        #expect(run.consumed == Self.expected)
        #expect(run.results == Array(0..<6))
        #expect(run.spilled > 0, "the pieces behind the slow first one should have spilled")
    }

    @Test("a piece ahead keeps only its short queue in memory: one full queue, and a short one per piece ahead")
    func piecesAheadKeepShortQueues() throws {
        let short = try Self.run(spill: Self.numbers, queueCapacity: 4, aheadCapacity: 1)
        #expect(short.consumed == Self.expected)
        #expect(short.peakInMemory <= 4 + 3 * 1)
        // With queues as long ahead as at the front, the pieces behind the slow one hold more.
        let long = try Self.run(spill: Self.numbers, queueCapacity: 4, aheadCapacity: 4)
        #expect(long.consumed == Self.expected)
        #expect(long.peakInMemory > 4 + 3 * 1)
    }

    @Test("without a codec, pieces ahead wait for their turn and nothing spills")
    func waitingKeepsOrder() throws {
        let run = try Self.run(spill: nil)
        #expect(run.consumed == Self.expected)
        #expect(run.spilled == 0)
    }

    @Test("batches of encoded rows read back from a spill file unchanged, one after another")
    func encodedRowsRoundTrip() throws {
        var batch = EncodedRows()
        batch.bytes.append(contentsOf: Array("1\tTaco\n".utf8))
        batch.endRow(table: .products, id: 1)
        batch.bytes.append(contentsOf: Array("{}\n".utf8))
        batch.endRow(table: .platformSettings, id: nil)
        batch.bytes.append(contentsOf: Array("-9\n".utf8))
        batch.endRow(table: .dailyReports, id: -9)
        let empty = EncodedRows()
        let file = try SpillFile()
        let codec = SpillCodec<EncodedRows>.encodedRows
        try codec.append(batch, file)
        try codec.append(empty, file)
        try codec.append(batch, file)
        var offset = 0
        var back: [EncodedRows] = []
        while offset < file.end {
            let record = try codec.read(file, offset)
            back.append(record.batch)
            offset = record.next
        }
        #expect(offset == file.end)
        #expect(back.map(\.bytes) == [batch.bytes, [], batch.bytes])
        #expect(back.map { $0.rows.map(\.table) } == [[.products, .platformSettings, .dailyReports], [], [.products, .platformSettings, .dailyReports]])
        #expect(back.map { $0.rows.map(\.id) } == [[1, nil, -9], [], [1, nil, -9]])
        #expect(back.map { $0.rows.map(\.end) } == [batch.rows.map(\.end), [], batch.rows.map(\.end)])
    }
}

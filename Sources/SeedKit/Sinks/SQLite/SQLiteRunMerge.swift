/// One sorted run of index records in a spill file, read back in order a chunk at a time.
struct SQLiteRunReader {
    /// What the buffers of all the runs merged at once may take together: a larger platform
    /// has more runs, each read in smaller chunks, so memory does not grow with it.
    static let mergeBudget = 8 << 20
    /// More than any record takes (the largest page's records stay under 16.5 KB): a buffer
    /// with fewer bytes left than this is refilled before the next record is read.
    private static let largestRecord = 20_000

    /// Bytes read from the file at a time when `runs` runs are merged: up to 256 KiB, at least
    /// 32 KiB (past 256 runs, the merge budget is exceeded rather than reading tiny chunks).
    static func chunkSize(runs: Int) -> Int {
        min(256 << 10, max(32 << 10, mergeBudget / max(runs, 1)))
    }

    private let file: SpillFile
    private let chunkSize: Int
    /// Where in the file the bytes not yet read start, and where the run ends.
    private var next: Int
    private let end: Int
    private var buffer: [UInt8] = []
    /// Where the current record starts in ``buffer``, and its length (0 before the first).
    private var position = 0
    private var length = 0

    init(file: SpillFile, offset: Int, length: Int, chunkSize: Int) {
        self.file = file
        self.chunkSize = chunkSize
        next = offset
        end = offset + length
    }

    /// Moves to the next record; `false` past the last.
    mutating func advance() throws -> Bool {
        position += length
        length = 0
        if buffer.count - position < Self.largestRecord && next < end {
            let count = min(chunkSize, end - next)
            let (more, after) = try file.values(UInt8.self, count: count, at: next)
            buffer = Array(buffer[position...]) + more
            position = 0
            next = after
        }
        guard position < buffer.count else { return false }
        length = buffer.withUnsafeBytes { SQLiteRecordOrder.recordLength(at: $0.baseAddress! + position) }
        return true
    }

    /// Calls `body` with the current record.
    func withCurrent<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try buffer.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[position..<(position + length)])) }
    }
}

/// The records of several sorted runs in one order: a binary heap of the runs by their current
/// record (no two records are equal: each ends in its rowid).
struct SQLiteRunMerge {
    private var readers: [SQLiteRunReader]
    /// Readers with a current record, as a heap: the smallest record's reader first.
    private var heap: [Int] = []
    /// Whether a record is left: the smallest, which ``withCurrent(_:)`` shows.
    var hasCurrent: Bool { !heap.isEmpty }

    init(_ readers: [SQLiteRunReader]) throws {
        self.readers = readers
        for index in self.readers.indices where try self.readers[index].advance() {
            heap.append(index)
            siftUp(heap.count - 1)
        }
    }

    /// Calls `body` with the smallest record left.
    func withCurrent<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try readers[heap[0]].withCurrent(body)
    }

    /// Moves to the next record in order.
    mutating func advance() throws {
        guard let top = heap.first else { return }
        if try readers[top].advance() {
            siftDown(0)
        } else {
            heap[0] = heap[heap.count - 1]
            heap.removeLast()
            if !heap.isEmpty { siftDown(0) }
        }
    }

    private func less(_ a: Int, _ b: Int) -> Bool {
        readers[a].withCurrent { x in
            readers[b].withCurrent { y in SQLiteRecordOrder.compare(x.baseAddress!, y.baseAddress!) < 0 }
        }
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(heap[child], heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < heap.count && less(heap[left], heap[smallest]) { smallest = left }
            if right < heap.count && less(heap[right], heap[smallest]) { smallest = right }
            guard smallest != parent else { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}

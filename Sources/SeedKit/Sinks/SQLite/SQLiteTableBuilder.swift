/// Builds one table's b-tree (section 1.6 of SQLite's "Database File Format") from its rows in
/// ascending rowid order, bottom up, as `CREATE INDEX` builds an index from sorted keys: leaves
/// filled one after another, and above them interior pages whose keys are their children's
/// largest rowids. The table's root stays on the page SQLite gave it in `CREATE TABLE`.
///
/// Full leaves wait in a run of ``pagesPerRun`` and are appended to the file together, so a
/// table's pages lie in long stretches of the file, whose index builds later read them in order
/// (rows of many tables arrive interleaved). Memory stays at a run, a leaf, and one page per
/// level above the leaves, whatever the table's size.
struct SQLiteTableBuilder {
    /// Leaves appended to the file together: 1 MiB of 4 KiB pages.
    static let runBytes = 1 << 20

    let rootPage: Int
    private let pageSize: Int
    private let usableSize: Int
    /// The largest payload a leaf cell holds on its page; larger ones spill to overflow pages.
    private let maximumLocal: Int
    private let minimumLocal: Int
    private var leaf: [UInt8]
    private var leafCells = 0
    /// Where the cells of ``leaf`` start: they are placed from the end of the page down.
    private var leafContentStart: Int
    private var leafLargestRowid: Int64 = 0
    /// The last rowid added, if any.
    private(set) var lastRowid: Int64?
    /// Full leaves not yet in the file, and each one's largest rowid.
    private var run: [UInt8] = []
    private var runKeys: [Int64] = []
    private var completedLeaves = 0
    /// The interior pages being filled above the leaves, each child keyed by its largest rowid.
    private var interior: SQLiteInteriorLevels<Int64>

    init(rootPage: Int, pageSize: Int, usableSize: Int) {
        self.rootPage = rootPage
        self.pageSize = pageSize
        self.usableSize = usableSize
        maximumLocal = usableSize - 35
        minimumLocal = (usableSize - 12) * 32 / 255 - 23
        leaf = [UInt8](repeating: 0, count: pageSize)
        leafContentStart = usableSize
        interior = SQLiteInteriorLevels(pageSize: pageSize, usableSize: usableSize)
    }

    /// Adds a row: its rowid, larger than any before, and its record.
    mutating func add(rowid: Int64, record: UnsafeRawBufferPointer, file: SQLitePageFile) throws {
        precondition(lastRowid.map { rowid > $0 } ?? true, "rowids ascend")
        let payload = record.count
        let local = payload <= maximumLocal ? payload : localSize(payload: payload)
        let header = SQLiteVarint.length(UInt64(payload)) + SQLiteVarint.length(UInt64(bitPattern: rowid))
        let cellSize = header + local + (local < payload ? 4 : 0)
        if 8 + 2 * (leafCells + 1) > leafContentStart - cellSize {
            try completeLeaf(file: file)
        }
        let overflowPage = local < payload
            ? try writeOverflow(UnsafeRawBufferPointer(rebasing: record[local...]), file: file) : 0
        leafContentStart -= cellSize
        let start = leafContentStart
        leaf.withUnsafeMutableBytes { page in
            var offset = start
            offset += SQLiteVarint.write(UInt64(payload), into: page, at: offset)
            offset += SQLiteVarint.write(UInt64(bitPattern: rowid), into: page, at: offset)
            page.baseAddress!.advanced(by: offset).copyMemory(from: record.baseAddress!, byteCount: local)
            offset += local
            if local < payload { Self.put32(UInt32(overflowPage), into: page, at: offset) }
            Self.put16(start, into: page, at: 8 + 2 * leafCells)
        }
        leafCells += 1
        leafLargestRowid = rowid
        lastRowid = rowid
    }

    /// Writes what is still in memory, the root last, on its own page.
    mutating func finish(file: SQLitePageFile) throws {
        guard completedLeaves > 0 else {
            if leafCells > 0 {
                finishLeafHeader()
                try leaf.withUnsafeBytes { try file.rewrite(page: rootPage, with: $0) }
            }
            return
        }
        try completeLeaf(file: file)
        try flushRun(file: file)
        try interior.finish(rootPage: rootPage, file: file)
    }

    /// The payload bytes a cell keeps on its leaf when the rest overflows (section 1.6).
    private func localSize(payload: Int) -> Int {
        let candidate = minimumLocal + (payload - minimumLocal) % (usableSize - 4)
        return candidate <= maximumLocal ? candidate : minimumLocal
    }

    /// Writes the overflowing part of a payload to a chain of new pages and returns the first.
    private func writeOverflow(_ rest: UnsafeRawBufferPointer, file: SQLitePageFile) throws -> Int {
        let perPage = usableSize - 4
        let count = (rest.count + perPage - 1) / perPage
        let numbers = file.numbersOfNextPages(count)
        var pages = [UInt8](repeating: 0, count: count * pageSize)
        pages.withUnsafeMutableBytes { pages in
            for index in 0..<count {
                let offset = index * pageSize
                Self.put32(index + 1 < count ? UInt32(numbers[index + 1]) : 0, into: pages, at: offset)
                let chunk = rest[(index * perPage)..<min(rest.count, (index + 1) * perPage)]
                pages.baseAddress!.advanced(by: offset + 4).copyMemory(from: rest.baseAddress! + chunk.startIndex, byteCount: chunk.count)
            }
        }
        let written = try pages.withUnsafeBytes { try file.append($0) }
        precondition(written == numbers, "overflow pages are numbered as they are appended")
        return numbers[0]
    }

    /// Moves the full leaf into the run, and the run into the file when it is long enough.
    private mutating func completeLeaf(file: SQLitePageFile) throws {
        finishLeafHeader()
        run.append(contentsOf: leaf)
        runKeys.append(leafLargestRowid)
        completedLeaves += 1
        leaf.withUnsafeMutableBytes { _ = $0.initializeMemory(as: UInt8.self, repeating: 0) }
        leafCells = 0
        leafContentStart = usableSize
        if run.count >= Self.runBytes { try flushRun(file: file) }
    }

    private mutating func finishLeafHeader() {
        let cells = leafCells, contentStart = leafContentStart
        leaf.withUnsafeMutableBytes { page in
            page[0] = 0x0D  // a table b-tree leaf
            Self.put16(cells, into: page, at: 3)
            Self.put16(contentStart == 65_536 ? 0 : contentStart, into: page, at: 5)
        }
    }

    private mutating func flushRun(file: SQLitePageFile) throws {
        guard !runKeys.isEmpty else { return }
        let numbers = try run.withUnsafeBytes { try file.append($0) }
        let keys = runKeys
        run.removeAll(keepingCapacity: true)
        runKeys.removeAll(keepingCapacity: true)
        for (number, key) in zip(numbers, keys) {
            try interior.add(leaf: number, key: key, file: file)
        }
    }

    static func put16(_ value: Int, into page: UnsafeMutableRawBufferPointer, at offset: Int) {
        page[offset] = UInt8(truncatingIfNeeded: value >> 8)
        page[offset + 1] = UInt8(truncatingIfNeeded: value)
    }

    static func put32(_ value: UInt32, into page: UnsafeMutableRawBufferPointer, at offset: Int) {
        for index in 0..<4 { page[offset + index] = UInt8(truncatingIfNeeded: value >> (24 - 8 * UInt32(index))) }
    }
}

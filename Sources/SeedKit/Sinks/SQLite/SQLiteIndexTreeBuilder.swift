/// Builds one index's b-tree (section 1.6 of "Database File Format") from its records in index
/// order, bottom up, as ``SQLiteTableBuilder`` builds a table's: leaves filled one after another,
/// and above them interior pages. In an index every record is in the tree once: a full leaf gives
/// its last record to the level above as the divider between it and the next leaf, and a full
/// interior page gives its last child's divider to the level above in the same way. The index's
/// root stays on the page SQLite gave it in `CREATE INDEX`.
///
/// Records never overflow their page (``SQLiteIndexKeys`` leaves such indexes to SQLite). Dividers
/// are copied, so a record need only be valid while it is added; memory stays at a run of leaves
/// and one page per level above them, whatever the index's size.
struct SQLiteIndexTreeBuilder {
    let rootPage: Int
    private let pageSize: Int
    private let usableSize: Int
    private var leaf: [UInt8]
    private var leafCells = 0
    /// Where the cells of ``leaf`` start: they are placed from the end of the page down.
    private var leafContentStart: Int
    /// Full leaves not yet in the file, and the divider after each.
    private var run: [UInt8] = []
    private var runDividers: [[UInt8]] = []
    private var completedLeaves = 0
    /// The interior pages being filled above the leaves, each child keyed by the divider after it.
    private var interior: SQLiteInteriorLevels<[UInt8]>

    init(rootPage: Int, pageSize: Int, usableSize: Int) {
        self.rootPage = rootPage
        self.pageSize = pageSize
        self.usableSize = usableSize
        leaf = [UInt8](repeating: 0, count: pageSize)
        leafContentStart = usableSize
        interior = SQLiteInteriorLevels(pageSize: pageSize, usableSize: usableSize)
    }

    /// Adds a record, after every record before it in the index's order.
    mutating func add(_ record: UnsafeRawBufferPointer, file: SQLitePageFile) throws {
        let cellSize = SQLiteVarint.length(UInt64(record.count)) + record.count
        if 8 + 2 * (leafCells + 1) > leafContentStart - cellSize && leafCells > 1 {
            // The leaf's last cell, the one placed lowest, moves up as the divider.
            let start = leafContentStart, cells = leafCells
            let (divider, cellEnd) = leaf.withUnsafeMutableBytes { page -> ([UInt8], Int) in
                let (length, lengthSize) = SQLiteVarint.read(UnsafeRawBufferPointer(page), at: start)
                let cellEnd = start + lengthSize + Int(length)
                let divider = Array(page[(start + lengthSize)..<cellEnd])
                _ = UnsafeMutableRawBufferPointer(rebasing: page[start..<cellEnd]).initializeMemory(as: UInt8.self, repeating: 0)
                SQLiteTableBuilder.put16(0, into: page, at: 8 + 2 * (cells - 1))
                return (divider, cellEnd)
            }
            leafContentStart = cellEnd
            leafCells -= 1
            try completeLeaf(divider: divider, file: file)
        }
        leafContentStart -= cellSize
        let start = leafContentStart, cells = leafCells
        leaf.withUnsafeMutableBytes { page in
            let offset = start + SQLiteVarint.write(UInt64(record.count), into: page, at: start)
            page.baseAddress!.advanced(by: offset).copyMemory(from: record.baseAddress!, byteCount: record.count)
            SQLiteTableBuilder.put16(start, into: page, at: 8 + 2 * cells)
        }
        leafCells += 1
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
        try completeLeaf(divider: nil, file: file)
        try flushRun(file: file)
        try interior.finish(rootPage: rootPage, file: file)
    }

    /// Moves the full leaf into the run, and the run into the file when it is long enough.
    private mutating func completeLeaf(divider: [UInt8]?, file: SQLitePageFile) throws {
        finishLeafHeader()
        run.append(contentsOf: leaf)
        completedLeaves += 1
        leaf.withUnsafeMutableBytes { _ = $0.initializeMemory(as: UInt8.self, repeating: 0) }
        leafCells = 0
        leafContentStart = usableSize
        if let divider {
            runDividers.append(divider)
            if run.count >= SQLiteTableBuilder.runBytes { try flushRun(file: file) }
        }
    }

    private mutating func finishLeafHeader() {
        let cells = leafCells, contentStart = leafContentStart
        leaf.withUnsafeMutableBytes { page in
            page[0] = 0x0A  // an index b-tree leaf
            SQLiteTableBuilder.put16(cells, into: page, at: 3)
            SQLiteTableBuilder.put16(contentStart == 65_536 ? 0 : contentStart, into: page, at: 5)
        }
    }

    /// Appends the run's leaves and hands each to the level above, with the divider after it
    /// (none after the very last leaf, the right-most of every level).
    private mutating func flushRun(file: SQLitePageFile) throws {
        guard !run.isEmpty else { return }
        let numbers = try run.withUnsafeBytes { try file.append($0) }
        let dividers = runDividers
        run.removeAll(keepingCapacity: true)
        runDividers.removeAll(keepingCapacity: true)
        for (position, number) in numbers.enumerated() {
            try interior.add(leaf: number, key: position < dividers.count ? dividers[position] : [], file: file)
        }
    }
}

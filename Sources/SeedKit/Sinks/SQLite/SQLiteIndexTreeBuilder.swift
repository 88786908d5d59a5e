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
    /// The interior pages being filled, lowest level (the leaves' parents) first.
    private var levels: [IndexInteriorLevel] = []

    init(rootPage: Int, pageSize: Int, usableSize: Int) {
        self.rootPage = rootPage
        self.pageSize = pageSize
        self.usableSize = usableSize
        leaf = [UInt8](repeating: 0, count: pageSize)
        leafContentStart = usableSize
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
        var level = 0
        while level + 1 < levels.count {
            let last = levels[level]
            levels[level] = IndexInteriorLevel()
            try emit(last, above: level, file: file)
            level += 1
        }
        try levels[level].page(pageSize: pageSize, usableSize: usableSize).withUnsafeBytes {
            try file.rewrite(page: rootPage, with: $0)
        }
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
            try add(child: number, divider: position < dividers.count ? dividers[position] : nil, level: 0, file: file)
        }
    }

    /// Adds a child to the page filling at `level`. When its children would no longer fit as
    /// cells, all but the last become a page, so a level always has two children or more once it
    /// has written one: SQLite never has an interior page without cells below its root.
    private mutating func add(child page: Int, divider: [UInt8]?, level: Int, file: SQLitePageFile) throws {
        if level == levels.count { levels.append(IndexInteriorLevel()) }
        if !levels[level].fits(oneMoreAfter: usableSize) {
            try emit(levels[level].removeAllButLast(), above: level, file: file)
        }
        levels[level].add(child: page, divider: divider)
    }

    /// Appends an interior page of `level` to the file and hands it to the level above, with
    /// its last child's divider.
    private mutating func emit(_ full: IndexInteriorLevel, above level: Int, file: SQLitePageFile) throws {
        let numbers = try full.page(pageSize: pageSize, usableSize: usableSize).withUnsafeBytes { try file.append($0) }
        try add(child: numbers[0], divider: full.lastDivider, level: level + 1, file: file)
    }
}

/// The interior page being filled at one level of an index b-tree: its children, each with the
/// divider after it. All but the last become cells (child page, divider); the last is the page's
/// right-most pointer, and its divider goes to the level above.
private struct IndexInteriorLevel {
    private var children: [(page: Int, divider: [UInt8]?)] = []
    /// The bytes every child would take as a cell: pointer, page number, length and record.
    private var cellBytes = 0

    var lastDivider: [UInt8]? { children.last!.divider }

    /// Whether one more child fits: the children so far would all become cells.
    func fits(oneMoreAfter usableSize: Int) -> Bool { 12 + cellBytes <= usableSize }

    /// Keeps the last child and returns a level of the others.
    mutating func removeAllButLast() -> IndexInteriorLevel {
        var others = IndexInteriorLevel()
        for child in children.dropLast() { others.add(child: child.page, divider: child.divider) }
        let last = children[children.count - 1]
        self = IndexInteriorLevel()
        add(child: last.page, divider: last.divider)
        return others
    }

    mutating func add(child page: Int, divider: [UInt8]?) {
        children.append((page, divider))
        let length = divider?.count ?? 0
        cellBytes += 2 + 4 + SQLiteVarint.length(UInt64(length)) + length
    }

    func page(pageSize: Int, usableSize: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: pageSize)
        bytes.withUnsafeMutableBytes { page in
            page[0] = 0x02  // an index b-tree interior page
            let cells = children.count - 1
            SQLiteTableBuilder.put16(cells, into: page, at: 3)
            SQLiteTableBuilder.put32(UInt32(children[cells].page), into: page, at: 8)
            var contentStart = usableSize
            for (index, child) in children.dropLast().enumerated() {
                let divider = child.divider!
                contentStart -= 4 + SQLiteVarint.length(UInt64(divider.count)) + divider.count
                SQLiteTableBuilder.put32(UInt32(child.page), into: page, at: contentStart)
                let offset = contentStart + 4 + SQLiteVarint.write(UInt64(divider.count), into: page, at: contentStart + 4)
                divider.withUnsafeBytes { page.baseAddress!.advanced(by: offset).copyMemory(from: $0.baseAddress!, byteCount: divider.count) }
                SQLiteTableBuilder.put16(contentStart, into: page, at: 12 + 2 * index)
            }
            SQLiteTableBuilder.put16(contentStart == 65_536 ? 0 : contentStart, into: page, at: 5)
        }
        return bytes
    }
}

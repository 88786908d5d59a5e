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
    var rootPage: Int { leaves.rootPage }
    /// The leaves, each keyed by the divider after it, and the interior pages above them.
    private var leaves: SQLiteLeafRun<[UInt8]>

    init(rootPage: Int, pageSize: Int, usableSize: Int) {
        leaves = SQLiteLeafRun(rootPage: rootPage, leafPageType: 0x0A, pageSize: pageSize, usableSize: usableSize)
    }

    /// Adds a record, after every record before it in the index's order.
    mutating func add(_ record: UnsafeRawBufferPointer, file: SQLitePageFile) throws {
        let cellSize = SQLiteVarint.length(UInt64(record.count)) + record.count
        if !leaves.hasRoom(forCellOf: cellSize) && leaves.cells > 1 {
            // The leaf's last cell, the one placed lowest, moves up as the divider.
            let start = leaves.contentStart, cells = leaves.cells
            let (divider, cellEnd) = leaves.leaf.withUnsafeMutableBytes { page -> ([UInt8], Int) in
                let (length, lengthSize) = SQLiteVarint.read(UnsafeRawBufferPointer(page), at: start)
                let cellEnd = start + lengthSize + Int(length)
                let divider = Array(page[(start + lengthSize)..<cellEnd])
                _ = UnsafeMutableRawBufferPointer(rebasing: page[start..<cellEnd]).initializeMemory(as: UInt8.self, repeating: 0)
                SQLiteTableBuilder.put16(0, into: page, at: 8 + 2 * (cells - 1))
                return (divider, cellEnd)
            }
            leaves.contentStart = cellEnd
            leaves.cells -= 1
            try leaves.completeLeaf(key: divider, file: file)
        }
        leaves.contentStart -= cellSize
        let start = leaves.contentStart, cells = leaves.cells
        leaves.leaf.withUnsafeMutableBytes { page in
            let offset = start + SQLiteVarint.write(UInt64(record.count), into: page, at: start)
            page.baseAddress!.advanced(by: offset).copyMemory(from: record.baseAddress!, byteCount: record.count)
            SQLiteTableBuilder.put16(start, into: page, at: 8 + 2 * cells)
        }
        leaves.cells += 1
    }

    /// Writes what is still in memory, the root last, on its own page. The last leaf is the
    /// right-most of its level, with no divider after it.
    mutating func finish(file: SQLitePageFile) throws {
        try leaves.finish(lastKey: [], file: file)
    }
}

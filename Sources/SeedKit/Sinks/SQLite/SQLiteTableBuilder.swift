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
    /// The interior pages being filled, lowest level (the leaves' parents) first.
    private var levels: [InteriorLevel] = []

    init(rootPage: Int, pageSize: Int, usableSize: Int) {
        self.rootPage = rootPage
        self.pageSize = pageSize
        self.usableSize = usableSize
        maximumLocal = usableSize - 35
        minimumLocal = (usableSize - 12) * 32 / 255 - 23
        leaf = [UInt8](repeating: 0, count: pageSize)
        leafContentStart = usableSize
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
        var level = 0
        while level + 1 < levels.count {
            let last = levels[level]
            levels[level] = InteriorLevel()
            try emit(last, above: level, file: file)
            level += 1
        }
        try levels[level].page(pageSize: pageSize, usableSize: usableSize).withUnsafeBytes {
            try file.rewrite(page: rootPage, with: $0)
        }
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
            try add(child: number, key: key, level: 0, file: file)
        }
    }

    /// Adds a child to the page filling at `level`. When it is full, its children but the last
    /// become a page, so a level always has two children or more once it has written one:
    /// SQLite never has an interior page without cells below its root.
    private mutating func add(child page: Int, key: Int64, level: Int, file: SQLitePageFile) throws {
        if level == levels.count { levels.append(InteriorLevel()) }
        if !levels[level].fits(oneMoreAfter: usableSize) {
            try emit(levels[level].removeAllButLast(), above: level, file: file)
        }
        levels[level].add(child: page, key: key)
    }

    /// Appends an interior page of `level` to the file and hands it to the level above.
    private mutating func emit(_ full: InteriorLevel, above level: Int, file: SQLitePageFile) throws {
        let numbers = try full.page(pageSize: pageSize, usableSize: usableSize).withUnsafeBytes { try file.append($0) }
        try add(child: numbers[0], key: full.largestKey, level: level + 1, file: file)
    }

    static func put16(_ value: Int, into page: UnsafeMutableRawBufferPointer, at offset: Int) {
        page[offset] = UInt8(truncatingIfNeeded: value >> 8)
        page[offset + 1] = UInt8(truncatingIfNeeded: value)
    }

    static func put32(_ value: UInt32, into page: UnsafeMutableRawBufferPointer, at offset: Int) {
        for index in 0..<4 { page[offset + index] = UInt8(truncatingIfNeeded: value >> (24 - 8 * UInt32(index))) }
    }
}

/// The interior page being filled at one level of a table b-tree: its children, each with the
/// largest rowid under it. All but the last become cells (child page, key); the last is the
/// page's right-most pointer.
private struct InteriorLevel {
    private var children: [(page: Int, key: Int64)] = []
    /// The bytes every child would take as a cell: pointer, page number and key.
    private var cellBytes = 0

    var largestKey: Int64 { children.last!.key }

    /// Whether one more child fits: the children so far would all become cells.
    func fits(oneMoreAfter usableSize: Int) -> Bool { 12 + cellBytes <= usableSize }

    /// Keeps the last child and returns a level of the others.
    mutating func removeAllButLast() -> InteriorLevel {
        var others = InteriorLevel()
        for child in children.dropLast() { others.add(child: child.page, key: child.key) }
        let last = children[children.count - 1]
        self = InteriorLevel()
        add(child: last.page, key: last.key)
        return others
    }

    mutating func add(child page: Int, key: Int64) {
        children.append((page, key))
        cellBytes += 2 + 4 + SQLiteVarint.length(UInt64(bitPattern: key))
    }

    func page(pageSize: Int, usableSize: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: pageSize)
        bytes.withUnsafeMutableBytes { page in
            page[0] = 0x05  // a table b-tree interior page
            let cells = children.count - 1
            SQLiteTableBuilder.put16(cells, into: page, at: 3)
            SQLiteTableBuilder.put32(UInt32(children[cells].page), into: page, at: 8)
            var contentStart = usableSize
            for (index, child) in children.dropLast().enumerated() {
                let size = 4 + SQLiteVarint.length(UInt64(bitPattern: child.key))
                contentStart -= size
                SQLiteTableBuilder.put32(UInt32(child.page), into: page, at: contentStart)
                SQLiteVarint.write(UInt64(bitPattern: child.key), into: page, at: contentStart + 4)
                SQLiteTableBuilder.put16(contentStart, into: page, at: 12 + 2 * index)
            }
            SQLiteTableBuilder.put16(contentStart == 65_536 ? 0 : contentStart, into: page, at: 5)
        }
        return bytes
    }
}

/// What an interior b-tree cell keeps after its child's page number (section 1.6 of "Database
/// File Format"): in a table, the largest rowid under the child; in an index, the divider record
/// between the child and the next one.
protocol SQLiteInteriorKey {
    /// The page type of interior pages with such keys.
    static var interiorPageType: UInt8 { get }
    /// The bytes the key takes in a cell.
    var cellBytes: Int { get }
    /// Writes the key at `offset`.
    func write(into page: UnsafeMutableRawBufferPointer, at offset: Int)
}

extension Int64: SQLiteInteriorKey {
    static var interiorPageType: UInt8 { 0x05 }  // a table b-tree interior page
    var cellBytes: Int { SQLiteVarint.length(UInt64(bitPattern: self)) }
    func write(into page: UnsafeMutableRawBufferPointer, at offset: Int) {
        SQLiteVarint.write(UInt64(bitPattern: self), into: page, at: offset)
    }
}

/// An index's divider record, with its length before it; empty after the right-most child of a
/// level, which is never a cell.
extension [UInt8]: SQLiteInteriorKey {
    static var interiorPageType: UInt8 { 0x02 }  // an index b-tree interior page
    var cellBytes: Int { SQLiteVarint.length(UInt64(count)) + count }
    func write(into page: UnsafeMutableRawBufferPointer, at offset: Int) {
        let start = offset + SQLiteVarint.write(UInt64(count), into: page, at: offset)
        withUnsafeBytes { page.baseAddress!.advanced(by: start).copyMemory(from: $0.baseAddress!, byteCount: count) }
    }
}

/// The interior pages being filled above a b-tree's leaves, lowest level (the leaves' parents)
/// first, as ``SQLiteTableBuilder`` and ``SQLiteIndexTreeBuilder`` build their trees bottom up.
/// A child comes with its key; a full page goes to the file and up to the next level with its
/// last child's key. Memory stays at one page per level, whatever the tree's size.
struct SQLiteInteriorLevels<Key: SQLiteInteriorKey> {
    private let pageSize: Int
    private let usableSize: Int
    private var levels: [Level] = []

    init(pageSize: Int, usableSize: Int) {
        self.pageSize = pageSize
        self.usableSize = usableSize
    }

    /// Adds a leaf, after every leaf before it.
    mutating func add(leaf page: Int, key: Key, file: SQLitePageFile) throws {
        try add(child: page, key: key, level: 0, file: file)
    }

    /// Writes the pages still being filled, each below the next, and the top one on `rootPage`.
    mutating func finish(rootPage: Int, file: SQLitePageFile) throws {
        var level = 0
        while level + 1 < levels.count {
            let last = levels[level]
            levels[level] = Level()
            try emit(last, above: level, file: file)
            level += 1
        }
        try levels[level].page(pageSize: pageSize, usableSize: usableSize).withUnsafeBytes {
            try file.rewrite(page: rootPage, with: $0)
        }
    }

    /// Adds a child to the page filling at `level`. When its children would no longer fit as
    /// cells, all but the last become a page, so a level always has two children or more once it
    /// has written one: SQLite never has an interior page without cells below its root.
    private mutating func add(child page: Int, key: Key, level: Int, file: SQLitePageFile) throws {
        if level == levels.count { levels.append(Level()) }
        if !levels[level].fits(oneMoreAfter: usableSize) {
            try emit(levels[level].removeAllButLast(), above: level, file: file)
        }
        levels[level].add(child: page, key: key)
    }

    /// Appends an interior page of `level` to the file and hands it to the level above.
    private mutating func emit(_ full: Level, above level: Int, file: SQLitePageFile) throws {
        let numbers = try full.page(pageSize: pageSize, usableSize: usableSize).withUnsafeBytes { try file.append($0) }
        try add(child: numbers[0], key: full.lastKey, level: level + 1, file: file)
    }

    /// The interior page being filled at one level: its children, each with its key. All but the
    /// last become cells (child page, key); the last is the page's right-most pointer.
    private struct Level {
        private var children: [(page: Int, key: Key)] = []
        /// The bytes every child would take as a cell: pointer, page number and key.
        private var cellBytes = 0

        var lastKey: Key { children.last!.key }

        /// Whether one more child fits: the children so far would all become cells.
        func fits(oneMoreAfter usableSize: Int) -> Bool { 12 + cellBytes <= usableSize }

        /// Keeps the last child and returns a level of the others.
        mutating func removeAllButLast() -> Level {
            var others = Level()
            for child in children.dropLast() { others.add(child: child.page, key: child.key) }
            let last = children[children.count - 1]
            self = Level()
            add(child: last.page, key: last.key)
            return others
        }

        mutating func add(child page: Int, key: Key) {
            children.append((page, key))
            cellBytes += 2 + 4 + key.cellBytes
        }

        func page(pageSize: Int, usableSize: Int) -> [UInt8] {
            var bytes = [UInt8](repeating: 0, count: pageSize)
            bytes.withUnsafeMutableBytes { page in
                page[0] = Key.interiorPageType
                let cells = children.count - 1
                SQLiteTableBuilder.put16(cells, into: page, at: 3)
                SQLiteTableBuilder.put32(UInt32(children[cells].page), into: page, at: 8)
                var contentStart = usableSize
                for (index, child) in children.dropLast().enumerated() {
                    contentStart -= 4 + child.key.cellBytes
                    SQLiteTableBuilder.put32(UInt32(child.page), into: page, at: contentStart)
                    child.key.write(into: page, at: contentStart + 4)
                    SQLiteTableBuilder.put16(contentStart, into: page, at: 12 + 2 * index)
                }
                SQLiteTableBuilder.put16(contentStart == 65_536 ? 0 : contentStart, into: page, at: 5)
            }
            return bytes
        }
    }
}

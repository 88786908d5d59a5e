/// Builds one table's b-tree (section 1.6 of SQLite's "Database File Format") from its rows in
/// ascending rowid order, bottom up, as `CREATE INDEX` builds an index from sorted keys: leaves
/// filled one after another, and above them interior pages whose keys are their children's
/// largest rowids. The table's root stays on the page SQLite gave it in `CREATE TABLE`.
///
/// Full leaves wait in a run (``SQLiteLeafRun``) and are appended to the file together, so a
/// table's pages lie in long stretches of the file, which index builds later read in order
/// (rows of many tables arrive interleaved). Memory stays at a run, a leaf, and one page per
/// level above the leaves, whatever the table's size.
struct SQLiteTableBuilder {
    var rootPage: Int { leaves.rootPage }
    private let pageSize: Int
    private let usableSize: Int
    /// The largest payload a leaf cell holds on its page; larger ones spill to overflow pages.
    private let maximumLocal: Int
    private let minimumLocal: Int
    /// The leaves, each keyed by its largest rowid, and the interior pages above them.
    private var leaves: SQLiteLeafRun<Int64>
    private var leafLargestRowid: Int64 = 0
    /// The last rowid added, if any.
    private(set) var lastRowid: Int64?

    init(rootPage: Int, pageSize: Int, usableSize: Int) {
        self.pageSize = pageSize
        self.usableSize = usableSize
        maximumLocal = usableSize - 35
        minimumLocal = (usableSize - 12) * 32 / 255 - 23
        leaves = SQLiteLeafRun(rootPage: rootPage, leafPageType: 0x0D, pageSize: pageSize, usableSize: usableSize)
    }

    /// Adds a row: its rowid, larger than any before, and its record.
    mutating func add(rowid: Int64, record: UnsafeRawBufferPointer, file: SQLitePageFile) throws {
        precondition(lastRowid.map { rowid > $0 } ?? true, "rowids ascend")
        let payload = record.count
        let local = payload <= maximumLocal ? payload : localSize(payload: payload)
        let header = SQLiteVarint.length(UInt64(payload)) + SQLiteVarint.length(UInt64(bitPattern: rowid))
        let cellSize = header + local + (local < payload ? 4 : 0)
        if !leaves.hasRoom(forCellOf: cellSize) {
            try leaves.completeLeaf(key: leafLargestRowid, file: file)
        }
        let overflowPage = local < payload
            ? try writeOverflow(UnsafeRawBufferPointer(rebasing: record[local...]), file: file) : 0
        leaves.contentStart -= cellSize
        let start = leaves.contentStart, cells = leaves.cells
        leaves.leaf.withUnsafeMutableBytes { page in
            var offset = start
            offset += SQLiteVarint.write(UInt64(payload), into: page, at: offset)
            offset += SQLiteVarint.write(UInt64(bitPattern: rowid), into: page, at: offset)
            page.baseAddress!.advanced(by: offset).copyMemory(from: record.baseAddress!, byteCount: local)
            offset += local
            if local < payload { Self.put32(UInt32(overflowPage), into: page, at: offset) }
            Self.put16(start, into: page, at: 8 + 2 * cells)
        }
        leaves.cells += 1
        leafLargestRowid = rowid
        lastRowid = rowid
    }

    /// Writes what is still in memory, the root last, on its own page.
    mutating func finish(file: SQLitePageFile) throws {
        try leaves.finish(lastKey: leafLargestRowid, file: file)
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

    static func put16(_ value: Int, into page: UnsafeMutableRawBufferPointer, at offset: Int) {
        page[offset] = UInt8(truncatingIfNeeded: value >> 8)
        page[offset + 1] = UInt8(truncatingIfNeeded: value)
    }

    static func put32(_ value: UInt32, into page: UnsafeMutableRawBufferPointer, at offset: Int) {
        for index in 0..<4 { page[offset + index] = UInt8(truncatingIfNeeded: value >> (24 - 8 * UInt32(index))) }
    }
}

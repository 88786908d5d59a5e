/// The leaves of a b-tree built bottom up, as ``SQLiteTableBuilder`` and
/// ``SQLiteIndexTreeBuilder`` build theirs: the leaf being filled (its cells placed by the
/// builder, from the end of the page down), full leaves waiting in a run of ``runBytes`` to be
/// appended to the file together, and the interior levels above them, each leaf keyed by `Key`.
///
/// Runs keep a tree's pages in long stretches of the file, though rows of many tables arrive
/// interleaved. Memory stays at a run, a leaf, and one page per level above the leaves.
struct SQLiteLeafRun<Key: SQLiteInteriorKey> {
    /// Leaves appended to the file together: 1 MiB of 4 KiB pages.
    static var runBytes: Int { 1 << 20 }

    let rootPage: Int
    /// 0x0D for a table's leaves, 0x0A for an index's.
    private let leafPageType: UInt8
    private let usableSize: Int
    /// The leaf being filled; its builder writes the cells and their pointers.
    var leaf: [UInt8]
    var cells = 0
    /// Where the leaf's cells start.
    var contentStart: Int
    private var run: [UInt8] = []
    private var runKeys: [Key] = []
    private var completedLeaves = 0
    private var interior: SQLiteInteriorLevels<Key>

    init(rootPage: Int, leafPageType: UInt8, pageSize: Int, usableSize: Int) {
        self.rootPage = rootPage
        self.leafPageType = leafPageType
        self.usableSize = usableSize
        leaf = [UInt8](repeating: 0, count: pageSize)
        contentStart = usableSize
        interior = SQLiteInteriorLevels(pageSize: pageSize, usableSize: usableSize)
    }

    /// Whether the leaf has room for one more cell of `size` bytes and its pointer.
    func hasRoom(forCellOf size: Int) -> Bool {
        8 + 2 * (cells + 1) <= contentStart - size
    }

    /// Moves the full leaf into the run with its key for the level above, and the run into the
    /// file when it is long enough; the leaf is empty again.
    mutating func completeLeaf(key: Key, file: SQLitePageFile) throws {
        finishLeafHeader()
        run.append(contentsOf: leaf)
        runKeys.append(key)
        completedLeaves += 1
        leaf.withUnsafeMutableBytes { _ = $0.initializeMemory(as: UInt8.self, repeating: 0) }
        cells = 0
        contentStart = usableSize
        if run.count >= Self.runBytes { try flushRun(file: file) }
    }

    /// Writes what is still in memory, the root last, on its own page. `lastKey` keys the last
    /// leaf, the right-most of its level.
    mutating func finish(lastKey: Key, file: SQLitePageFile) throws {
        guard completedLeaves > 0 else {
            if cells > 0 {
                finishLeafHeader()
                try leaf.withUnsafeBytes { try file.rewrite(page: rootPage, with: $0) }
            }
            return
        }
        try completeLeaf(key: lastKey, file: file)
        try flushRun(file: file)
        try interior.finish(rootPage: rootPage, file: file)
    }

    private mutating func finishLeafHeader() {
        let type = leafPageType, cells = cells, contentStart = contentStart
        leaf.withUnsafeMutableBytes { page in
            page[0] = type
            SQLiteTableBuilder.put16(cells, into: page, at: 3)
            SQLiteTableBuilder.put16(contentStart == 65_536 ? 0 : contentStart, into: page, at: 5)
        }
    }

    /// Appends the run's leaves and hands each to the level above with its key.
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
}

internal import Foundation

/// The indexes ``SQLiteSink`` builds itself: every index of the schema, created empty by SQLite
/// before the rows (so the schema names its root page), whose entries are collected as rows go
/// into their tables' pages and written as b-trees at commit, sorted on every core.
///
/// An index given back to SQLite (``SQLiteIndexKeys/isAbandoned``) is dropped before SQLite
/// inserts the rows that arrived out of id order, and created again by SQLite after them, as
/// every index was before. The entries of all indexes together stay within a budget: past it,
/// the largest index's entries go to a temporary file as a sorted run, merged at commit, so
/// memory does not grow with the platform's size.
struct SQLiteIndexSet {
    /// What the entries of every index may take together, unless told otherwise.
    static let defaultBudget = 48 << 20

    private let budget: Int

    private(set) var indexes: [SQLiteIndexKeys]
    /// Per table, by position: which of ``indexes`` are on it.
    private let byTable: [[Int]]
    private var fields = SQLiteRecordFields()
    private var bytes = 0

    init(_ definitions: [SQLiteIndex], schema: Schema, rowidColumns: [Int?], rootPages: [String: Int], usableSize: Int,
         budget: Int = defaultBudget) {
        self.budget = budget
        indexes = definitions.map { index in
            SQLiteIndexKeys(index: index, table: schema.table(index.table), rowidColumn: rowidColumns[index.table.position],
                            rootPage: rootPages[index.name]!, usableSize: usableSize)
        }
        var byTable = Array(repeating: [Int](), count: schema.tables.count)
        for (position, index) in definitions.enumerated() { byTable[index.table.position].append(position) }
        self.byTable = byTable
    }

    /// The indexes SQLite builds after the data.
    var abandoned: [SQLiteIndex] { indexes.filter(\.isAbandoned).map(\.index) }

    /// The indexes with entries spilled to a temporary file.
    var spilled: [SQLiteIndex] { indexes.filter { !$0.runs.isEmpty }.map(\.index) }

    /// Adds the entries of a row written into `table`'s pages.
    mutating func add(table: Int, rowid: Int64, record: UnsafeRawBufferPointer) throws {
        let positions = byTable[table]
        guard !positions.isEmpty else { return }
        fields.read(record)
        for position in positions {
            let before = indexes[position].bytes
            indexes[position].add(rowid: rowid, record: record, fields: fields)
            bytes += indexes[position].bytes - before
        }
        if bytes > budget { try spillLargest() }
    }

    private mutating func spillLargest() throws {
        while bytes > budget, let largest = indexes.indices.max(by: { indexes[$0].bytes < indexes[$1].bytes }) {
            bytes -= indexes[largest].bytes
            try indexes[largest].spill()
            bytes += indexes[largest].bytes
        }
    }

    /// Sorts the entries of every index (on up to `jobs` threads) and writes the b-trees, each as
    /// soon as its entries are sorted, while the other threads sort the next ones. The trees are
    /// written in the schema's order whichever sort ends first, so the file is the same every run.
    func write(into file: SQLitePageFile, jobs: Int, cancellation: Cancellation) throws {
        var built = indexes.filter { !$0.isAbandoned && ($0.count > 0 || !$0.runs.isEmpty) }
        let orders = SortedOrders(count: built.count)
        // Each thread only reads the entries, and each index is sorted by one thread.
        nonisolated(unsafe) let sorting = built
        let sorters = DispatchGroup()
        DispatchQueue.global().async(group: sorters) {
            DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, sorting.count))) { _ in
                while let position = orders.takeTurn(), !cancellation.isRequested {
                    orders.set(position, sorting[position].sortedStarts())
                }
            }
            orders.finishSorting()
        }
        defer {
            orders.stop()
            sorters.wait()
        }
        for position in built.indices {
            guard let order = orders.take(position), !cancellation.isRequested else { throw GenerationInterrupted() }
            try built[position].write(sorted: order, into: file)
        }
    }
}

/// Each index's sorted entries, filled in by the sorting threads, which take the indexes in turn,
/// in the order they are written; the writer waits for each in that order.
private final class SortedOrders: @unchecked Sendable {
    private var orders: [[UInt32]?]
    private var turn = 0
    private var sortingEnded = false
    private let condition = NSCondition()

    init(count: Int) { orders = Array(repeating: nil, count: count) }

    /// The next index to sort, if any is left and the writer still wants it.
    func takeTurn() -> Int? {
        condition.withLock {
            defer { turn += 1 }
            return turn < orders.count ? turn : nil
        }
    }

    func set(_ position: Int, _ order: [UInt32]) {
        condition.withLock {
            orders[position] = order
            condition.broadcast()
        }
    }

    /// Every sorting thread has stopped.
    func finishSorting() {
        condition.withLock {
            sortingEnded = true
            condition.broadcast()
        }
    }

    /// No index is handed out any more (the writer stopped).
    func stop() {
        condition.withLock { turn = orders.count }
    }

    /// Index `position`'s sorted entries, once sorted; nil when the sorting stopped without it.
    func take(_ position: Int) -> [UInt32]? {
        condition.withLock {
            while orders[position] == nil && !sortingEnded { condition.wait() }
            defer { orders[position] = [] }
            return orders[position]
        }
    }
}

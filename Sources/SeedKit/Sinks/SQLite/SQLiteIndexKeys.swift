/// One index's entries, collected as its table's rows are written into their pages, then sorted
/// and written as the index's b-tree (``SQLiteIndexTreeBuilder``): what `CREATE INDEX` would do,
/// without reading the table back.
///
/// An entry is the index record SQLite makes (`OP_IdxInsert`): the key columns' values as the
/// table's record holds them, then the rowid. While all indexes' entries together take more than
/// ``SQLiteIndexSet``'s budget, the largest index's entries go to a temporary file as a sorted run
/// (``spill()``), and the index is written by merging its runs, as SQLite's own sorter does. Some
/// indexes are left to SQLite instead (they are ``isAbandoned``): one whose keys hold reals
/// (``SQLiteRecordOrder`` compares integers only), one whose entries would overflow their page,
/// and one on the rowid itself.
struct SQLiteIndexKeys {
    let index: SQLiteIndex
    let rootPage: Int
    /// The key columns' positions in the table's records.
    private let columns: [Int]
    /// The largest record a page of the index holds without overflow pages.
    private let maximumLocal: Int
    /// The entries, back to back, and where each starts.
    private(set) var records: [UInt8] = []
    private(set) var starts: [UInt32] = []
    /// Whether SQLite builds this index after the data, as it would without this type.
    private(set) var isAbandoned = false
    /// Sorted runs of entries spilled to ``spillFile``: where each starts and how long it is.
    private(set) var runs: [(offset: Int, length: Int)] = []
    private var spillFile: SpillFile?

    init(index: SQLiteIndex, table: Table, rowidColumn: Int?, rootPage: Int, usableSize: Int) {
        self.index = index
        self.rootPage = rootPage
        columns = index.columns.map { name in table.columns.firstIndex { $0.name == name }! }
        maximumLocal = (usableSize - 12) * 64 / 255 - 23
        if let rowidColumn, columns.contains(rowidColumn) { isAbandoned = true }
    }

    /// The memory the entries take.
    var bytes: Int { records.capacity + 4 * starts.capacity }

    /// The entries in memory.
    var count: Int { starts.count }

    /// Adds the entry of a row whose record's fields are `fields`.
    mutating func add(rowid: Int64, record: UnsafeRawBufferPointer, fields: SQLiteRecordFields) {
        guard !isAbandoned else { return }
        let (rowidType, rowidLength) = SQLiteRecordEncoder.integerSerialType(rowid)
        var headerLength = 1 + SQLiteVarint.length(rowidType)
        var bodyLength = rowidLength
        for column in columns {
            let serialType = fields.serialTypes[column]
            if serialType == 7 { return abandon() }
            headerLength += SQLiteVarint.length(serialType)
            bodyLength += SQLiteRecordOrder.valueLength(serialType)
        }
        guard headerLength <= 127, headerLength + bodyLength <= maximumLocal,
              records.count + headerLength + bodyLength <= Int(UInt32.max) else { return abandon() }
        starts.append(UInt32(records.count))
        records.append(UInt8(headerLength))
        for column in columns { SQLiteVarint.append(fields.serialTypes[column], to: &records) }
        SQLiteVarint.append(rowidType, to: &records)
        for column in columns {
            let offset = fields.offsets[column]
            records.append(contentsOf: record[offset..<(offset + SQLiteRecordOrder.valueLength(fields.serialTypes[column]))])
        }
        for index in stride(from: rowidLength - 1, through: 0, by: -1) {
            records.append(UInt8(truncatingIfNeeded: rowid >> (8 * Int64(index))))
        }
    }

    /// Gives the index back to SQLite and frees its entries.
    mutating func abandon() {
        isAbandoned = true
        records = []
        starts = []
        runs = []
        spillFile = nil
    }

    /// Writes the entries in memory, in order, to the spill file as one more run, and frees them.
    mutating func spill(sorted order: [UInt32]? = nil) throws {
        guard !isAbandoned, !starts.isEmpty else { return }
        let order = order ?? sortedStarts()
        let file = try spillFile ?? SpillFile()
        spillFile = file
        let offset = file.end
        var chunk: [UInt8] = []
        chunk.reserveCapacity(Self.chunkSize + maximumLocal)
        try records.withUnsafeBytes { records in
            for start in order {
                let record = records.baseAddress! + Int(start)
                chunk.append(contentsOf: UnsafeRawBufferPointer(start: record, count: SQLiteRecordOrder.recordLength(at: record)))
                if chunk.count >= Self.chunkSize {
                    try file.append(contentsOf: chunk)
                    chunk.removeAll(keepingCapacity: true)
                }
            }
        }
        try file.append(contentsOf: chunk)
        runs.append((offset, file.end - offset))
        records = []
        starts = []
    }

    /// How much of a run is written or read at a time.
    private static let chunkSize = 256 << 10

    /// The entries' starts in the index's order (every entry differs: each ends in its rowid).
    func sortedStarts() -> [UInt32] {
        var order = starts
        records.withUnsafeBytes { records in
            let base = records.baseAddress!
            order.sort { SQLiteRecordOrder.compare(base + Int($0), base + Int($1)) < 0 }
        }
        return order
    }

    /// Writes the index's b-tree from its entries in order (`order`: those in memory, sorted), after
    /// checking that a unique index has no key twice (keys with a `NULL` never collide), with the
    /// error `CREATE UNIQUE INDEX` would report. With spilled runs, the entries in memory become
    /// the last run, and the runs are merged.
    mutating func write(sorted order: [UInt32], into file: SQLitePageFile) throws {
        var writer = Writer(index: index, fields: columns.count,
                            tree: SQLiteIndexTreeBuilder(rootPage: rootPage, pageSize: file.pageSize, usableSize: file.usableSize))
        if runs.isEmpty {
            try records.withUnsafeBytes { records in
                for start in order {
                    let record = records.baseAddress! + Int(start)
                    try writer.add(UnsafeRawBufferPointer(start: record, count: SQLiteRecordOrder.recordLength(at: record)), file: file)
                }
            }
        } else {
            try spill(sorted: order)
            guard let spillFile else { preconditionFailure("runs without their file") }
            let chunkSize = SQLiteRunReader.chunkSize(runs: runs.count)
            var merge = try SQLiteRunMerge(runs.map {
                SQLiteRunReader(file: spillFile, offset: $0.offset, length: $0.length, chunkSize: chunkSize)
            })
            while merge.hasCurrent {
                try merge.withCurrent { try writer.add($0, file: file) }
                try merge.advance()
            }
        }
        try writer.tree.finish(file: file)
    }

    /// Checks each record against the one before, then adds it to the tree.
    private struct Writer {
        let index: SQLiteIndex
        let fields: Int
        var tree: SQLiteIndexTreeBuilder
        private var previous: [UInt8] = []

        init(index: SQLiteIndex, fields: Int, tree: SQLiteIndexTreeBuilder) {
            self.index = index
            self.fields = fields
            self.tree = tree
        }

        mutating func add(_ record: UnsafeRawBufferPointer, file: SQLitePageFile) throws {
            if index.isUnique {
                let collides = !previous.isEmpty && previous.withUnsafeBytes { previous in
                    SQLiteRecordOrder.compare(previous.baseAddress!, record.baseAddress!, fields: fields) == 0
                        && !SQLiteRecordOrder.hasNull(record.baseAddress!, fields: fields)
                }
                if collides { throw SinkError.sqlite(code: 2067, message: index.uniqueConstraintMessage, statement: index.statement) }
                previous.removeAll(keepingCapacity: true)
                previous.append(contentsOf: record)
            }
            try tree.add(record, file: file)
        }
    }
}

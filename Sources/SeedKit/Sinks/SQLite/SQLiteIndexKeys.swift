/// One index's entries, collected as its table's rows are written into their pages, then sorted
/// and written as the index's b-tree (``SQLiteIndexTreeBuilder``): what `CREATE INDEX` would do,
/// without reading the table back.
///
/// An entry is the index record SQLite makes (`OP_IdxInsert`): the key columns' values as the
/// table's record holds them, then the rowid. Some indexes are left to SQLite instead (they are
/// ``isAbandoned``): one whose keys hold reals (``SQLiteRecordOrder`` compares integers only),
/// one whose entries would overflow their page, one on the rowid itself, and the largest while
/// all entries together take more than ``SQLiteIndexSet``'s budget.
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

    init(index: SQLiteIndex, table: Table, rowidColumn: Int?, rootPage: Int, usableSize: Int) {
        self.index = index
        self.rootPage = rootPage
        columns = index.columns.map { name in table.columns.firstIndex { $0.name == name }! }
        maximumLocal = (usableSize - 12) * 64 / 255 - 23
        if let rowidColumn, columns.contains(rowidColumn) { isAbandoned = true }
    }

    /// The memory the entries take.
    var bytes: Int { records.capacity + 4 * starts.capacity }

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
    }

    /// The entries' starts in the index's order (every entry differs: each ends in its rowid).
    func sortedStarts() -> [UInt32] {
        var order = starts
        records.withUnsafeBytes { records in
            let base = records.baseAddress!
            order.sort { SQLiteRecordOrder.compare(base + Int($0), base + Int($1)) < 0 }
        }
        return order
    }

    /// Writes the index's b-tree from its entries in order, after checking that a unique index
    /// has no key twice (keys with a `NULL` never collide), with the error `CREATE UNIQUE INDEX`
    /// would report.
    func write(sorted order: [UInt32], into file: SQLitePageFile) throws {
        try records.withUnsafeBytes { records in
            let base = records.baseAddress!
            if index.isUnique {
                let fields = columns.count
                for (previous, next) in zip(order, order.dropFirst()) {
                    let a = base + Int(previous), b = base + Int(next)
                    if SQLiteRecordOrder.compare(a, b, fields: fields) == 0 && !SQLiteRecordOrder.hasNull(a, fields: fields) {
                        throw SinkError.sqlite(code: 2067, message: index.uniqueConstraintMessage, statement: index.statement)
                    }
                }
            }
            var tree = SQLiteIndexTreeBuilder(rootPage: rootPage, pageSize: file.pageSize, usableSize: file.usableSize)
            for start in order {
                let length = Self.recordLength(at: base + Int(start))
                try tree.add(UnsafeRawBufferPointer(start: base + Int(start), count: length), file: file)
            }
            try tree.finish(file: file)
        }
    }

    /// The length of the record at `record`: its header and the values its serial types give.
    private static func recordLength(at record: UnsafeRawPointer) -> Int {
        let headerLength = Int(record.load(as: UInt8.self))
        var length = headerLength
        var offset = 1
        while offset < headerLength {
            let (serialType, size) = SQLiteVarint.read(UnsafeRawBufferPointer(start: record + offset, count: 9), at: 0)
            offset += size
            length += SQLiteRecordOrder.valueLength(serialType)
        }
        return length
    }
}

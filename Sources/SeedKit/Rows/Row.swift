/// A generated row: the values of every column of its table, in the table's column order.
///
/// A row is the collection of its values: `row[0]` is its first column's value (the id), and
/// sinks iterate over it. Generators write rows as `column: value` pairs (``init(_:columns:)``),
/// which a row keeps as they are: copying the values out into an array of their own would
/// allocate, and free, a second array for each of the millions of rows a history has.
public struct Row: Sendable {
    /// The table this row belongs to.
    public let table: TableName
    private let storage: Storage

    private enum Storage: Sendable {
        case values([SQLValue])
        case columns(KeyValuePairs<ColumnName, SQLValue>)
    }

    /// A row from its values alone, one per column, in ``Table/columns`` order.
    public init(_ table: TableName, _ values: [SQLValue]) {
        self.table = table
        storage = .values(values)
    }

    init(_ table: TableName, pairs: KeyValuePairs<ColumnName, SQLValue>) {
        self.table = table
        storage = .columns(pairs)
    }

    /// One value per column, in ``Table/columns`` order, as an array.
    public var values: [SQLValue] { Array(self) }
}

extension Row: RandomAccessCollection {
    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .values(let values): values.count
        case .columns(let pairs): pairs.count
        }
    }

    public subscript(position: Int) -> SQLValue {
        switch storage {
        case .values(let values): values[position]
        case .columns(let pairs): pairs[position].value
        }
    }
}

extension Row: Hashable {
    public static func == (lhs: Row, rhs: Row) -> Bool {
        lhs.table == rhs.table && lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(table)
        hasher.combine(count)
        for value in self { hasher.combine(value) }
    }
}

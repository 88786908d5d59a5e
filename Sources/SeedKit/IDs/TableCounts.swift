/// A count for each of the 24 tables, by table position: how many ids a tenant reserves, or
/// where its ids start.
public struct TableCounts: Sendable, Equatable {
    private var counts = [Int](repeating: 0, count: TableName.allCases.count)

    public init() {}

    public subscript(table: TableName) -> Int {
        get { counts[table.position] }
        set { counts[table.position] = newValue }
    }

    /// Every table with its count, in dependency order.
    public var tables: [(table: TableName, count: Int)] {
        TableName.allCases.map { ($0, counts[$0.position]) }
    }
}

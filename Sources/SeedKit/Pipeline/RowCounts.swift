/// How many rows went into each table.
public struct RowCounts: Sendable, Equatable {
    private var counts = [Int](repeating: 0, count: TableName.allCases.count)

    public init() {}

    mutating func add(_ table: TableName) { counts[table.position] += 1 }

    mutating func add(_ table: TableName, count: Int) { counts[table.position] += count }

    public subscript(table: TableName) -> Int { counts[table.position] }

    /// Every row of every table.
    public var total: Int { counts.reduce(0, +) }
}

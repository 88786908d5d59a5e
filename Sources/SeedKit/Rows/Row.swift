/// A generated row: the values of every column of its table, in the table's column order.
public struct Row: Hashable, Sendable {
    /// The table this row belongs to.
    public let table: TableName
    /// One value per column, in ``Table/columns`` order.
    public let values: [SQLValue]

    public init(_ table: TableName, _ values: [SQLValue]) {
        self.table = table
        self.values = values
    }
}

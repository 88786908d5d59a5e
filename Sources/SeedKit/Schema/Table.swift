/// A table of the built-in schema: its columns and constraints.
public struct Table: Sendable {
    public let name: TableName
    public let columns: [Column]
    /// Column lists that must be unique together (`UNIQUE(a, b)` and single-column `UNIQUE`).
    public let uniqueConstraints: [[String]]
    /// Named `CHECK` constraints, with their expression text.
    public let checks: [Check]

    /// A named `CHECK` constraint.
    public struct Check: Sendable {
        public let name: String
        public let expression: String
    }

    /// The column with this name. Asking for a column that does not exist is a programmer error.
    public func column(_ name: String) -> Column {
        guard let column = columns.first(where: { $0.name == name }) else {
            preconditionFailure("\(self.name.rawValue) has no column \(name)")
        }
        return column
    }

    /// The position of a column in every row of this table.
    public func index(of name: String) -> Int {
        guard let index = columns.firstIndex(where: { $0.name == name }) else {
            preconditionFailure("\(self.name.rawValue) has no column \(name)")
        }
        return index
    }

    /// The column names, in row order.
    public var columnNames: [String] { columns.map(\.name) }
}

/// A column of a ``Table``.
public struct Column: Sendable {
    public let name: String
    public let type: ColumnType
    public let isPrimaryKey: Bool
    public let isNotNull: Bool
    /// The default expression exactly as the DDL writes it (`CURRENT_TIMESTAMP`, `'{}'`, `0.00`).
    public let defaultExpression: String?
    public let reference: ForeignKey?

    /// Whether a row may leave this column `NULL`.
    public var isNullable: Bool { !isNotNull && !isPrimaryKey }
}

/// `REFERENCES table(column) [ON DELETE action]`.
public struct ForeignKey: Sendable {
    public let table: TableName
    public let column: String
    /// `CASCADE` or `SET NULL`, or `nil` for the default (`NO ACTION`).
    public let onDelete: String?
}

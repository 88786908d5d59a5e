/// A row of a legacy table: one value per ``LegacyTable/columns`` entry.
public struct LegacyRow: Sendable, Equatable {
    public let table: LegacyTable
    public let values: [SQLValue]

    /// A row written as `column: value` pairs, checked against the table's columns.
    init(_ table: LegacyTable, _ columns: KeyValuePairs<String, SQLValue>) {
        precondition(columns.map(\.key) == table.columns, "\(table.rawValue): columns \(columns.map(\.key)) differ from \(table.columns)")
        self.table = table
        self.values = columns.map(\.value)
    }
}

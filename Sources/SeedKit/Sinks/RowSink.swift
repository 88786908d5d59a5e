/// Where generated rows go: a SQLite file, a SQL file, a PostgreSQL database.
///
/// The pipeline calls `open`, then `write` for every row, then `commit`. Rows of one table may
/// arrive in several runs, interleaved with other tables' rows; within a table, ids ascend.
/// A sink makes its target all-or-nothing: until `commit` returns, nothing is visible at the
/// destination, and `abort` (or a failure anywhere) leaves the destination as it was.
public protocol RowSink: AnyObject {
    /// Prepares the target and creates the schema's tables (without indexes or foreign keys
    /// where the target allows adding them after the data).
    func open(schema: Schema) throws
    /// Writes one row.
    func write(_ row: Row) throws
    /// Builds constraints and indexes, sets sequences, and makes the result visible atomically.
    func commit() throws
    /// Discards everything written so far. Safe to call at any point, also after a failure.
    func abort()
}

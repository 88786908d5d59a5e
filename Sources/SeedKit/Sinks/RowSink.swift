/// Where generated rows go: a SQLite file, a SQL file, a PostgreSQL database.
///
/// The pipeline calls `open`, then `write` for every row (or `write(encoded:)` for batches the
/// sink's ``encoder`` encoded on other threads), then `commit`. Rows of one table may arrive in
/// several runs, interleaved with other tables' rows; within a table, ids ascend.
/// A sink makes its target all-or-nothing: until `commit` returns, nothing is visible at the
/// destination, and `abort` (or a failure anywhere) leaves the destination as it was.
public protocol RowSink: AnyObject {
    /// Prepares the target and creates the schema's tables (without indexes or foreign keys
    /// where the target allows adding them after the data).
    func open(schema: Schema) throws
    /// Writes one row.
    func write(_ row: Row) throws
    /// Once the sink is open: an encoder of rows in the sink's format that any thread may use,
    /// or nil when the sink takes rows only one by one (``write(_:)``).
    var encoder: (any RowEncoder)? { get }
    /// Writes rows its ``encoder`` encoded, exactly as writing them one by one would.
    func write(encoded: EncodedRows) throws
    /// Whether the sink puts the real password hashes into its `users` rows itself, with
    /// `resolve`, just before they leave it: encoded rows carry a placeholder for a hash that
    /// is still being computed, and a sink that holds its `users` rows back anyway (a SQL file
    /// writes each table as blocks) need not wait for the hash when they arrive. `resolve` puts
    /// every hash in place in the encoded bytes of `users` rows it is given. By default the
    /// sink does not, and its rows are resolved before ``write(encoded:)``, waiting if need be.
    func resolvesPasswordHashes(with resolve: @escaping (inout [UInt8]) throws -> Void) -> Bool
    /// Builds constraints and indexes, sets sequences, and makes the result visible atomically.
    func commit() throws
    /// Discards everything written so far. Safe to call at any point, also after a failure.
    func abort()
}

extension RowSink {
    public var encoder: (any RowEncoder)? { nil }

    public func write(encoded: EncodedRows) throws {
        preconditionFailure("\(Self.self) has no encoder: write its rows one by one")
    }

    public func resolvesPasswordHashes(with resolve: @escaping (inout [UInt8]) throws -> Void) -> Bool { false }
}

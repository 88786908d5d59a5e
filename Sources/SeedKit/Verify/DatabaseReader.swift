/// A database `seedkit verify` can read: it runs a query and returns every row as text.
public protocol DatabaseReader {
    /// The dialect the database speaks.
    var dialect: SQLDialect { get }

    /// Runs one query and returns its rows, each column as text (`nil` for `NULL`).
    func rows(_ sql: String) throws(VerificationError) -> [[String?]]
}

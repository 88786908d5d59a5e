/// A PostgreSQL database read by `seedkit verify`, in a read-only session: nothing is written.
public final class PostgresReader: DatabaseReader {
    /// PostgreSQL, always.
    public var dialect: SQLDialect { .postgres }
    private let connection: PostgresConnection

    /// Connects with a libpq URI or `key=value` string; a requested `cancellation` stops its waits.
    public init(connection: String, cancellation: Cancellation = .never) throws(VerificationError) {
        do {
            self.connection = try PostgresConnection(connection, cancellation: cancellation)
        } catch let error as PostgresError {
            throw .cannotOpen(error.description)
        } catch {
            throw .cannotOpen("could not connect to PostgreSQL: \(error)")
        }
        _ = try rows("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    }

    /// Runs one query; every value comes back as PostgreSQL's text for it.
    public func rows(_ sql: String) throws(VerificationError) -> [[String?]] {
        do {
            return try connection.execute(sql)
        } catch PostgresError.server(let sqlState, let message, _, _, _, _) {
            throw .queryFailed(code: "SQLSTATE \(sqlState)", message: message, statement: sql)
        } catch PostgresError.connectionLost(let message, _) {
            throw .queryFailed(code: "connection lost", message: message, statement: sql)
        } catch {
            throw .queryFailed(code: "error", message: "\(error)", statement: sql)
        }
    }
}

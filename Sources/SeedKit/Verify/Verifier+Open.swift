extension Verifier {
    /// Opens a target of `seedkit verify` (see ``OutputTarget/verificationTarget(_:environment:)``)
    /// for reading.
    public static func open(_ target: OutputTarget, cancellation: Cancellation = .never) throws(VerificationError) -> any DatabaseReader {
        switch target {
        case .sqliteFile(let path): try SQLiteReader(path: path)
        case .postgres(let connection): try PostgresReader(connection: connection, cancellation: cancellation)
        case .sqlFile: preconditionFailure("a SQL script is not a verification target")
        }
    }
}

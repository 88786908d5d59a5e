/// A target `--schema legacy` cannot write.
public enum LegacyTargetError: Error, Equatable, CustomStringConvertible {
    /// SQLite, as a file or as a SQL script.
    case sqliteNotSupported

    public var description: String {
        switch self {
        case .sqliteNotSupported:
            "the legacy database is PostgreSQL only: the migration plan's scripts use DISTINCT ON, LATERAL, "
                + "ON CONFLICT and INTERVAL, which SQLite does not have"
        }
    }
}

/// The SQL dialect a text output is written for.
public enum SQLDialect: String, CaseIterable, Sendable {
    /// PostgreSQL, loaded with `psql`.
    case postgres
    /// SQLite, loaded with the `sqlite3` shell.
    case sqlite
}

/// The bookkeeping table that records, in a database SeedKit loaded, what made its data (a
/// ``Provenance``): PostgreSQL's `seedkit.generations` (in a schema of SeedKit's own, next to the
/// live-tenant commands' bookkeeping), SQLite's `seedkit_generations`. The application never
/// reads it, and `verify` does not count it as one of SeedKit's data tables.
///
/// It holds one row: the generation whose data the database holds. The seed is decimal text,
/// since a seed may exceed `BIGINT`.
public enum ProvenanceRecord {
    /// SQLite's table.
    public static let sqliteTable = "seedkit_generations"
    /// PostgreSQL's schema.
    public static let postgresSchema = "seedkit"
    /// PostgreSQL's table, in ``postgresSchema``.
    public static let postgresTable = "generations"

    /// The table's qualified name in `dialect`.
    public static func tableName(dialect: SQLDialect) -> String {
        dialect == .postgres ? "\(postgresSchema).\(postgresTable)" : sqliteTable
    }

    /// The statements that create the table if it is missing and leave `provenance` its only row,
    /// run inside the load's transaction.
    public static func statements(_ provenance: Provenance, dialect: SQLDialect) -> [String] {
        let table = tableName(dialect: dialect)
        let dateType = dialect == .postgres ? "DATE" : "TEXT"
        var statements: [String] = []
        if dialect == .postgres { statements.append("CREATE SCHEMA IF NOT EXISTS \(postgresSchema);") }
        statements.append("""
            CREATE TABLE IF NOT EXISTS \(table) (
                scenario_name TEXT NOT NULL,
                scenario_sha256 TEXT,
                seed TEXT NOT NULL,
                as_of \(dateType) NOT NULL,
                seedkit_version TEXT NOT NULL
            );
            """)
        statements.append("DELETE FROM \(table);")
        let values = [
            quoted(provenance.scenarioName), provenance.scenarioSHA256.map(quoted) ?? "NULL", quoted(String(provenance.seed)),
            quoted(provenance.asOf.description), quoted(provenance.seedkitVersion),
        ]
        statements.append("INSERT INTO \(table) (scenario_name, scenario_sha256, seed, as_of, seedkit_version) "
            + "VALUES (\(values.joined(separator: ", ")));")
        return statements
    }

    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

/// A sink that records a ``Provenance`` with the rows: a database in ``ProvenanceRecord``'s
/// table, a SQL file in its header comment. Set it before `open`.
public protocol ProvenanceRecordingSink: RowSink {
    /// What made the rows; nil records nothing.
    var provenance: Provenance? { get set }
}

extension SQLiteSink: ProvenanceRecordingSink {}
extension SQLFileSink: ProvenanceRecordingSink {}
extension PostgresSink: ProvenanceRecordingSink {}

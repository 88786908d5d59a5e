/// Writes a scenario's legacy database (``LegacyScript``) to its target: a PostgreSQL SQL file,
/// or a PostgreSQL database in one transaction. The plan's scripts are PostgreSQL (`DISTINCT ON`,
/// `LATERAL`, `ON CONFLICT`, `INTERVAL`), so SQLite targets are refused.
public enum LegacyLoad {
    /// Writes `script` to `target`, all or nothing. Into a database that already has any of the
    /// legacy tables, only with `replace`, which drops those tables first, in dependency order and
    /// without `CASCADE`: an object of the application that depends on one stops the load instead.
    public static func write(_ script: LegacyScript, to target: OutputTarget, replace: Bool,
                             cancellation: Cancellation = .never) throws {
        switch target {
        case .sqliteFile, .sqlFile(_, .sqlite):
            throw LegacyTargetError.sqliteNotSupported
        case .sqlFile(let path, .postgres):
            let output = try OutputFile(path: path, replace: replace)
            let writer = try FileWriter(path: output.temporaryPath, reportedPath: path)
            writer.write(script.text)
            do {
                try writer.close()
                try output.commit()
            } catch {
                writer.closeDiscarding()
                output.discard()
                throw error
            }
        case .postgres(let connectionString):
            let connection = try PostgresConnection(connectionString, cancellation: cancellation)
            try load(script, into: connection, replace: replace)
        }
    }

    private static func load(_ script: LegacyScript, into connection: PostgresConnection, replace: Bool) throws {
        let names = LegacyScript.replacedTables.map { "'\($0)'" }.joined(separator: ", ")
        let existing = try connection.execute("""
            SELECT CASE WHEN n.nspname = current_schema() THEN c.relname ELSE n.nspname || '.' || c.relname END
            FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
              AND ((n.nspname = current_schema() AND c.relname IN (\(names)))
                   OR (n.nspname = 'seedkit' AND 'seedkit.' || c.relname IN (\(names))))
            ORDER BY 1
            """).compactMap { $0[0] }
        if !existing.isEmpty && !replace {
            throw PostgresError.tablesExist(database: connection.address.database, tables: existing)
        }
        let drops = replace ? LegacyScript.replacedTables.map { "DROP TABLE IF EXISTS \($0)" } : []
        // Statement by statement, so that a refusal names the statement refused.
        do {
            try connection.execute(script.settings)
            try connection.execute("BEGIN")
            for statement in drops + script.statements { try connection.execute(statement) }
            try connection.execute("COMMIT")
        } catch {
            _ = try? connection.execute("ROLLBACK", interruptible: false)
            throw error
        }
    }
}

internal import Foundation

extension PostgresSink {
    /// How many connections build a staged load's keys, indexes and foreign keys: one a core of
    /// this machine, at least 2 and at most 4 (the server's cores are not known from here).
    static var builderCount: Int { min(4, max(2, ProcessInfo.processInfo.activeProcessorCount)) }

    /// Builds the keys, unique constraints, indexes and foreign keys of the tables a
    /// load has committed to its ``StagingSchema``, on `connection` and on up to
    /// ``builderCount`` − 1 more (`others`, the load's copying connections, then new ones; fewer
    /// if the server refuses them), in three steps:
    ///
    /// 1. per table, heaviest first, on whichever connection is free: its primary key, unique
    ///    constraints and indexes;
    /// 2. every foreign key added `NOT VALID`, on `connection`: each holds its two tables' locks
    ///    only for a moment, since no row is read;
    /// 3. per table, heaviest first: `VALIDATE CONSTRAINT` of its foreign keys, which reads the
    ///    rows and locks only the table's own statistics and schema changes, so tables are
    ///    checked side by side. The constraints end exactly as a plain `ADD FOREIGN KEY` leaves
    ///    them, checked.
    ///
    /// `rows` weighs the tables (the largest id, a row count's stand-in). The statements are the
    /// ones the single-transaction load runs, and fail with the same errors.
    static func buildStaged(_ schema: Schema, rows: [TableName: Int64], on connection: PostgresConnection,
                            besides others: [PostgresConnection] = [], connectionString: String,
                            cancellation: Cancellation) throws {
        var connections = [connection] + others.prefix(builderCount - 1)
        defer { for other in connections.dropFirst() { other.close() } }
        for other in others.dropFirst(builderCount - 1) { other.close() }
        for _ in connections.count..<builderCount {
            guard let other = try? PostgresConnection(connectionString, cancellation: cancellation) else { break }
            do {
                try other.execute("""
                    SET client_min_messages = warning; SET statement_timeout = 0; SET idle_in_transaction_session_timeout = 0;
                    SET search_path = \(StagingSchema.name)
                    """)
            } catch {
                other.close()
                break
            }
            connections.append(other)
        }
        if connection.address.isOnThisMachine {
            // The builders take one core each already: a parallel index build's workers would
            // only share those cores, and pass their sorted runs through temporary files.
            for builder in connections { try builder.execute("SET max_parallel_maintenance_workers = 0") }
        }
        let keys = PostgresDDL.keysAndIndexesByTable(schema)
        try ParallelStatements.run(heaviestFirst(keys.map { ($0.table, $0.statements) },
                                                 rows: rows), on: connections)
        for foreignKey in PostgresDDL.foreignKeys(schema) {
            try connection.execute(String(foreignKey.dropLast()) + " NOT VALID;")
        }
        let unchecked = try connection.execute("""
            SELECT c.relname, pg_catalog.quote_ident(k.conname)
            FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
            WHERE k.contype = 'f' AND NOT k.convalidated
              AND c.relnamespace = pg_catalog.to_regnamespace('\(StagingSchema.name)')
            ORDER BY 1, 2
            """)
        var validations: [TableName: [String]] = [:]
        for row in unchecked {
            guard let name = row[0], let table = TableName(rawValue: name), let constraint = row[1] else { continue }
            validations[table, default: []].append("ALTER TABLE ONLY \(name) VALIDATE CONSTRAINT \(constraint);")
        }
        let checks = schema.tables.compactMap { table in validations[table.name].map { (table.name, $0) } }
        try ParallelStatements.run(heaviestFirst(checks, rows: rows), on: connections)
    }

    /// The jobs by the work they stand for (a statement over each row), heaviest first; ties in
    /// the order given.
    private static func heaviestFirst(_ jobs: [(table: TableName, statements: [String])],
                                      rows: [TableName: Int64]) -> [[String]] {
        let weighed = jobs.enumerated().map { position, job in
            (position: position, weight: max(rows[job.table] ?? 0, 1) * Int64(job.statements.count), job: job.statements)
        }
        return weighed.sorted { ($0.weight, $1.position) > ($1.weight, $0.position) }.map(\.job)
    }
}

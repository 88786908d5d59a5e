extension PostgresTenants {
    /// Reserves `bounds[table]` ids in each table from the table's own sequence, on a connection
    /// of its own, one short transaction per sequence, and returns the tenant's ranges.
    ///
    /// In each transaction, `ALTER SEQUENCE … INCREMENT BY 1` (its increment as it is) takes the
    /// sequence's `SHARE ROW EXCLUSIVE` lock, which `nextval` (taking `ROW EXCLUSIVE`) cannot
    /// get past: while it is held nobody draws an id, so reading the sequence and moving it
    /// past the range with `setval` is atomic to every other session. The range starts after
    /// both the sequence's last value and the table's largest id, so the sequence is never
    /// behind its table. A sequence at a time: the application may draw from several sequences
    /// in any order inside its transactions, and holding one lock at a time cannot deadlock
    /// with it. The reservations commit at once, whatever happens to the command afterwards: a
    /// failed command leaves a gap in the ids, never a collision.
    func reserve(_ bounds: TableCounts, platformID: Int) throws -> TenantIDs {
        let connection = try PostgresConnection(connectionString, cancellation: cancellation)
        defer { connection.close() }
        // No wait for the disk at each of these commits: a reservation lost in a crash was used by
        // nobody, and any later commit that did use the sequence (the tenant's, the application's)
        // flushes the log up to it first.
        try connection.execute("SET synchronous_commit = off")
        let wanted = bounds.tables.filter { $0.count > 0 }
        let names = wanted.map { "'\($0.table.rawValue)'" }.joined(separator: ", ")
        let sequences = try connection.execute("""
            SELECT t, s, (SELECT seqincrement FROM pg_catalog.pg_sequence WHERE seqrelid = pg_catalog.to_regclass(s))
            FROM (SELECT t, pg_catalog.pg_get_serial_sequence(t, 'id') AS s FROM unnest(ARRAY[\(names)]) AS t) AS x
            """)
        var byTable: [String: String] = [:]
        for row in sequences {
            guard let table = row[0] else { continue }
            guard let sequence = row[1], row[2] == "1" else { throw LiveTenantError.noSequence(table: table) }
            byTable[table] = sequence
        }
        var starts = TableCounts()
        for (table, count) in wanted {
            guard let sequence = byTable[table.rawValue] else { throw LiveTenantError.noSequence(table: table.rawValue) }
            let literal = Self.quoted(sequence)
            do {
                let rows = try connection.execute("""
                    BEGIN;
                    ALTER SEQUENCE \(sequence) INCREMENT BY 1;
                    SELECT pg_catalog.setval(\(literal), GREATEST(
                        (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM \(sequence)),
                        COALESCE((SELECT max(id) FROM \(table.rawValue)), 0)) + \(count)) - \(count);
                    """)
                try connection.execute("COMMIT", interruptible: false)
                guard let start = rows.first?.first.flatMap({ $0.flatMap { Int($0) } }) else {
                    throw LiveTenantError.noSequence(table: table.rawValue)
                }
                starts[table] = start
            } catch {
                _ = try? connection.execute("ROLLBACK", interruptible: false)
                throw error
            }
        }
        return TenantIDs(starts: starts, reserved: bounds, platformID: platformID)
    }
}

/// A load of SeedKit's own tables through a ``StagingSchema``: the data in one transaction,
/// the keys, indexes and foreign keys on several connections, and the tables moved into the
/// user's schema in a last short transaction.
extension PostgresSink {
    /// Waits for any other load into the database, removes a dead load's staging schema,
    /// refuses SeedKit's tables if they are there without `--replace`, and starts the data's
    /// transaction with the bare tables in the staging schema. Returns false, having begun
    /// nothing, when a leftover cannot be removed (another user's, say): the load then goes
    /// in one transaction.
    func beginStaged(_ schema: Schema, _ staging: StagingSchema, _ connection: PostgresConnection) throws -> Bool {
        // Held until the connection closes: a second load into the same database waits here for
        // the whole of the first, then finds its tables.
        try connection.execute("SELECT pg_catalog.pg_advisory_lock(\(Self.lockKey))")
        do {
            try staging.removeLeftover(connection)
        } catch let error as PostgresError {
            guard case .server = error else { throw error }
            return false
        }
        let existing = try ExistingTables.relations(schema, connection: connection)
        if !existing.isEmpty && !replace {
            throw PostgresError.tablesExist(database: connection.address.database, tables: existing)
        }
        self.staging = staging
        try connection.execute(staging.begin)
        try createBareTables(schema, connection)
        return true
    }

    /// Commits the data, builds the keys, indexes, statistics and foreign keys on several
    /// connections, then, in one transaction, drops the tables being replaced, moves the new
    /// ones in, and sets their sequences, security and provenance. Until that commit the
    /// user's tables are as they were.
    func finishStaged(_ schema: Schema, _ staging: StagingSchema, maxIDs: [TableName: Int64],
                      _ connection: PostgresConnection) throws {
        try connection.execute("COMMIT")
        try Self.buildStaged(schema, rows: maxIDs, on: connection, connectionString: connectionString,
                             cancellation: cancellation)
        try connection.execute("BEGIN; RESET search_path")
        let existing = try ExistingTables.relations(schema, connection: connection)
        if !existing.isEmpty {
            // Without --replace, open refused them, and the load lock kept other loads out since.
            guard replace else { throw PostgresError.tablesExist(database: connection.address.database, tables: existing) }
            // Without CASCADE: an object of the application's that depends on them stops the load.
            try connection.execute("DROP TABLE \(existing.joined(separator: ", "));")
        }
        var statements = staging.moves(schema) + [PostgresDDL.sequenceResets(maxIDs: maxIDs)] + PostgresDDL.security(schema)
        if let provenance { statements += ProvenanceRecord.statements(provenance, dialect: .postgres) }
        for statement in statements {
            try cancellation.check()
            try connection.execute(statement)
        }
        // Not cancelled once sent: the server may have committed, and the user must be told the truth.
        try connection.execute("COMMIT", interruptible: false)
        self.staging = nil
    }
}

/// A load of SeedKit's own tables through a ``StagingSchema``: the data in a transaction on each
/// of two connections, the keys, indexes and foreign keys on several connections, and the
/// tables moved into the user's schema in a last short transaction.
extension PostgresSink {
    /// Waits for any other load into the database, removes a dead load's staging schema,
    /// refuses SeedKit's tables if they are there without `--replace`, creates the staging schema,
    /// and starts the data's transactions in it: on `connection` and on a second connection
    /// when the server gives one. The tables are created as their first rows go out. Returns false, having begun
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
        try connection.execute(staging.create)
        try connection.execute(StagingSchema.begin)
        if let other = try? PostgresConnection(connectionString, cancellation: cancellation) {
            do {
                try other.execute(Self.sessionSettings + "; " + StagingSchema.begin)
                copyConnections = [other]
            } catch {
                other.close()
            }
        }
        // Each table is created by the transaction that copies it, so that its COPY may freeze it.
        pendingCreates = PostgresDDL.createTables(schema)
        copyNewTables(schema)
        return true
    }

    /// Commits the data, builds the keys, indexes and foreign keys on several
    /// connections, then, in one transaction, drops the tables being replaced, moves the new
    /// ones in, and sets their sequences, security and provenance. Until that commit the
    /// user's tables are as they were.
    func finishStaged(_ schema: Schema, _ staging: StagingSchema, maxIDs: [TableName: Int64],
                      _ connection: PostgresConnection) throws {
        // The tables no row went to.
        for case let statement? in pendingCreates { try connection.execute(statement) }
        pendingCreates = pendingCreates.map { _ in nil }
        for other in copyConnections { try other.execute("COMMIT") }
        try connection.execute("COMMIT")
        let builders = copyConnections
        copyConnections = []
        try Self.buildStaged(schema, rows: maxIDs, on: connection, besides: builders, connectionString: connectionString,
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

/// Loads a PostgreSQL database through libpq, all or nothing, as fast as the server ingests.
///
/// SeedKit's own tables (``SchemaMode/create``) are built aside, in the private schema
/// `seedkit_load` (``StagingSchema``), in three steps:
/// 1. the schema is created and committed; then two connections, each in a transaction of its
///    own, stream the rows with `COPY … FROM STDIN` in PostgreSQL's binary format
///    (``CopyBinary``, which spares the server parsing text), so the server parses and stores
///    them on two cores. Each table goes whole to one of them (the largest are spread first,
///    ``lighterSender(for:)``), which creates it bare just before its first rows, so that its
///    COPY may freeze them;
/// 2. once both commit, the keys, unique constraints, indexes and foreign keys are built on
///    several connections at once (``buildStaged(_:rows:on:besides:connectionString:cancellation:)``);
/// 3. one short transaction drops the tables being replaced (with `--replace`; no other table
///    is touched), moves the new ones into the user's schema, sets the sequences, the seed
///    document's row-level security and the provenance, and commits;
/// 4. `ANALYZE`, on two connections: the data is safe by then, and a stop during it loses
///    nothing (autovacuum makes the statistics later).
///
/// Until that last commit the user's tables are as they were, whatever happens. A load stopped
/// or failing drops the staging schema; one killed leaves it (empty if killed during step 1,
/// whose transactions take their tables with them), and the next load removes it. Where there
/// can be no staging schema (``StagingSchema/prepare(_:)``), or a leftover cannot be removed,
/// the whole load goes in one transaction on one connection instead, with `ANALYZE` after
/// `COMMIT` as well.
///
/// Rows are encoded once, on the generating threads (``CopyEncoder``, through
/// ``RowSink/encoder``), and copied into one buffer per table; a table's buffer goes to the
/// server when it is full: the history interleaves the rows of many tables, and a COPY per run of
/// rows would cost a round trip or two every few rows. No constraint is checked during the
/// load, so the order in which tables reach the server does not matter; memory stays at 4 MiB
/// of buffered rows (``defaultPendingBudget``) and a few chunks in flight per connection,
/// whatever the size of the scenario. Full chunks go
/// through a short queue to a ``Sender`` thread that owns the connection during the load, so
/// generating the next rows overlaps with sending the last ones.
///
/// With ``SchemaMode/existing``, the application's own tables are filled instead, in one
/// transaction (in COPY text, since SeedKit did not choose their types): only the
/// columns they have, without creating or dropping tables. Their foreign keys are set aside
/// during the load, since rows do not arrive in the order of their references, and added
/// back exactly as they were (and checked) after the data.
public final class PostgresSink: RowSink {
    /// A table's rows are sent in chunks of about this many bytes: few enough COPY statements
    /// (each costs the server a setup: its slots, its ring of buffers), little enough memory.
    /// The chain into PostgreSQL 15 made 723 COPY statements with chunks of 256 KiB, and about
    /// 240 with 512 KiB once ``Sender`` took a queued chunk of its open COPY's table first; its
    /// rows took about 2.7 against 1.9 s. Chunks of 1 MiB made about 200 statements, no faster,
    /// for 8 MiB more memory.
    static let chunkSize = 512 * 1024
    /// What a chunk's buffer is reserved at: its size and a large row's room.
    static let chunkCapacity = chunkSize + 16 * 1024
    /// The rows all tables' buffers hold at most together: past it, the fullest is sent early.
    /// Without it a big platform, whose small tables (users, products, schedules…) also fill
    /// their buffers, would hold up to 24 chunks where a small one holds a few.
    static let defaultPendingBudget = 4 << 20
    /// What every connection of a load sets first: the encoding and quoting its rows are written
    /// in, and no timeout of the server's or the user's, since a load may take a while.
    static let sessionSettings = """
        SET client_encoding = 'UTF8'; SET standard_conforming_strings = on; SET client_min_messages = warning;
        SET statement_timeout = 0; SET idle_in_transaction_session_timeout = 0
        """
    /// The advisory lock two loads into one database take turns on.
    static let lockKey = 0x5EED_C0DE

    let connectionString: String
    let replace: Bool
    private let mode: SchemaMode
    let cancellation: Cancellation
    private var connection: PostgresConnection?
    private var schema: Schema?
    /// Per table, by position: the positions of the values to write; nil writes every value.
    private var selections: [[Int]?] = []
    /// Whether SeedKit created the tables in this transaction, so COPY may write frozen rows.
    private var tablesAreNew = false
    /// Binary into SeedKit's own tables, text into the application's.
    private var format = CopyFormat.text
    /// Per table, by position: its columns' types, for binary COPY.
    private var columnTypes: [[ColumnType]] = []
    /// Encodes rows for the tables' COPY format; present once open.
    private var rowEncoder: CopyEncoder?
    /// Per table, by position: rows not sent yet, and the largest id written.
    private var buffers: [[UInt8]] = []
    private var maxIDs: [Int64?] = []
    /// How many bytes the buffers hold together.
    private var pendingBytes = 0
    /// The most the buffers hold together (smaller in tests, to send chunks early often).
    var pendingBudget = PostgresSink.defaultPendingBudget
    /// How many chunks went early because the buffers reached ``pendingBudget`` (for tests).
    private(set) var earlyChunks = 0
    /// Puts the real password hashes into a chunk of `users` rows before it is sent.
    private var resolveHashes: ((inout [UInt8]) throws -> Void)?
    /// Per table, by position: its `COPY … FROM STDIN` statement.
    private var statements: [String] = []
    /// Send the full buffers while the rows go on being generated, each on its own connection
    /// (the first on ``connection``, the others on ``copyConnections``); present during the load.
    private var senders: [Sender] = []
    /// Connections besides ``connection`` that copy rows, each in a transaction of its own
    /// (a staged load's second connection): the server parses and stores their rows on another core.
    var copyConnections: [PostgresConnection] = []
    /// Per table, by position: the sender that copies its rows, once it has sent a chunk.
    private(set) var routes: [Int?] = []
    /// Per sender: the bytes of rows it was handed, which weighs it when a table is routed.
    private var routedBytes: [Int] = []
    /// Per table, by position: its `CREATE TABLE` while the table is still to be created by
    /// the transaction of the sender that first copies it (a staged load); nil once created.
    var pendingCreates: [String?] = []
    /// Chunks queued for each sender at most: bounds the memory in flight to a few MiB.
    static let queueCapacity = 4
    /// The application's foreign keys, set aside for the load (``SchemaMode/existing``).
    private var foreignKeys: [ExistingTables.ForeignKey] = []
    /// Where SeedKit's new tables are built, to be moved into the user's schema at the end;
    /// nil when the whole load happens in one transaction (``SchemaMode/existing``, or no
    /// staging schema could be had).
    var staging: StagingSchema?

    /// A sink loading the database that `connection` names: a `postgres://` URI or a libpq
    /// `key=value` string (libpq adds the `PG*` environment variables). With `replace`, SeedKit's
    /// tables are replaced (``SchemaMode/create``) or emptied (``SchemaMode/existing``) if they
    /// hold data; otherwise `open` refuses to touch them. A requested `cancellation` stops
    /// every wait for the server and the statements after the data.
    /// What made the rows, recorded in ``ProvenanceRecord``'s table in the same transaction.
    public var provenance: Provenance?
    /// Whether ``commit()`` runs `ANALYZE` of every table once the data is committed (the
    /// default). Without it the statistics are left to autovacuum, as a restore leaves them.
    public var analyzes = true

    public init(connection: String, replace: Bool, schema mode: SchemaMode = .create, cancellation: Cancellation = .never) {
        connectionString = connection
        self.replace = replace
        self.mode = mode
        self.cancellation = cancellation
    }

    public func open(schema: Schema) throws {
        precondition(self.schema == nil, "a sink is opened once")
        self.schema = schema
        do {
            let connection = try PostgresConnection(connectionString, cancellation: cancellation)
            self.connection = connection
            try connection.execute(Self.sessionSettings)
            try Self.checkEncoding(connection)
            switch mode {
            case .create:
                let staged = try StagingSchema.prepare(connection).map { try beginStaged(schema, $0, connection) } ?? false
                if !staged {
                    try beginInOneTransaction(connection)
                    try createTables(schema, connection)
                }
            case .existing:
                try beginInOneTransaction(connection)
                try matchExistingTables(schema, connection)
            }
            if pendingCreates.isEmpty { pendingCreates = Array(repeating: nil, count: schema.tables.count) }
            buffers = schema.tables.map { _ in
                var buffer: [UInt8] = []
                Self.reserveChunk(&buffer)
                return buffer
            }
            maxIDs = Array(repeating: nil, count: schema.tables.count)
            columnTypes = schema.tables.map { $0.columns.map(\.type) }
            rowEncoder = CopyEncoder(format: format, columnTypes: columnTypes, selections: selections)
            statements = schema.tables.map { table in
                let columns = table.columnNames
                let names = selections[table.name.position].map { $0.map { columns[$0] } } ?? columns
                return PostgresConnection.copyStatement(
                    table: table.name.rawValue, columns: names, format: format, freeze: tablesAreNew)
            }
            senders = ([connection] + copyConnections).map { Sender(connection: $0, format: format, capacity: Self.queueCapacity) }
            routes = Array(repeating: senders.count == 1 ? 0 : nil, count: schema.tables.count)
            routedBytes = Array(repeating: 0, count: senders.count)
        } catch {
            abort()
            throw error
        }
    }

    public func write(_ row: Row) throws {
        guard let rowEncoder else { preconditionFailure("write before open") }
        try write(encoded: rowEncoder.encode([row]))
    }

    public var encoder: (any RowEncoder)? { rowEncoder }

    /// A table's rows wait in its buffer until a chunk is full (a `users` chunk, at the end), so
    /// the hashes go in when the chunk is sent: the rows need not wait for them as they arrive.
    public func resolvesPasswordHashes(with resolve: @escaping (inout [UInt8]) throws -> Void) -> Bool {
        resolveHashes = resolve
        return true
    }

    public func write(encoded batch: EncodedRows) throws {
        // The buffers are worked on as local values: stored properties would be checked for
        // exclusive access on every row.
        guard let schema else { preconditionFailure("write before open") }
        var buffers: [[UInt8]] = []
        var maxIDs: [Int64?] = []
        var pendingBytes = self.pendingBytes
        swap(&buffers, &self.buffers)
        swap(&maxIDs, &self.maxIDs)
        defer {
            swap(&buffers, &self.buffers)
            swap(&maxIDs, &self.maxIDs)
            self.pendingBytes = pendingBytes
        }
        try batch.forEach { row, bytes in
            let position = row.table.position
            if let id = row.id { maxIDs[position] = max(maxIDs[position] ?? id, id) }
            buffers[position].append(contentsOf: bytes)
            pendingBytes += bytes.count
            if buffers[position].count >= Self.chunkSize {
                pendingBytes -= buffers[position].count
                try send(row.table, from: &buffers[position])
            } else if pendingBytes > pendingBudget {
                // Each table's rows still go in id order: only where its chunks end moves.
                let fullest = buffers.indices.max { buffers[$0].count < buffers[$1].count }!
                pendingBytes -= buffers[fullest].count
                earlyChunks += 1
                try send(schema.tables[fullest].name, from: &buffers[fullest])
            }
        }
    }

    public func commit() throws {
        guard let connection, let schema else { preconditionFailure("commit before open") }
        do {
            for table in schema.tables where !buffers[table.name.position].isEmpty {
                try send(table.name, from: &buffers[table.name.position])
            }
            pendingBytes = 0
            // Every chunk sent and the last COPY ended: the connections are this thread's again.
            for sender in senders { try sender.finish() }
            senders = []
            let maxIDs = Dictionary(uniqueKeysWithValues: schema.tables.compactMap { table in
                self.maxIDs[table.name.position].map { (table.name, $0) }
            })
            if let staging {
                try finishStaged(schema, staging, maxIDs: maxIDs, connection)
            } else {
                try finishInOneTransaction(schema, maxIDs: maxIDs, connection)
            }
        } catch {
            abort()
            throw error
        }
        // Committed: the statistics are a convenience, and autovacuum makes them anyway if this
        // is stopped or fails. Like a restore's, the load's work is done here; `ANALYZE` comes
        // after it, on two connections.
        if analyzes {
            Self.analyze(schema.tables.map { ($0.name.rawValue, self.maxIDs[$0.name.position] ?? 0) }, on: connection,
                         connectionString: connectionString, cancellation: cancellation)
        }
        connection.close()
        self.connection = nil
    }

    /// Builds the keys, indexes and foreign keys, sets the sequences, the security and the
    /// provenance, and commits: the rest of a load in one transaction.
    private func finishInOneTransaction(_ schema: Schema, maxIDs: [TableName: Int64], _ connection: PostgresConnection) throws {
        var statements: [String]
        switch mode {
        case .create:
            statements = PostgresDDL.afterData(schema) + [PostgresDDL.sequenceResets(maxIDs: maxIDs)]
                + PostgresDDL.security(schema)
        case .existing:
            statements = foreignKeys.map(\.add) + [ExistingTables.sequenceResets(schema, maxIDs: maxIDs)]
        }
        if let provenance { statements += ProvenanceRecord.statements(provenance, dialect: .postgres) }
        for statement in statements {
            try cancellation.check()
            try connection.execute(statement)
        }
        // Not cancelled once sent: the server may have committed, and the user must be told the truth.
        try connection.execute("COMMIT", interruptible: false)
    }

    public func abort() {
        let copies = senders.map { $0.cancel() }
        senders = []
        // The other connections first: the staging schema cannot be dropped while their
        // transactions hold its tables.
        for (position, other) in copyConnections.enumerated() where other.handle != nil {
            if copies.indices.contains(position + 1), copies[position + 1] != nil {
                other.abandonCopy(reason: "SeedKit stopped the load")
            }
            _ = try? other.execute("ROLLBACK", interruptible: false)
            other.close()
        }
        copyConnections = []
        if let connection, connection.handle != nil {
            if copies.first.flatMap({ $0 }) != nil { connection.abandonCopy(reason: "SeedKit stopped the load") }
            _ = try? connection.execute("ROLLBACK", interruptible: false)
            staging?.dropAfterFailure(connection)
        }
        connection?.close()
        connection = nil
        staging = nil
        buffers = []
        pendingBytes = 0
    }

    /// Refuses a database whose encoding cannot store every character a scenario may hold.
    private static func checkEncoding(_ connection: PostgresConnection) throws {
        let encoding = try connection.execute("SELECT pg_catalog.pg_encoding_to_char(encoding) FROM pg_catalog.pg_database "
            + "WHERE datname = pg_catalog.current_database()").first?.first ?? nil
        guard let encoding, encoding != "UTF8" else { return }
        throw PostgresError.unsupportedEncoding(database: connection.address.database, encoding: encoding)
    }

    /// Starts the one transaction of a load without a staging schema, once other loads into the
    /// database are done.
    private func beginInOneTransaction(_ connection: PostgresConnection) throws {
        try connection.execute("BEGIN")
        // A second load into the same database waits here, then finds the first one's tables.
        try connection.execute("SELECT pg_catalog.pg_advisory_xact_lock(\(Self.lockKey))")
    }

    /// Creates SeedKit's tables, bare, after dropping them with `--replace`; refuses without it.
    private func createTables(_ schema: Schema, _ connection: PostgresConnection) throws {
        let existing = try ExistingTables.relations(schema, connection: connection)
        if !existing.isEmpty {
            guard replace else { throw PostgresError.tablesExist(database: connection.address.database, tables: existing) }
            // Without CASCADE: an object of the application's that depends on them stops the load.
            try connection.execute("DROP TABLE \(existing.joined(separator: ", "));")
        }
        try createBareTables(schema, connection)
    }

    func createBareTables(_ schema: Schema, _ connection: PostgresConnection) throws {
        for statement in PostgresDDL.createTables(schema) {
            try connection.execute(statement)
        }
        copyNewTables(schema)
    }

    /// Copies every column, in binary, `FREEZE`d: the tables are SeedKit's, created in the
    /// transaction that copies them.
    func copyNewTables(_ schema: Schema) {
        selections = Array(repeating: nil, count: schema.tables.count)
        tablesAreNew = true
        format = .binary
    }

    /// Reads which of SeedKit's columns the application's tables have; refuses tables that
    /// lack what SeedKit must fill, and tables holding rows unless `--replace` empties them.
    private func matchExistingTables(_ schema: Schema, _ connection: PostgresConnection) throws {
        let database = connection.address.database
        let catalogue = try ExistingTables.catalogue(schema, connection: connection)
        let tables = try ExistingTables(schema: schema, catalogue: catalogue, database: database)
        let filled = try ExistingTables.tablesWithRows(schema, connection: connection)
        if !filled.isEmpty && !replace { throw PostgresError.tablesNotEmpty(database: database, tables: filled) }
        if replace { try connection.execute(ExistingTables.truncate(schema)) }
        foreignKeys = try ExistingTables.foreignKeys(schema, connection: connection)
        for key in foreignKeys { try connection.execute(key.drop) }
        selections = zip(schema.tables, tables.selections).map { table, selection in
            selection.count == table.columns.count ? nil : selection
        }
    }

    /// Gives `buffer` room for a whole chunk. A chunk ends with the row that takes it past
    /// `chunkSize`: with room for that row from the start, a buffer never doubles.
    private static func reserveChunk(_ buffer: inout [UInt8]) {
        if buffer.capacity < chunkCapacity { buffer.reserveCapacity(chunkCapacity) }
    }

    /// Hands `buffer`, a table's chunk, to the table's sender, and leaves an empty one in its place.
    private func send(_ table: TableName, from buffer: inout [UInt8]) throws {
        precondition(!senders.isEmpty, "write before open")
        if table == .users, let resolveHashes {
            try resolveHashes(&buffer)
            // The hash may have taken a while: a Ctrl-C meanwhile stops the load here.
            try cancellation.check()
        }
        let route = routes[table.position] ?? lighterSender(for: table)
        routedBytes[route] += buffer.count
        let sender = senders[route]
        var chunk = sender.emptyBuffer()
        Self.reserveChunk(&chunk)
        swap(&chunk, &buffer)
        try sender.send(table: table, statement: statements[table.position], creating: pendingCreates[table.position],
                        bytes: consume chunk)
        pendingCreates[table.position] = nil
    }

    /// Routes `table`, whose first chunk is ready, to the sender handed the fewest bytes so far.
    /// The history's largest tables fill a chunk first, so they are spread before the small
    /// ones, which then even out the load; which connection copies a table changes no row.
    private func lighterSender(for table: TableName) -> Int {
        let lighter = routedBytes.indices.min { routedBytes[$0] < routedBytes[$1] }!
        routes[table.position] = lighter
        return lighter
    }
}


/// The private schema a load into an empty (or `--replace`d) database builds its tables in, so
/// that keys, indexes and foreign keys can be built on several connections, and the tables then
/// moved into the user's schema in one short transaction.
///
/// - The schema is created and committed first, so that each of the load's connections can
///   create and copy its tables there in a transaction of its own: a load killed during the
///   data leaves the schema empty.
/// - Once the data is committed, the tables are SeedKit's alone: nothing refers to them, and no
///   other session looks there. A load killed after that, while it builds or swaps, leaves the
///   schema `seedkit_load` behind with its tables, and the user's tables as they were.
/// - Only one load at a time holds ``PostgresSink``'s load lock in a database, so once a load
///   holds it, a `seedkit_load` schema carrying SeedKit's comment is a dead load's leftover, and
///   that load removes it before starting (``removeLeftover(_:)``). A user can remove it by hand
///   with `DROP SCHEMA seedkit_load CASCADE`.
struct StagingSchema {
    /// The schema's name.
    static let name = "seedkit_load"
    /// What the schema's comment says: how a later load knows the schema is SeedKit's.
    static let comment = "SeedKit's load in progress: its tables move to their schema when it finishes. "
        + "A leftover of a stopped load; the next load removes it."

    /// The schema the tables end in: the one the user's connection creates tables in, quoted.
    let target: String

    /// The staging schema for a load through `connection`, or nil when it cannot have one (the
    /// user may not create schemas in the database or tables in its schema, the search path
    /// names no schema, or a schema of the application's has the name): the load then does
    /// everything in one transaction, on one connection, and a missing privilege stops it at
    /// its first `CREATE TABLE`, before any row is generated.
    static func prepare(_ connection: PostgresConnection) throws -> StagingSchema? {
        let row = try connection.execute("""
            SELECT pg_catalog.quote_ident(pg_catalog.current_schema()),
                   pg_catalog.has_database_privilege(pg_catalog.current_database(), 'CREATE')
                       AND pg_catalog.has_schema_privilege(pg_catalog.current_schema(), 'CREATE'),
                   EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = '\(name)'
                           AND pg_catalog.obj_description(oid, 'pg_namespace') IS DISTINCT FROM \(quotedComment))
            """).first
        guard let row, let target = row[0], row[1] == "t", row[2] == "f" else { return nil }
        return StagingSchema(target: target)
    }

    /// Drops a dead load's staging schema. Only called while holding the load lock, so no live
    /// load owns it; a schema of that name without SeedKit's comment is not SeedKit's, and stays.
    func removeLeftover(_ connection: PostgresConnection) throws {
        guard try !connection.execute(Self.isOurs).isEmpty else { return }
        try connection.execute("DROP SCHEMA \(Self.name) CASCADE")
    }

    /// Creates the schema, commented as SeedKit's, and commits it, so that every connection of
    /// the load can create tables in it.
    var create: String {
        "CREATE SCHEMA \(Self.name); COMMENT ON SCHEMA \(Self.name) IS \(Self.quotedComment)"
    }

    /// Starts a transaction of the load's data in the schema: first on the search path, so the
    /// bare tables and their keys go there under their own names.
    static var begin: String { "SET search_path = \(name); BEGIN" }

    /// The statements that move the built tables to ``target`` (with their keys, indexes,
    /// constraints, statistics and owned sequences) and drop the schema, which is empty by then.
    /// They run in the swap's transaction, after the search path is the user's again.
    func moves(_ schema: Schema) -> [String] {
        schema.tables.map { "ALTER TABLE \(Self.name).\($0.name.rawValue) SET SCHEMA \(target);" }
            + ["DROP SCHEMA \(Self.name);"]
    }

    /// Drops the schema and what it holds, after a failure or a stop (the user's tables are
    /// elsewhere), if it is SeedKit's. Errors are ignored: a schema left behind is removed by
    /// the next load.
    func dropAfterFailure(_ connection: PostgresConnection) {
        _ = try? connection.execute("RESET search_path", interruptible: false)
        let ours = try? connection.execute(Self.isOurs, interruptible: false)
        guard let ours, !ours.isEmpty else { return }
        _ = try? connection.execute("DROP SCHEMA \(Self.name) CASCADE", interruptible: false)
    }

    /// A row if the schema exists with SeedKit's comment.
    private static var isOurs: String {
        "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = '\(name)' "
            + "AND pg_catalog.obj_description(oid, 'pg_namespace') = \(quotedComment)"
    }

    private static var quotedComment: String { "'" + comment.replacingOccurrences(of: "'", with: "''") + "'" }
}

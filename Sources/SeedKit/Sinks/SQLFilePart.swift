/// Which part of a database a SQL file holds: all of it, or part `index` of `count` made by
/// `--shard`, to be loaded one after another, in order, into one database.
///
/// Part 1 creates the tables and holds the platform's rows; every part holds its restaurants'
/// rows; the last part adds the keys, indexes and foreign keys (so they are built, and checked,
/// once, over all the data), sets the sequences past the highest ids, and recomputes the
/// platform's roll-ups from the restaurants loaded. After the last part the database is the one
/// the whole run gives.
public enum SQLFilePart: Sendable, Equatable {
    case whole
    case part(index: Int, count: Int)

    var createsTables: Bool { if case .part(let index, _) = self { index == 1 } else { true } }
    var finishesDatabase: Bool { if case .part(let index, let count) = self { index == count } else { true } }
    /// The platform row was written by part 1 before the other parts' restaurants existed.
    var recomputesRollUps: Bool { if case .part(_, let count) = self { count > 1 && finishesDatabase } else { false } }

    /// The header line that says what the file is and how to load it.
    func headerNote(dialect: SQLDialect) -> String {
        let load = dialect == .postgres ? "psql -X -v ON_ERROR_STOP=1 -f FILE" : "sqlite3 DATABASE < FILE"
        switch self {
        case .whole:
            return dialect == .postgres
                ? "-- SeedKit data for PostgreSQL. Load into an empty database with:\n--   \(load)\n"
                : "-- SeedKit data for SQLite. Load into a new database with:\n--   \(load)\n"
        case .part(let index, let count):
            let role = index == 1 ? "it creates the tables and holds the platform's rows" : "it holds its restaurants' rows"
            let last = finishesDatabase ? "\n-- Being the last part, it adds the keys, indexes and foreign keys: the database is then complete." : ""
            return """
                -- SeedKit data for \(dialect == .postgres ? "PostgreSQL" : "SQLite"), part \(index) of \(count): \(role).
                -- Load parts 1 to \(count) in order into one empty database, each with:
                --   \(load)\(last)

                """
        }
    }

    /// The statements that recompute the platform's roll-ups from the restaurants loaded, in
    /// exact arithmetic: SQLite keeps decimals as binary floating point, so money is summed in
    /// pence and divided once (which rounds to the same value its literal would).
    func rollUpStatement(dialect: SQLDialect) -> String {
        switch dialect {
        case .postgres:
            """
            UPDATE platforms SET
                total_restaurants = (SELECT count(*) FROM restaurants r WHERE r.platform_id = platforms.id),
                monthly_revenue = (SELECT COALESCE(sum(r.monthly_revenue), 0) FROM restaurants r WHERE r.platform_id = platforms.id);
            """
        case .sqlite:
            """
            UPDATE platforms SET
                total_restaurants = (SELECT count(*) FROM restaurants r WHERE r.platform_id = platforms.id),
                monthly_revenue = (SELECT COALESCE(sum(CAST(round(r.monthly_revenue * 100) AS INTEGER)), 0) / 100.0
                                   FROM restaurants r WHERE r.platform_id = platforms.id);
            """
        }
    }
}

/// A `tenant` command refused a live database, changing nothing; each case names what is wrong.
public enum LiveTenantError: Error, Equatable, CustomStringConvertible {
    /// The database lacks some of the 24 tables.
    case tablesMissing(database: String, tables: [String])
    /// No platform has the scenario's slug and the database has not exactly one.
    case platformNotFound(slug: String, available: [String])
    /// The platform has no plan of the restaurant's plan name.
    case planNotFound(plan: String, platform: String, available: [String])
    /// The platform has no owner user (a user of the platform without a restaurant).
    case ownerNotFound(platform: String)
    /// A restaurant with the slug is already there (`recorded`: SeedKit added it).
    case slugExists(slug: String, recorded: Bool)
    /// Users with these emails already exist.
    case emailsTaken([String])
    /// `refresh` or `remove` of a slug SeedKit did not add (`exists`: the application has it).
    case notRecorded(slug: String, exists: Bool)
    /// A table's `id` has no sequence to reserve ids from, or one that does not count by 1.
    case noSequence(table: String)
    /// The recorded restaurant is not in the database any more, or is another restaurant now.
    case recordStale(slug: String, restaurantID: Int)
    /// A SQLite file that is not a SeedKit database.
    case notASeedKitDatabase(path: String)

    public var description: String {
        switch self {
        case .tablesMissing(let database, let tables):
            return "database \(database) does not have SeedKit's tables (missing: \(tables.joined(separator: ", "))); "
                + "a tenant joins a database made by seedkit generate or by the application's migrations"
        case .platformNotFound(let slug, let available):
            let list = available.isEmpty ? "it has none" : "it has \(available.map { "\"\($0)\"" }.joined(separator: ", "))"
            return "the database has no platform \"\(slug)\" (the scenario's platform.slug), and \(list)"
        case .planNotFound(let plan, let platform, let available):
            let list = available.isEmpty ? "it has none" : "it has \(available.map { "\"\($0)\"" }.joined(separator: ", "))"
            return "platform \"\(platform)\" has no plan \"\(plan)\" (the restaurant's plan); \(list)"
        case .ownerNotFound(let platform):
            return "platform \"\(platform)\" has no owner (a user of the platform without a restaurant) to grant permissions"
        case .slugExists(let slug, let recorded):
            return recorded
                ? "tenant \"\(slug)\" is already there (added by seedkit); use seedkit tenant refresh \(slug) to regenerate it"
                : "a restaurant \"\(slug)\" already exists, and seedkit did not add it; choose another slug"
        case .emailsTaken(let emails):
            return "users with these emails already exist: \(emails.joined(separator: ", ")); "
                + "change the scenario's staff emails or the restaurant's slug"
        case .notRecorded(let slug, let exists):
            return exists
                ? "restaurant \"\(slug)\" was not added by seedkit tenant add, so seedkit leaves it alone (seedkit tenant list shows what it added)"
                : "there is no tenant \"\(slug)\" (seedkit tenant list shows the tenants seedkit added)"
        case .noSequence(let table):
            return "\(table).id has no sequence counting by 1 (SERIAL or identity), so ids cannot be reserved for a tenant"
        case .recordStale(let slug, let restaurantID):
            return "tenant \"\(slug)\" was recorded as restaurant \(restaurantID), which is gone or has another slug now; "
                + "seedkit changes nothing it cannot match"
        case .notASeedKitDatabase(let path):
            return "\(path) is not a SeedKit SQLite database (it lacks SeedKit's tables)"
        }
    }

    /// Whether the refusal is about something already there (exit 73), not a missing one.
    public var isConflict: Bool {
        switch self {
        case .slugExists, .emailsTaken: true
        default: false
        }
    }
}

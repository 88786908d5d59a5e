/// A tenant `seedkit tenant add` put into a live database, as the database records it
/// (`seedkit.tenants` in PostgreSQL, `seedkit_tenants` in SQLite), where the application never looks.
public struct TenantRecord: Sendable, Equatable {
    public let slug: String
    public let restaurantID: Int
    public let platformID: Int
    /// The scenario (name and SHA-256 of its text), seed, as-of date and SeedKit version.
    public let provenance: Provenance
    /// When it was added, as the database's clock has it (UTC).
    public let addedAt: String
    /// The rows written per table, tables without rows left out.
    public let rows: [(table: String, count: Int)]

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.slug == rhs.slug && lhs.restaurantID == rhs.restaurantID && lhs.platformID == rhs.platformID
            && lhs.provenance == rhs.provenance && lhs.addedAt == rhs.addedAt
            && lhs.rows.elementsEqual(rhs.rows) { $0.table == $1.table && $0.count == $1.count }
    }

    /// The rows per table as a JSON object, tables in dependency order.
    static func rowsJSON(_ counts: RowCounts) -> String {
        let fields = TableName.allCases.filter { counts[$0] > 0 }.map { "\"\($0.rawValue)\": \(counts[$0])" }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// The rows per table read back from ``rowsJSON(_:)``'s text (or PostgreSQL's `jsonb` form of it).
    static func rows(fromJSON text: String) -> [(table: String, count: Int)] {
        let byName = Dictionary(uniqueKeysWithValues: text.trimmingCharacters(in: ["{", "}"])
            .split(separator: ",").compactMap { field -> (String, Int)? in
                let parts = field.split(separator: ":")
                guard parts.count == 2, let count = Int(parts[1].trimmingCharacters(in: .whitespaces)) else { return nil }
                return (parts[0].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["\""]), count)
            })
        return TableName.allCases.compactMap { table in byName[table.rawValue].map { (table.rawValue, $0) } }
    }
}

/// What one `tenant` command did.
public struct TenantChange: Sendable {
    public enum Kind: Sendable { case added, refreshed, removed }
    public let kind: Kind
    public let slug: String
    public let restaurantID: Int
    /// The rows written (added, refreshed) or deleted (removed), per table.
    public let counts: RowCounts
    /// The logins created, with where their password comes from; empty for `remove`.
    public let logins: [TenantLogin]
    /// Where the logins' password comes from: `demo_password` of the scenario or the restaurant.
    public let passwordSource: String?
    /// Whether PostgreSQL checked the foreign keys row by row (the session may not set
    /// `session_replication_role`), which is slow on big databases.
    public var checkedRowByRow = false
}

/// A `tenant add` asks for one restaurant of a scenario.
public struct TenantRequest: Sendable {
    public let scenario: Scenario
    /// The scenario's YAML as read, recorded so that `refresh` can generate it again.
    public let scenarioText: String
    public let slug: String

    public init(scenario: Scenario, scenarioText: String, slug: String) {
        self.scenario = scenario
        self.scenarioText = scenarioText
        self.slug = slug
    }

    /// The scenario's restaurant, or the refusal naming the slugs it has.
    func restaurant() throws(TenantSelectionError) -> Scenario.Restaurant {
        try TenantSelection.restaurant(slug, in: scenario)
    }

    /// Where the restaurant's logins get their password, for the list `tenant add` prints.
    func passwordSource(of restaurant: Scenario.Restaurant) -> String {
        let index = scenario.restaurants.position(of: restaurant.slug) ?? 0
        return restaurant.demoPassword != nil
            ? "restaurants[\(index)].demo_password of scenario \(scenario.name)"
            : "demo_password of scenario \(scenario.name)"
    }
}

extension TenantRequest {
    /// Reads the scenario at `path` (with `overrides`) and asks for its restaurant `slug`,
    /// keeping the text read for the record.
    ///
    /// - Throws: ``ScenarioError`` listing every problem, a file that cannot be read included.
    public init(contentsOf path: String, slug: String, overrides: Scenario.Overrides = .none) throws {
        let text: String
        do {
            text = try ScenarioFile.text(at: path)
        } catch {
            throw ScenarioError(file: path, diagnostics: [ScenarioDiagnostic(
                file: path, line: 0, column: 0, keyPath: "", message: "cannot read the scenario: \(error.reason)")])
        }
        let scenario = try ScenarioLoader.load(yaml: text, path: path, overrides: overrides)
        self.init(scenario: scenario, scenarioText: text, slug: slug)
    }
}

/// One check of `seedkit verify --migration`: a line of the plan's Phase 5 list or success
/// criteria (Docs/migration-rehearsal.md), and the PostgreSQL query that finds what breaks it.
public struct MigrationCheck: Sendable {
    /// The name the document gives it, e.g. `restaurant_owner`.
    public let name: String
    /// What must hold, in one line: "every active restaurant has an owner".
    public let rule: String
    /// Returns one row per violation: `ord` (an integer to list them by), `key` (the row that
    /// breaks the rule, e.g. `restaurant 2 pizzeria-nonna`) and `detail` (what is wrong with it).
    let query: String

    init(_ name: String, _ rule: String, query: String) {
        self.name = name
        self.rule = rule
        self.query = query
    }
}

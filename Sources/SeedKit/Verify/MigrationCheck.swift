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

/// How one check fared: how many rows break it, and the first few with what is wrong.
public struct MigrationResult: Sendable {
    public let check: MigrationCheck
    /// The rows breaking the rule; 0 when it holds.
    public let count: Int
    /// Up to ``MigrationVerifier/exampleLimit`` of them: `key: detail`.
    public let examples: [String]

    public var holds: Bool { count == 0 }

    /// `ok name: rule`, or `FAIL name: N rows: rule` and one indented line per example, then
    /// how many more there are.
    public var text: String {
        guard !holds else { return "ok   \(check.name): \(check.rule)" }
        var lines = ["FAIL \(check.name): \(count) \(count == 1 ? "row breaks" : "rows break") it: \(check.rule)"]
        lines += examples.map { "       \($0)" }
        if count > examples.count { lines.append("       … and \(count - examples.count) more") }
        return lines.joined(separator: "\n")
    }
}

/// The outcome of `verify --migration`: every check's result, in catalogue order.
public struct MigrationReport: Sendable {
    public let results: [MigrationResult]

    public var failures: [MigrationResult] { results.filter { !$0.holds } }
    public var allHold: Bool { failures.isEmpty }

    /// Every check, then a summary line.
    public var text: String {
        let summary = allHold
            ? "verify --migration: all \(results.count) checks hold"
            : "verify --migration: \(results.count) checks, \(failures.count) failed"
        return (results.map(\.text) + [summary]).joined(separator: "\n")
    }
}

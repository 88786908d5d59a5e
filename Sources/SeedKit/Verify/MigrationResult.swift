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

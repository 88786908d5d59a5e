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

/// The outcome of verifying a database: every invariant's result.
public struct VerificationReport: Sendable {
    /// One result per invariant, in catalogue order.
    public let results: [VerificationResult]
    /// The rows in the schema's tables.
    public let rowsChecked: Int

    /// The invariants that fail, in catalogue order.
    public var failures: [VerificationResult] { results.filter { !$0.holds } }
    /// Whether every invariant holds.
    public var allHold: Bool { failures.isEmpty }

    /// One line per failed invariant, then a summary line.
    public var text: String {
        let summary = allHold
            ? "verify: all \(results.count) invariants hold (rows checked: \(rowsChecked))"
            : "verify: \(results.count) invariants, \(failures.count) failed"
        return (failures.map(\.line) + [summary]).joined(separator: "\n")
    }
}

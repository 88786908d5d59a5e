/// How one invariant fared: how many rows break it, and a few of their keys.
public struct VerificationResult: Sendable {
    /// The invariant checked.
    public let invariant: Invariant
    /// The number of rows (or other units) breaking the invariant; 0 when it holds.
    public let count: Int
    /// Up to ``Verifier/exampleLimit`` keys of those rows, smallest ids first.
    public let examples: [String]

    /// Whether no row breaks the invariant.
    public var holds: Bool { count == 0 }

    /// `FAIL order_subtotal: 3 orders (ids 1000017, 1000018, 1000042): orders.subtotal differs …`.
    public var line: String {
        let unit = invariant.unit
        var keys = examples.joined(separator: ", ")
        if count > examples.count { keys += ", …" }
        if unit.keysAreIDs { keys = (count == 1 ? "id " : "ids ") + keys }
        return "FAIL \(invariant.name): \(unit.counted(count)) (\(keys)): \(invariant.description)"
    }
}

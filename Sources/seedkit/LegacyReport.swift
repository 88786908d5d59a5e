import SeedKit

/// What `generate --schema legacy` prints when it is done: the rows per legacy table, and what
/// to run next.
struct LegacyReport {
    let scenarioName: String
    let counts: [LegacyTable: Int]
    /// Where the data went, as the summary line says it.
    let destination: String
    let elapsed: Duration

    var text: String {
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        let rows = LegacyTable.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        return """
            Generated the legacy database of \(scenarioName): \(rows)
            Wrote \(destination) in \(milliseconds) ms
            Next: run Scenarios/migration-rehearsal/0*.sql in order with psql -X -v ON_ERROR_STOP=1, then seedkit verify TARGET --migration
            """
    }
}

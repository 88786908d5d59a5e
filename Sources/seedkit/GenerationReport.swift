import SeedKit

/// The summary `generate` prints: rows per table, time taken, where the data went.
struct GenerationReport {
    let scenario: Scenario
    let counts: RowCounts
    let target: OutputTarget
    let elapsed: Duration

    var text: String {
        var lines = ["Generated \(scenario.name) (seed \(scenario.seed), as of \(scenario.asOf))"]
        let filled = TableName.allCases.filter { counts[$0] > 0 }
        let width = filled.map(\.rawValue.count).max() ?? 0
        for table in filled {
            let name = table.rawValue + String(repeating: " ", count: width - table.rawValue.count)
            lines.append("  \(name)  \(counts[table])")
        }
        let empty = TableName.allCases.count - filled.count
        lines.append("  \(counts.total) rows in \(filled.count) tables" + (empty > 0 ? " (\(empty) left empty)" : ""))
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        lines.append("Wrote \(target.summary) in \(milliseconds) ms")
        return lines.joined(separator: "\n")
    }
}

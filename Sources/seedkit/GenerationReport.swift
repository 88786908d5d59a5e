import Foundation
import SeedKit

/// The summary `generate` prints: rows per table, time taken, where the data went; as text, or
/// as JSON (`--json`) for scripts.
struct GenerationReport {
    let scenario: Scenario
    let counts: RowCounts
    let target: OutputTarget
    let elapsed: Duration
    /// The SQL went to standard output (`--out -`), not to `target`'s temporary file.
    var toStandardOutput = false

    var text: String {
        let minute = scenario.asOfTime.map { " " + $0.description.prefix(5) } ?? ""
        var lines = ["Generated \(scenario.name) (seed \(scenario.seed), as of \(scenario.asOf)\(minute))"]
        let filled = TableName.allCases.filter { counts[$0] > 0 }
        let width = filled.map(\.rawValue.count).max() ?? 0
        for table in filled {
            let name = table.rawValue + String(repeating: " ", count: width - table.rawValue.count)
            lines.append("  \(name)  \(counts[table])")
        }
        let empty = TableName.allCases.count - filled.count
        lines.append("  \(counts.total) rows in \(filled.count) tables" + (empty > 0 ? " (\(empty) left empty)" : ""))
        lines.append("Wrote \(targetSummary) in \(milliseconds) ms")
        return lines.joined(separator: "\n")
    }

    /// The same summary as one JSON object, keys sorted: `rows` per table (every table, empty ones
    /// as 0), `total_rows`, `seconds`, `target` (never with a password), `scenario`, `sha256`,
    /// `seed`, `as_of`, `history_days`, `version`, `warnings`.
    var json: String {
        let summary = Summary(
            scenario: scenario.name, sha256: scenario.sourceSHA256, seed: scenario.seed, as_of: scenario.asOf.description,
            history_days: scenario.historyDays, version: SeedKitVersion.current, target: targetSummary,
            seconds: Double(milliseconds) / 1000, total_rows: counts.total,
            rows: Dictionary(uniqueKeysWithValues: TableName.allCases.map { ($0.rawValue, counts[$0]) }),
            warnings: scenario.warnings.map { PasswordRedaction.redacting($0.headline) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(summary)) ?? Data("{}".utf8), as: UTF8.self)
    }

    private var targetSummary: String {
        if toStandardOutput, case .sqlFile(_, let dialect) = target {
            return "SQL to standard output (\(dialect == .postgres ? "PostgreSQL" : "SQLite") dialect)"
        }
        return PasswordRedaction.redacting(target.summary)
    }

    private var milliseconds: Int64 {
        elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
    }

    private struct Summary: Encodable {
        let scenario: String
        let sha256: String?
        let seed: UInt64
        let as_of: String
        let history_days: Int
        let version: String
        let target: String
        let seconds: Double
        let total_rows: Int
        let rows: [String: Int]
        let warnings: [String]
    }
}

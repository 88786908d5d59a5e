import Foundation
import Testing
@testable import SeedKit

/// What the live-tenant tests share: a database already holding the tiny scenario (platform
/// `tiny`, restaurant `obriens`), copies of the tiny scenario with another restaurant slug, and
/// questions to the database.
enum TenantFixture {
    /// A fresh PostgreSQL database holding `Fixtures/tiny.yaml`, as `seedkit generate` makes it.
    static func database() throws -> (cluster: EphemeralPostgres, name: String, uri: String) {
        let (cluster, name, uri) = try PostgresFixture.database()
        let scenario = try ScenarioLoader.load(contentsOf: Repository.fixture("tiny.yaml"))
        try Generation(scenario: scenario).run(into: PostgresSink(connection: uri, replace: false))
        return (cluster, name, uri)
    }

    /// The tiny scenario's text with its restaurant renamed to `slug` (its emails follow), and
    /// `edits` applied as text replacements.
    static func yaml(slug: String, _ edits: [(String, String)] = []) throws -> String {
        var text = try String(contentsOfFile: Repository.fixture("tiny.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "obriens", with: slug)
        for (old, new) in edits { text = text.replacingOccurrences(of: old, with: new) }
        return text
    }

    /// A request for restaurant `slug` of ``yaml(slug:_:)``.
    static func request(slug: String, asOf: Day? = nil, _ edits: [(String, String)] = []) throws -> TenantRequest {
        let text = try yaml(slug: slug, edits)
        let scenario = try ScenarioLoader.load(yaml: text, path: "tiny-\(slug).yaml", overrides: .init(asOf: asOf))
        return TenantRequest(scenario: scenario, scenarioText: text, slug: slug)
    }

    /// Writes ``yaml(slug:_:)`` into `directory` and returns its path.
    static func file(slug: String, in directory: URL, _ edits: [(String, String)] = []) throws -> String {
        let path = directory.appendingPathComponent("tiny-\(slug).yaml")
        try Data(yaml(slug: slug, edits).utf8).write(to: path)
        return path.path
    }

    /// Whether every invariant of `seedkit verify` holds, failing the test with the report if not.
    @discardableResult
    static func verifies(_ target: OutputTarget, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        let report = try Verifier().verify(Verifier.open(target))
        #expect(report.allHold, "\(report.text)", sourceLocation: sourceLocation)
        return report.allHold
    }

    /// Expects `after` to hold every row of `before` unchanged, except the platform roll-ups.
    static func expectKept(_ before: DatabaseSnapshot, in after: DatabaseSnapshot,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        let rollUps = Set(["total_restaurants", "monthly_revenue"].map { Schema.builtIn.table(.platforms).index(of: $0) })
        for table in TableName.allCases {
            let kept = Dictionary(uniqueKeysWithValues: (after.tables[table] ?? []).map { ($0[0], $0) })
            for row in before.tables[table] ?? [] {
                var expected = row, found = kept[row[0]] ?? []
                if table == .platforms {
                    expected = row.enumerated().filter { !rollUps.contains($0.offset) }.map(\.element)
                    found = found.enumerated().filter { !rollUps.contains($0.offset) }.map(\.element)
                }
                #expect(found == expected, "\(table.rawValue) row \(row[0] ?? "?") changed", sourceLocation: sourceLocation)
            }
        }
    }

    /// The rows a table holds.
    static func count(_ cluster: EphemeralPostgres, _ database: String, _ sql: String) throws -> Int {
        Int(try cluster.psql(database: database, command: sql)) ?? -1
    }

    /// Every id sequence that is behind its table's largest id (none, when all is well).
    static func sequencesBehind(_ cluster: EphemeralPostgres, _ database: String) throws -> [String] {
        var behind: [String] = []
        for table in TableName.allCases {
            let name = table.rawValue
            let row = try cluster.psql(database: database, command:
                "SELECT (SELECT last_value FROM \(name)_id_seq), (SELECT COALESCE(max(id), 0) FROM \(name))")
            let parts = row.split(separator: "|").compactMap { Int($0) }
            if parts.count == 2, parts[0] < parts[1] { behind.append("\(name): sequence \(parts[0]) < max id \(parts[1])") }
        }
        return behind
    }
}

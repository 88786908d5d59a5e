import Foundation
import Testing
@testable import SeedKit

/// The SQL SeedKit writes for the tiny scenario, byte for byte. A change to generators, rounding,
/// encoding or DDL shows up here as a diff to review; re-record with `RECORD_SNAPSHOTS=1 swift test`.
@Suite struct GoldenSQLTests {
    static let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"

    @Test("the tiny scenario's SQL file matches its golden copy", arguments: SQLDialect.allCases)
    func matchesGolden(dialect: SQLDialect) throws {
        let golden = Repository.fixture("golden/tiny.\(dialect.rawValue).sql")
        let produced = try SinkFixture.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("tiny.sql").path
            let scenario = try ScenarioLoader.load(contentsOf: Repository.fixture("tiny.yaml"))
            let sink = SQLFileSink(path: path, dialect: dialect, replace: false)
            sink.provenance = Provenance(of: scenario)
            try Generation(scenario: scenario).run(into: sink)
            return try String(contentsOfFile: path, encoding: .utf8)
        }
        if Self.recording {
            try Data(produced.utf8).write(to: URL(fileURLWithPath: golden))
        }
        let expected = try String(contentsOfFile: golden, encoding: .utf8)
        if produced != expected {
            let producedLines = produced.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(producedLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(producedLines.count, expectedLines.count)
            Issue.record("""
                differs from \(golden) at line \(first + 1):
                  golden:   \(first < expectedLines.count ? expectedLines[first] : "<end>")
                  produced: \(first < producedLines.count ? producedLines[first] : "<end>")
                """)
        }
    }

    @Test("generating twice writes byte-identical SQL, and another seed writes different SQL")
    func byteIdentical() throws {
        let scenario = try ScenarioLoader.load(contentsOf: Repository.scenario("italian-pair"))
        func sql(_ scenario: Scenario) throws -> Data {
            try SinkFixture.withTemporaryDirectory { directory in
                let path = directory.appendingPathComponent("out.sql").path
                try Generation(scenario: scenario).run(into: SQLFileSink(path: path, dialect: .postgres, replace: false))
                return try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        let first = try sql(scenario)
        #expect(try sql(scenario) == first)
        #expect(try sql(scenario.overriding(seed: scenario.seed &+ 1)) != first)
    }
}

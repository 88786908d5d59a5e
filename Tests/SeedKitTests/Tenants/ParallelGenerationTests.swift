import Foundation
import Testing
@testable import SeedKit

/// `--jobs N` generates restaurants in parallel; the output is the same bytes as `--jobs 1`.
@Suite struct ParallelGenerationTests {
    /// The shipped scenarios over two weeks (whether rows depend on the thread that made them
    /// does not depend on how long the history is), and 50 restaurants over three days.
    static func scenario(_ name: String) throws -> Scenario {
        guard name != "50 restaurants" else { return try ScenarioFleet.italian(restaurants: 50, historyDays: 3) }
        var scenario = try ScenarioLoader.load(contentsOf: Repository.scenario(name))
        scenario.historyDays = 14
        return scenario
    }

    /// The bytes `generation` writes as a PostgreSQL SQL file, or as a SQLite database.
    static func bytes(of generation: Generation, sqlite: Bool, in directory: URL) throws -> Data {
        let path = directory.appendingPathComponent("jobs-\(generation.jobs).\(sqlite ? "sqlite" : "sql")").path
        try? FileManager.default.removeItem(atPath: path)
        let sink: any RowSink = sqlite
            ? SQLiteSink(path: path, replace: false)
            : SQLFileSink(path: path, dialect: .postgres, replace: false)
        try generation.run(into: sink)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test("--jobs 1 and --jobs 2 write byte-identical SQL files and SQLite databases",
          arguments: ["mexican-demo", "italian-pair", "50 restaurants"])
    func sameBytes(name: String) throws {
        let scenario = try Self.scenario(name)
        try SinkFixture.withTemporaryDirectory { directory in
            func bytes(jobs: Int, sqlite: Bool) throws -> Data {
                try Self.bytes(of: Generation(scenario: scenario, jobs: jobs), sqlite: sqlite, in: directory)
            }
            let serial = try bytes(jobs: 1, sqlite: false)
            #expect(try bytes(jobs: 2, sqlite: false) == serial, "\(name): SQL file")
            #expect(try bytes(jobs: 1, sqlite: true) == bytes(jobs: 2, sqlite: true), "\(name): SQLite")
            #expect(serial.count > 10_000)
        }
    }

    @Test("restaurants spilling ahead of the one being written still give the bytes of --jobs 1")
    func spillingGivesTheSameBytes() throws {
        // Queues of one 16-row batch: every restaurant but the one being written spills nearly all its rows.
        let scenario = try ScenarioFleet.italian(restaurants: 6, historyDays: 3)
        try SinkFixture.withTemporaryDirectory { directory in
            func bytes(jobs: Int, sqlite: Bool) throws -> Data {
                var generation = Generation(scenario: scenario, jobs: jobs)
                generation.handOver = (batchSize: 16, queueCapacity: 1)
                return try Self.bytes(of: generation, sqlite: sqlite, in: directory)
            }
            let serialSQL = try bytes(jobs: 1, sqlite: false), serialSQLite = try bytes(jobs: 1, sqlite: true)
            #expect(try bytes(jobs: 3, sqlite: false) == serialSQL)
            #expect(try bytes(jobs: 3, sqlite: true) == serialSQLite)
        }
    }

    @Test("a failing restaurant stops a parallel run with its error, and nothing is committed")
    func failureStopsTheRun() throws {
        struct Full: Error {}
        final class FailingSink: RowSink {
            var rows = 0
            var committed = false
            func open(schema: Schema) {}
            func write(_ row: Row) throws {
                rows += 1
                if rows == 2_000 { throw Full() }
            }
            func commit() { committed = true }
            func abort() {}
        }
        let sink = FailingSink()
        #expect(throws: Full.self) {
            try Generation(scenario: ScenarioFleet.italian(restaurants: 6, historyDays: 3), jobs: 2).run(into: sink)
        }
        #expect(!sink.committed)
        #expect(sink.rows == 2_000)
    }
}

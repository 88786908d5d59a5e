import Foundation
import Testing
@testable import SeedKit

/// `seedkit generate`, end to end, through the built binary.
@Suite struct GenerateCommandTests {
    let tiny = Repository.fixture("tiny.yaml")

    @Test("with no --out, writes Output/<scenario>.sqlite and prints rows per table, time and destination")
    func defaultTarget() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let result = try SeedKitBinary.run(["generate", tiny], in: directory.path)
            #expect(result.status == 0, "\(result.stderr)")
            let database = directory.appendingPathComponent("Output/tiny.sqlite")
            #expect(FileManager.default.fileExists(atPath: database.path))
            #expect(result.stdout.contains("Generated tiny (seed 7, as of 2025-03-31)"))
            #expect(result.stdout.contains("  products                  3"))
            #expect(result.stdout.contains("Wrote SQLite database Output/tiny.sqlite in "))
            let products = try SinkFixture.sqlite3(database, script: "SELECT sku, price FROM products ORDER BY id;")
            #expect(products == "TINY-FE|9.5\nTINY-FW|3.2\nTINY-TW|0\n")
        }
    }

    @Test("refuses to overwrite an existing output without --replace (exit 73), and leaves it untouched")
    func refusesToOverwrite() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("kept.sqlite").path
            try Data("precious".utf8).write(to: URL(fileURLWithPath: out))
            let refused = try SeedKitBinary.run(["generate", tiny, "--out", out])
            #expect(refused.status == 73)
            #expect(refused.stderr == "seedkit: error: \(out) already exists; pass --replace to overwrite it\n")
            #expect(try String(contentsOfFile: out, encoding: .utf8) == "precious")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["kept.sqlite"])

            let replaced = try SeedKitBinary.run(["generate", tiny, "--out", out, "--replace"])
            #expect(replaced.status == 0, "\(replaced.stderr)")
            #expect(try SinkFixture.sqlite3(directory.appendingPathComponent("kept.sqlite"),
                                            script: "SELECT count(*) FROM products;") == "3\n")
        }
    }

    @Test("an invalid scenario exits 65, prints every error like a compiler, and writes nothing")
    func invalidScenario() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let scenario = directory.appendingPathComponent("broken.yaml")
            let text = try String(contentsOfFile: tiny, encoding: .utf8)
                .replacingOccurrences(of: "price: 3.20", with: "price: abc")
                .replacingOccurrences(of: "plan: basic", with: "plan: gold")
            try Data(text.utf8).write(to: scenario)
            let result = try SeedKitBinary.run(["generate", scenario.path], in: directory.path)
            #expect(result.status == 65)
            #expect(result.stderr.contains("broken.yaml:"))
            #expect(result.stderr.contains("error: restaurants[0].menu.items[1].price:"))
            #expect(result.stderr.contains("error: restaurants[0].plan:"))
            #expect(result.stderr.contains("2 errors in"))
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("Output").path))
        }
    }

    @Test("a missing scenario file exits 66 naming the path")
    func missingScenario() throws {
        let result = try SeedKitBinary.run(["generate", "Scenarios/nope.yaml", "--out", "/tmp/never.sqlite"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("Scenarios/nope.yaml"))
    }

    @Test("an --out SeedKit cannot place, or a .sql without --dialect, is a usage error (exit 64)",
          arguments: [["--out", "demo.txt"], ["--out", "demo.sql"], ["--out", "demo.sqlite", "--dialect", "sqlite"]])
    func badTargets(arguments: [String]) throws {
        let result = try SeedKitBinary.run(["generate", tiny] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("seedkit: error: "))
    }

    @Test("a PostgreSQL server that cannot be reached fails with exit 74, without echoing the password")
    func postgresUnreachable() throws {
        let result = try SeedKitBinary.run(["generate", tiny, "--out", "postgres://app:s3cret@127.0.0.1:1/app"])
        #expect(result.status == 74)
        #expect(result.stderr.contains("connection refused"))
        #expect(!result.stderr.contains("s3cret"))
    }

    @Test("--seed and --as-of override the scenario's")
    func overrides() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("o.sqlite").path
            let result = try SeedKitBinary.run(["generate", tiny, "--out", out, "--seed", "8", "--as-of", "2025-06-30"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("Generated tiny (seed 8, as of 2025-06-30)"))
            let bad = try SeedKitBinary.run(["generate", tiny, "--out", out, "--as-of", "30/06/2025"])
            #expect(bad.status == 64)
            #expect(bad.stderr.contains("'today' or 'now'"))
        }
    }

    @Test("--as-of now ends the history at the current minute in London; SEEDKIT_NOW stands in for the clock")
    func asOfNow() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("now.sql").path
            func run(_ now: String) throws -> ProcessRunner.Output {
                try SeedKitBinary.run(["generate", tiny, "--out", out, "--dialect", "sqlite", "--as-of", "now", "--replace"],
                                      environment: ProcessInfo.processInfo.environment.merging(["SEEDKIT_NOW": now]) { $1 })
            }
            // 11:34 UTC on Friday 12 June 2026 is 12:34 British Summer Time.
            let result = try run("2026-06-12T11:34:00Z")
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("Generated tiny (seed 7, as of 2026-06-12 12:34)"), "\(result.stdout)")
            let sql = try String(contentsOfFile: out, encoding: .utf8)
            #expect(sql.hasPrefix("-- Generated by SeedKit: scenario tiny"))
            #expect(sql.split(separator: "\n").first?.contains("as of 2026-06-12 12:34,") == true)
            #expect(sql.contains("'active'") && sql.contains("'2026-06-12 12:34:00'"))
            let bad = try run("tomorrow")
            #expect(bad.status == 64)
            #expect(bad.stderr.contains("SEEDKIT_NOW takes seconds since 1970"))
        }
    }
}

import Foundation
import Testing

/// `generate --restaurants`, `--shard` and `--jobs` as a user types them, and the capacity check
/// `validate` and `generate` share.
@Suite struct TenantOptionsTests {
    @Test("an unknown --restaurants slug is a usage error with a suggestion, and writes nothing")
    func unknownRestaurant() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("x.sqlite").path
            let result = try SeedKitBinary.run(["generate", Repository.scenario("italian-pair"), "--restaurants", "trattoria-lucca", "--out", out])
            #expect(result.status == 64)
            #expect(result.stderr.contains("no restaurant with slug \"trattoria-lucca\"; did you mean \"trattoria-luca\"?"))
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }

    @Test("--shard needs a SQL file and K/N with 1 ≤ K ≤ N", arguments: [
        ["--shard", "2/2", "--out", "x.sqlite"], ["--shard", "3/2", "--out", "x.sql", "--dialect", "sqlite"],
        ["--shard", "0/2", "--out", "x.sql", "--dialect", "sqlite"], ["--jobs", "0"],
        ["--shard", "1/2", "--restaurants", "trattoria-luca", "--out", "x.sql", "--dialect", "sqlite"],
    ])
    func badShards(arguments: [String]) throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let result = try SeedKitBinary.run(["generate", Repository.scenario("italian-pair")] + arguments, in: directory.path)
            #expect(result.status == 64, "\(result.stderr)")
            #expect(try SinkFixture.fileNames(in: directory).isEmpty)
        }
    }

    @Test("a scenario whose ids cannot fit INTEGER is refused by validate and generate with the numbers, writing nothing")
    func overCapacity() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let text = try String(contentsOfFile: Repository.scenario("mexican-demo"), encoding: .utf8)
            let split = try #require(text.range(of: "restaurants:\n"))
            var block = String(text[split.upperBound...])
            block = block.replacing(/orders_per_day: [^\n]*/, with: "orders_per_day: 10000")
                .replacing("plan: basic", with: "plan: enterprise")
            var header = String(text[..<split.upperBound])
            header = header.replacing(/history_days: \d+/, with: "history_days: 300")
            let copies = (0..<20).map { block.replacingOccurrences(of: "fynlo-mexican", with: "fynlo-mexican-\($0)") }
            let path = directory.appendingPathComponent("huge.yaml").path
            try (header + copies.joined()).write(toFile: path, atomically: true, encoding: .utf8)
            let validate = try SeedKitBinary.run(["validate", path])
            #expect(validate.status == 65)
            #expect(validate.stderr.contains(/restaurant "fynlo-mexican-\d+" \(restaurants\[\d+\]\) needs [\d,]+ ids in order_items, but only [\d,]+ of INTEGER's 2,147,483,647 are left/),
                    "\(validate.stderr)")
            let out = directory.appendingPathComponent("huge.sqlite").path
            let generate = try SeedKitBinary.run(["generate", path, "--out", out])
            #expect(generate.status == 65)
            #expect(generate.stderr == validate.stderr)
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }
}

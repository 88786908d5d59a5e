import Foundation
import Testing
@testable import SeedKit

/// `seedkit report` on the command line: where the page goes, and what it refuses.
@Suite struct ReportCommandTests {
    @Test("a SQLite file's page goes next to it as .html, with no password and the realism scorecard")
    func besideTheDatabase() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let database = directory.appendingPathComponent("demo.sqlite")
            #expect(try SeedKitBinary.run(["generate", Repository.fixture("tiny.yaml"), "--out", database.path, "-q"]).status == 0)
            let result = try SeedKitBinary.run(["report", database.path])
            let page = directory.appendingPathComponent("demo.html")
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "Wrote \(page.path)\n")
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(html.hasPrefix("<!DOCTYPE html>") && !html.contains("tiny-demo"))
            #expect(html.contains("id=\"realism\"") && html.contains("<td>labour_cost</td>"))
            #expect(html.contains("<dd>tiny</dd>") && html.contains("<dd>2025-03-31</dd>"), "the provenance the database records")
            #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("@import"), "nothing is fetched")
        }
    }

    @Test("a target that is not a SeedKit database, a SQL script, or a missing folder is refused")
    func refusals() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let missing = try SeedKitBinary.run(["report", directory.appendingPathComponent("none.sqlite").path])
            #expect(missing.status == 66)
            let script = try SeedKitBinary.run(["report", "x.sql"])
            #expect(script.status == 64)
            let folder = try SeedKitBinary.run(["report", Repository.fixture("tiny.yaml"), "--out",
                                                directory.appendingPathComponent("no/page.html").path])
            #expect(folder.status == 74 && folder.stderr.contains("does not exist"))
            let days = try SeedKitBinary.run(["report", "x.sqlite", "--days", "3"])
            #expect(days.status == 64)
        }
    }
}

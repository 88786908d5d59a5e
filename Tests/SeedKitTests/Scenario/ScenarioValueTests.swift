import Foundation
import Testing
@testable import SeedKit

/// A scenario written in Swift goes through the same parser as a file.
@Suite struct ScenarioValueTests {
    /// A file's scenario as a ``ScenarioValue``: every scalar as its text.
    static func value(of node: YAMLNode) -> ScenarioValue {
        switch node {
        case .scalar(let scalar): .text(scalar.string)
        case .sequence(let nodes, _): .list(nodes.map(value(of:)))
        case .mapping(let pairs, _): .mapping(pairs.map { pair in
            guard case .scalar(let key) = pair.key else { preconditionFailure("scenario keys are scalars") }
            return (key: key.string, value: value(of: pair.value))
        })
        }
    }

    @Test("the shipped scenarios written as Swift values generate exactly the rows of their files",
          arguments: ["mexican-demo", "italian-pair"])
    func sameRowsAsTheFile(name: String) throws {
        let path = Repository.scenario(name)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let log = DiagnosticLog(file: path, source: text)
        let root = try #require(YAMLDocument.compose(text, log: log))
        let fromCode = try Scenario(Self.value(of: root), name: name)
        let fromFile = try ScenarioLoader.load(contentsOf: path)
        #expect(try GeneratedRows(fromCode).rows == GeneratedRows.shipped(name).rows)
        #expect(fromCode.name == fromFile.name && fromCode.sourceSHA256 == nil)
    }

    @Test("a scenario in Swift is refused like a file, every error named by its key path")
    func errorsNameKeyPaths() {
        let value: ScenarioValue = [
            "seed": 7, "as_of": "2025-06-30", "demo_password": "demo",
            "platform": [
                "name": "Demo", "slug": "demo",
                "owner": ["first_name": "Ada", "last_name": "Admin", "email": "ada@gmail.com"],
                "plans": [["name": "basic", "commission_rate": "8"]],
            ],
            "restaurants": [[
                "name": "Diner", "slug": "diner", "plan": "gold",
                "menu": ["categories": [["name": "Mains"]], "items": [["name": "Pie", "category": "Mains", "price": "abc", "sku": "PIE"]]],
            ]],
        ]
        #expect {
            try Scenario(value, name: "demo-in-code")
        } throws: { error in
            let text = "\(error)"
            return text.contains("demo-in-code: error: platform.owner.email: ")
                && text.contains("demo-in-code: error: restaurants[0].plan: ")
                && text.contains("demo-in-code: error: restaurants[0].menu.items[0].price: expected an amount like 3.50, got \"abc\"")
        }
    }

    @Test("the README's example builds a scenario in Swift and generates it into a SQLite file")
    func readmeExample() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("diner.sqlite").path
            // The README's example, as written there.
            let scenario = try Scenario([
                "seed": 7, "as_of": "2025-06-30", "history_days": 14, "demo_password": "demo",
                "platform": [
                    "name": "Demo Platform", "slug": "demo",
                    "owner": ["first_name": "Ada", "last_name": "Admin", "email": "ada@demo.example"],
                    "plans": [["name": "basic", "commission_rate": "8"]],
                ],
                "restaurants": [[
                    "name": "Demo Diner", "slug": "demo-diner", "plan": "basic",
                    "menu": [
                        "categories": [["name": "Mains"]],
                        "items": [["name": "Pie", "category": "Mains", "price": "9.50", "sku": "PIE"]],
                    ],
                    "generated_staff": [["role": "server", "count": 2], ["role": "cook", "count": 1]],
                ]],
            ], name: "diner")
            try Generation(scenario: scenario).run(into: SQLiteSink(path: path, replace: true))
            let report = try Verifier().verify(SQLiteReader(path: path))
            #expect(report.allHold)
            #expect(try SQLiteReader(path: path).rows("SELECT COUNT(*) FROM orders").first?.first.flatMap { Int($0 ?? "") } ?? 0 > 0)
        }
    }
}

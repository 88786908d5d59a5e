import Foundation
import Testing
@testable import SeedKit

/// What ships with the rehearsal agrees with its sources: the plan's scripts, and the document.
@Suite struct RehearsalDocumentTests {
    @Test("the shipped scripts are the plan's, verbatim but for the administrator's email, which each file's header says")
    func scriptsAreThePlans() throws {
        let plan = try String(contentsOf: Repository.root.deletingLastPathComponent()
            .appendingPathComponent("shared/seeds/production-migration-plan.md"), encoding: .utf8)
        for (index, script) in RehearsalFixture.scripts.enumerated() {
            let text = try String(contentsOfFile: Repository.root.appendingPathComponent("Scenarios/migration-rehearsal/\(script)").path,
                                  encoding: .utf8)
            let opening = "#### \(index + 1). `\(script)`\n```sql\n"
            let block = try #require(plan.components(separatedBy: opening).dropFirst().first?.components(separatedBy: "```").first)
            let shipped = block.replacingOccurrences(of: "george@seabreeze.farm", with: "admin@fynlo.example")
            #expect(text.hasSuffix(shipped), "\(script) is not the plan's text")
            let header = text.dropLast(shipped.count).split(separator: "\n")
            #expect(header.allSatisfy { $0.hasPrefix("-- ") }, "\(script): only comments come before the plan's text")
            #expect(header.joined(separator: " ").contains("the administrator's email"), "\(script) says what changed")
        }
    }

    @Test("verify --migration runs the checks Docs/migration-rehearsal.md lists, in its order")
    func checksFollowTheDocument() throws {
        let document = try String(contentsOfFile: Repository.root.appendingPathComponent("Docs/migration-rehearsal.md").path,
                                  encoding: .utf8)
        let section = try #require(document.components(separatedBy: "## The checks of `verify --migration`").last)
        let names = section.components(separatedBy: "\n## ").first!.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `") else { return nil }
            return String(line.dropFirst(3).prefix { $0 != "`" })
        }
        var catalogue = MigrationChecks.all.map(\.name)
        catalogue.insert(MigrationVerifier.adminLogin.name, at: 1)
        #expect(names == catalogue)
    }
}

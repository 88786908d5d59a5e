import Foundation
import Testing
@testable import SeedKit

/// `seedkit expand`, end to end, through the built binary.
@Suite struct ExpandCommandTests {
    @Test("prints the scenario with its fleet written out: a file that validates and generates the same SQL")
    func expandsAFleet() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let fleet = directory.appendingPathComponent("fleet.yaml").path
            try Data(FleetScenarios.scenario(fleets: [FleetScenarios.fleet(count: 3)]).utf8).write(to: URL(fileURLWithPath: fleet))
            let result = try SeedKitBinary.run(["expand", fleet])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr == "")
            #expect(result.stdout.hasPrefix("# \(fleet) with its fleets written out as restaurants (seedkit expand)\nname: \"fleet\"\n"))
            #expect(!result.stdout.contains("fleets:"))
            let expanded = directory.appendingPathComponent("expanded.yaml").path
            try Data(result.stdout.utf8).write(to: URL(fileURLWithPath: expanded))
            #expect(try SeedKitBinary.run(["validate", "--strict", expanded]).stdout == "ok\n")
            for (input, output) in [(fleet, "a.sql"), (expanded, "b.sql")] {
                let run = try SeedKitBinary.run(["generate", input, "--out", directory.appendingPathComponent(output).path, "--dialect", "sqlite"])
                #expect(run.status == 0, "\(run.stderr)")
            }
            #expect(try Data(contentsOf: directory.appendingPathComponent("a.sql")) == Data(contentsOf: directory.appendingPathComponent("b.sql")))
        }
    }

    @Test("an invalid scenario is reported as validate reports it (exit 65)")
    func invalid() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let fleet = directory.appendingPathComponent("bad.yaml").path
            try Data(FleetScenarios.scenario(fleets: [FleetScenarios.fleet(count: 0)]).utf8).write(to: URL(fileURLWithPath: fleet))
            let result = try SeedKitBinary.run(["expand", fleet])
            #expect(result.status == 65)
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("\(fleet):16:12: error: fleets[0].count: expected a whole number from 1 to 100000, got \"0\""))
        }
    }
}

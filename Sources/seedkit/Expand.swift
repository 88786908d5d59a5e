import ArgumentParser
import SeedKit

struct Expand: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Prints the scenario with every fleet written out as explicit restaurants.",
        discussion: "The output is a scenario file that generates the same data; edit it to freeze or hand-tune a restaurant.")

    @Argument(help: "The scenario file to expand.")
    var scenario: String

    func run() throws {
        let loaded = try CommandSupport.loadScenario(at: scenario, strict: false)
        print("# \(scenario) with its fleets written out as restaurants (seedkit expand)")
        print(ScenarioYAML.text(of: loaded), terminator: "")
    }
}

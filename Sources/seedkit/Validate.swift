import ArgumentParser
import SeedKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks a scenario file and prints every error in it, or \"ok\".")

    @Argument(help: "The scenario file to check.")
    var scenario: String

    @Flag(help: "Treat warnings (doubtful but valid values) as errors.")
    var strict = false

    func run() throws {
        let scenario = try CommandSupport.loadScenario(at: scenario, strict: strict)
        // Every restaurant's ids must fit: refused here, before anything is generated.
        _ = try CommandSupport.run { () throws(IDCapacityExceeded) in try GenerationPlan(scenario: scenario) }
        print("ok")
    }
}

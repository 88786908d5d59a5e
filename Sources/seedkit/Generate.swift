import ArgumentParser
import SeedKit

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generates a scenario's data into SQLite (the default), a SQL file or PostgreSQL.")

    @Argument(help: "The scenario file, e.g. Scenarios/mexican-demo.yaml.")
    var scenario: String

    @Option(help: ArgumentHelp(
        "Where to write: a .sqlite/.db file, a .sql file (with --dialect), or a postgres:// URI.",
        discussion: "Defaults to Output/<scenario name>.sqlite.", valueName: "target"))
    var out: String?

    @Option(help: "The SQL dialect of a .sql output: postgres or sqlite.")
    var dialect: SQLDialect?

    @Option(help: "Use this seed instead of the scenario's.")
    var seed: UInt64?

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The last day of history (YYYY-MM-DD, or 'today'), instead of the scenario's.", valueName: "date"))
    var asOf: String?

    @Flag(help: "Replace the output if it already exists.")
    var replace = false

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let loaded = try CommandSupport.loadScenario(at: scenario)
        let scenario = loaded.overriding(seed: seed, asOf: try CommandSupport.day(fromAsOf: asOf))
        let target = try CommandSupport.run { () throws(OutputTargetError) in
            try OutputTarget.resolve(out: out, dialect: dialect, scenarioName: scenario.name,
                                     environment: CommandSupport.environment)
        }
        let sink = try CommandSupport.makeSink(for: target, replace: replace)
        Interruption.install()
        let counts = try CommandSupport.run { try Generation(scenario: scenario).run(into: sink) }
        print(GenerationReport(scenario: scenario, counts: counts, target: target,
                               elapsed: clock.now - started).text)
    }
}

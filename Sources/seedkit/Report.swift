import ArgumentParser
import Foundation
import SeedKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Writes one self-contained HTML page of charts about a database SeedKit made, or about a scenario.",
        discussion: """
            For the platform and each restaurant: revenue per day with its 7-day average, orders by hour and \
            weekday, best and worst sellers, order type and payment mix, labour cost by week, stock-outs, the demo \
            logins and the provenance. A scenario (.yaml) is generated into a temporary SQLite database first; only \
            then does the page show the demo password. Exits 65 when the target is not a SeedKit database, 66 when \
            it cannot be opened, 74 when reading it or writing the page fails.
            """)

    @Argument(help: ArgumentHelp(
        "A SQLite file, a postgres:// URI, a key=value connection string, postgres ($DATABASE_URL), or a scenario .yaml.",
        valueName: "target"))
    var target: String

    @Option(help: ArgumentHelp(
        "The HTML file to write (- for standard output).",
        discussion: "Defaults to the SQLite file's or the scenario's name with .html, in Output/ for a scenario or PostgreSQL.",
        valueName: "file.html"))
    var out: String?

    @Option(help: ArgumentHelp("For a scenario: generate this many days of history instead of its history_days.", valueName: "N"))
    var days: Int?

    @Flag(name: .shortAndLong, help: "Print nothing but errors: no progress line, no \"Wrote …\" line.")
    var quiet = false

    func run() throws {
        let isScenario = [".yaml", ".yml"].contains { target.lowercased().hasSuffix($0) }
        if days != nil && !isScenario { throw ValidationError("--days applies only when the report is made from a scenario (.yaml)") }
        let data: ReportData
        if isScenario {
            let overrides = Scenario.Overrides(historyDays: days, historyDaysName: "--days")
            let scenario = try CommandSupport.loadScenario(at: target, overrides: overrides)
            let progress = ProgressLine.make(quiet: quiet)
            Interruption.install()
            data = try CommandSupport.run {
                defer { progress?.clear() }
                return try ReportData(generating: scenario, jobs: CommandSupport.jobs(nil), cancellation: Interruption.cancellation,
                                      progress: progress?.observer)
            }
        } else {
            let target: OutputTarget
            do {
                target = try OutputTarget.verificationTarget(self.target, environment: CommandSupport.environment)
            } catch {
                let message = error == .missingDatabaseURL
                    ? "report postgres takes its connection from DATABASE_URL, which is not set" : error.description
                CommandSupport.printError(message)
                throw ExitCode(ExitStatus.usage)
            }
            do {
                data = try ReportData(reading: Verifier.open(target, cancellation: Interruption.cancellation))
            } catch {
                CommandSupport.printError(error.description)
                throw ExitCode(Verify.status(for: error))
            }
        }
        let html = ReportPage(data: data).html
        if out == "-" {
            FileHandle.standardOutput.write(Data(html.utf8))
            return
        }
        let path = out ?? defaultPath(scenarioName: data.provenance?.scenarioName, isScenario: isScenario)
        if out != nil {
            try CommandSupport.checkFolderExists(forFile: path)
        } else {
            // The default folder (Output/) is made when missing, as generate's is.
            try? FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                     withIntermediateDirectories: true)
        }
        try CommandSupport.run { () throws(SinkError) in try ReportFile.write(html, to: path) }
        if !quiet { print("Wrote \(path)") }
    }

    /// `Output/mexican-demo.sqlite` → `Output/mexican-demo.html`; a scenario's or a PostgreSQL
    /// database's page goes to `Output/<scenario name>.html`.
    private func defaultPath(scenarioName: String?, isScenario: Bool) -> String {
        let isPostgres = (try? OutputTarget.verificationTarget(target, environment: CommandSupport.environment))
            .map { if case .postgres = $0 { true } else { false } } ?? false
        if isScenario || isPostgres { return "Output/\(scenarioName ?? "report").html" }
        return URL(fileURLWithPath: target).deletingPathExtension().appendingPathExtension("html").relativePath
    }
}

public import ArgumentParser
import Foundation
public import SeedKit

/// `--schema`: who makes the tables a PostgreSQL load fills, or the legacy database instead.
enum SchemaOption: String, CaseIterable, ExpressibleByArgument {
    case create, existing, legacy

    /// The PostgreSQL sink's mode; nil for the legacy database, which has no sink.
    var sinkMode: PostgresSink.SchemaMode? { PostgresSink.SchemaMode(rawValue: rawValue) }
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generates a scenario's data into SQLite (the default), a SQL file or PostgreSQL.")

    @Argument(help: "The scenario file, e.g. Scenarios/mexican-demo.yaml.")
    var scenario: String

    @Option(help: ArgumentHelp(
        "Where to write: a .sqlite/.db file, a .sql file (with --dialect), a PostgreSQL database, or - (SQL on stdout, with --dialect).",
        discussion: """
            Defaults to Output/<scenario name>.sqlite. A PostgreSQL database is named by a postgres:// URI, \
            a libpq string such as "host=/var/run/postgresql dbname=app", or "postgres" for $DATABASE_URL; \
            libpq's PG* environment variables apply. It is loaded all or nothing, into a database \
            without SeedKit's tables (unless --replace): built in the schema seedkit_load, then moved \
            into yours by one transaction. The folder of a file you name must exist.
            """, valueName: "target"))
    var out: String?

    @Option(help: "The SQL dialect of a .sql output: postgres or sqlite.")
    var dialect: SQLDialect?

    @Option(help: "Use this seed instead of the scenario's.")
    var seed: UInt64?

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The last day of history (YYYY-MM-DD, or 'today'), instead of the scenario's; or 'now', the current minute in the restaurant's time zone (Europe/London).", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp(
        "For PostgreSQL: create SeedKit's tables (create, the default), fill the application's (existing), or "
            + "make the legacy database the production migration plan starts from (legacy).",
        discussion: """
            With 'existing', the tables come from the application's migrations: SeedKit fills the columns \
            they have and sets their sequences, and refuses if a table or a required column is missing. \
            With 'legacy', the target is a PostgreSQL database or a .sql file with --dialect postgres \
            (Docs/migration-rehearsal.md).
            """, valueName: "create|existing|legacy"))
    var schema: SchemaOption?

    @Option(help: ArgumentHelp(
        "Generate only these restaurants (comma-separated slugs), with the platform's rows.",
        discussion: "Every value, ids included, is the one the same restaurants have in the whole run.",
        valueName: "slug,slug"))
    var restaurants: String?

    @Option(help: ArgumentHelp(
        "Write part K of N of the restaurants as a SQL file (--out part-K.sql with --dialect).",
        discussion: """
            Parts 1 to N, loaded in order into one empty database (psql -f, sqlite3), give the database             of the whole run: part 1 creates the tables and holds the platform's rows, the last part adds             the keys and indexes and completes the platform's roll-ups.
            """, valueName: "K/N"))
    var shard: String?

    @Option(help: ArgumentHelp(
        "Generate this many restaurants at once (default: every core). The output is the same for any number.",
        valueName: "N"))
    var jobs: Int?

    @Option(help: ArgumentHelp(
        "Generate this many days of history, ending on the as-of date, instead of the scenario's history_days.",
        valueName: "N"))
    var days: Int?

    @Flag(name: .shortAndLong, help: "Print nothing but errors and warnings: no progress line, no summary.")
    var quiet = false

    @Flag(help: "Print the summary as JSON on standard output (rows per table, seconds, target, seed, as-of, version, warnings).")
    var json = false

    @Flag(help: ArgumentHelp(
        "Replace the output if it already exists.",
        discussion: "In PostgreSQL, only SeedKit's tables are replaced (or emptied, with --schema existing)."))
    var replace = false

    @Flag(name: .customLong("no-analyze"), help: ArgumentHelp(
        "PostgreSQL: leave the tables' statistics to autovacuum instead of running ANALYZE after the load commits.",
        discussion: "The data is the same; the planner has row counts but no column statistics until autovacuum runs (within about a minute), as after pg_restore."))
    var noAnalyze = false

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let end = try CommandSupport.asOf(fromAsOf: asOf)
        let overrides = Scenario.Overrides(seed: seed, asOf: end.day, asOfName: "--as-of",
                                           historyDays: days, historyDaysName: "--days", asOfTime: end.time)
        let toStandardOutput = out == "-"
        if toStandardOutput && json { throw ValidationError("--json and --out - both write to standard output: choose one") }
        if toStandardOutput && dialect == nil {
            throw ValidationError("--out - writes a SQL file to standard output: say which database will load it with --dialect")
        }
        let scenario = try CommandSupport.loadScenario(at: self.scenario, overrides: overrides)
        let stdoutFile = toStandardOutput ? try StandardOutputFile(scenarioName: scenario.name) : nil
        defer { stdoutFile?.remove() }
        let target = try CommandSupport.run { () throws(OutputTargetError) in
            try OutputTarget.resolve(out: stdoutFile?.path ?? out, dialect: dialect, scenarioName: scenario.name,
                                     environment: CommandSupport.environment)
        }
        if !toStandardOutput, out != nil { try CommandSupport.checkFolderExists(for: target) }
        if schema == .legacy {
            try generateLegacy(scenario, into: target, toStandardOutput: toStandardOutput, stdoutFile: stdoutFile)
            return
        }
        let selection = try CommandSupport.selection(restaurants: restaurants, shard: shard, target: target)
        let sink = try CommandSupport.makeSink(for: target, replace: replace || toStandardOutput, schema: schema?.sinkMode,
                                               selection: selection, provenance: Provenance(of: scenario))
        if noAnalyze {
            guard let postgres = sink as? PostgresSink else {
                throw ValidationError("--no-analyze applies only to a PostgreSQL target (--out postgres://…)")
            }
            postgres.analyzes = false
        }
        let jobs = try CommandSupport.jobs(jobs)
        let progress = ProgressLine.make(quiet: quiet)
        Interruption.install()
        let counts = try CommandSupport.run {
            defer { progress?.clear() }
            let generation = Generation(scenario: scenario, selection: selection, jobs: jobs, cancellation: Interruption.cancellation)
            guard let progress else { return try generation.run(into: sink) }
            return try generation.run(into: ProgressSink(wrapping: sink, scenario: scenario, selection: selection,
                                                         observer: progress.observer))
        }
        try stdoutFile?.copyToStandardOutput()
        let report = GenerationReport(scenario: scenario, counts: counts, target: target, elapsed: clock.now - started,
                                      toStandardOutput: toStandardOutput)
        if json {
            print(report.json)
        } else if !quiet {
            // With the data on standard output, the summary goes to standard error.
            if toStandardOutput { FileHandle.standardError.write(Data((report.text + "\n").utf8)) } else { print(report.text) }
        }
    }

    /// `--schema legacy`: the legacy database, written whole (it is small: no progress line).
    private func generateLegacy(_ scenario: Scenario, into target: OutputTarget, toStandardOutput: Bool,
                                stdoutFile: StandardOutputFile?) throws {
        if restaurants != nil || shard != nil {
            throw ValidationError("--schema legacy makes the whole legacy database: --restaurants and --shard do not apply")
        }
        if json { throw ValidationError("--schema legacy prints no JSON summary; leave out --json") }
        let clock = ContinuousClock()
        let started = clock.now
        let script = try CommandSupport.run {
            let script = try LegacyScript(scenario: scenario, provenance: Provenance(of: scenario))
            try LegacyLoad.write(script, to: target, replace: replace || toStandardOutput, cancellation: Interruption.cancellation)
            return script
        }
        try stdoutFile?.copyToStandardOutput()
        guard !quiet else { return }
        let text = LegacyReport(scenarioName: scenario.name, counts: script.counts,
                                destination: toStandardOutput ? "standard output" : target.summary, elapsed: clock.now - started).text
        if toStandardOutput { FileHandle.standardError.write(Data((text + "\n").utf8)) } else { print(text) }
    }
}

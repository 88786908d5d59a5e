import ArgumentParser
import Foundation
import SeedKit

/// What the subcommands share: loading a scenario, choosing a sink, and turning SeedKit's
/// errors into a message on standard error and a documented exit code.
enum CommandSupport {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// Loads and validates a scenario with the command line's overrides; on failure prints every
    /// diagnostic and exits 65 (66 when the file cannot be read). Warnings are printed too;
    /// `strict` makes them errors.
    static func loadScenario(at path: String, overrides: Scenario.Overrides = .none, strict: Bool = false) throws -> Scenario {
        do {
            let scenario = try ScenarioLoader.load(contentsOf: path, overrides: overrides)
            guard !scenario.warnings.isEmpty else { return scenario }
            if strict {
                let errors = scenario.warnings.map { warning in
                    var error = warning
                    error.severity = .error
                    return error
                }
                throw ScenarioError(file: path, diagnostics: errors)
            }
            printError(scenario.warnings.map(\.rendered).joined(separator: "\n"), prefixed: false)
            return scenario
        } catch let error as ScenarioError {
            printError(error.description, prefixed: false)
            let unreadable = error.diagnostics.contains { $0.line == 0 }
            throw ExitCode(unreadable ? ExitStatus.unreadableScenario : ExitStatus.invalidScenario)
        }
    }

    /// `--as-of`: a date, `today` (the only place SeedKit reads the clock), or absent.
    static func day(fromAsOf text: String?, words: String = "or 'today'") throws -> Day? {
        guard let text else { return nil }
        if text == "today" { return Day.todayUTC() }
        guard let day = Day(iso: text) else {
            throw ValidationError("--as-of takes a date like 2025-06-30, \(words); got \"\(text)\"")
        }
        let days = Scenario.supportedDays
        guard days.contains(day) else {
            throw ValidationError("--as-of takes a date from \(days.lowerBound) to \(days.upperBound); got \"\(text)\"")
        }
        return day
    }

    /// `--as-of` with `now` as well: the current minute in the restaurant's time zone
    /// (``LiveClock``; `SEEDKIT_NOW` stands in for the real time), as a day and a minute.
    static func asOf(fromAsOf text: String?) throws -> (day: Day?, time: TimeOfDay?) {
        guard text == "now" else { return (try day(fromAsOf: text, words: "'today' or 'now'"), nil) }
        let instant: Double?
        do { instant = try LiveClock.instant(from: environment) } catch { throw ValidationError(error.description) }
        let now = LiveClock.currentMinute(timeZone: LiveClock.restaurantTimeZone, secondsSince1970: instant)
        return (now.day, now.timeOfDay)
    }

    /// The sink that writes the target; `schema` (`--schema`) applies to PostgreSQL only, and a
    /// shard's part is a SQL file.
    static func makeSink(for target: OutputTarget, replace: Bool, schema: PostgresSink.SchemaMode?,
                         selection: TenantSelection = .all) throws -> any RowSink {
        if case .shard(let index, let count) = selection, case .sqlFile(let path, let dialect) = target {
            return SQLFileSink(path: path, dialect: dialect, replace: replace, part: .part(index: index, count: count))
        }
        switch (target, schema) {
        case (.postgres(let connection), _):
            return PostgresSink(connection: connection, replace: replace, schema: schema ?? .create,
                                cancellation: Interruption.cancellation)
        case (_, .some):
            throw ValidationError("--schema applies only to a PostgreSQL target (--out postgres://…)")
        case (.sqliteFile(let path), nil):
            return SQLiteSink(path: path, replace: replace, cancellation: Interruption.cancellation)
        case (.sqlFile(let path, let dialect), nil):
            return SQLFileSink(path: path, dialect: dialect, replace: replace)
        }
    }

    /// The restaurants `--restaurants` or `--shard K/N` select (every one when neither is given).
    static func selection(restaurants: String?, shard: String?, target: OutputTarget) throws -> TenantSelection {
        switch (restaurants, shard) {
        case (.some, .some):
            throw ValidationError("--restaurants and --shard cannot be combined: a shard is a part of every restaurant")
        case (let list?, nil):
            let slugs = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !slugs.isEmpty else { throw ValidationError("--restaurants takes one or more slugs, separated by commas") }
            return .restaurants(slugs)
        case (nil, let text?):
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index)
            else { throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N, like 2/4; got \"\(text)\"") }
            guard case .sqlFile = target else {
                throw ValidationError("--shard writes a part of a database as a SQL file: use --out part-\(index).sql with --dialect")
            }
            return .shard(index: index, count: count)
        case (nil, nil):
            return .all
        }
    }

    /// `--jobs`, or every core.
    static func jobs(_ requested: Int?) throws -> Int {
        guard let requested else { return max(1, ProcessInfo.processInfo.activeProcessorCount) }
        guard requested >= 1 else { throw ValidationError("--jobs takes a number of 1 or more; got \(requested)") }
        return requested
    }

    /// Runs `body`, reporting a SeedKit error as one clear line and its exit code.
    static func run<T, E: Error>(_ body: () throws(E) -> T) throws -> T {
        do {
            return try body()
        } catch let error as OutputTargetError {
            printError(message(for: error))
            throw ExitCode(ExitStatus.usage)
        } catch let error as SinkError {
            if case .destinationExists = error {
                printError(error.description + "; pass --replace to overwrite it")
                throw ExitCode(ExitStatus.outputExists)
            }
            printError(error.description)
            throw ExitCode(ExitStatus.writeFailed)
        } catch let error as PostgresError {
            printError(error.description + advice(for: error))
            throw ExitCode(error.isTargetOccupied ? ExitStatus.outputExists : ExitStatus.writeFailed)
        } catch let error as IDCapacityExceeded {
            printError(error.description)
            throw ExitCode(ExitStatus.invalidScenario)
        } catch let error as TenantSelectionError {
            printError(error.description)
            throw ExitCode(ExitStatus.usage)
        } catch let error as GenerationInterrupted {
            printError(error.description)
            throw ExitCode(ExitStatus.interrupted)
        } catch let error as LiveTenantError {
            printError(error.description)
            throw ExitCode(error.isConflict ? ExitStatus.outputExists : ExitStatus.writeFailed)
        } catch let error as PasswordHashError {
            printError(error.description)
            throw ExitCode(ExitStatus.writeFailed)
        } catch let error as LegacyTargetError {
            printError(error.description + "; write to a postgres:// database, or a .sql file with --dialect postgres")
            throw ExitCode(ExitStatus.usage)
        }
    }

    /// `--out` and `--dialect` refused, in the options' own words.
    static func message(for error: OutputTargetError) -> String {
        switch error {
        case .unrecognised(let out):
            "cannot tell what kind of target \"\(PasswordRedaction.redacting(out))\" is: use a path ending in .sqlite or .db, "
                + "a path ending in .sql with --dialect, or a postgres:// URI"
        case .sqlFileWithoutDialect(let path):
            "\(path) is a SQL file: say which database will load it with --dialect postgres or --dialect sqlite"
        case .dialectWithoutSQLFile:
            "--dialect applies only to a SQL file output (--out something.sql)"
        case .missingDatabaseURL:
            "--out postgres takes its connection from DATABASE_URL, which is not set"
        }
    }

    /// What the command line adds to a PostgreSQL refusal: the option that gets past it.
    static func advice(for error: PostgresError) -> String {
        switch error {
        case .tablesExist: "; pass --replace to replace them (other tables are left alone)"
        case .tablesNotEmpty: "; pass --replace to empty them first (other tables are left alone)"
        default: ""
        }
    }

    /// Prints `message` on standard error, with any password in it masked: a message may quote
    /// the connection string the user typed.
    static func printError(_ message: String, prefixed: Bool = true) {
        let text = PasswordRedaction.redacting(message)
        FileHandle.standardError.write(Data(((prefixed ? "seedkit: error: " : "") + text + "\n").utf8))
    }
}

/// The exit codes `seedkit` documents (sysexits.h values).
enum ExitStatus {
    static let usage: Int32 = 64
    static let invalidScenario: Int32 = 65
    static let unreadableScenario: Int32 = 66
    static let outputExists: Int32 = 73
    static let writeFailed: Int32 = 74
    /// 128 + SIGINT, as shells report a program stopped by Ctrl-C.
    static let interrupted: Int32 = 130
}

extension Day {
    /// Today's date in UTC: read only for `--as-of today`.
    static func todayUTC() -> Day {
        Day(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}

extension CommandSupport {
    /// ``loadScenario(at:overrides:)`` for a tenant command: the scenario with its text.
    static func loadRequest(at path: String, slug: String, overrides: Scenario.Overrides) throws -> TenantRequest {
        let request = try scenarioErrors { try TenantRequest(contentsOf: path, slug: slug, overrides: overrides) }
        for warning in request.scenario.warnings { printError(warning.rendered, prefixed: false) }
        return request
    }

    /// Runs `body`, printing a scenario's diagnostics and exiting 65 (66 when unreadable).
    static func scenarioErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ScenarioError {
            printError(error.description, prefixed: false)
            let unreadable = error.diagnostics.contains { $0.line == 0 }
            throw ExitCode(unreadable ? ExitStatus.unreadableScenario : ExitStatus.invalidScenario)
        }
    }
}

import ArgumentParser
import Foundation
import SeedKit

/// What the subcommands share: loading a scenario, choosing a sink, and turning SeedKit's
/// errors into a message on standard error and a documented exit code.
enum CommandSupport {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// Loads and validates a scenario; on failure prints every diagnostic and exits 65 (66 when
    /// the file cannot be read). Warnings are printed too; `strict` makes them errors.
    static func loadScenario(at path: String, strict: Bool = false) throws -> Scenario {
        do {
            let scenario = try ScenarioLoader.load(contentsOf: path)
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
    static func day(fromAsOf text: String?) throws -> Day? {
        guard let text else { return nil }
        if text == "today" { return Day.todayUTC() }
        guard let day = Day(iso: text) else {
            throw ValidationError("--as-of takes a date like 2025-06-30, or 'today'; got \"\(text)\"")
        }
        return day
    }

    /// The sink that writes the target; `schema` (`--schema`) applies to PostgreSQL only.
    static func makeSink(for target: OutputTarget, replace: Bool, schema: PostgresSink.SchemaMode?) throws -> any RowSink {
        switch (target, schema) {
        case (.postgres(let connection), _):
            return PostgresSink(connection: connection, replace: replace, schema: schema ?? .create)
        case (_, .some):
            throw ValidationError("--schema applies only to a PostgreSQL target (--out postgres://…)")
        case (.sqliteFile(let path), nil):
            return SQLiteSink(path: path, replace: replace)
        case (.sqlFile(let path, let dialect), nil):
            return SQLFileSink(path: path, dialect: dialect, replace: replace)
        }
    }

    /// Runs `body`, reporting a SeedKit error as one clear line and its exit code.
    static func run<T, E: Error>(_ body: () throws(E) -> T) throws -> T {
        do {
            return try body()
        } catch let error as OutputTargetError {
            printError(error.description)
            throw ExitCode(ExitStatus.usage)
        } catch let error as SinkError {
            printError(error.description)
            if case .destinationExists = error { throw ExitCode(ExitStatus.outputExists) }
            throw ExitCode(ExitStatus.writeFailed)
        } catch let error as PostgresError {
            printError(error.description)
            throw ExitCode(error.isTargetOccupied ? ExitStatus.outputExists : ExitStatus.writeFailed)
        } catch let error as GenerationInterrupted {
            printError(error.description)
            throw ExitCode(ExitStatus.interrupted)
        } catch let error as PasswordHashError {
            printError(error.description)
            throw ExitCode(ExitStatus.writeFailed)
        }
    }

    static func printError(_ message: String, prefixed: Bool = true) {
        FileHandle.standardError.write(Data(((prefixed ? "seedkit: error: " : "") + message + "\n").utf8))
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

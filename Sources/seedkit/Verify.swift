import ArgumentParser
import SeedKit

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks a SQLite file or PostgreSQL database in SeedKit's schema against the invariants of "
            + "Docs/invariants.md, printing each one that fails.",
        discussion: "Exits 0 when every invariant holds, 1 when any fails, 65 when the target is not a SeedKit "
            + "database, 66 when it cannot be opened. With --migration, checks a rehearsed production migration instead "
            + "(Docs/migration-rehearsal.md), with the same exit codes.")

    @Argument(help: ArgumentHelp(
        "A SQLite file, a postgres:// URI, a key=value connection string, or postgres ($DATABASE_URL).",
        valueName: "target"))
    var target: String

    @Flag(help: "Also print the realism scorecard (Docs/realism.md); exits 1 when a measure is out of band.")
    var realism = false

    @Flag(help: ArgumentHelp(
        "Check a rehearsed migration instead: a database from generate --schema legacy after the plan's four scripts ran.",
        discussion: "Checks the plan's Phase 5 list and success criteria (Docs/migration-rehearsal.md); exits 1 when any fails."))
    var migration = false

    @Option(help: ArgumentHelp("The scenario the database was generated from: the realism scorecard's opening hours, "
        + "configured demand and staff terms; with --migration, the demo password the platform admin must log in with.",
        valueName: "file"))
    var scenario: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The as-of date the database was generated with, when not the scenario's.",
                                                           valueName: "YYYY-MM-DD"))
    var asOf: String?

    func run() throws {
        let target: OutputTarget
        do {
            target = try OutputTarget.verificationTarget(self.target, environment: CommandSupport.environment)
        } catch {
            CommandSupport.printError(error.description)
            throw ExitCode(ExitStatus.usage)
        }
        if migration && realism { throw ValidationError("--migration and --realism check different databases: choose one") }
        if migration, case .sqliteFile(let path) = target {
            CommandSupport.printError("\(path): verify --migration reads PostgreSQL only, as the migration plan's scripts run there")
            throw ExitCode(ExitStatus.notSeedKitDatabase)
        }
        do {
            let database = try Verifier.open(target, cancellation: Interruption.cancellation)
            if migration {
                let password = try scenario.map { try CommandSupport.loadScenario(at: $0).demoPassword }
                let report = try MigrationVerifier(userPassword: password).verify(database)
                print(report.text)
                if !report.allHold { throw ExitCode(ExitStatus.invariantsFail) }
                return
            }
            let report = try Verifier().verify(database)
            print(report.text)
            var inBand = true
            if realism {
                let expectations = try scenario.map { path in
                    RealismExpectations(scenario: try CommandSupport.loadScenario(
                        at: path, overrides: Scenario.Overrides(seed: nil, asOf: CommandSupport.day(fromAsOf: asOf), asOfName: "--as-of")))
                } ?? RealismExpectations()
                let card = try RealismScorecard(expectations: expectations).measure(database)
                print(card.text)
                inBand = card.allInBand
            }
            if !report.allHold || !inBand { throw ExitCode(ExitStatus.invariantsFail) }
        } catch let error as VerificationError {
            CommandSupport.printError(error.description)
            throw ExitCode(Self.status(for: error))
        }
    }

    static func status(for error: VerificationError) -> Int32 {
        switch error {
        case .cannotOpen: ExitStatus.unreadableTarget
        case .notADatabase, .notSeedKitSchema, .notRehearsal: ExitStatus.notSeedKitDatabase
        case .queryFailed: ExitStatus.readFailed
        }
    }
}

extension ExitStatus {
    /// `verify`: an invariant fails (each is printed).
    static let invariantsFail: Int32 = 1
    /// `verify`: the target is not a database in SeedKit's schema (sysexits' EX_DATAERR).
    static let notSeedKitDatabase: Int32 = 65
    /// `verify`: the target cannot be opened (EX_NOINPUT).
    static let unreadableTarget: Int32 = 66
    /// `verify`: a query failed while reading the target (EX_IOERR).
    static let readFailed: Int32 = 74
}

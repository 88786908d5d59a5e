import ArgumentParser
import SeedKit

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks a SQLite file or PostgreSQL database in SeedKit's schema against the invariants of "
            + "Docs/invariants.md, printing each one that fails.",
        discussion: "Exits 0 when every invariant holds, 1 when any fails, 65 when the target is not a SeedKit "
            + "database, 66 when it cannot be opened.")

    @Argument(help: ArgumentHelp(
        "A SQLite file, a postgres:// URI, a key=value connection string, or postgres ($DATABASE_URL).",
        valueName: "target"))
    var target: String

    func run() throws {
        let target: OutputTarget
        do {
            target = try OutputTarget.verificationTarget(self.target, environment: CommandSupport.environment)
        } catch {
            CommandSupport.printError(error.description)
            throw ExitCode(ExitStatus.usage)
        }
        do {
            let report = try Verifier().verify(Verifier.open(target, cancellation: Interruption.cancellation))
            print(report.text)
            if !report.allHold { throw ExitCode(ExitStatus.invariantsFail) }
        } catch let error as VerificationError {
            CommandSupport.printError(error.description)
            throw ExitCode(Self.status(for: error))
        }
    }

    static func status(for error: VerificationError) -> Int32 {
        switch error {
        case .cannotOpen: ExitStatus.unreadableTarget
        case .notADatabase, .notSeedKitSchema: ExitStatus.notSeedKitDatabase
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

import ArgumentParser
import Foundation
import SeedKit

@main
struct SeedKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seedkit",
        abstract: "Builds realistic, reproducible demo and test data for a multi-tenant restaurant platform.",
        discussion: """
            Shell completion: seedkit --generate-completion-script bash (or zsh, fish).

            Exit codes:
              0   success
              1   verify: an invariant fails (each is printed)
              64  bad command line (unknown option, unplaceable --out, bad --as-of)
              65  invalid scenario (every error is printed); verify: not a SeedKit database
              66  scenario file cannot be read; verify: the target cannot be opened
              73  output exists, or the database already has SeedKit's tables (pass --replace);
                  tenant: the slug or a staff email is already there
              74  writing the target failed, or --out names a folder that does not exist
                  (verify, report: reading it failed); tenant: any other refusal
              130 interrupted (nothing was written)
            """,
        version: SeedKitVersion.current,
        subcommands: [Generate.self, Validate.self, SchemaCommand.self, Verify.self, ReportCommand.self, TenantCommand.self,
                      Expand.self]
    )

    /// ArgumentParser's `main`, except that its messages (which quote the arguments, connection
    /// strings included) are printed with passwords masked.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = PasswordRedaction.redacting(fullMessage(for: error))
            if !message.isEmpty {
                let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                handle.write(Data((message + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}

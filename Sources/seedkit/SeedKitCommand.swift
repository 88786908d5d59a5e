import ArgumentParser

@main
struct SeedKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seedkit",
        abstract: "Builds realistic, reproducible demo and test data for a multi-tenant restaurant platform.",
        discussion: """
            Exit codes: 0 success; 64 bad command line; 65 invalid scenario; 66 scenario file unreadable;
            69 target not supported yet; 73 output exists (pass --replace); 74 writing the target failed.
            """,
        subcommands: [Generate.self, Validate.self, SchemaCommand.self]
    )
}

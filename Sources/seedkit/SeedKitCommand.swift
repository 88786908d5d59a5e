import ArgumentParser

@main
struct SeedKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seedkit",
        abstract: "Builds realistic, reproducible demo and test data for a multi-tenant restaurant platform."
    )
}

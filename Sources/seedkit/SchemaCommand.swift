public import ArgumentParser
public import SeedKit

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Prints the DDL of the built-in schema (the seed's 24 tables) for a dialect.")

    @Option(help: "postgres or sqlite.")
    var dialect: SQLDialect = .postgres

    func run() {
        print(DDL.schemaText(.builtIn, dialect: dialect), terminator: "")
    }
}

extension SQLDialect: ExpressibleByArgument {}

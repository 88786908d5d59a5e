import ArgumentParser
import Foundation
import SeedKit

/// `seedkit tenant add | list | refresh | remove`: one demo restaurant at a time in a live database.
struct TenantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tenant",
        abstract: "Adds, lists, refreshes and removes single demo restaurants in a live PostgreSQL database or SeedKit SQLite file.",
        discussion: """
            Each command is one transaction: a failure, Ctrl-C or kill -9 leaves the database as it was. \
            Ids come from the tables' own sequences, so the application may go on inserting meanwhile. \
            refresh and remove touch only the tenants seedkit added (tenant list shows them).
            """,
        subcommands: [Add.self, List.self, Refresh.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Adds one restaurant of a scenario as a new tenant.")

        @Argument(help: "The scenario file holding the restaurant.")
        var scenario: String

        @Option(help: ArgumentHelp("The restaurant's slug in the scenario.", valueName: "slug"))
        var restaurant: String

        @OptionGroup var target: TenantTarget

        @Option(help: "Use this seed instead of the scenario's.")
        var seed: UInt64?

        @Option(name: .customLong("as-of"), help: ArgumentHelp(
            "The end of history: YYYY-MM-DD, 'today' (UTC), or 'now' (the current minute in the restaurant's time zone, Europe/London).",
            valueName: "date"))
        var asOf: String?

        func run() throws {
            let started = ContinuousClock.now
            let end = try CommandSupport.asOf(fromAsOf: asOf)
            let overrides = Scenario.Overrides(seed: seed, asOf: end.day, asOfName: "--as-of", asOfTime: end.time)
            let request = try CommandSupport.loadRequest(at: scenario, slug: restaurant, overrides: overrides)
            let store = try target.store()
            Interruption.install()
            let change = try CommandSupport.run { try store.add(request) }
            print(TenantCommand.report(change, target: target, elapsed: ContinuousClock.now - started))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lists the tenants seedkit added.")

        @OptionGroup var target: TenantTarget

        func run() throws {
            let store = try target.store()
            let records = try CommandSupport.run { try store.list() }
            guard !records.isEmpty else {
                print("no tenants added by seedkit in \(target.summary)")
                return
            }
            print("slug\trestaurant\tscenario\tseed\tas_of\tadded_at (UTC)\trows\tseedkit")
            for record in records {
                let rows = record.rows.reduce(0) { $0 + $1.count }
                let hash = record.provenance.scenarioSHA256.map { " (sha256 \($0.prefix(12)))" } ?? ""
                print([record.slug, "\(record.restaurantID)", record.provenance.scenarioName + hash,
                       "\(record.provenance.seed)", "\(record.provenance.asOf)", record.addedAt, "\(rows)",
                       record.provenance.seedkitVersion].joined(separator: "\t"))
            }
        }
    }

    struct Refresh: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Regenerates a tenant seedkit added, from its recorded scenario, as of a new date (remove + add, one transaction).")

        @Argument(help: "The tenant's slug.")
        var slug: String

        @OptionGroup var target: TenantTarget

        @Option(help: "Use this seed instead of the recorded one.")
        var seed: UInt64?

        @Option(name: .customLong("as-of"), help: ArgumentHelp(
            "The new end of history: YYYY-MM-DD, 'today' (UTC), or 'now' (the current minute in Europe/London).", valueName: "date"))
        var asOf: String?

        func run() throws {
            let started = ContinuousClock.now
            let end = try CommandSupport.asOf(fromAsOf: asOf)
            let overrides = Scenario.Overrides(seed: seed, asOf: end.day, asOfName: "--as-of", asOfTime: end.time)
            let store = try target.store()
            Interruption.install()
            let change = try CommandSupport.run { try CommandSupport.scenarioErrors { try store.refresh(slug: slug, overrides: overrides) } }
            print(TenantCommand.report(change, target: target, elapsed: ContinuousClock.now - started))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Removes a tenant seedkit added: its rows, its record and its share of the platform's roll-ups.")

        @Argument(help: "The tenant's slug.")
        var slug: String

        @OptionGroup var target: TenantTarget

        func run() throws {
            let started = ContinuousClock.now
            let store = try target.store()
            Interruption.install()
            let change = try CommandSupport.run { try store.remove(slug: slug) }
            print(TenantCommand.report(change, target: target, elapsed: ContinuousClock.now - started))
        }
    }

    /// What a command prints: what it did, its rows, and the logins it made.
    static func report(_ change: TenantChange, target: TenantTarget, elapsed: Duration) -> String {
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        let verb = switch change.kind {
        case .added: "Added"
        case .refreshed: "Refreshed"
        case .removed: "Removed"
        }
        let rows = change.counts.total
        var lines = ["\(verb) tenant \(change.slug) (restaurant \(change.restaurantID)): \(rows) rows "
            + (change.kind == .removed ? "deleted from" : "in") + " \(target.summary), in \(milliseconds) ms"]
        if !change.logins.isEmpty {
            lines.append("Logins (password: \(change.passwordSource ?? "the scenario's demo_password")):")
            let width = change.logins.map(\.email.count).max() ?? 0
            for login in change.logins {
                lines.append("  \(login.email)\(String(repeating: " ", count: width - login.email.count))  \(login.role)")
            }
        }
        if change.checkedRowByRow {
            CommandSupport.printError("seedkit: note: PostgreSQL checked every foreign key row by row, which takes minutes on big "
                + "databases; as a superuser, or with GRANT SET ON PARAMETER session_replication_role TO <role>, "
                + "seedkit checks them once per table instead", prefixed: false)
        }
        return lines.joined(separator: "\n")
    }
}

/// `--out` of a tenant command: a PostgreSQL database or a SeedKit SQLite file.
struct TenantTarget: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The database: a postgres:// URI, a libpq key=value string, postgres ($DATABASE_URL), or a SeedKit .sqlite/.db file.",
        valueName: "target"))
    var out: String

    func store() throws -> any TenantStore {
        let target = try CommandSupport.run { () throws(OutputTargetError) in
            try OutputTarget.resolve(out: out, dialect: nil, scenarioName: "tenant", environment: CommandSupport.environment)
        }
        switch target {
        case .postgres(let connection): return PostgresTenants(connection: connection, cancellation: Interruption.cancellation)
        case .sqliteFile(let path): return SQLiteTenants(path: path)
        case .sqlFile: throw ValidationError("a tenant goes into a database, not a SQL file: use a postgres:// URI or a .sqlite file")
        }
    }

    var summary: String {
        (try? OutputTarget.resolve(out: out, dialect: nil, scenarioName: "tenant", environment: CommandSupport.environment))?.summary
            ?? PasswordRedaction.redacting(out)
    }
}

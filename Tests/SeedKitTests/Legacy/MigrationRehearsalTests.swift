import Foundation
import Testing
@testable import SeedKit

/// Generate legacy → the plan's four scripts → `verify --migration`, on the test cluster: what
/// Docs/migration-rehearsal.md predicts for the clean default, and the failure each awkward case
/// must give.
@Suite struct MigrationRehearsalTests {
    @Test("the clean default: every check holds but business_address (the plan's CONCAT meets a UK address without a state)")
    func cleanDefault() throws {
        let rehearsal = try RehearsalFixture.clean()
        let verify = try SeedKitBinary.run(["verify", rehearsal.uri, "--migration", "--scenario", "Scenarios/mexican-demo.yaml"])
        #expect(verify.status == 1)
        let failing = verify.stdout.split(separator: "\n").filter { $0.hasPrefix("FAIL") }.map { $0.prefix { $0 != ":" } }
        #expect(failing == ["FAIL business_address"])
        #expect(verify.stdout.contains("       restaurant 1 fynlo-mexican: business_address '123 High Street, London,  ' "))
        #expect(verify.stdout.contains("ok   platform_admin_login:"))
        #expect(verify.stdout.hasSuffix("verify --migration: 13 checks, 1 failed\n"))
    }

    @Test("each awkward case fails the check that names it, listing the rows that break it")
    func awkwardCases() throws {
        let failures = try RehearsalFixture.failing(RehearsalFixture.awkward().uri)
        let byName = Dictionary(uniqueKeysWithValues: failures.map { ($0.check.name, $0) })
        #expect(failures.map(\.check.name) == [
            "restaurant_owner", "subscription_billing", "onboarding_status", "business_address", "customer_migrated",
            "profile_per_restaurant", "profile_aggregates", "profile_total_known",
        ])
        // first_staff_not_admin: no owner, so a subscription billed to nobody, still PENDING.
        #expect(byName["restaurant_owner"]?.examples == [
            "restaurant 1 trattoria-luca: owner_email and owner_name NULL: its staff has no ADMIN or SUPERADMIN"])
        #expect(byName["subscription_billing"]?.examples == ["subscription 1 of trattoria-luca: billing_email NULL and billing_name NULL"])
        // inactive_restaurants: marked ACTIVE by script 02, skipped by script 03.
        #expect(byName["onboarding_status"]?.examples == [
            "restaurant 1 trattoria-luca: onboarding_status PENDING, is_active true, 1 subscription(s)",
            "restaurant 2 pizzeria-nonna: onboarding_status ACTIVE, is_active false, 0 subscription(s)",
        ])
        // customers_without_email: 10% of 20, at each restaurant, dropped by script 04.
        let dropped = try #require(byName["customer_migrated"])
        #expect(dropped.count == 4 && dropped.examples.allSatisfy { $0.contains("(no email)") })
        // customers_with_several_restaurants: 10% of 20 at each, no profile where they also booked,
        // and their home profile counts those visits.
        #expect(byName["profile_per_restaurant"]?.count == 4)
        #expect(byName["profile_aggregates"]?.count == 4)
        // reservations_without_total: counted as 0.00.
        #expect(byName["profile_total_known"]?.examples.allSatisfy { $0.contains("their total_amount is NULL") } == true)
    }

    @Test("verify --migration exits 1 on a failed check, 65 on a database that is no rehearsal and on SQLite")
    func exitCodes() throws {
        let awkward = try SeedKitBinary.run(["verify", RehearsalFixture.awkward().uri, "--migration"])
        #expect(awkward.status == 1)
        #expect(awkward.stdout.contains("       … and ") == false)
        let (_, _, empty) = try PostgresFixture.database()
        let notRehearsal = try SeedKitBinary.run(["verify", empty, "--migration"])
        #expect(notRehearsal.status == 65)
        #expect(notRehearsal.stderr.contains("not a legacy database made by seedkit generate --schema legacy: missing tables users,"))
        let sqlite = try SeedKitBinary.run(["verify", RehearsalFixture.folder.appendingPathComponent("x.sqlite").path, "--migration"])
        #expect(sqlite.status == 65)
    }

    @Test("the legacy SQL file is byte-identical across runs")
    func byteIdentical() throws {
        let first = try #require(RehearsalFixture.clean().sqlFile)
        let second = RehearsalFixture.folder.appendingPathComponent("again.sql").path
        try ProcessRunner.run(SeedKitBinary.path, ["generate", "Scenarios/mexican-demo.yaml", "--schema", "legacy",
                                                   "--out", second, "--dialect", "postgres", "-q"], directory: Repository.root.path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
    }

    @Test("generate --schema legacy refuses SQLite, and a database that has the legacy tables unless --replace")
    func refusals() throws {
        let sqlitePath = RehearsalFixture.folder.appendingPathComponent("refused.sqlite").path
        let sqlite = try SeedKitBinary.run(["generate", "Scenarios/mexican-demo.yaml", "--schema", "legacy", "--out", sqlitePath])
        #expect(sqlite.status == 64)
        #expect(sqlite.stderr.contains("the legacy database is PostgreSQL only"))
        #expect(!FileManager.default.fileExists(atPath: sqlitePath))
        let (_, _, uri) = try PostgresFixture.database()
        let arguments = ["generate", "Scenarios/mexican-demo.yaml", "--schema", "legacy", "--out", uri, "-q"]
        #expect(try SeedKitBinary.run(arguments).status == 0)
        let again = try SeedKitBinary.run(arguments)
        #expect(again.status == 73)
        #expect(again.stderr.contains("pass --replace"))
        #expect(try SeedKitBinary.run(arguments + ["--replace"]).status == 0)
    }
}

import Foundation
import Testing
@testable import SeedKit

/// The seed document's row-level security, as loaded: the application role sees one restaurant.
///
/// What the seed's policies do, as written: on `restaurants`, `restaurant_isolation_policy` and
/// `platform_owner_access` are both permissive, so they OR: a session whose
/// `app.current_platform_id` is the restaurant's platform sees every restaurant of that
/// platform. Both settings must be set, or reading `restaurants` fails (`current_setting`
/// without a default). `users` shows the platform owner (no restaurant) to every restaurant.
/// Tables without row-level security (suppliers, platforms…) show every row.
@Suite struct RowLevelSecurityTests {
    static let tenantTables: [TableName] = [.restaurants, .users, .categories, .products, .inventoryItems, .employees]

    @Test("connected as a member of the application role, a session sees only its restaurant's rows")
    func isolation() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        try PostgresFixture.load("italian-pair", into: PostgresSink(connection: uri, replace: false))
        let generated = try GeneratedRows.shipped("italian-pair")
        let login = "app_\(database)"
        try cluster.psql(database: database, command: "CREATE ROLE \(login) LOGIN IN ROLE \(PostgresDDL.applicationRole)")
        defer { _ = try? cluster.psql(database: "postgres", command: "DROP ROLE \(login)") }
        let app = cluster.connectionURI(database: database, user: login)
        for restaurant in [1, 2] {
            let session = "SET app.current_restaurant_id = '\(restaurant)'; SET app.current_platform_id = '0'; "
            for table in Self.tenantTables {
                var expected = generated.rows(ofRestaurant: restaurant).filter { $0.table == table }.map(Self.id)
                if table == .users {  // the seed's policy shows users without a restaurant to everyone
                    expected += generated.table(.users).filter { GeneratedRows.value($0, "restaurant_id") == .null }.map(Self.id)
                }
                let seen = try PostgresFixture.psql(cluster, uri: app, session + "SELECT id FROM \(table.rawValue)")
                #expect(seen.status == 0, "\(seen.stderr)")
                #expect(Self.ids(seen.stdout) == expected.sorted(), "\(table.rawValue) as restaurant \(restaurant)")
                #expect(!expected.isEmpty)
            }
        }
        // The owner of the tables (here a superuser) is not subject to the policies.
        #expect(try cluster.psql(database: database, command: "SELECT count(*) FROM restaurants") == "2")
    }

    @Test("the seed's policies as written: the platform policy ORs with isolation, unset settings fail, writes are checked")
    func seedPolicyBehaviour() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        try PostgresFixture.load("italian-pair", into: PostgresSink(connection: uri, replace: false))
        let role = "SET ROLE \(PostgresDDL.applicationRole); "
        // SET ROLE from a superuser session is enough: policies apply to the current role.
        let isolated = try cluster.psql(database: database, command: role
            + "SET app.current_restaurant_id = '2'; SET app.current_platform_id = '0'; SELECT id FROM restaurants")
        #expect(isolated == "2")
        let platformWide = try cluster.psql(database: database, command: role
            + "SET app.current_restaurant_id = '2'; SET app.current_platform_id = '1'; SELECT id FROM restaurants ORDER BY id")
        #expect(platformWide == "1\n2")
        #expect(throws: ProcessRunner.Failure.self) {
            try cluster.psql(database: database, command: role + "SET app.current_restaurant_id = '2'; SELECT id FROM restaurants")
        }
        let suppliers = try cluster.psql(database: database, command: role
            + "SET app.current_restaurant_id = '2'; SELECT count(*) FROM suppliers")
        #expect(suppliers == (try cluster.psql(database: database, command: "SELECT count(*) FROM suppliers")))
        let foreign = try #require(throws: ProcessRunner.Failure.self) {
            try cluster.psql(database: database, command: role + "SET app.current_restaurant_id = '2'; "
                + "INSERT INTO categories (restaurant_id, name) VALUES (1, 'Smuggled')")
        }
        #expect(foreign.stderr.contains("new row violates row-level security policy for table \"categories\"") == true)
        let own = try cluster.psql(database: database, command: role + "SET app.current_restaurant_id = '2'; "
            + "INSERT INTO categories (restaurant_id, name) VALUES (2, 'Specials') RETURNING restaurant_id")
        #expect(own == "2")
    }

    @Test("the load creates the application role without login, with privileges on every table and sequence")
    func applicationRole() throws {
        let (cluster, database, uri) = try PostgresFixture.database()
        try PostgresFixture.load("mexican-demo", into: PostgresSink(connection: uri, replace: false))
        let role = PostgresDDL.applicationRole
        #expect(try cluster.psql(database: database, command: "SELECT rolcanlogin FROM pg_roles WHERE rolname = '\(role)'") == "f")
        let tables = try cluster.psql(database: database, command: """
            SELECT count(*) FROM pg_tables WHERE schemaname = 'public'
              AND has_table_privilege('\(role)', format('%I.%I', schemaname, tablename), 'SELECT, INSERT, UPDATE, DELETE')
            """)
        #expect(tables == "\(TableName.allCases.count)")
        let sequences = try cluster.psql(database: database, command:
            "SELECT count(*) FROM pg_sequences WHERE has_sequence_privilege('\(role)', format('%I.%I', schemaname, sequencename), 'USAGE')")
        #expect(sequences == "\(TableName.allCases.count)")
        let secured = try cluster.psql(database: database, command:
            "SELECT relname FROM pg_class WHERE relrowsecurity ORDER BY relname")
        #expect(secured == PostgresDDL.rowLevelSecurityTables.map(\.rawValue).sorted().joined(separator: "\n"))
    }

    private static func id(_ row: Row) -> Int {
        guard case .integer(let id) = GeneratedRows.value(row, "id") else { preconditionFailure("ids are integers") }
        return Int(id)
    }

    private static func ids(_ output: String) -> [Int] {
        output.split(separator: "\n").compactMap { Int($0) }.sorted()
    }
}

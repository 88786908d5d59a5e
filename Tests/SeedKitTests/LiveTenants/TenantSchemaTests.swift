import Foundation
import Testing
@testable import SeedKit

/// Tenants in databases other than the one `seedkit generate` makes as a superuser: tables the
/// application's migrations made (fewer columns), and a role that owns them without being a superuser.
@Suite struct TenantSchemaTests {
    @Test("into the application's own tables (a column missing) as their non-superuser owner (the per-row checks stay on): add, remove restores every table")
    func applicationTablesAsOwner() throws {
        let (cluster, database, uri) = try TenantFixture.database()
        let owner = "owner_\(database)"
        try cluster.psql(database: database, command: """
            CREATE ROLE \(owner) LOGIN; GRANT CREATE ON DATABASE "\(database)" TO \(owner);
            ALTER TABLE restaurants DROP COLUMN logo_url; ALTER TABLE orders DROP COLUMN table_number;
            """ + TableName.allCases.map { "ALTER TABLE \($0.rawValue) OWNER TO \(owner);" }.joined(separator: " "))
        defer { _ = try? cluster.psql(database: "postgres", command: "DROP DATABASE \"\(database)\"; DROP ROLE \(owner)") }
        let before = try Self.checksums(cluster, database)
        let tenants = PostgresTenants(connection: cluster.connectionURI(database: database, user: owner))
        let added = try tenants.add(TenantFixture.request(slug: "casa"))
        #expect(added.counts[.orders] > 0)
        #expect(added.checkedRowByRow)
        #expect(try TenantFixture.count(cluster, database,
            "SELECT count(*) FROM orders WHERE restaurant_id = \(added.restaurantID)") == added.counts[.orders])
        #expect(try cluster.psql(database: database, command: "SELECT total_restaurants FROM platforms") == "2")
        #expect(try TenantFixture.sequencesBehind(cluster, database) == [])
        #expect(try tenants.remove(slug: "casa").checkedRowByRow)
        #expect(try Self.checksums(cluster, database) == before)
        _ = uri
    }

    /// Per table: its rows and an MD5 of all of them in id order.
    static func checksums(_ cluster: EphemeralPostgres, _ database: String) throws -> [String: String] {
        var sums: [String: String] = [:]
        for table in TableName.allCases {
            sums[table.rawValue] = try cluster.psql(database: database, command:
                "SELECT count(*) || ' ' || md5(COALESCE(string_agg(t::text, '|' ORDER BY t.id), '')) FROM \(table.rawValue) t")
        }
        return sums
    }
}

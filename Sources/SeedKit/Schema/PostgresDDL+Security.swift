/// The seed document's multi-tenant security ("Multi-Tenant Security Constraints"): the
/// application role, its privileges, row-level security and the restaurant isolation policies.
extension PostgresDDL {
    /// The role the application connects as (or is a member of); the policies apply to it.
    public static let applicationRole = "fynlo_app"

    /// The tables the seed document puts under row-level security.
    public static let rowLevelSecurityTables: [TableName] = [
        .restaurants, .users, .categories, .products, .inventoryItems, .employees, .orders, .payments,
    ]

    /// The statements that secure the loaded tables, to run once they exist:
    ///
    /// - the application role, `NOLOGIN`, unless the cluster already has it (roles are
    ///   cluster-wide; a concurrent load creating it too is no error);
    /// - `SELECT`, `INSERT`, `UPDATE`, `DELETE` on every table and `USAGE` on every id sequence;
    /// - row-level security on the seed's eight tenant tables, with the seed's three policies as
    ///   written, plus the same restaurant isolation on the six tenant tables the seed enables
    ///   security on but gives no policy (which would hide every row from the application).
    ///
    /// The table owner and superusers bypass these policies; the application role does not.
    public static func security(_ schema: Schema) -> [String] {
        let role = applicationRole
        let tables = schema.tables.map(\.name.rawValue)
        var statements = [
            """
            DO $$
            BEGIN
                IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '\(role)') THEN
                    CREATE ROLE \(role) NOLOGIN;
                END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END
            $$;
            """,
            "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE \(tables.joined(separator: ", ")) TO \(role);",
            "GRANT USAGE ON SEQUENCE \(tables.map { "\($0)_id_seq" }.joined(separator: ", ")) TO \(role);",
        ]
        statements += rowLevelSecurityTables.map { "ALTER TABLE \($0.rawValue) ENABLE ROW LEVEL SECURITY;" }
        statements += [
            """
            CREATE POLICY restaurant_isolation_policy ON restaurants
                FOR ALL TO \(role)
                USING (id = current_setting('app.current_restaurant_id')::integer);
            """,
            """
            CREATE POLICY user_restaurant_policy ON users
                FOR ALL TO \(role)
                USING (restaurant_id = current_setting('app.current_restaurant_id')::integer OR restaurant_id IS NULL);
            """,
            """
            CREATE POLICY platform_owner_access ON restaurants
                FOR ALL TO \(role)
                USING (platform_id = current_setting('app.current_platform_id')::integer);
            """,
        ]
        for table in rowLevelSecurityTables where table != .restaurants && table != .users {
            statements.append("""
                CREATE POLICY restaurant_isolation_policy ON \(table.rawValue)
                    FOR ALL TO \(role)
                    USING (restaurant_id = current_setting('app.current_restaurant_id')::integer);
                """)
        }
        return statements
    }
}

/// SeedKit's built-in schema: the seed document's 24 tables, plus the indexes it recommends.
public struct Schema: Sendable {
    /// The tables in dependency order (``TableName`` order).
    public let tables: [Table]
    /// Secondary indexes, built after the data is loaded.
    public let indexes: [Index]

    /// A secondary index.
    public struct Index: Sendable {
        public let name: String
        public let table: TableName
        public let columns: [String]
    }

    /// The table with this name.
    public func table(_ name: TableName) -> Table { tables[name.position] }

    /// The built-in schema, parsed once from the seed's DDL.
    public static let builtIn: Schema = {
        let parsed = DDLParser.parseTables(seedSchemaDDL)
        let byName = Dictionary(uniqueKeysWithValues: parsed.map { ($0.name, $0) })
        precondition(byName.count == TableName.allCases.count, "the seed DDL defines every table once")
        return Schema(tables: TableName.allCases.map { byName[$0]! }, indexes: seedIndexes)
    }()

    /// The seed document's "Update Schema for DigitalOcean Optimization" indexes, less the one on
    /// its `settings` table, which the schema does not define.
    private static let seedIndexes: [Index] = [
        Index(name: "idx_users_email", table: .users, columns: ["email"]),
        Index(name: "idx_users_restaurant_id", table: .users, columns: ["restaurant_id"]),
        Index(name: "idx_users_created_at", table: .users, columns: ["created_at"]),
        Index(name: "idx_restaurants_platform_id", table: .restaurants, columns: ["platform_id"]),
        Index(name: "idx_restaurants_active", table: .restaurants, columns: ["is_active"]),
        Index(name: "idx_orders_restaurant_id", table: .orders, columns: ["restaurant_id"]),
        Index(name: "idx_orders_created_at", table: .orders, columns: ["created_at"]),
        Index(name: "idx_orders_status", table: .orders, columns: ["status"]),
        Index(name: "idx_payments_order_id", table: .payments, columns: ["order_id"]),
        Index(name: "idx_payments_transaction_id", table: .payments, columns: ["transaction_id"]),
        Index(name: "idx_payments_created_at", table: .payments, columns: ["created_at"]),
    ]
}

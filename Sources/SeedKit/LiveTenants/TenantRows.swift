/// Which rows of each table belong to a restaurant, for deleting a tenant: tables with a
/// `restaurant_id` by it, the others through the row they belong to. Every dialect reads these
/// the same way.
enum TenantRows {
    /// The `WHERE` condition selecting restaurant `id`'s rows of `table`.
    static func condition(_ table: TableName, restaurant id: Int) -> String? {
        switch table {
        case .platforms, .platformSettings, .subscriptionPlans: nil
        case .restaurants: "id = \(id)"
        case .userPermissions: "user_id IN (SELECT id FROM users WHERE restaurant_id = \(id))"
        case .orderItems: "order_id IN (SELECT id FROM orders WHERE restaurant_id = \(id))"
        case .restockOrderItems: "restock_order_id IN (SELECT id FROM restock_orders WHERE restaurant_id = \(id))"
        default: "restaurant_id = \(id)"
        }
    }

    /// The tables a tenant has rows in, referencing tables before the tables they reference:
    /// the order to delete in.
    static let deletionOrder: [TableName] = TableName.allCases.reversed().filter { condition($0, restaurant: 0) != nil }
}

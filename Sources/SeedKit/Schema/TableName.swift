/// The 24 tables of the built-in schema, in an order where every table comes after the tables
/// it references. Sinks create and fill tables in this order.
public enum TableName: String, CaseIterable, Sendable, Comparable {
    case platforms
    case platformSettings = "platform_settings"
    case subscriptionPlans = "subscription_plans"
    case restaurants
    case restaurantSubscriptions = "restaurant_subscriptions"
    case users
    case userPermissions = "user_permissions"
    case categories
    case products
    case suppliers
    case inventoryItems = "inventory_items"
    case employees
    case schedules
    case shifts
    case timeTracking = "time_tracking"
    case performanceMetrics = "performance_metrics"
    case orders
    case orderItems = "order_items"
    case payments
    case commissionRecords = "commission_records"
    case stockMovements = "stock_movements"
    case restockOrders = "restock_orders"
    case restockOrderItems = "restock_order_items"
    case dailyReports = "daily_reports"

    /// The position in dependency order.
    public var position: Int { TableName.allCases.firstIndex(of: self)! }

    public static func < (lhs: TableName, rhs: TableName) -> Bool { lhs.position < rhs.position }
}

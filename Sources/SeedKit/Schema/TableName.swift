/// The 24 tables of the built-in schema, in an order where every table comes after the tables
/// it references. Sinks create and fill tables in this order.
public enum TableName: String, CaseIterable, Sendable, Comparable, BitwiseCopyable {
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

    /// The position in dependency order: the case's place in the list above (asked for every
    /// row, so a switch rather than a search; `TableNameTests` checks it against `allCases`).
    public var position: Int {
        switch self {
        case .platforms: 0
        case .platformSettings: 1
        case .subscriptionPlans: 2
        case .restaurants: 3
        case .restaurantSubscriptions: 4
        case .users: 5
        case .userPermissions: 6
        case .categories: 7
        case .products: 8
        case .suppliers: 9
        case .inventoryItems: 10
        case .employees: 11
        case .schedules: 12
        case .shifts: 13
        case .timeTracking: 14
        case .performanceMetrics: 15
        case .orders: 16
        case .orderItems: 17
        case .payments: 18
        case .commissionRecords: 19
        case .stockMovements: 20
        case .restockOrders: 21
        case .restockOrderItems: 22
        case .dailyReports: 23
        }
    }

    public static func < (lhs: TableName, rhs: TableName) -> Bool { lhs.position < rhs.position }
}

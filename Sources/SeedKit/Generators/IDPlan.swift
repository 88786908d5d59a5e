/// Fixes every generated row's id from the scenario alone, before anything is generated.
///
/// Each restaurant owns a block of ids in every per-restaurant table: restaurant number `k`
/// (its position in the scenario, from 0) gets ids `(k + 1) * stride + 1 …` in a table whose
/// block is `stride` ids wide (block 0 holds platform-level rows, such as the platform owner's
/// user). So editing one restaurant never moves another's ids, and appending a restaurant
/// leaves every existing id where it was. Sequences are set past the highest id after a load.
public enum IDPlan {
    /// How many ids one restaurant may use in each table.
    public static func stride(of table: TableName) -> Int {
        switch table {
        case .platforms, .platformSettings, .subscriptionPlans, .restaurants: 0  // numbered from 1, not in blocks
        case .restaurantSubscriptions: 10
        case .users, .categories, .products, .suppliers, .inventoryItems, .employees, .schedules: 1_000
        case .userPermissions: 50_000
        case .dailyReports: 10_000
        case .restockOrders: 100_000
        case .shifts, .timeTracking, .performanceMetrics, .restockOrderItems: 1_000_000
        case .orders, .orderItems, .payments, .commissionRecords, .stockMovements: 10_000_000
        }
    }

    /// At most this many restaurants fit: the widest block times (restaurants + 1) must stay
    /// within PostgreSQL's `INTEGER` (SERIAL) range.
    public static let maximumRestaurants = Int(Int32.max) / 10_000_000 - 1

    /// The id of the `index`-th row (from 0) of a table within restaurant `ordinal`'s block
    /// (`nil` for the platform's own block).
    public static func id(_ table: TableName, restaurant ordinal: Int?, index: Int) -> Int {
        let stride = stride(of: table)
        guard stride > 0 else { return index + 1 }
        precondition(index < stride, "\(table.rawValue): row \(index) overflows its id block of \(stride)")
        return ((ordinal ?? -1) + 1) * stride + index + 1
    }

    /// The restaurant id of restaurant `ordinal`.
    public static func restaurantID(_ ordinal: Int) -> Int { ordinal + 1 }
}

/// The legacy application's own tables, the ones the plan's scripts read and its success
/// criteria say must keep every row, in an order where each comes after the tables it references.
///
/// Each lists the columns SeedKit fills, in row order; the columns the plan's schema migration
/// adds to `restaurants` are left to their defaults, as the migration leaves them.
public enum LegacyTable: String, CaseIterable, Sendable {
    case users
    case restaurants
    case restaurantStaff = "restaurant_staff"
    case customers
    case reservations
    case menus
    case recipes
    case ingredients

    /// The columns SeedKit writes, in row order, as SQL spells them (`"zipCode"` quoted).
    public var columns: [String] {
        switch self {
        case .users: ["id", "email", "name", "password", "role", "phone", "is_active", "created_at", "updated_at"]
        case .restaurants:
            ["id", "name", "slug", "phone", "email", "address", "city", "state", "\"zipCode\"", "is_active", "created_at", "updated_at"]
        case .restaurantStaff: ["id", "restaurant_id", "user_id", "position", "created_at"]
        case .customers: ["id", "restaurant_id", "email", "name", "phone", "password", "preferences", "created_at", "updated_at"]
        case .reservations:
            ["id", "restaurant_id", "customer_id", "date", "time", "party_size", "status", "total_amount", "created_at"]
        case .menus: ["id", "restaurant_id", "name", "is_active", "created_at"]
        case .recipes: ["id", "restaurant_id", "menu_id", "name", "description", "price", "created_at"]
        case .ingredients: ["id", "restaurant_id", "name", "unit", "cost_per_unit", "supplier", "created_at"]
        }
    }
}

/// The permissions each role is granted (`user_permissions.permission`), in the seed's
/// `area.action` form.
enum Permissions {
    static let platformOwner = [
        "platform.manage", "plans.write", "restaurants.read", "restaurants.write",
        "commissions.read", "reports.read",
    ]

    static func granted(to role: Scenario.Role) -> [String] {
        switch role {
        case .restaurantOwner: ["restaurant.manage"] + management
        case .manager: management
        case .cashier: ["menu.read", "orders.read", "orders.write", "payments.read", "payments.write"]
        case .server: ["menu.read", "orders.read", "orders.write"]
        case .cook: ["menu.read", "orders.read", "inventory.read"]
        }
    }

    private static let management = [
        "menu.read", "menu.write", "inventory.read", "inventory.write", "employees.read", "employees.write",
        "schedules.read", "schedules.write", "orders.read", "orders.write", "payments.read", "payments.write",
        "payments.refund", "reports.read",
    ]
}

/// The legacy database a scenario describes, the one the production migration plan starts
/// from: the platform owner's own user account, each restaurant with its staff, its customers and
/// their reservations, and its menus, recipes and ingredients (`seedkit generate --schema legacy`).
///
/// Restaurants and staff are the scenario's (the same people the 24-table world has: the same
/// roster, names, emails and bcrypt hashes); customers and reservations are the legacy world's
/// own, drawn from streams named seed → `legacy` → restaurant slug → customer number, so one
/// restaurant's customers never depend on another's. Ids number each table from 1 in scenario
/// order, as a legacy database's sequences would have.
public struct LegacyWorld: Sendable {
    public let scenario: Scenario

    public init(scenario: Scenario) {
        self.scenario = scenario
    }

    /// Every row, table by table in ``LegacyTable`` order, each table's ids ascending.
    public func rows() throws -> [LegacyRow] {
        let plan = try GenerationPlan(scenario: scenario)
        let context = try GenerationContext(scenario: scenario, platformIDs: plan.layout.platform)
        let restaurants = scenario.restaurants.enumerated().map { position, restaurant in
            LegacyRestaurant(
                id: position + 1,
                tenant: Tenant(restaurant: restaurant, ids: plan.layout.tenants[position], scenario: scenario, context: context),
                isActive: !scenario.legacy.inactiveRestaurants.contains(restaurant.slug),
                hasAdmin: !scenario.legacy.firstStaffNotAdmin.contains(restaurant.slug))
        }
        let staff = LegacyStaff(context: context, restaurants: restaurants)
        let customers = LegacyCustomers(context: context, restaurants: restaurants)
        let menus = LegacyMenus(restaurants: restaurants)
        var rows = staff.users()
        rows += restaurants.map(Self.restaurantRow)
        rows += staff.restaurantStaff()
        let (customerRows, reservationRows) = customers.rows()
        rows += customerRows + reservationRows
        rows += menus.rows()
        return rows
    }

    /// How many rows each legacy table gets, for the record the verifier compares against.
    public static func counts(of rows: [LegacyRow]) -> [LegacyTable: Int] {
        var counts = Dictionary(uniqueKeysWithValues: LegacyTable.allCases.map { ($0, 0) })
        for row in rows { counts[row.table, default: 0] += 1 }
        return counts
    }

    private static func restaurantRow(_ restaurant: LegacyRestaurant) -> LegacyRow {
        let profile = restaurant.tenant.restaurant
        let address = LegacyAddress(profile.address)
        return LegacyRow(.restaurants, [
            "id": .int(restaurant.id), "name": .text(profile.name), "slug": .text(profile.slug),
            "phone": .optionalText(profile.phone), "email": .optionalText(profile.email),
            "address": .optionalText(address.street), "city": .optionalText(address.city),
            "state": .optionalText(address.state), "\"zipCode\"": .optionalText(address.zipCode),
            "is_active": .boolean(restaurant.isActive),
            "created_at": .timestamp(restaurant.tenant.createdAt), "updated_at": .timestamp(restaurant.tenant.createdAt),
        ])
    }
}

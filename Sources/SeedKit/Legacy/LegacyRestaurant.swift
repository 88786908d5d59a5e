/// A restaurant of the legacy world: its legacy id, the scenario's tenant (staff, dates, menu)
/// and the awkward cases the scenario gives it.
struct LegacyRestaurant: Sendable {
    let id: Int
    let tenant: Tenant
    let isActive: Bool
    /// Whether its senior member of staff is an `ADMIN` (`first_staff_not_admin` says not).
    let hasAdmin: Bool

    var slug: String { tenant.restaurant.slug }
}

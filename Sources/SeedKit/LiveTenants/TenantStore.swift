/// A live database that takes tenants one at a time: PostgreSQL (``PostgresTenants``) or a
/// SeedKit SQLite file (``SQLiteTenants``). Every command is one transaction.
public protocol TenantStore {
    /// Adds the request's restaurant as a new tenant; refuses a slug or email already there.
    func add(_ request: TenantRequest) throws -> TenantChange
    /// Regenerates a tenant SeedKit added from its recorded scenario, with `overrides`.
    func refresh(slug: String, overrides: Scenario.Overrides) throws -> TenantChange
    /// Removes a tenant SeedKit added.
    func remove(slug: String) throws -> TenantChange
    /// The tenants SeedKit added.
    func list() throws -> [TenantRecord]
}

extension PostgresTenants: TenantStore {}

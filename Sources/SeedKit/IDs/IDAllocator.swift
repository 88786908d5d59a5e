/// Decides every global id, from reservations alone: the platform's own rows first, then each
/// tenant's reservation, one after another in every table, in the order the tenants are given.
///
/// A tenant reserves, in each table, the upper bound on its rows rounded up to a power of two
/// (``reservation(for:)``). So a tenant's ids depend only on the reservations before it: appending
/// a tenant moves no existing id, and an edit moves the ids of the tenants after the edited one
/// only when it crosses a power of two in some table (doubling a restaurant's history, say).
/// Ids must fit PostgreSQL's `INTEGER` (`SERIAL`), the seed schema's id type.
public enum IDAllocator {
    /// The largest id a table can hold.
    public static let maximumID = Int(Int32.max)

    /// The ids reserved for an upper bound of `bound` rows: the next power of two (0 for none).
    public static func reservation(for bound: Int) -> Int {
        precondition(bound >= 0, "a bound counts rows")
        guard bound > 1 else { return bound }
        return 1 << (Int.bitWidth - (bound - 1).leadingZeroBitCount)
    }

    /// Lays out the platform's rows (`platform`, exact counts) and then every tenant's
    /// reservation for its `bounds`, in order.
    ///
    /// - Throws: ``IDCapacityError`` for the first tenant whose range would pass ``maximumID``.
    public static func plan(platform: TableCounts, tenants bounds: [TableCounts], platformID: Int = 1)
        throws(IDCapacityError) -> IDLayout
    {
        var next = TableCounts()
        func take(_ sizes: TableCounts, tenant: Int?) throws(IDCapacityError) -> TenantIDs {
            var starts = TableCounts()
            for (table, size) in sizes.tables {
                let start = next[table]
                guard size <= maximumID - start else {
                    throw IDCapacityError(tenant: tenant, table: table, needed: size, available: maximumID - start)
                }
                starts[table] = start
                next[table] = start + size
            }
            return TenantIDs(starts: starts, reserved: sizes, platformID: platformID)
        }
        let platformIDs = try take(platform, tenant: nil)
        var tenants: [TenantIDs] = []
        tenants.reserveCapacity(bounds.count)
        for (index, bound) in bounds.enumerated() {
            var sizes = TableCounts()
            for (table, count) in bound.tables { sizes[table] = reservation(for: count) }
            tenants.append(try take(sizes, tenant: index))
        }
        return IDLayout(platform: platformIDs, tenants: tenants, end: next)
    }
}

/// Every id range of one run: the platform's, and each tenant's in scenario order.
public struct IDLayout: Sendable {
    /// The platform's own rows (its settings, plans, owner and the owner's permissions).
    public let platform: TenantIDs
    /// One per tenant, in the order they were planned.
    public let tenants: [TenantIDs]
    /// Per table, the last id reserved by anyone.
    public let end: TableCounts
}

/// A tenant's reservation does not fit the ids left in a table.
public struct IDCapacityError: Error, Equatable, Sendable {
    /// The tenant's position among those planned (`nil`: the platform's own rows).
    public let tenant: Int?
    public let table: TableName
    /// The ids the tenant reserves in the table.
    public let needed: Int
    /// The ids still free in the table when the tenant's turn came.
    public let available: Int
}

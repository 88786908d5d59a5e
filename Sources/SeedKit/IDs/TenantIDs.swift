/// The ids one tenant (or the platform itself) writes: for each table, where its range starts
/// and how many ids it reserved there.
///
/// Generators number a tenant's rows from 0 in each table (``id(_:_:)``) and never see a
/// global id being decided; the ``IDAllocator`` decided the ranges before anything was
/// generated, from the scenario alone, or a live database's sequences did.
public struct TenantIDs: Sendable, Equatable {
    /// The first id of each table's range, minus one (the `index`-th row gets `start + index + 1`).
    public let starts: TableCounts
    /// How many ids each table's range holds.
    public let reserved: TableCounts
    /// The platform every row belongs to.
    public let platformID: Int

    public init(starts: TableCounts, reserved: TableCounts, platformID: Int) {
        self.starts = starts
        self.reserved = reserved
        self.platformID = platformID
    }

    /// The id of the tenant's `index`-th row (from 0) of `table`.
    @inline(__always)
    public func id(_ table: TableName, _ index: Int) -> Int {
        precondition(index < reserved[table],
                     "\(table.rawValue): row \(index) overflows the \(reserved[table]) ids reserved (the footprint bound is wrong)")
        return starts[table] + index + 1
    }

    /// The restaurant's own id (its `restaurants` row).
    public var restaurantID: Int { id(.restaurants, 0) }

    /// The range of ids the tenant reserved in `table`.
    public func range(of table: TableName) -> ClosedRange<Int>? {
        reserved[table] > 0 ? (starts[table] + 1)...(starts[table] + reserved[table]) : nil
    }
}

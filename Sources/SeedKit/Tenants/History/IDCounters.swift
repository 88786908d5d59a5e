/// The next row index of each history table within one restaurant's id ranges.
///
/// Ids are dense within a restaurant: they count the rows generated so far, day after day. This
/// count is part of the state carried from one day to the next (with the stock levels).
struct IDCounters {
    private var next = [Int](repeating: 0, count: TableName.allCases.count)
    let tenant: Tenant

    init(tenant: Tenant) { self.tenant = tenant }

    /// The id for the next row of `table`.
    mutating func take(_ table: TableName) -> Int {
        defer { next[table.position] += 1 }
        return tenant.id(table, next[table.position])
    }
}

/// A `stock_movements` row: every change of stock goes through one, so stock equals its ledger.
enum StockMovementRow {
    /// Emits a movement of `quantity` units (negative for sales and waste) valued at `unitCost` each.
    static func emit(id: Int, tenant: Tenant, item: Int, type: StaticString, quantity: Int, unitCost: Money,
                     reference: (id: Int, type: StaticString)?, notes: StaticString?, by user: Int, at moment: Timestamp,
                     to emit: RowEmitter) throws {
        var row = emit.begin(.stockMovements)
        row("id", id)
        row("restaurant_id", tenant.id)
        row("inventory_item_id", item)
        row("movement_type", type)
        row("quantity", FixedDecimal(units: Int64(quantity) * 1000, scale: 3))
        row("unit_cost", unitCost)
        row("total_cost", unitCost * abs(quantity))
        row("reference_id", reference?.id)
        row("reference_type", reference?.type)
        row("notes", notes)
        row("created_by", user)
        row("created_at", moment)
        try emit.end(row)
    }
}

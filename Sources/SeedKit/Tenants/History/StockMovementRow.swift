/// A `stock_movements` row: every change of stock goes through one, so stock equals its ledger.
enum StockMovementRow {
    /// A movement of `quantity` units (negative for sales and waste) valued at `unitCost` each.
    static func make(id: Int, tenant: Tenant, item: Int, type: String, quantity: Int, unitCost: Money,
                     reference: (id: Int, type: String)?, notes: String?, by user: Int, at moment: Timestamp) -> Row {
        Row(.stockMovements, columns: [
            "id": .int(id), "restaurant_id": .int(tenant.id), "inventory_item_id": .int(item),
            "movement_type": .text(type), "quantity": .decimal(FixedDecimal(units: Int64(quantity) * 1000, scale: 3)),
            "unit_cost": .money(unitCost), "total_cost": .money(unitCost * abs(quantity)),
            "reference_id": .id(reference?.id), "reference_type": .optionalText(reference?.type),
            "notes": .optionalText(notes), "created_by": .int(user), "created_at": .timestamp(moment),
        ])
    }
}

/// A tenant's supply side: `suppliers`, `inventory_items` for tracked products, and the opening
/// stock count of each as its first `stock_movements` row, so stock always equals its ledger.
struct SupplyGenerator {
    let context: GenerationContext

    func suppliers(_ tenant: Tenant, emit: (Row) throws -> Void) rethrows {
        for (index, supplier) in tenant.restaurant.suppliers.enumerated() {
            try emit(Row(.suppliers, columns: [
                "id": .int(tenant.id(.suppliers, index)), "restaurant_id": .int(tenant.id),
                "name": .text(supplier.name), "contact_person": .optionalText(supplier.contactPerson),
                "email": .optionalText(supplier.email), "phone": .optionalText(supplier.phone),
                "address": .optionalText(supplier.address), "payment_terms": .optionalText(supplier.paymentTerms),
                "is_active": .boolean(true),
                "created_at": .timestamp(tenant.createdAt), "updated_at": .timestamp(tenant.createdAt),
            ]))
        }
    }

    func inventoryItems(_ tenant: Tenant, emit: (Row) throws -> Void) rethrows {
        for stock in openingStock(tenant) {
            let item = stock.item
            try emit(Row(.inventoryItems, columns: [
                "id": .int(stock.inventoryItemID), "restaurant_id": .int(tenant.id),
                "product_id": .int(stock.productID), "supplier_id": .id(stock.supplierID),
                "current_stock": .decimal(units(stock.opening)), "minimum_stock": .decimal(units(stock.minimum)),
                "maximum_stock": .decimal(units(stock.maximum)), "reorder_point": .decimal(units(stock.reorderPoint)),
                "unit_cost": .money(item.cost ?? .zero), "unit_measure": .text(tenant.restaurant.inventory.unitMeasure),
                // No restock has been delivered and nothing has been sold yet.
                "last_restocked": .null, "turnover_rate": .decimal(FixedDecimal(units: 0, scale: 4)),
                "wastage_rate": .rate(item.wastageRate ?? tenant.restaurant.inventory.wastageRate),
                "created_at": .timestamp(tenant.createdAt), "updated_at": .timestamp(stock.countedAt),
            ]))
        }
    }

    func openingMovements(_ tenant: Tenant, emit: (Row) throws -> Void) rethrows {
        let countedBy = tenant.seniorStaff?.userID ?? context.platformOwnerUserID
        for (index, stock) in openingStock(tenant).enumerated() {
            let unitCost = stock.item.cost ?? .zero
            try emit(Row(.stockMovements, columns: [
                "id": .int(tenant.id(.stockMovements, index)), "restaurant_id": .int(tenant.id),
                "inventory_item_id": .int(stock.inventoryItemID), "movement_type": .text("adjustment"),
                "quantity": .decimal(units(stock.opening)), "unit_cost": .money(unitCost),
                "total_cost": .money(unitCost * stock.opening), "reference_id": .null,
                "reference_type": .text("adjustment"), "notes": .text("Opening stock count"),
                "created_by": .int(countedBy), "created_at": .timestamp(stock.countedAt),
            ]))
        }
    }

    /// The stock levels of every tracked product when history starts, drawn from a stream per
    /// SKU so adding or removing one item changes no other item's levels.
    func openingStock(_ tenant: Tenant) -> [OpeningStock] {
        let restaurant = tenant.restaurant
        let countedAt = Timestamp(day: context.scenario.historyStart.adding(days: -1), time: TimeOfDay(hour: 23, minute: 0)!)
        return restaurant.items.enumerated().compactMap { index, item in
            guard item.trackInventory else { return nil }
            var draws = tenant.stream.derive("inventory", item.sku)
            let minimum = draws.int(in: 5...15)
            let reorderPoint = minimum + draws.int(in: 5...10)
            let maximum = reorderPoint + draws.int(in: 40...120)
            let supplierName = item.supplier ?? restaurant.categories.first { $0.name == item.category }?.supplier
            return OpeningStock(
                item: item, inventoryItemID: tenant.id(.inventoryItems, index), productID: tenant.id(.products, index),
                supplierID: supplierName.map(tenant.supplierID(named:)),
                minimum: minimum, reorderPoint: reorderPoint, maximum: maximum,
                opening: draws.int(in: (reorderPoint + 1)...maximum), countedAt: countedAt)
        }
    }

    /// Whole units as a `DECIMAL(10,3)` quantity.
    private func units(_ count: Int) -> FixedDecimal { FixedDecimal(units: Int64(count) * 1000, scale: 3) }
}

/// A tracked product's stock levels when history starts (whole units).
struct OpeningStock {
    let item: Scenario.MenuItem
    let inventoryItemID: Int
    let productID: Int
    let supplierID: Int?
    let minimum: Int
    let reorderPoint: Int
    let maximum: Int
    let opening: Int
    let countedAt: Timestamp
}

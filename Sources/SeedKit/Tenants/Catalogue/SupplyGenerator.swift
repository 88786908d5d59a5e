/// A tenant's supply side: `suppliers`, `inventory_items` for tracked products, and the opening
/// stock count of each as the first `stock_movements` row of its ledger.
struct SupplyGenerator {
    let context: GenerationContext

    func suppliers(_ tenant: Tenant, emit: RowEmitter) throws {
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

    /// The tracked items as history left them: stock equal to the ledger's sum, the last
    /// delivery, and turnover (units sold a month over the average of opening and closing stock).
    func inventoryItems(_ tenant: Tenant, stock: StockBook, emit: RowEmitter) throws {
        let scenario = context.scenario
        let dayEnd = Timestamp(day: scenario.asOf, time: TimeOfDay(hour: 23, minute: 55)!)
        let closedAt = HistoryEnd(scenario).cut.map { min($0, dayEnd) } ?? dayEnd
        for item in stock.items {
            let opening = item.opening
            let monthlySales = Double(item.soldInHistory) * 30.44 / Double(scenario.historyDays)
            let averageStock = max(1, Double(opening.opening + item.level) / 2)
            try emit(Row(.inventoryItems, columns: [
                "id": .int(opening.inventoryItemID), "restaurant_id": .int(tenant.id),
                "product_id": .int(opening.productID), "supplier_id": .id(opening.supplierID),
                "current_stock": .decimal(units(item.level)), "minimum_stock": .decimal(units(opening.minimum)),
                "maximum_stock": .decimal(units(opening.maximum)), "reorder_point": .decimal(units(opening.reorderPoint)),
                "unit_cost": .money(item.unitCost), "unit_measure": .text(tenant.restaurant.inventory.unitMeasure),
                "last_restocked": item.lastRestocked.map(SQLValue.timestamp) ?? .null,
                "turnover_rate": .decimal(FixedDecimal(units: Int64(roundHalfUp(monthlySales / averageStock * 10_000)), scale: 4)),
                "wastage_rate": .rate(item.wastageRate),
                "created_at": .timestamp(tenant.createdAt), "updated_at": .timestamp(closedAt),
            ]))
        }
    }

    /// The opening stock count of every tracked item: the first movement of its ledger.
    func openingMovements(_ tenant: Tenant, usage: [Double], counters: inout IDCounters, emit: RowEmitter) throws {
        let countedBy = tenant.seniorStaff?.userID ?? context.platformOwnerUserID
        for stock in openingStock(tenant, usage: usage) {
            try StockMovementRow.emit(
                id: counters.take(.stockMovements), tenant: tenant, item: stock.inventoryItemID, type: "adjustment",
                quantity: stock.opening, unitCost: stock.item.cost ?? .zero, reference: nil,
                notes: "Opening stock count", by: countedBy, at: stock.countedAt, to: emit)
        }
    }

    /// The stock levels of every tracked product when history starts, drawn from a stream per
    /// SKU so adding or removing one item changes no other item's levels. `usage` is each
    /// product's units sold on a busy day (by menu position): the minimum holds a day of it, the
    /// reorder point what sells while a restock is on its way (lead time plus two days, for the
    /// evening order and a day without deliveries) and a day more, the maximum a week more.
    func openingStock(_ tenant: Tenant, usage: [Double]) -> [OpeningStock] {
        let restaurant = tenant.restaurant
        let countedAt = Timestamp(day: context.scenario.historyStart.adding(days: -1), time: TimeOfDay(hour: 23, minute: 0)!)
        return restaurant.items.enumerated().compactMap { index, item in
            guard item.trackInventory else { return nil }
            var draws = tenant.stream.derive("inventory", item.sku)
            let supplierName = item.supplier ?? restaurant.categories.first { $0.name == item.category }?.supplier
            let leadTime = max(1, supplierName.flatMap { name in restaurant.suppliers.first { $0.name == name }?.leadTimeDays } ?? 1)
            let daily = usage.indices.contains(index) ? usage[index] : 1
            let minimum = max(1, Int(daily.rounded(.up))) + draws.int(in: 0...3)
            let reorderPoint = minimum + Int((daily * Double(leadTime + 2)).rounded(.up)) + draws.int(in: 0...3)
            let maximum = reorderPoint + Int((daily * 7).rounded(.up)) + draws.int(in: 5...15)
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

/// A tenant's menu: `categories` and `products`, exactly as the scenario writes them.
struct MenuGenerator {
    func categories(_ tenant: Tenant, emit: RowEmitter) throws {
        for (index, category) in tenant.restaurant.categories.enumerated() {
            try emit(Row(.categories, columns: [
                "id": .int(tenant.id(.categories, index)), "restaurant_id": .int(tenant.id),
                "name": .text(category.name), "icon": .optionalText(category.icon),
                "display_order": .int(category.displayOrder), "is_active": .boolean(true),
                "created_at": .timestamp(tenant.createdAt),
            ]))
        }
    }

    func products(_ tenant: Tenant, emit: RowEmitter) throws {
        for (index, item) in tenant.restaurant.items.enumerated() {
            try emit(Row(.products, columns: [
                "id": .int(tenant.id(.products, index)), "restaurant_id": .int(tenant.id),
                "category_id": .int(tenant.categoryID(named: item.category)),
                "name": .text(item.name), "description": .optionalText(item.description),
                "price": .money(item.price), "cost": item.cost.map(SQLValue.money) ?? .null,
                "sku": .text(item.sku), "image_url": .optionalText(item.imageURL),
                "is_active": .boolean(true), "available_in_pos": .boolean(true),
                "track_inventory": .boolean(item.trackInventory),
                "created_at": .timestamp(tenant.createdAt), "updated_at": .timestamp(tenant.createdAt),
            ]))
        }
        guard let fee = tenant.deliveryFeeProduct else { return }
        let delivery = tenant.restaurant.delivery
        try emit(Row(.products, columns: [
            "id": .int(tenant.id(.products, fee)), "restaurant_id": .int(tenant.id), "category_id": .null,
            "name": .text(delivery.feeName), "description": .text("Added to every delivery order"),
            "price": .money(delivery.fee), "cost": .null, "sku": .text(delivery.feeSKU), "image_url": .null,
            "is_active": .boolean(true), "available_in_pos": .boolean(false), "track_inventory": .boolean(false),
            "created_at": .timestamp(tenant.createdAt), "updated_at": .timestamp(tenant.createdAt),
        ]))
    }
}

extension Tenant {
    /// The product index of the delivery fee (after the menu's items), when the restaurant
    /// takes delivery orders and charges a fee.
    var deliveryFeeProduct: Int? {
        let delivers = restaurant.demand.orderTypes.contains { $0.0 == .delivery && $0.1 > 0 }
        return delivers && restaurant.delivery.fee > .zero ? restaurant.items.count : nil
    }
}

/// A tenant's menu: `categories` and `products`, exactly as the scenario writes them.
struct MenuGenerator {
    func categories(_ tenant: Tenant, emit: (Row) throws -> Void) rethrows {
        for (index, category) in tenant.restaurant.categories.enumerated() {
            try emit(Row(.categories, columns: [
                "id": .int(tenant.id(.categories, index)), "restaurant_id": .int(tenant.id),
                "name": .text(category.name), "icon": .optionalText(category.icon),
                "display_order": .int(category.displayOrder), "is_active": .boolean(true),
                "created_at": .timestamp(tenant.createdAt),
            ]))
        }
    }

    func products(_ tenant: Tenant, emit: (Row) throws -> Void) rethrows {
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
    }
}

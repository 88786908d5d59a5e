/// The rest of a restaurant app's data as the plan lists it: `menus` (one per menu category),
/// `recipes` (one per menu item, on its category's menu) and `ingredients` (one per item whose
/// stock is tracked, with its cost and supplier). Nothing in the plan reads them; they are there
/// to be counted: no source row may be lost.
struct LegacyMenus {
    let restaurants: [LegacyRestaurant]

    func rows() -> [LegacyRow] {
        var menus: [LegacyRow] = [], recipes: [LegacyRow] = [], ingredients: [LegacyRow] = []
        for restaurant in restaurants {
            let profile = restaurant.tenant.restaurant
            let created = SQLValue.timestamp(restaurant.tenant.createdAt)
            let firstMenuID = menus.count + 1
            for category in profile.categories {
                menus.append(LegacyRow(.menus, [
                    "id": .int(menus.count + 1), "restaurant_id": .int(restaurant.id), "name": .text(category.name),
                    "is_active": .boolean(true), "created_at": created,
                ]))
            }
            for item in profile.items {
                let menuID = profile.categories.firstIndex { $0.name == item.category }.map { firstMenuID + $0 }
                recipes.append(LegacyRow(.recipes, [
                    "id": .int(recipes.count + 1), "restaurant_id": .int(restaurant.id), "menu_id": .id(menuID),
                    "name": .text(item.name), "description": .optionalText(item.description), "price": .money(item.price),
                    "created_at": created,
                ]))
                guard item.trackInventory else { continue }
                let supplier = item.supplier ?? profile.categories.first { $0.name == item.category }?.supplier
                ingredients.append(LegacyRow(.ingredients, [
                    "id": .int(ingredients.count + 1), "restaurant_id": .int(restaurant.id), "name": .text(item.name),
                    "unit": .text(profile.inventory.unitMeasure), "cost_per_unit": item.cost.map(SQLValue.money) ?? .null,
                    "supplier": .optionalText(supplier), "created_at": created,
                ]))
            }
        }
        return menus + recipes + ingredients
    }
}

extension ScenarioParser {
    static let menuKeys = ["categories", "items"]
    static let categoryKeys = ["name", "kind", "icon", "display_order", "supplier"]
    static let itemKeys = ["name", "category", "description", "price", "cost", "sku", "image_url", "track_inventory",
                           "vat_rate", "supplier", "wastage_rate", "order_types",
                           "available", "available_from", "available_until", "happy_hour"]

    /// A restaurant's categories and items; `suppliers` are the restaurant's supplier names.
    func menu(_ m: MappingReader, suppliers: UniqueNames) -> (categories: [Scenario.Category], items: [Scenario.MenuItem])? {
        var categoryNames = UniqueNames(kind: "category", plural: "categories")
        var position = 0
        let categories = m.required("categories").flatMap { listFitsIDCapacity($0, in: .categories, what: "categories") ? $0 : nil }?
            .nonEmptyList(of: "category") { value in
            position += 1
            return category(value, position: position, names: &categoryNames, suppliers: suppliers)
        }
        if categories == nil { categoryNames.acceptsAnyReference = true }
        var skus = UniqueNames(kind: "SKU")
        let items = m.required("items").flatMap { listFitsIDCapacity($0, in: .products, what: "menu items") ? $0 : nil }?
            .nonEmptyList(of: "menu item") { value in
            item(value, categories: categoryNames, skus: &skus, suppliers: suppliers)
        }
        guard let categories, let items else { return nil }
        return (categories, items)
    }

    func category(_ value: ValueReader, position: Int, names: inout UniqueNames, suppliers: UniqueNames) -> Scenario.Category? {
        guard let m = value.mapping(keys: Self.categoryKeys) else { return nil }
        let nameReader = m.required("name")
        let name = nameReader?.string(maxLength: 100)
        names.insert(name, at: nameReader)
        let kind = m.optional("kind")?.choice(Scenario.CategoryKind.self) ?? .main
        let icon = m.optionalString("icon", maxLength: 10)
        let displayOrder = m.optional("display_order")?.int(in: 0...1_000_000) ?? position
        let supplier = reference(m.optional("supplier"), in: suppliers)
        guard let name else { return nil }
        return Scenario.Category(name: name, kind: kind, icon: icon, displayOrder: displayOrder, supplier: supplier)
    }

    func item(_ value: ValueReader, categories: UniqueNames, skus: inout UniqueNames, suppliers: UniqueNames) -> Scenario.MenuItem? {
        guard let m = value.mapping(keys: Self.itemKeys) else { return nil }
        let name = m.string("name")
        let category = reference(m.required("category"), in: categories)
        let description = m.optionalString("description", maxLength: 10_000)
        let price = m.required("price")?.money()
        let cost = m.optional("cost")?.money()
        let skuReader = m.required("sku")
        let sku = skuReader?.string(maxLength: 100)
        skus.insert(sku, at: skuReader)
        let imageURL = m.optionalString("image_url", maxLength: 2000)
        let trackInventory = m.optional("track_inventory")?.bool() ?? true
        let vatRate = m.optional("vat_rate")?.rate()
        let supplier = reference(m.optional("supplier"), in: suppliers)
        let wastageRate = m.optional("wastage_rate")?.rate()
        let orderTypes = m.optional("order_types")?.nonEmptyList(of: "order type") { $0.choice(Scenario.OrderType.self) }
        let available = m.optional("available").flatMap(periods)
        let happyHour = m.mapping("happy_hour", keys: ["times", "price"]).flatMap { happy -> Scenario.HappyHour? in
            let times = happy.required("times").flatMap(periods)
            let price = happy.required("price")?.money()
            guard let times, let price else { return nil }
            return Scenario.HappyHour(times: times, price: price)
        }
        let availableFrom = m.optional("available_from")?.day()
        let untilReader = m.optional("available_until")
        let availableUntil = untilReader?.day()
        if let availableFrom, let availableUntil, availableUntil < availableFrom, let untilReader {
            untilReader.error("available_until (\(availableUntil)) is before available_from (\(availableFrom))")
        }
        guard let name, let category, let price, let sku else { return nil }
        return Scenario.MenuItem(
            name: name, category: category, description: description, price: price, cost: cost, sku: sku,
            imageURL: imageURL, trackInventory: trackInventory, vatRate: vatRate, supplier: supplier, wastageRate: wastageRate,
            orderTypes: orderTypes ?? Scenario.OrderType.allCases, availableTimes: available,
            availableFrom: availableFrom, availableUntil: availableUntil, happyHour: happyHour)
    }

    /// A name that must be one of `names`; `nil` (logged) when it is not.
    private func reference(_ reader: ValueReader?, in names: UniqueNames) -> String? {
        guard let reader, let name = reader.string() else { return nil }
        guard names.contains(name) else {
            names.checkReference(name, at: reader)
            return nil
        }
        return name
    }
}

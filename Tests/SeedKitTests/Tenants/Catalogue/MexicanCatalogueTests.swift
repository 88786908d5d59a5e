import Testing
@testable import SeedKit

/// The Mexican demo reproduces the seed document's mock data, item by item.
@Suite struct MexicanCatalogueTests {
    let generated: GeneratedRows

    init() throws {
        generated = try GeneratedRows.shipped("mexican-demo")
    }

    /// The seed's `products_data`, transcribed: name, category, price, cost, description.
    static let seedProducts: [(String, String, String, String, String)] = [
        ("Nachos", "Snacks", "5.00", "2.50", "Homemade corn tortilla chips with black beans, tomato salsa, pico de gallo, feta, guac & coriander"),
        ("Quesadillas", "Snacks", "5.50", "2.75", "Folded flour tortilla filled with mozzarella, topped with tomato salsa, feta & coriander"),
        ("Chorizo Quesadilla", "Snacks", "5.50", "3.00", "Folded flour tortilla filled with chorizo & mozzarella. Topped with tomato salsa, feta & coriander"),
        ("Chicken Quesadilla", "Snacks", "5.50", "3.25", "Folded flour tortilla filled with chicken, peppers, onion & mozzarella. Topped with salsa, feta & coriander"),
        ("Tostada", "Snacks", "6.50", "3.50", "Crispy tortillas with black beans filled with chicken or any topping, served with salsa, lettuce and feta"),
        ("Carnitas", "Tacos", "3.50", "1.75", "Slow cooked pork, served with onion, coriander, salsa, guacamole & coriander"),
        ("Cochinita", "Tacos", "3.50", "1.75", "Marinated pulled pork served with pickle red onion"),
        ("Barbacoa de Res", "Tacos", "3.50", "1.85", "Juicy pulled beef topped with onion, guacamole & coriander"),
        ("Chorizo", "Tacos", "3.50", "1.65", "Grilled chorizo with black beans, onions, salsa, coriander & guacamole"),
        ("Chicken Fajita", "Tacos", "3.50", "1.75", "Chicken, peppers & onion with black beans. Topped with salsa, guac & coriander"),
        ("Pescado", "Tacos", "3.50", "2.00", "Battered cod with guacamole & coriander. Topped with red cabbage & mango chilli salsa"),
        ("Carne Asada", "Special Tacos", "4.50", "2.75", "Diced rump steak with peppers and red onion. Served on black beans, topped with chimichurri sauce & coriander"),
        ("Camaron", "Special Tacos", "4.50", "3.00", "Prawns with chorizo, peppers and red onion. Served on black beans, topped with tomato salsa, coriander & guacamole"),
        ("Regular Burrito", "Burritos", "8.00", "4.50", "Choose any filling from the taco menu! With black beans, lettuce, pico de gallo, & guacamole. Topped with salsa, feta and coriander."),
        ("Special Burrito", "Burritos", "10.00", "5.50", "Choose any filling from the special tacos menu! With black beans, lettuce, pico de gallo, & guacamole. Topped with salsa, feta and coriander."),
        ("Skinny Fries", "Sides", "3.50", "1.25", "Thin cut fries"),
        ("Pico de Gallo", "Sides", "0.00", "0.00", "Diced tomato, onion and chilli - FREE!"),
        ("Pink Paloma", "Drinks", "3.75", "1.50", "An alcohol-free version of our refreshing cocktail. Tangy lime juice and grapefruit soda, with a splash of grenadine"),
        ("Corona", "Drinks", "3.80", "2.00", "Mexican beer"),
        ("Modelo", "Drinks", "4.00", "2.20", "Rich, full-flavoured Pilsner style Lager. Crisp and refreshing. 355ml"),
    ]

    func text(_ row: Row, _ column: String) -> String? {
        switch GeneratedRows.value(row, column) {
        case .text(let text), .json(let text): text
        case .decimal(let value): value.description
        case .integer(let value): String(value)
        case .date(let day): day.description
        case .boolean(let flag): String(flag)
        default: nil
        }
    }

    @Test("has the seed's six categories with their icons, in display order")
    func categories() {
        let rows = generated.table(.categories)
        #expect(rows.map { text($0, "name")! } == ["Snacks", "Tacos", "Special Tacos", "Burritos", "Sides", "Drinks"])
        #expect(rows.map { text($0, "icon")! } == ["🧀", "🌮", "⭐", "🌯", "🍟", "🍺"])
        #expect(rows.map { text($0, "display_order")! } == ["1", "2", "3", "4", "5", "6"])
    }

    @Test("has the seed's twenty products with their prices, costs, descriptions and SKUs, then the delivery fee")
    func products() {
        let all = generated.table(.products)
        let rows = Array(all.dropLast())
        let fee = all.last
        #expect(fee.flatMap { text($0, "sku") } == "DELIVERY-FEE" && fee.map { GeneratedRows.value($0, "category_id") } == .null)
        let categoryNames = Dictionary(uniqueKeysWithValues: generated.table(.categories).map {
            (GeneratedRows.value($0, "id"), text($0, "name")!)
        })
        #expect(rows.count == Self.seedProducts.count)
        for (row, seed) in zip(rows, Self.seedProducts) {
            #expect(text(row, "name") == seed.0)
            #expect(categoryNames[GeneratedRows.value(row, "category_id")] == seed.1, "\(seed.0)")
            #expect(text(row, "price") == seed.2, "\(seed.0)")
            #expect(text(row, "cost") == seed.3, "\(seed.0)")
            #expect(text(row, "description") == seed.4)
            // The seed's rule: f"FYNLO-{name.upper().replace(' ', '-')}"
            #expect(text(row, "sku") == "FYNLO-" + seed.0.uppercased().replacing(" ", with: "-"))
        }
    }

    @Test("has the seed's four suppliers with their contacts' names and payment terms")
    func suppliers() {
        let rows = generated.table(.suppliers)
        #expect(rows.map { text($0, "name")! } == ["Fresh Foods Ltd", "Mexican Imports Co", "Premium Beverages", "Local Produce Hub"])
        #expect(rows.map { text($0, "contact_person")! } == ["Maria Garcia", "Carlos Rodriguez", "Sarah Johnson", "David Smith"])
        #expect(rows.map { text($0, "payment_terms")! } == ["Net 30", "Net 15", "Net 21", "Net 7"])
    }

    @Test("has the seed's six staff with their roles, titles, departments, rates and contracts, and the platform owner")
    func staff() {
        // The seed's staff come first; the generated staff who fill the rota follow them.
        let users = generated.table(.users).prefix(7)
        #expect(users.map { "\(text($0, "first_name")!) \(text($0, "last_name")!) \(text($0, "role")!)" } == [
            "Platform Admin platform_owner", "Demo Manager manager", "Sarah Johnson cashier", "Mike Chen cook",
            "Emma Davis server", "Tom Wilson cashier", "Anna Garcia cook",
        ])
        let employees = Array(generated.table(.employees).prefix(6))
        #expect(employees.map { text($0, "employee_number")! } == (1001...1006).map { "EMP\($0)" })
        #expect(employees.map { text($0, "job_title")! }
            == ["Manager", "Senior Cashier", "Head Chef", "Senior Server", "Cashier", "Line Cook"])
        #expect(employees.map { text($0, "department")! }
            == ["Management", "Front of House", "Kitchen", "Front of House", "Front of House", "Kitchen"])
        #expect(employees.map { text($0, "hourly_rate")! } == ["18.50", "12.50", "16.75", "11.25", "10.50", "13.25"])
        #expect(employees.map { text($0, "employment_type")! }
            == ["full_time", "full_time", "full_time", "part_time", "part_time", "full_time"])
    }

    @Test("has the basic, premium and enterprise plans at 8/6/4 % commission and 0/49.99/199.99 a month")
    func plans() {
        let rows = generated.table(.subscriptionPlans)
        #expect(rows.map { text($0, "name")! } == ["basic", "premium", "enterprise"])
        #expect(rows.map { text($0, "commission_rate")! } == ["8.00", "6.00", "4.00"])
        #expect(rows.map { text($0, "service_fee_rate")! } == ["12.50", "12.50", "12.50"])
        #expect(rows.map { text($0, "monthly_fee")! } == ["0.00", "49.99", "199.99"])
        #expect(rows.map { GeneratedRows.value($0, "max_restaurants") } == [.integer(10), .integer(50), .null])
    }
}

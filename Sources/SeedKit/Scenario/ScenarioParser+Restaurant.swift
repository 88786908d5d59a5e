extension ScenarioParser {
    static let restaurantKeys = [
        "name", "slug", "business_type", "address", "phone", "email", "tax_number", "logo_url", "plan", "opened_on",
        "tax", "service_charge", "opening_hours", "menu", "suppliers", "staff", "generated_staff", "inventory", "demand",
        "staffing", "tables", "delivery", "bank_holidays", "demo_password",
    ]
    static let staffingKeys = ["cooks", "front_of_house", "peak_front_of_house", "labour_cost", "orders_per_cook_hour",
                               "orders_per_server_hour"]
    static let defaultStaffing = Scenario.Staffing(cooks: 1, frontOfHouse: 1, peakFrontOfHouse: 2)
    static let taxKeys = ["vat_rate", "prices_include_vat"]
    static let serviceChargeKeys = ["rate", "applies_to", "bears_vat"]
    static let supplierKeys = ["name", "contact_person", "email", "phone", "address", "payment_terms", "lead_time_days",
                                "delivery_days"]
    static let staffKeys = personKeys + ["role", "job_title", "department", "hourly_rate", "salary", "employment_type", "hire_date",
                                        "age_band", "contract_hours"]
    static let staffGroupKeys = ["role", "count", "job_title", "department", "hourly_rate", "employment_type", "age_band",
                                 "contract_hours"]
    static let inventoryKeys = ["wastage_rate", "unit_measure"]

    func restaurant(_ value: ValueReader) -> Scenario.Restaurant? {
        guard let m = value.mapping(keys: Self.restaurantKeys) else { return nil }
        let errorsBefore = log.errorCount
        let name = m.string("name")
        let slugReader = m.required("slug")
        let slug = slugReader?.slug()
        restaurantSlugs.insert(slug, at: slugReader)
        let businessType = m.optionalString("business_type", maxLength: 100) ?? "restaurant"
        let address = m.optionalString("address", maxLength: 1000)
        let phone = m.optional("phone")?.phone()
        let email = m.optional("email")?.email()
        let taxNumber = m.optionalString("tax_number", maxLength: 100)
        let logoURL = m.optionalString("logo_url", maxLength: 2000)
        let planReader = m.required("plan")
        let plan = planReader?.string(maxLength: 100)
        subscribe(to: plan, at: planReader)
        let openedOn = m.optional("opened_on").flatMap { notAfterAsOf($0.day(), at: $0) }
        let tax = m.mapping("tax", keys: Self.taxKeys).map { tax in
            Scenario.TaxPolicy(vatRate: tax.optional("vat_rate")?.rate() ?? Self.standardVATRate,
                               pricesIncludeVAT: tax.optional("prices_include_vat")?.bool() ?? true)
        } ?? Scenario.TaxPolicy(vatRate: Self.standardVATRate, pricesIncludeVAT: true)
        let serviceCharge = m.mapping("service_charge", keys: Self.serviceChargeKeys).flatMap(self.serviceCharge)
            ?? Scenario.ServiceChargePolicy(rate: .zero, appliesTo: [.dineIn], bearsVAT: false)
        let openingHours = m.optional("opening_hours").flatMap(self.openingHours) ?? Self.defaultOpeningHours
        var supplierNames = UniqueNames(kind: "supplier")
        let suppliersReader = m.optional("suppliers")
        let suppliers = suppliersReader.flatMap { listFitsIDCapacity($0, in: .suppliers, what: "suppliers") ? $0 : nil }?
            .list { supplier($0, names: &supplierNames) }
        if suppliersReader != nil, suppliers == nil { supplierNames.acceptsAnyReference = true }
        let menu = m.mapping("menu", keys: Self.menuKeys, required: true).flatMap { self.menu($0, suppliers: supplierNames) }
        let staff = m.optional("staff").flatMap { listFitsIDCapacity($0, in: .users, what: "members of staff") ? $0 : nil }?
            .list(staffMember) ?? []
        let generatedStaff = m.list("generated_staff", staffGroup) ?? []
        let inventory = m.mapping("inventory", keys: Self.inventoryKeys).map { inventory in
            Scenario.InventoryPolicy(
                wastageRate: inventory.optional("wastage_rate")?.rate() ?? Self.defaultWastageRate,
                unitMeasure: inventory.optionalString("unit_measure", maxLength: 50) ?? "each")
        } ?? Scenario.InventoryPolicy(wastageRate: Self.defaultWastageRate, unitMeasure: "each")
        let demand = m.optional("demand").flatMap(self.demand) ?? Self.defaultDemand
        let staffing = m.mapping("staffing", keys: Self.staffingKeys).map(self.staffing) ?? Self.defaultStaffing
        let tables = m.optional("tables").flatMap(self.tables)
        let delivery = m.mapping("delivery", keys: Self.deliveryKeys).map(self.delivery) ?? .standard
        let bankHolidays = m.mapping("bank_holidays", keys: ["closed", "demand"]).map { holidays in
            Scenario.BankHolidayPolicy(
                closed: holidays.optional("closed")?.bool() ?? false,
                demandPercent: holidays.optional("demand")?.int(in: 0...500) ?? Scenario.BankHolidayPolicy.standard.demandPercent)
        } ?? .standard
        let demoPassword = m.optional("demo_password")?.parse(expecting: "a password of 1 to 72 bytes (bcrypt's limit)") {
            (1...72).contains($0.utf8.count) ? $0 : nil
        }
        let staffCount = staff.count + generatedStaff.map(\.count).reduce(0, +)
        if staffCount == 0 {
            value.warning("the restaurant has no staff, so nobody works a shift and it takes no orders; "
                + "add staff or generated_staff")
        }
        if staff.count <= Self.perRestaurantLimit {
            checkIDCapacity(staffCount, in: .users, what: "members of staff", at: m.optional("generated_staff") ?? m.optional("staff"))
        }

        guard let name, let slug, let plan, let menu else { return nil }
        let restaurant = Scenario.Restaurant(
            name: name, slug: slug, businessType: businessType, address: address, phone: phone, email: email,
            taxNumber: taxNumber, logoURL: logoURL, plan: plan, openedOn: openedOn, tax: tax,
            serviceCharge: serviceCharge, openingHours: openingHours, categories: menu.categories, items: menu.items,
            suppliers: suppliers ?? [], staff: staff, generatedStaff: generatedStaff, inventory: inventory, demand: demand,
            staffing: staffing, tables: tables, delivery: delivery, bankHolidays: bankHolidays, demoPassword: demoPassword)
        if log.errorCount == errorsBefore { warnAboutRealism(restaurant, at: value) }
        return restaurant
    }

    static let standardVATRate = Rate(hundredthsOfPercent: 2000)
    static let defaultWastageRate = Rate(hundredthsOfPercent: 200)

    func serviceCharge(_ m: MappingReader) -> Scenario.ServiceChargePolicy? {
        let rate = m.required("rate")?.rate()
        var orderTypes = UniqueNames(kind: "order type")
        let appliesTo = m.list("applies_to") { value -> Scenario.OrderType? in
            let type = value.choice(Scenario.OrderType.self)
            orderTypes.insert(type?.rawValue, at: value)
            return type
        } ?? [.dineIn]
        let bearsVAT = m.optional("bears_vat")?.bool() ?? false
        guard let rate else { return nil }
        return Scenario.ServiceChargePolicy(rate: rate, appliesTo: appliesTo, bearsVAT: bearsVAT)
    }

    func supplier(_ value: ValueReader, names: inout UniqueNames) -> Scenario.Supplier? {
        guard let m = value.mapping(keys: Self.supplierKeys) else { return nil }
        let nameReader = m.required("name")
        let name = nameReader?.string()
        names.insert(name, at: nameReader)
        let contactPerson = m.optionalString("contact_person")
        let email = m.optional("email")?.email()
        let phone = m.optional("phone")?.phone()
        let address = m.optionalString("address", maxLength: 1000)
        let paymentTerms = m.optionalString("payment_terms", maxLength: 100)
        let leadTimeDays = m.optional("lead_time_days")?.int(in: 0...60) ?? 2
        let deliveryDays = m.optional("delivery_days").flatMap(self.weekdays) ?? Array(1...6)
        guard let name else { return nil }
        return Scenario.Supplier(name: name, contactPerson: contactPerson, email: email, phone: phone, address: address,
                                 paymentTerms: paymentTerms, leadTimeDays: leadTimeDays, deliveryDays: deliveryDays)
    }

    func staffMember(_ value: ValueReader) -> Scenario.StaffMember? {
        guard let m = value.mapping(keys: Self.staffKeys) else { return nil }
        let person = person(m)
        let role = m.required("role")?.choice(Scenario.Role.self)
        let terms = StaffTerms(m)
        let salary = m.optional("salary")?.money()
        let hireDate = m.optional("hire_date").flatMap { notAfterAsOf($0.day(), at: $0) }
        guard let person, let role else { return nil }
        return Scenario.StaffMember(
            person: person, role: role, jobTitle: terms.jobTitle, department: terms.department,
            hourlyRate: terms.hourlyRate, salary: salary, employmentType: terms.employmentType, hireDate: hireDate,
            ageBand: terms.ageBand, contractHours: terms.contractHours)
    }

    func staffGroup(_ value: ValueReader) -> Scenario.StaffGroup? {
        guard let m = value.mapping(keys: Self.staffGroupKeys) else { return nil }
        let role = m.required("role")?.choice(Scenario.Role.self)
        let count = m.required("count")?.int(in: 0...1000)
        let terms = StaffTerms(m)
        guard let role, let count else { return nil }
        return Scenario.StaffGroup(role: role, count: count, jobTitle: terms.jobTitle, department: terms.department,
                                   hourlyRate: terms.hourlyRate, employmentType: terms.employmentType,
                                   ageBand: terms.ageBand, contractHours: terms.contractHours)
    }

    /// What explicit staff and generated groups share.
    private struct StaffTerms {
        var jobTitle: String?
        var department: String?
        var hourlyRate: Money?
        var employmentType: Scenario.EmploymentType
        var ageBand: Scenario.AgeBand
        var contractHours: Int?

        init(_ m: MappingReader) {
            jobTitle = m.optionalString("job_title", maxLength: 100)
            department = m.optionalString("department", maxLength: 100)
            hourlyRate = m.optional("hourly_rate")?.money()
            employmentType = m.optional("employment_type")?.choice(Scenario.EmploymentType.self) ?? .partTime
            ageBand = m.optional("age_band")?.choice(Scenario.AgeBand.self) ?? .twentyOneAndOver
            contractHours = m.optional("contract_hours")?.int(in: 1...48)
        }
    }

    /// `day`, unless it is after `as_of` (logged): nothing can have happened after the last day.
    func notAfterAsOf(_ day: Day?, at reader: ValueReader) -> Day? {
        guard let day, let asOf, day > asOf else { return day }
        reader.error("expected a date on or before \(asOfName) (\(asOf)), got \(reader.found)")
        return nil
    }
}

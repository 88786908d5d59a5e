extension ScenarioYAML.Writer {
    func restaurant(_ r: Scenario.Restaurant) -> YAMLNode {
        map([
            ("name", text(r.name)), ("slug", text(r.slug)), ("business_type", text(r.businessType)),
            ("address", r.address.map(text)), ("phone", r.phone.map(text)), ("email", r.email.map(text)),
            ("tax_number", r.taxNumber.map(text)), ("logo_url", r.logoURL.map(text)), ("plan", text(r.plan)),
            ("opened_on", r.openedOn.map(day)),
            ("tax", map([("vat_rate", rate(r.tax.vatRate)), ("prices_include_vat", bool(r.tax.pricesIncludeVAT))])),
            ("service_charge", map([("rate", rate(r.serviceCharge.rate)), ("applies_to", texts(r.serviceCharge.appliesTo.map(\.rawValue))),
                                    ("bears_vat", bool(r.serviceCharge.bearsVAT))])),
            ("opening_hours", map(Scenario.OpeningHours.weekdayNames.enumerated().map { ($0.element, periods(r.openingHours.periods[$0.offset])) })),
            ("menu", map([("categories", list(r.categories.map(category))), ("items", list(r.items.map(item)))])),
            ("suppliers", list(r.suppliers.map(supplier))),
            ("staff", list(r.staff.map(staffMember))),
            ("generated_staff", list(r.generatedStaff.map(staffGroup))),
            ("inventory", map([("wastage_rate", rate(r.inventory.wastageRate)), ("unit_measure", text(r.inventory.unitMeasure))])),
            ("demand", demand(r.demand)),
            ("staffing", map([
                ("cooks", int(r.staffing.cooks)), ("front_of_house", int(r.staffing.frontOfHouse)),
                ("peak_front_of_house", int(r.staffing.peakFrontOfHouse)), ("labour_cost", range(r.staffing.labourBand)),
                ("orders_per_cook_hour", int(r.staffing.ordersPerCookHour)), ("orders_per_server_hour", int(r.staffing.ordersPerServerHour)),
            ])),
            ("tables", r.tables.map(tables)),
            ("delivery", map([
                ("fee", money(r.delivery.fee)), ("fee_name", text(r.delivery.feeName)), ("fee_sku", text(r.delivery.feeSKU)),
                ("minimum_order", money(r.delivery.minimumOrder)), ("cash_on_delivery", bool(r.delivery.cashOnDelivery)),
            ])),
            ("bank_holidays", map([("closed", bool(r.bankHolidays.closed)), ("demand", int(r.bankHolidays.demandPercent))])),
        ])
    }

    func category(_ c: Scenario.Category) -> YAMLNode {
        map([("name", text(c.name)), ("kind", text(c.kind.rawValue)), ("icon", c.icon.map(text)),
             ("display_order", int(c.displayOrder)), ("supplier", c.supplier.map(text))])
    }

    func item(_ i: Scenario.MenuItem) -> YAMLNode {
        map([
            ("name", text(i.name)), ("category", text(i.category)), ("description", i.description.map(text)),
            ("price", money(i.price)), ("cost", i.cost.map(money)), ("sku", text(i.sku)), ("image_url", i.imageURL.map(text)),
            ("track_inventory", bool(i.trackInventory)), ("vat_rate", i.vatRate.map(rate)), ("supplier", i.supplier.map(text)),
            ("wastage_rate", i.wastageRate.map(rate)), ("order_types", texts(i.orderTypes.map(\.rawValue))),
            ("available", i.availableTimes.map(periods)), ("available_from", i.availableFrom.map(day)),
            ("available_until", i.availableUntil.map(day)),
            ("happy_hour", i.happyHour.map { map([("times", periods($0.times)), ("price", money($0.price))]) }),
        ])
    }

    func supplier(_ s: Scenario.Supplier) -> YAMLNode {
        map([
            ("name", text(s.name)), ("contact_person", s.contactPerson.map(text)), ("email", s.email.map(text)),
            ("phone", s.phone.map(text)), ("address", s.address.map(text)), ("payment_terms", s.paymentTerms.map(text)),
            ("lead_time_days", int(s.leadTimeDays)),
            ("delivery_days", texts(s.deliveryDays.map { Scenario.OpeningHours.weekdayNames[$0 - 1] })),
        ])
    }

    func staffMember(_ m: Scenario.StaffMember) -> YAMLNode {
        map(person(m.person) + [
            ("role", text(m.role.rawValue)), ("job_title", m.jobTitle.map(text)), ("department", m.department.map(text)),
            ("hourly_rate", m.hourlyRate.map(money)), ("salary", m.salary.map(money)),
            ("employment_type", text(m.employmentType.rawValue)), ("hire_date", m.hireDate.map(day)),
            ("age_band", text(m.ageBand.rawValue)), ("contract_hours", m.contractHours.map(int)),
        ])
    }

    func staffGroup(_ g: Scenario.StaffGroup) -> YAMLNode {
        map([
            ("role", text(g.role.rawValue)), ("count", int(g.count)), ("job_title", g.jobTitle.map(text)),
            ("department", g.department.map(text)), ("hourly_rate", g.hourlyRate.map(money)),
            ("employment_type", text(g.employmentType.rawValue)), ("age_band", text(g.ageBand.rawValue)),
            ("contract_hours", g.contractHours.map(int)),
        ])
    }

    func demand(_ d: Scenario.Demand) -> YAMLNode {
        map([
            ("orders_per_day", map(Scenario.OpeningHours.weekdayNames.enumerated().map { ($0.element, int(d.ordersPerDay[$0.offset])) })),
            ("lunch_peak", time(d.lunchPeak)), ("dinner_peak", time(d.dinnerPeak)), ("lunch_share", rate(d.lunchShare)),
            ("monthly_growth", rate(d.monthlyGrowth)), ("noise", rate(d.noise)),
            ("order_types", weights(d.orderTypes.map { ($0.0.rawValue, $0.1) })), ("payment_methods", weights(d.paymentMethods)),
            ("party_size", range(d.partySize)), ("cancellation_rate", rate(d.cancellationRate)),
            ("refund_rate", rate(d.refundRate)), ("discount_rate", rate(d.discountRate)),
        ])
    }

    /// Runs of tables with the same seats, as `{seats, count}` groups in table order.
    func tables(_ seats: [Int]) -> YAMLNode {
        var groups: [(seats: Int, count: Int)] = []
        for seat in seats {
            // A group holds at most 200 tables, as the parser reads them.
            if let last = groups.last, last.seats == seat, last.count < 200 {
                groups[groups.count - 1].count += 1
            } else {
                groups.append((seat, 1))
            }
        }
        return list(groups.map { map([("seats", int($0.seats)), ("count", int($0.count))]) })
    }
}

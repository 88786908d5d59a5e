extension ScenarioParser {
    /// Warnings about a restaurant that parsed without errors: what is lawful to write but would
    /// not convince a restaurateur, or would make its history lose what its demand asks for.
    func warnAboutRealism(_ restaurant: Scenario.Restaurant, at value: ValueReader) {
        guard let asOf else { return }
        let history = asOf.adding(days: -(historyDays - 1))...asOf
        warnAboutPay(restaurant, at: value, history: history)
        if !restaurant.tax.pricesIncludeVAT, let reader = value.child("tax")?.child("prices_include_vat") {
            reader.warning("UK menus for consumers must show prices including VAT (Price Marking Order 2004); "
                + "false adds VAT at the till")
        }
        if restaurant.serviceCharge.rate > .zero, restaurant.serviceCharge.appliesTo.contains(.takeaway),
           let reader = value.child("service_charge")?.child("applies_to") {
            reader.warning("a service charge on takeaway orders is not what UK restaurants do; it is not added to them")
        }
        let categorySupplier = Dictionary(uniqueKeysWithValues: restaurant.categories.map { ($0.name, $0.supplier) })
        for (index, item) in restaurant.items.enumerated()
        where item.trackInventory && item.supplier == nil && (categorySupplier[item.category] ?? nil) == nil {
            value.child("menu")?.child("items")?.element(index)?.warning(
                "\(quoted(item.name)) is tracked in stock but has no supplier (nor has its category): "
                    + "it will sell out and never be restocked")
        }
        warnAboutStaffing(restaurant, at: value, history: history)
    }

    /// Hourly rates below the minimum wage in force during the history for the age band.
    private func warnAboutPay(_ restaurant: Scenario.Restaurant, at value: ValueReader, history: ClosedRange<Day>) {
        let terms = restaurant.staff.enumerated().map { ("staff", $0.offset, $0.element.hourlyRate, $0.element.ageBand) }
            + restaurant.generatedStaff.enumerated().map { ("generated_staff", $0.offset, $0.element.hourlyRate, $0.element.ageBand) }
        for (list, index, rate, band) in terms {
            guard let rate else { continue }
            let floor = NationalLivingWage.floor(on: history.upperBound, band: band)
            guard rate < floor, let reader = value.child(list)?.element(index)?.child("hourly_rate") else { continue }
            let who = band == .twentyOneAndOver ? "workers aged 21 and over" : "workers aged \(band.rawValue)"
            reader.warning("£\(rate) an hour is below the minimum wage for \(who) in force on \(history.upperBound) (£\(floor))"
                + (band == .twentyOneAndOver ? "; give age_band if they are younger" : ""))
        }
    }

    /// Plans the last seven days of history with the scenario's own staff: a shift nobody can work
    /// means demand the restaurant cannot serve; a shift worked only over someone's contract
    /// means its contracts are too small for its demand.
    private func warnAboutStaffing(_ restaurant: Scenario.Restaurant, at value: ValueReader, history: ClosedRange<Day>) {
        // A restaurant without any staff has its own warning: one per shift would only repeat it.
        guard !restaurant.staff.isEmpty || restaurant.generatedStaff.contains(where: { $0.count > 0 }) else { return }
        let staff = StaffRecord.planningRoster(of: restaurant)
        let demand = DemandModel(demand: restaurant.demand, hours: restaurant.openingHours, asOf: history.upperBound,
                                 holidays: restaurant.bankHolidays)
        // The last seven days of history, each Monday-to-Sunday week planned as the rota plans it.
        let lastDays = (0..<7).map { history.upperBound.adding(days: $0 - 6) }.filter { history.contains($0) }
        let planner = ShiftPlanner(restaurant: restaurant, staff: staff, demand: demand)
        var unfilled: [(Day, ShiftTemplate)] = [], overContract: [(Day, ShiftTemplate)] = []
        for week in Dictionary(grouping: lastDays, by: { $0.adding(days: 1 - $0.isoWeekday) }).sorted(by: { $0.key < $1.key }) {
            let plan = planner.plan(days: week.value, stream: RandomStream(seed: 0))
            unfilled += plan.unfilled
            overContract += plan.overContract
        }
        let reader = value.child("generated_staff") ?? value.child("staff") ?? value
        var reported = Set<String>()
        for (day, template) in (unfilled + overContract).sorted(by: { ($0.0, $0.1.start) < ($1.0, $1.1.start) }) {
            let weekday = Scenario.OpeningHours.weekdayNames[day.isoWeekday - 1]
            let kind = template.group == .kitchen ? "cook" : "front-of-house"
            let problem = unfilled.contains { $0.0 == day && $0.1.start == template.start && $0.1.group == template.group }
                ? "nobody is free to work it, so demand there cannot be served"
                : "only someone over their contract hours can work it"
            let message = "\(restaurant.name) on \(weekday)s: the \(clock(template.start))–\(clock(template.end)) \(kind) shift: \(problem)"
            if reported.insert(message).inserted { reader.warning(message) }
        }
    }

    private func clock(_ minutes: Int) -> String { "\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))" }
}

extension StaffRecord {
    /// Stand-ins for everyone a restaurant's scenario names or asks to generate, in roster order.
    static func planningRoster(of restaurant: Scenario.Restaurant) -> [StaffRecord] {
        var staff: [StaffRecord] = []
        for member in restaurant.staff {
            staff.append(.planning(staff.count, member.role, member.employmentType, member.hourlyRate, member.contractHours))
        }
        for group in restaurant.generatedStaff {
            for _ in 0..<group.count {
                staff.append(.planning(staff.count, group.role, group.employmentType, group.hourlyRate, group.contractHours))
            }
        }
        return staff
    }

    /// A stand-in with only what the rota reads, for checking a scenario's staffing before any
    /// staff are generated.
    static func planning(_ index: Int, _ role: Scenario.Role, _ type: Scenario.EmploymentType, _ rate: Money?, _ hours: Int?) -> StaffRecord {
        let epoch = Timestamp(secondsSinceEpoch: 0)
        return StaffRecord(
            userID: index, employeeID: index, employeeNumber: "", firstName: "", lastName: "", email: "", phone: nil,
            role: role, jobTitle: nil, department: nil, hourlyRate: rate, salary: nil, employmentType: type,
            hireDate: Day(daysSinceEpoch: 0), createdAt: epoch, emergencyContactName: "", emergencyContactPhone: "",
            lastLogin: epoch, ageBand: .twentyOneAndOver, contractHours: hours)
    }
}

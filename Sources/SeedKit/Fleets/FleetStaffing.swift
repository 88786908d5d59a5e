/// Sizes a fleet restaurant's staff from its demand: enough cooks and front-of-house, at 30
/// contracted hours a week, for the rota of its busiest weeks, so no shift goes unfilled and
/// nobody is rostered past their contract.
///
/// The rota is the history's own (``ShiftPlanner``), planned on the last week of history with
/// demand raised to the busiest month's and a bank holiday's, checked as the scenario warnings
/// check it. Extra people cost nothing (pay follows the shifts worked), so the size errs high.
enum FleetStaffing {
    static let contractHours = 30

    static func size(_ restaurant: inout Scenario.Restaurant, pack: CuisinePack, asOf: Day, historyDays: Int) {
        var busiest = restaurant
        let peak = (DemandModel.season.max() ?? 1) / DemandModel.season[asOf.civil.month - 1]
            * Double(max(100, restaurant.bankHolidays.demandPercent)) / 100
        busiest.demand.ordersPerDay = restaurant.demand.ordersPerDay.map { Int((Double($0) * peak).rounded(.up)) }
        let demand = DemandModel(demand: busiest.demand, hours: busiest.openingHours, asOf: asOf, holidays: busiest.bankHolidays)
        let week = (0..<7).map { asOf.adding(days: $0 - 6) }

        // A first guess from the hours the week's shifts need.
        let planner = ShiftPlanner(restaurant: busiest, staff: [], demand: demand)
        var minutes: [Bool: Int] = [:]
        for day in week {
            for template in planner.templates(on: day) { minutes[template.group == .kitchen, default: 0] += template.end - template.start }
        }
        let perPerson = Double(contractHours * 60)
        var cooks = max(2, Int((Double(minutes[true] ?? 0) / perPerson).rounded(.up)))
        // The salaried manager works 35–45 hours of the floor.
        var floor = max(2, Int((Double(max(0, (minutes[false] ?? 0) - 40 * 60)) / perPerson).rounded(.up)))
        for _ in 0..<60 {
            restaurant.generatedStaff = groups(pack, cooks: cooks, floor: floor)
            busiest.generatedStaff = restaurant.generatedStaff
            let short = shortfall(busiest, demand: demand, days: week)
            if !short.kitchen && !short.floor { break }
            if short.kitchen { cooks += 1 }
            if short.floor { floor += 1 }
        }
        // One more in six (at least one) for holidays, sickness and busier weeks than the last;
        // and on the busiest day, people off to call in for a no-show (a sixth of the day's
        // shifts, two at least), or a floor shift nobody can cover leaves the kitchen or the
        // till shut. The salaried head chef and manager work one shift of their kind's each.
        var busiestDay: [Bool: Int] = [:]
        for day in week {
            var shifts: [Bool: Int] = [:]
            for template in planner.templates(on: day) { shifts[template.group == .kitchen, default: 0] += 1 }
            for (kitchen, count) in shifts { busiestDay[kitchen] = max(busiestDay[kitchen] ?? 0, count) }
        }
        func withCallIns(_ count: Int, kitchen: Bool) -> Int {
            let most = busiestDay[kitchen] ?? 0
            return max(count + max(1, count / 6), most + max(2, (most + 5) / 6) - 1)
        }
        restaurant.generatedStaff = groups(pack, cooks: withCallIns(cooks, kitchen: true), floor: withCallIns(floor, kitchen: false))
    }

    static func groups(_ pack: CuisinePack, cooks: Int, floor: Int) -> [Scenario.StaffGroup] {
        [
            Scenario.StaffGroup(role: .cook, count: cooks, jobTitle: pack.cook.title, department: pack.cook.department,
                                hourlyRate: Money(minorUnits: Int64(pack.cook.rate)), employmentType: .partTime,
                                contractHours: contractHours),
            Scenario.StaffGroup(role: .server, count: floor, jobTitle: pack.frontOfHouse.title, department: pack.frontOfHouse.department,
                                hourlyRate: Money(minorUnits: Int64(pack.frontOfHouse.rate)), employmentType: .partTime,
                                contractHours: contractHours),
        ]
    }

    /// Whether the week's rota leaves a kitchen or floor shift unfilled, or filled only past a contract.
    static func shortfall(_ restaurant: Scenario.Restaurant, demand: DemandModel, days: [Day]) -> (kitchen: Bool, floor: Bool) {
        let staff = StaffRecord.planningRoster(of: restaurant)
        let planner = ShiftPlanner(restaurant: restaurant, staff: staff, demand: demand)
        var kitchen = false, floor = false
        for week in Dictionary(grouping: days, by: { $0.adding(days: 1 - $0.isoWeekday) }).values {
            let plan = planner.plan(days: week.sorted(), stream: RandomStream(seed: 0))
            for (_, template) in plan.unfilled + plan.overContract {
                if template.group == .kitchen { kitchen = true } else { floor = true }
            }
        }
        return (kitchen, floor)
    }
}

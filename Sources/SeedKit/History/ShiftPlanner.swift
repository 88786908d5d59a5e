/// Plans a restaurant's week: which employees work which shifts, covering the opening hours
/// with the scenario's staffing rules.
///
/// Each open day gets shifts from 30 minutes before opening to 30 minutes after closing; a day
/// longer than nine hours is split into an early and a late shift overlapping by two hours in
/// the middle. Every shift gets the `staffing` number of cooks and front-of-house staff (more at
/// the lunch or dinner peak), and the shift covering the dinner peak a manager when there is
/// one (managers work only their contracted days). Employees work at most one shift a day, only
/// after their hire date, and are spread across the week (full time up to 5 shifts, contract 4,
/// part time 3) before anyone is given more.
struct ShiftPlanner {
    let tenant: Tenant

    /// The shifts of the history days in one week, in day and start order.
    func plan(days: [Day], stream: RandomStream) -> [RosteredShift] {
        var draws = stream
        // A random tie-break per employee for this week, drawn in roster order.
        let tieBreak = tenant.staff.map { _ in draws.next() }
        var shiftsThisWeek = [Int](repeating: 0, count: tenant.staff.count)
        var shifts: [RosteredShift] = []
        for day in days {
            var busy = Set<Int>()
            for template in templates(on: day) {
                for (group, count) in needs(template) {
                    let chosen = choose(count, from: group, on: day, busy: busy, load: shiftsThisWeek, tieBreak: tieBreak)
                    for index in chosen {
                        busy.insert(index)
                        shiftsThisWeek[index] += 1
                        let member = tenant.staff[index]
                        let length = template.end - template.start
                        shifts.append(RosteredShift(
                            day: day, member: member, start: template.start, end: template.end,
                            breakMinutes: length >= 6 * 60 ? 30 : 0, position: group.position(of: member.role),
                            attendance: nil))
                    }
                }
            }
        }
        return shifts
    }

    /// The shift windows of a day, in minutes after midnight.
    func templates(on day: Day) -> [ShiftTemplate] {
        let periods = tenant.restaurant.openingHours.periods(on: day)
        guard let first = periods.first, let last = periods.last else { return [] }
        let start = max(0, first.open.minutesSinceMidnight - 30)
        let end = min(23 * 60 + 59, last.close.minutesSinceMidnight + 30)
        let demand = tenant.restaurant.demand
        func covers(_ window: ClosedRange<Int>) -> (peak: Bool, dinner: Bool) {
            let dinner = window.contains(demand.dinnerPeak.minutesSinceMidnight)
            return (window.contains(demand.lunchPeak.minutesSinceMidnight) || dinner, dinner)
        }
        guard end - start > 9 * 60 else {
            let coverage = covers(start...end)
            return [ShiftTemplate(start: start, end: end, coversPeak: coverage.peak, coversDinner: coverage.dinner)]
        }
        let middle = (start + end) / 2 / 15 * 15
        return [(start, middle + 60), (middle - 60, end)].map { window in
            let coverage = covers(window.0...window.1)
            return ShiftTemplate(start: window.0, end: window.1, coversPeak: coverage.peak, coversDinner: coverage.dinner)
        }
    }

    private func needs(_ template: ShiftTemplate) -> [(StaffGroup, Int)] {
        let staffing = tenant.restaurant.staffing
        return [
            (.management, template.coversDinner ? 1 : 0),
            (.kitchen, staffing.cooks),
            (.frontOfHouse, template.coversPeak ? max(staffing.peakFrontOfHouse, staffing.frontOfHouse) : staffing.frontOfHouse),
        ]
    }

    /// Up to `count` employees of `group` free on `day`: those under their weekly cap first,
    /// fewest shifts first, then by this week's tie-break.
    private func choose(_ count: Int, from group: StaffGroup, on day: Day, busy: Set<Int>, load: [Int], tieBreak: [UInt64]) -> [Int] {
        guard count > 0 else { return [] }
        let candidates = tenant.staff.indices.filter { index in
            let member = tenant.staff[index]
            return group.includes(member.role) && member.hireDate <= day && !busy.contains(index)
        }
        // Managers work their contracted days only; the floor and the kitchen are covered even
        // when that means someone works extra days.
        let eligible = group == .management ? candidates.filter { load[$0] < weeklyCap(tenant.staff[$0]) } : candidates
        let ranked = eligible.sorted { a, b in
            let overA = load[a] >= weeklyCap(tenant.staff[a]), overB = load[b] >= weeklyCap(tenant.staff[b])
            if overA != overB { return !overA }
            if load[a] != load[b] { return load[a] < load[b] }
            return tieBreak[a] < tieBreak[b]
        }
        return Array(ranked.prefix(count))
    }

    private func weeklyCap(_ member: StaffRecord) -> Int {
        switch member.employmentType {
        case .fullTime: 5
        case .contract: 4
        case .partTime: 3
        }
    }
}

/// A shift window of one day.
struct ShiftTemplate {
    let start: Int
    let end: Int
    let coversPeak: Bool
    let coversDinner: Bool
}

/// The kinds of work the planner staffs.
enum StaffGroup {
    case management, kitchen, frontOfHouse

    func includes(_ role: Scenario.Role) -> Bool {
        switch self {
        case .management: role == .manager || role == .restaurantOwner
        case .kitchen: role == .cook
        case .frontOfHouse: role == .cashier || role == .server
        }
    }

    /// `shifts.position` for a member of this group.
    func position(of role: Scenario.Role) -> String {
        self == .management ? "manager" : role.rawValue
    }
}

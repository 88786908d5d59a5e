/// Cover for no-shows: when someone on a day's floor shift (the cook or front-of-house the
/// restaurant cannot open without) does not turn up, the manager calls in a colleague of the
/// same kind who is free then (an hour clear of their other shifts that day, ten hours a day at
/// most), has room in their contract and was hired by then
/// (fewest hours this week first). The colleague works the same shift, and always turns up.
/// When nobody can come, the shift stays uncovered: the kitchen stops taking orders while no
/// cook is working, and the till while no front-of-house is (``DayGenerator``).
///
/// Hard cap: at most one call-in per no-show, so a day has at most twice its planned shifts.
enum CallIns {
    /// The day's shifts with a call-in after each floor no-show that someone could cover.
    static func cover(_ today: [RosteredShift], on day: Day, week: [RosteredShift], tenant: Tenant) -> [RosteredShift] {
        // Staff are counted by their place in the roster, whose employee ids are consecutive.
        let staff = tenant.staff
        let firstID = staff.first?.employeeID ?? 0
        precondition(staff.indices.allSatisfy { staff[$0].employeeID == firstID + $0 }, "a roster's employee ids are consecutive")
        func place(_ member: StaffRecord) -> Int { member.employeeID - firstID }
        var minutes = [Int](repeating: 0, count: staff.count)
        for shift in week { minutes[place(shift.member)] += shift.scheduledMinutes }
        for shift in today { minutes[place(shift.member)] += shift.scheduledMinutes }
        var working = [[Range<Int>]](repeating: [], count: staff.count)
        for shift in today { working[place(shift.member)].append(shift.start..<shift.end) }
        func isFree(_ member: Int, for shift: Range<Int>) -> Bool {
            let taken = working[member]
            return taken.reduce(shift.count, { $0 + $1.count }) <= 10 * 60
                && taken.allSatisfy { $0.upperBound + 60 <= shift.lowerBound || shift.upperBound + 60 <= $0.lowerBound }
        }
        var result: [RosteredShift] = []
        result.reserveCapacity(today.count)
        for (index, shift) in today.enumerated() {
            result.append(shift)
            guard shift.attendance == nil, shift.isFloor else { continue }
            let group: StaffGroup = shift.isKitchen ? .kitchen : .frontOfHouse
            var chosen: Int?
            for member in staff.indices where group.includes(staff[member]) && staff[member].hireDate <= day
                && isFree(member, for: shift.start..<shift.end)
                && minutes[member] + shift.scheduledMinutes <= ShiftAssignment.maximumMinutes(staff[member]) {
                // Fewest minutes this week first, then the lower employee id.
                if chosen.map({ minutes[member] < minutes[$0] }) ?? true { chosen = member }
            }
            guard let chosen else { continue }
            let member = staff[chosen]
            working[chosen].append(shift.start..<shift.end)
            minutes[chosen] += shift.scheduledMinutes
            let callIn = RosteredShift(
                day: day, member: member, start: shift.start, end: shift.end, breakMinutes: shift.breakMinutes,
                breakAt: shift.breakAt, position: group.position(of: member.role), attendance: nil, isFloor: true,
                notes: "Called in to cover a no-show", isCallIn: true)
            result += AttendanceGenerator.attend(
                [callIn], stream: tenant.stream.derive("call-in", day.description, String(index)), calledIn: true)
        }
        return result
    }
}

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
        var result: [RosteredShift] = []
        var minutes = [Int: Int]()
        for shift in week + today { minutes[shift.member.employeeID, default: 0] += shift.scheduledMinutes }
        var working: [Int: [Range<Int>]] = [:]
        for shift in today { working[shift.member.employeeID, default: []].append(shift.start..<shift.end) }
        func isFree(_ member: StaffRecord, for shift: Range<Int>) -> Bool {
            let taken = working[member.employeeID] ?? []
            return taken.reduce(shift.count, { $0 + $1.count }) <= 10 * 60
                && taken.allSatisfy { $0.upperBound + 60 <= shift.lowerBound || shift.upperBound + 60 <= $0.lowerBound }
        }
        for (index, shift) in today.enumerated() {
            result.append(shift)
            guard shift.attendance == nil, shift.isFloor else { continue }
            let group: StaffGroup = shift.isKitchen ? .kitchen : .frontOfHouse
            let candidates = tenant.staff.filter { member in
                group.includes(member) && member.hireDate <= day && isFree(member, for: shift.start..<shift.end)
                    && minutes[member.employeeID, default: 0] + shift.scheduledMinutes <= ShiftAssignment.maximumMinutes(member)
            }
            guard let member = candidates.min(by: {
                (minutes[$0.employeeID, default: 0], $0.employeeID) < (minutes[$1.employeeID, default: 0], $1.employeeID)
            }) else { continue }
            working[member.employeeID, default: []].append(shift.start..<shift.end)
            minutes[member.employeeID, default: 0] += shift.scheduledMinutes
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

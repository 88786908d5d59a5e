/// Plans a restaurant's week from forecast demand: which shifts each day needs, and who works
/// them.
///
/// Each open stretch of a day (periods less than two hours apart are one stretch) is staffed
/// from 30 minutes before it opens to 30 minutes after it closes. The floor of each kind of
/// work (`staffing.cooks` cooks and `staffing.front_of_house` front-of-house) covers the whole
/// stretch: one shift when it is six hours or less, else an early and a late shift overlapping
/// by two hours, in which their breaks fall one after the other, so the floor never empties.
/// Above the floor, the forecast orders of each quarter hour (``DemandModel/forecast(on:)``)
/// over what one person handles in an hour (`orders_per_cook_hour`, `orders_per_server_hour`)
/// give the extra people needed; each run of need becomes a peak shift of four to six hours.
/// ``ShiftAssignment`` then gives the shifts to people.
struct ShiftPlanner {
    let restaurant: Scenario.Restaurant
    let staff: [StaffRecord]
    let demand: DemandModel

    /// The shifts of the history days in one week, in day and start order.
    func shifts(days: [Day], stream: RandomStream) -> [RosteredShift] {
        plan(days: days, stream: stream).shifts
    }

    /// The week's shifts, and the shifts nobody could be given (or only over their contract).
    func plan(days: [Day], stream: RandomStream) -> (shifts: [RosteredShift], unfilled: [(Day, ShiftTemplate)], overContract: [(Day, ShiftTemplate)]) {
        var assignment = ShiftAssignment(staff: staff, days: days, stream: stream)
        var shifts: [RosteredShift] = []
        var unfilled: [(Day, ShiftTemplate)] = [], overContract: [(Day, ShiftTemplate)] = []
        for day in days {
            for template in templates(on: day) {
                guard let assigned = assignment.assign(template, on: day) else {
                    unfilled.append((day, template))
                    continue
                }
                let (member, withinContract) = assigned
                if !withinContract { overContract.append((day, template)) }
                let length = template.end - template.start
                shifts.append(RosteredShift(
                    day: day, member: member, start: template.start, end: template.end,
                    breakMinutes: length > 6 * 60 ? 30 : 0, breakAt: length > 6 * 60 ? template.breakAt : nil,
                    position: template.group.position(of: member.role), attendance: nil, isFloor: template.isFloor))
            }
        }
        return (shifts.sorted { ($0.day, $0.start, $0.end) < ($1.day, $1.start, $1.end) }, unfilled, overContract)
    }

    /// The day's shifts, unassigned: floor shifts first, then peak shifts.
    func templates(on day: Day) -> [ShiftTemplate] {
        let staffing = restaurant.staffing
        let forecast = demand.forecast(on: day)
        var templates: [ShiftTemplate] = []
        for stretch in stretches(on: day) {
            for group in [StaffGroup.kitchen, .frontOfHouse] {
                let floor = group == .kitchen ? staffing.cooks : staffing.frontOfHouse
                let capacity = Double(group == .kitchen ? staffing.ordersPerCookHour : staffing.ordersPerServerHour)
                for _ in 0..<floor { templates += floorShifts(group, stretch) }
                var need = [Int](repeating: 0, count: 96)
                for quarter in stretch.lowerBound / 15..<min(96, (stretch.upperBound + 14) / 15) {
                    need[quarter] = Int((forecast[quarter] * 4 / capacity - 0.05).rounded(.up))
                    if group == .frontOfHouse && nearPeak(quarter) && forecast[quarter] > 0 {
                        need[quarter] = max(need[quarter], staffing.peakFrontOfHouse)
                    }
                }
                let most = min(need.max() ?? 0, ShiftPlanner.peakLayers(above: floor) + floor)
                if most > floor {
                    for layer in (floor + 1)...most { templates += peakShifts(group, need: need, layer: layer, within: stretch) }
                }
            }
        }
        return Array(templates.prefix(Self.maximumShiftsPerDay(restaurant.staffing)))
    }

    /// At most this many people of a kind above a floor of up to six at once.
    static let maximumPeakLayers = 6

    /// At most this many people of a kind above `floor` at once: six, or as many again as a
    /// bigger floor (a big restaurant's peaks are as much bigger).
    static func peakLayers(above floor: Int) -> Int { max(maximumPeakLayers, floor) }

    /// Hard cap on a day's planned shifts (floor shifts come first, so only peak shifts are ever
    /// cut); with call-ins a day has at most twice this many `shifts` rows. Four shifts for each
    /// person of the floors and each peak layer (two stretches a day, each in up to two pieces),
    /// and never below 64: the cap of a restaurant whose floors are one or two people of a kind.
    static func maximumShiftsPerDay(_ staffing: Scenario.Staffing) -> Int {
        let people = staffing.cooks + staffing.frontOfHouse + peakLayers(above: staffing.cooks) + peakLayers(above: staffing.frontOfHouse)
        return max(64, 4 * people)
    }

    /// The day's staffed stretches, in minutes: open periods less than two hours apart joined,
    /// widened by 30 minutes each side.
    func stretches(on day: Day) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for period in demand.periods(on: day) {
            let start = max(0, period.open.minutesSinceMidnight - 30), end = min(23 * 60 + 59, period.close.minutesSinceMidnight + 30)
            if let last = result.last, start - last.upperBound < 60 {
                result[result.count - 1] = last.lowerBound..<end
            } else {
                result.append(start..<end)
            }
        }
        return result
    }

    private func floorShifts(_ group: StaffGroup, _ stretch: Range<Int>) -> [ShiftTemplate] {
        guard stretch.count > 6 * 60 else {
            return [ShiftTemplate(group: group, start: stretch.lowerBound, end: stretch.upperBound, breakAt: nil, isFloor: true)]
        }
        let middle = (stretch.lowerBound + stretch.upperBound) / 2 / 15 * 15
        let overlap = middle - 60
        return [
            ShiftTemplate(group: group, start: stretch.lowerBound, end: middle + 60, breakAt: overlap + 30, isFloor: true),
            ShiftTemplate(group: group, start: overlap, end: stretch.upperBound, breakAt: overlap + 75, isFloor: true),
        ]
    }

    /// Shifts for the quarter hours needing at least `layer` people: runs less than an hour
    /// apart joined, each at least four hours long and cut into pieces of at most six.
    private func peakShifts(_ group: StaffGroup, need: [Int], layer: Int, within stretch: Range<Int>) -> [ShiftTemplate] {
        var runs: [Range<Int>] = []
        for quarter in need.indices where need[quarter] >= layer {
            let minutes = quarter * 15..<quarter * 15 + 15
            if let last = runs.last, minutes.lowerBound - last.upperBound <= 60 {
                runs[runs.count - 1] = last.lowerBound..<minutes.upperBound
            } else {
                runs.append(minutes)
            }
        }
        var shifts: [ShiftTemplate] = []
        for run in runs {
            var start = run.lowerBound, end = run.upperBound
            if end - start < 4 * 60 {
                let centre = (start + end) / 2
                start = max(stretch.lowerBound, centre - 120)
                end = min(stretch.upperBound, start + 240)
                start = max(stretch.lowerBound, end - 240)
            }
            let pieces = (end - start + 6 * 60 - 1) / (6 * 60)
            let length = (end - start) / pieces / 15 * 15
            for piece in 0..<pieces {
                let from = start + piece * length
                shifts.append(ShiftTemplate(group: group, start: from, end: piece == pieces - 1 ? end : from + length, breakAt: nil, isFloor: false))
            }
        }
        return shifts
    }

    private func nearPeak(_ quarter: Int) -> Bool {
        let minute = quarter * 15 + 7
        let peaks = [restaurant.demand.lunchPeak, restaurant.demand.dinnerPeak]
        return peaks.contains { abs($0.minutesSinceMidnight - minute) <= 45 }
    }
}

/// A shift one day needs, before anyone is given it.
struct ShiftTemplate {
    let group: StaffGroup
    let start: Int
    let end: Int
    /// When its break starts, for a shift long enough to have one.
    let breakAt: Int?
    /// Part of the day's floor (a no-show there is covered by a call-in).
    let isFloor: Bool
}

/// The kinds of work the planner staffs.
enum StaffGroup {
    case kitchen, frontOfHouse

    /// Cooks work the kitchen; cashiers, servers, managers and hourly-paid owners the floor.
    func includes(_ member: StaffRecord) -> Bool {
        switch self {
        case .kitchen: member.role == .cook
        case .frontOfHouse:
            member.role == .cashier || member.role == .server || member.role == .manager
                || (member.role == .restaurantOwner && member.hourlyRate != nil)
        }
    }

    /// `shifts.position` for a member of this group.
    func position(of role: Scenario.Role) -> String {
        switch role {
        case .manager, .restaurantOwner: "manager"
        default: role.rawValue
        }
    }
}

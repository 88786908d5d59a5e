/// Gives a week's shifts to people, keeping contracts: full-time staff work 35–45 hours, part
/// time and contract staff at most their contract hours (`contract_hours`, else 24 and 40).
/// Nobody works before being hired, or two shifts a day unless they are an hour or more apart
/// (a split shift at a restaurant closed in the afternoon), and nobody more than ten hours a day. Full-time staff short of 35 hours are
/// chosen first (the most hours short per day left first), then whoever has worked least.
struct ShiftAssignment {
    let staff: [StaffRecord]
    let days: [Day]
    private var minutes: [Int]
    /// Today's shifts of each employee (by position in ``staff``), as minute ranges.
    private var today: [[Range<Int>]]
    private var busyDay: Day?
    private let tieBreak: [UInt64]
    /// What ``choose(_:during:on:length:)`` asks of each member, read once: a rota asks it of
    /// every member for every shift, and copying a ``StaffRecord`` each time cost most of it.
    private let kitchen: [Bool], frontOfHouse: [Bool], fullTime: [Bool], hired: [Day], maximum: [Int]

    init(staff: [StaffRecord], days: [Day], stream: RandomStream) {
        self.staff = staff
        self.days = days
        var draws = stream
        // A random tie-break per employee for this week, drawn in roster order.
        tieBreak = staff.map { _ in draws.next() }
        minutes = Array(repeating: 0, count: staff.count)
        today = Array(repeating: [], count: staff.count)
        kitchen = staff.map { StaffGroup.kitchen.includes($0) }
        frontOfHouse = staff.map { StaffGroup.frontOfHouse.includes($0) }
        fullTime = staff.map { $0.employmentType == .fullTime }
        hired = staff.map(\.hireDate)
        maximum = staff.map(Self.maximumMinutes)
    }

    /// The most minutes a week `member`'s contract allows.
    static func maximumMinutes(_ member: StaffRecord) -> Int {
        switch member.employmentType {
        case .fullTime: 45 * 60
        case .partTime: (member.contractHours ?? 24) * 60
        case .contract: (member.contractHours ?? 40) * 60
        }
    }

    /// Minutes a full-time contract needs each week.
    static let fullTimeMinimum = 35 * 60

    /// Someone for `template` on `day`, recorded as working it, and whether the shift keeps
    /// within their contract; nil when nobody of its kind is free.
    mutating func assign(_ template: ShiftTemplate, on day: Day) -> (StaffRecord, Bool)? {
        if busyDay != day {
            for index in today.indices { today[index].removeAll(keepingCapacity: true) }
            busyDay = day
        }
        let length = template.end - template.start - (template.end - template.start > 6 * 60 ? 30 : 0)
        guard let index = choose(template.group, during: template.start..<template.end, on: day, length: length) else { return nil }
        today[index].append(template.start..<template.end)
        minutes[index] += length
        return (staff[index], minutes[index] <= maximum[index])
    }

    /// Whether `index` can also work `shift` today: an hour clear of their other shifts, and
    /// ten hours in all at most.
    private func isFree(_ index: Int, for shift: Range<Int>) -> Bool {
        let taken = today[index]
        let total = taken.reduce(shift.count) { $0 + $1.count }
        return total <= 10 * 60 && taken.allSatisfy { $0.upperBound + 60 <= shift.lowerBound || shift.upperBound + 60 <= $0.lowerBound }
    }

    /// The best free member of `group` for a shift of `length` minutes on `day`: of those with
    /// room in their contract if any (else of all who are free), full-time staff furthest short
    /// of their 35 hours a day left first, then whoever has worked least, then the tie-break.
    func choose(_ group: StaffGroup, during shift: Range<Int>, on day: Day, length: Int) -> Int? {
        var remaining = 0
        for other in days where other >= day { remaining += 1 }
        let daysLeft = Double(max(1, remaining))
        func shortfall(_ index: Int) -> Double {
            guard fullTime[index] else { return 0 }
            return Double(max(0, Self.fullTimeMinimum - minutes[index])) / daysLeft
        }
        func precedes(_ a: Int, _ b: Int) -> Bool {
            let shortA = shortfall(a), shortB = shortfall(b)
            if shortA != shortB { return shortA > shortB }
            if minutes[a] != minutes[b] { return minutes[a] < minutes[b] }
            return tieBreak[a] < tieBreak[b]
        }
        let member = group == .kitchen ? kitchen : frontOfHouse
        var bestWithin: Int?, bestFree: Int?
        for index in staff.indices where member[index] && hired[index] <= day && isFree(index, for: shift) {
            if minutes[index] + length <= maximum[index] {
                if bestWithin.map({ precedes(index, $0) }) ?? true { bestWithin = index }
            } else if bestWithin == nil {
                if bestFree.map({ precedes(index, $0) }) ?? true { bestFree = index }
            }
        }
        return bestWithin ?? bestFree
    }
}

/// A restaurant's staff time for one week: the published schedule, its shifts, and the time
/// tracking of every shift that was worked. Shifts after `as_of` (the rest of its week) are
/// `scheduled`, with no attendance yet; on the day a history cut at a minute ends, what the
/// shifts look like then (``WeekGenerator/status(of:cut:)``).
struct WeekGenerator {
    let tenant: Tenant
    let senior: Int
    let demand: DemandModel
    /// Where history ends.
    var end: HistoryEnd

    /// Emits the week's rows and returns its shifts (with attendance) for the day generator.
    func generate(weekStart: Day, days: [Day], counters: inout IDCounters, emit: RowEmitter) throws -> [RosteredShift] {
        let planner = ShiftPlanner(restaurant: tenant.restaurant, staff: tenant.staff, demand: demand)
        let planned = planner.shifts(days: days, stream: tenant.stream.derive("roster", weekStart.description))
        var shifts: [RosteredShift] = []
        for day in days {
            let today = planned.filter { $0.day == day }
            guard day <= demand.asOf else {
                shifts += today
                continue
            }
            let attended = AttendanceGenerator.attend(today, stream: tenant.stream.derive("attendance", day.description))
            shifts += CallIns.cover(attended, on: day, week: shifts + planned.filter { $0.day > day }, tenant: tenant)
        }

        let scheduleID = counters.take(.schedules)
        let rostered = shifts.filter { Self.exists($0, cut: end.cut(on: $0.day)) }
        let minutes = rostered.reduce(0) { $0 + $1.scheduledMinutes }
        let labour = rostered.reduce(Money.zero) { sum, shift in
            guard let rate = shift.member.hourlyRate else { return sum }
            return sum + Money(minorUnits: Rounding.divideHalfAwayFromZero(rate.minorUnits * Int64(shift.scheduledMinutes), by: 60))
        }
        let published = Timestamp(day: weekStart.adding(days: -5), time: TimeOfDay(hour: 10, minute: 0)!)
        var row = emit.begin(.schedules)
        row("id", scheduleID)
        row("restaurant_id", tenant.id)
        row("name", .text("Week of \(weekStart)"))
        row("week_start", .date(weekStart))
        row("week_end", .date(weekStart.adding(days: 6)))
        row("status", "published")
        row("total_scheduled_hours", FixedDecimal(units: Int64(Rounding.divideHalfAwayFromZero(Int64(minutes) * 100, by: 60)), scale: 2))
        row("total_labor_cost", labour)
        row("created_by", senior)
        row("created_at", published)
        row("updated_at", published)
        try emit.end(row)

        var shiftIDs: [Int] = []
        for shift in shifts {
            let id = counters.take(.shifts)
            shiftIDs.append(id)
            let cut = end.cut(on: shift.day)
            guard Self.exists(shift, cut: cut) else { continue }
            let rate = shift.member.hourlyRate
            var row = emit.begin(.shifts)
            row("id", id)
            row("restaurant_id", tenant.id)
            row("schedule_id", scheduleID)
            row("employee_id", shift.member.employeeID)
            row("shift_date", .date(shift.day))
            row("start_time", .time(TimeOfDay(secondsSinceMidnight: shift.start * 60)))
            row("end_time", .time(TimeOfDay(secondsSinceMidnight: shift.end * 60)))
            row("break_duration", shift.breakMinutes)
            row("position", .text(shift.position))
            row("status", status(of: shift, cut: cut))
            row("hourly_rate", rate)
            row("overtime_rate", rate.map { Money(minorUnits: Rounding.divideHalfAwayFromZero($0.minorUnits * 3, by: 2)) })
            row("notes", .optionalText(shift.notes))
            row("created_at", published)
            row("updated_at", published)
            try emit.end(row)
        }
        for (shift, shiftID) in zip(shifts, shiftIDs) {
            guard let attendance = shift.attendance else { continue }
            let id = counters.take(.timeTracking)
            if let cut = end.cut(on: shift.day) {
                guard Self.exists(shift, cut: cut), attendance.clockIn <= cut else { continue }
                if cut < attendance.clockOut {
                    try emit(openTimeTracking(id: id, shift: shift, shiftID: shiftID, attendance: attendance, at: cut))
                    continue
                }
            }
            var row = emit.begin(.timeTracking)
            row("id", id)
            row("restaurant_id", tenant.id)
            row("employee_id", shift.member.employeeID)
            row("shift_id", shiftID)
            row("clock_in", attendance.clockIn)
            row("clock_out", attendance.clockOut)
            row("break_start", attendance.breakStart)
            row("break_end", attendance.breakEnd)
            row("total_hours", FixedDecimal(units: attendance.hoursInHundredths, scale: 2))
            row("overtime_hours", FixedDecimal(units: attendance.overtimeInHundredths, scale: 2))
            row("total_pay", shift.member.hourlyRate.map { attendance.pay(at: $0) })
            row("status", "approved")
            row("created_at", attendance.clockIn)
            row("updated_at", attendance.clockOut)
            try emit.end(row)
        }
        return shifts
    }
}

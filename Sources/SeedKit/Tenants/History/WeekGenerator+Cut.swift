/// The week's rows on the day a history cut at a minute ends (`--as-of now`), and the day before:
/// the shifts as the rota shows them then, and the clock-ins of those still working. `cut` is
/// ``HistoryEnd/cut(on:)`` of the shift's day.
extension WeekGenerator {
    /// `shifts.status`: `completed` once its employee clocked out, `confirmed` while they are on
    /// it (clocked in, no clock-out), `no_show` once it started without them; else `scheduled`
    /// (later today, after `as_of`, or not clocked in yet).
    func status(of shift: RosteredShift, cut: Timestamp?) -> StaticString {
        guard shift.day <= demand.asOf else { return "scheduled" }
        guard let cut else { return shift.attendance == nil ? "no_show" : "completed" }
        guard let attendance = shift.attendance else { return shift.startsAt <= cut ? "no_show" : "scheduled" }
        if cut < attendance.clockIn { return "scheduled" }
        return cut < attendance.clockOut ? "confirmed" : "completed"
    }

    /// Whether a shift's row exists when history ends at `cut`: a call-in only once its cover has
    /// begun (its shift started, or its employee clocked in).
    static func exists(_ shift: RosteredShift, cut: Timestamp?) -> Bool {
        guard let cut, shift.isCallIn else { return true }
        return shift.startsAt <= cut || shift.attendance.map { $0.clockIn <= cut } == true
    }

    /// A `time_tracking` row of someone on the clock at `cut`: clocked in, with the break so far
    /// (its start once begun, its end once over), no clock-out and nothing totalled yet.
    func openTimeTracking(id: Int, shift: RosteredShift, shiftID: Int, attendance: Attendance, at cut: Timestamp) -> Row {
        let breakStart = attendance.breakStart.flatMap { $0 <= cut ? $0 : nil }
        let breakEnd = breakStart == nil ? nil : attendance.breakEnd.flatMap { $0 <= cut ? $0 : nil }
        return Row(.timeTracking, columns: [
            "id": .int(id), "restaurant_id": .int(tenant.id),
            "employee_id": .int(shift.member.employeeID), "shift_id": .int(shiftID),
            "clock_in": .timestamp(attendance.clockIn), "clock_out": .null,
            "break_start": breakStart.map(SQLValue.timestamp) ?? .null,
            "break_end": breakEnd.map(SQLValue.timestamp) ?? .null,
            "total_hours": .null, "overtime_hours": .decimal(FixedDecimal(units: 0, scale: 2)), "total_pay": .null,
            "status": .text("active"),
            "created_at": .timestamp(attendance.clockIn), "updated_at": .timestamp(breakEnd ?? breakStart ?? attendance.clockIn),
        ])
    }
}

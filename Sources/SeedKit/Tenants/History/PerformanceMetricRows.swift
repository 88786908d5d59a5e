/// `performance_metrics` rows for everyone who worked a day, from what they actually did:
/// hours worked against the hours scheduled, minutes late against none, and for those who
/// served, the completed orders they took and their sales. Someone on a split shift gets one
/// set of rows for the day, adding up both shifts. Hard cap: four rows per employee per day.
enum PerformanceMetricRows {
    static func emit(tenant: Tenant, shifts: [RosteredShift], tally: DayTally, counters: inout IDCounters, at moment: Timestamp,
                     to emit: RowEmitter) throws {
        var seen = Set<Int>()
        for shift in shifts {
            guard shift.attendance != nil, seen.insert(shift.member.employeeID).inserted else { continue }
            let employee = shift.member.employeeID
            let worked = shifts.filter { $0.member.employeeID == employee && $0.attendance != nil }
            let hours = worked.reduce(Int64(0)) { $0 + $1.attendance!.hoursInHundredths }
            let scheduled = worked.reduce(0) { $0 + $1.scheduledMinutes }
            let late = worked.reduce(0) { $0 + $1.attendance!.minutesLate }
            var metrics: [(StaticString, FixedDecimal, FixedDecimal?)] = [
                ("hours_worked", FixedDecimal(units: hours, scale: 2),
                 FixedDecimal(units: Rounding.divideHalfAwayFromZero(Int64(scheduled) * 100, by: 60), scale: 2)),
                ("punctuality", FixedDecimal(units: Int64(late) * 100, scale: 2), FixedDecimal(units: 0, scale: 2)),
            ]
            if shift.position != "cook" {
                let served = tally.staff[employee] ?? (0, .zero)
                metrics.append(("orders_served", FixedDecimal(units: Int64(served.orders) * 100, scale: 2), nil))
                metrics.append(("sales", served.sales.decimal, nil))
            }
            for (type, value, target) in metrics {
                var row = emit.begin(.performanceMetrics)
                row("id", counters.take(.performanceMetrics))
                row("restaurant_id", tenant.id)
                row("employee_id", employee)
                row("metric_date", .date(shift.day))
                row("metric_type", type)
                row("metric_value", .decimal(value))
                row("target_value", target.map(SQLValue.decimal) ?? .null)
                row("notes", .null)
                row("created_at", moment)
                try emit.end(row)
            }
        }
    }
}

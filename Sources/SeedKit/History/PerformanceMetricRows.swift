/// `performance_metrics` rows for everyone who worked a day, from what they actually did:
/// hours worked against the hours scheduled, minutes late against none, and for those who
/// served, the completed orders they took and their sales.
enum PerformanceMetricRows {
    static func make(tenant: Tenant, shifts: [RosteredShift], tally: DayTally, counters: inout IDCounters, at moment: Timestamp) -> [Row] {
        var rows: [Row] = []
        for shift in shifts {
            guard let attendance = shift.attendance else { continue }
            let employee = shift.member.employeeID
            var metrics: [(String, FixedDecimal, FixedDecimal?)] = [
                ("hours_worked", FixedDecimal(units: attendance.hoursInHundredths, scale: 2),
                 FixedDecimal(units: Rounding.divideHalfAwayFromZero(Int64(shift.scheduledMinutes) * 100, by: 60), scale: 2)),
                ("punctuality", FixedDecimal(units: Int64(attendance.minutesLate) * 100, scale: 2), FixedDecimal(units: 0, scale: 2)),
            ]
            if shift.position != "cook" {
                let served = tally.staff[employee] ?? (0, .zero)
                metrics.append(("orders_served", FixedDecimal(units: Int64(served.orders) * 100, scale: 2), nil))
                metrics.append(("sales", served.sales.decimal, nil))
            }
            for (type, value, target) in metrics {
                rows.append(Row(.performanceMetrics, columns: [
                    "id": .int(counters.take(.performanceMetrics)), "restaurant_id": .int(tenant.id),
                    "employee_id": .int(employee), "metric_date": .date(shift.day), "metric_type": .text(type),
                    "metric_value": .decimal(value), "target_value": target.map(SQLValue.decimal) ?? .null,
                    "notes": .null, "created_at": .timestamp(moment),
                ]))
            }
        }
        return rows
    }
}

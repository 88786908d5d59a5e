/// `performance_metrics` rows for everyone who worked a day, from what they actually did:
/// hours worked against the hours scheduled, minutes late against none, and for those who
/// served, the completed orders they took and their sales. Someone on a split shift gets one
/// set of rows for the day, adding up both shifts. Hard cap: four rows per employee per day.
enum PerformanceMetricRows {
    static func emit(tenant: Tenant, shifts: [RosteredShift], tally: DayTally, counters: inout IDCounters, at moment: Timestamp,
                     to emit: RowEmitter) throws {
        func metric(_ type: StaticString, of employee: Int, on day: Day, _ value: FixedDecimal, target: FixedDecimal?) throws {
            var row = emit.begin(.performanceMetrics)
            row("id", counters.take(.performanceMetrics))
            row("restaurant_id", tenant.id)
            row("employee_id", employee)
            row("metric_date", .date(day))
            row("metric_type", type)
            row("metric_value", value)
            row("target_value", target)
            row("notes", .null)
            row("created_at", moment)
            try emit.end(row)
        }
        for index in shifts.indices {
            guard shifts[index].attendance != nil else { continue }
            let employee = shifts[index].member.employeeID
            // Someone on a split shift has their rows once, at the first shift they worked.
            func worked(_ other: Int) -> Bool { shifts[other].attendance != nil && shifts[other].member.employeeID == employee }
            guard !shifts.indices[..<index].contains(where: worked) else { continue }
            var hours: Int64 = 0, scheduled = 0, late = 0
            for other in shifts.indices where worked(other) {
                hours += shifts[other].attendance!.hoursInHundredths
                scheduled += shifts[other].scheduledMinutes
                late += shifts[other].attendance!.minutesLate
            }
            let day = shifts[index].day
            try metric("hours_worked", of: employee, on: day, FixedDecimal(units: hours, scale: 2),
                       target: FixedDecimal(units: Rounding.divideHalfAwayFromZero(Int64(scheduled) * 100, by: 60), scale: 2))
            try metric("punctuality", of: employee, on: day, FixedDecimal(units: Int64(late) * 100, scale: 2),
                       target: FixedDecimal(units: 0, scale: 2))
            if shifts[index].position != "cook" {
                let served = tally.served(by: employee)
                try metric("orders_served", of: employee, on: day, FixedDecimal(units: Int64(served.orders) * 100, scale: 2), target: nil)
                try metric("sales", of: employee, on: day, served.sales.decimal, target: nil)
            }
        }
    }
}

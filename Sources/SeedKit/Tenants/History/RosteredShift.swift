/// One planned shift of one employee, and what actually happened on it.
struct RosteredShift {
    let day: Day
    let member: StaffRecord
    /// Minutes after midnight.
    let start: Int
    let end: Int
    /// The paid break planned for the shift, in minutes.
    let breakMinutes: Int
    /// When the break starts, in minutes after midnight (planned so someone else covers it).
    var breakAt: Int? = nil
    /// `cashier`, `server`, `cook` or `manager`.
    let position: String
    /// When the employee clocked in and out; `nil` for a no-show.
    var attendance: Attendance?
    /// Whether the shift is the day's floor for its kind of work (a no-show there needs cover).
    var isFloor = false
    /// `shifts.notes`: why the shift exists when it was not in the plan.
    var notes: String? = nil
    /// Whether someone was called in for it, to cover a no-show.
    var isCallIn = false

    /// Scheduled working minutes, less the break.
    var scheduledMinutes: Int { end - start - breakMinutes }

    /// The shift's start as a timestamp.
    var startsAt: Timestamp { Timestamp(day: day, time: TimeOfDay(secondsSinceMidnight: start * 60)) }

    /// Whether this is kitchen work.
    var isKitchen: Bool { position == "cook" }
}

/// Clock times of a shift that was worked.
struct Attendance {
    let clockIn: Timestamp
    let clockOut: Timestamp
    let breakStart: Timestamp?
    let breakEnd: Timestamp?
    /// Minutes after the shift's start that the employee clocked in (0 when early or on time).
    let minutesLate: Int

    /// Whether the employee was on the clock, and not on a break, at `moment`.
    func isWorking(at moment: Timestamp) -> Bool {
        guard clockIn <= moment && moment < clockOut else { return false }
        if let breakStart, let breakEnd, breakStart <= moment && moment < breakEnd { return false }
        return true
    }

    /// Worked time in hundredths of an hour, rounded half up: `total_hours`.
    var hoursInHundredths: Int64 {
        var seconds = clockOut.secondsSinceEpoch - clockIn.secondsSinceEpoch
        if let breakStart, let breakEnd { seconds -= breakEnd.secondsSinceEpoch - breakStart.secondsSinceEpoch }
        return Rounding.divideHalfAwayFromZero(seconds, by: 36)
    }

    /// Hours beyond eight in the shift, in hundredths: `overtime_hours`.
    var overtimeInHundredths: Int64 { max(0, hoursInHundredths - 800) }

    /// Pay at `rate` an hour, overtime at time and a half, rounded once:
    /// `rate × (hours + overtime / 2)`.
    func pay(at rate: Money) -> Money {
        Money(minorUnits: Rounding.divideHalfAwayFromZero(rate.minorUnits * (2 * hoursInHundredths + overtimeInHundredths), by: 200))
    }
}

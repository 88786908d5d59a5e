/// Decides what happened on each planned shift of a day: who did not turn up, and when the
/// others clocked in, took their break and clocked out.
///
/// Most people clock in a few minutes early; about one shift in seventeen starts 8–25 minutes
/// late, and one in fifty is a no-show (never someone called in to cover one). Breaks start
/// within five minutes of when the plan puts them, so they stay staggered.
enum AttendanceGenerator {
    static let noShowChance = 0.02
    static let lateChance = 0.06

    /// The day's shifts with their attendance; `stream` is the day's own.
    static func attend(_ shifts: [RosteredShift], stream: RandomStream, calledIn: Bool = false) -> [RosteredShift] {
        var draws = stream
        return shifts.map { shift in
            var shift = shift
            // A fixed number of draws per shift, so one shift's outcome never shifts another's.
            let noShow = draws.chance(noShowChance)
            let late = draws.chance(lateChance)
            let lateness = draws.int(in: 8...25)
            let early = min(15, max(0, roundHalfUp(draws.normal(mean: 4, deviation: 3))))
            let breakOffset = draws.int(in: -30...30)
            let breakStretch = draws.int(in: -3...5)
            let leaveOffset = draws.int(in: -5...15)
            let seconds = (0..<3).map { _ in Int64(draws.int(in: 0...59)) }
            guard !noShow || calledIn else { return shift }

            let start = shift.startsAt
            let clockIn = start.adding(seconds: Int64((late ? lateness : -early) * 60) + seconds[0])
            var breakStart: Timestamp?
            var breakEnd: Timestamp?
            if shift.breakMinutes > 0 {
                let planned = (shift.breakAt ?? (shift.start + shift.end) / 2) + (breakOffset + 30) % 5
                let begins = Timestamp(day: shift.day, time: TimeOfDay(secondsSinceMidnight: planned * 60)).adding(seconds: seconds[1])
                breakStart = begins
                breakEnd = begins.adding(seconds: Int64((shift.breakMinutes + breakStretch) * 60))
            }
            let clockOut = Timestamp(day: shift.day, time: TimeOfDay(secondsSinceMidnight: shift.end * 60))
                .adding(seconds: Int64(max(0, leaveOffset) * 60) + seconds[2])
            shift.attendance = Attendance(
                clockIn: clockIn, clockOut: clockOut, breakStart: breakStart, breakEnd: breakEnd,
                minutesLate: late ? lateness : 0)
            return shift
        }
    }
}

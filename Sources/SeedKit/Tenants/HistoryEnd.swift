/// Where a history ends: after its as-of day, or at a minute inside it (`--as-of now`).
///
/// A history cut at minute M of its as-of day D is the history as of D, whole up to D − 1, and
/// of D the rows the whole day would have by M: the same draws and the same ids (a row of D
/// that does not exist yet leaves its id unused), with what is still going on at M shown as it
/// is then: orders open, staff clocked in, deliveries and restock orders not yet in.
struct HistoryEnd {
    /// The last day of history.
    let day: Day
    /// The minute history ends at on `day`, or nil for the whole day.
    let cut: Timestamp?

    init(day: Day, cut: Timestamp? = nil) {
        self.day = day
        self.cut = cut
    }

    /// The end of `scenario`'s history.
    init(_ scenario: Scenario) {
        self.init(day: scenario.asOf, cut: scenario.asOfTime.map { Timestamp(day: scenario.asOf, time: $0) })
    }

    /// Whether `moment` is in history: on or before the cut, or on or before the last day.
    func includes(_ moment: Timestamp) -> Bool { cut.map { moment <= $0 } ?? (moment.day <= day) }

    /// `moment`, or when it falls after the cut the same time a day earlier: a last login, say,
    /// drawn on the as-of day.
    func before(_ moment: Timestamp) -> Timestamp {
        guard let cut, cut < moment else { return moment }
        return moment.adding(seconds: -86_400)
    }

    /// The cut, for a day whose rows it can fall among: the last day, and the day before it (whose
    /// late orders, clock-outs and evening count may run past midnight).
    func cut(on day: Day) -> Timestamp? {
        guard let cut, cut.day.adding(days: -1) <= day, day <= cut.day else { return nil }
        return cut
    }
}

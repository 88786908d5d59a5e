/// How many orders a restaurant takes on a day, and when.
///
/// Volume is the scenario's orders for the weekday, scaled by a monthly season, a linear growth
/// trend anchored at `as_of` (so the scenario's numbers describe the restaurant today) and
/// day-to-day noise. The noise is paired: a weekday of an even week draws it, the same weekday
/// of the next week takes its opposite, and a day whose pair falls outside the history takes
/// none, so each weekday's total over the history is the configured demand up to rounding,
/// whichever days the history starts and ends on. Order times follow a lunch and a dinner peak
/// with a trickle of trade across every open minute, always inside the opening hours.
///
/// Hard cap: a day never has more than ``maximumOrders`` orders (what the scenario allows a
/// weekday, 10 000, at the largest season and growth, with noise): id reservations can rely on it.
struct DemandModel {
    let demand: Scenario.Demand
    let hours: Scenario.OpeningHours
    let asOf: Day
    /// England and Wales bank holidays: closed, or busier (or quieter) than the weekday.
    var holidays = Scenario.BankHolidayPolicy.standard
    /// The first day of history (the last is `as_of`): a day whose noise pair falls outside it
    /// takes no noise. Without it, every day takes its noise.
    var historyStart: Day?

    /// The open periods of `day`: none on a bank holiday the restaurant closes for.
    func periods(on day: Day) -> [Scenario.OpeningHours.Period] {
        if holidays.closed && BankHolidays.contains(day) { return [] }
        return hours.periods(on: day)
    }

    /// UK restaurant trade by month, January first: a quiet January, a busy December.
    static let season: [Double] = [0.86, 0.90, 0.96, 1.00, 1.02, 1.05, 1.04, 1.00, 0.98, 1.00, 1.03, 1.16]
    /// The share of orders spread evenly over the open hours rather than around a peak.
    static let trickle = 0.18
    /// Spread of the lunch and dinner peaks, in minutes.
    static let lunchSpread = 45.0
    static let dinnerSpread = 70.0

    /// The most orders a day can have: twice the busiest configured weekday, times the largest
    /// season ratio, the growth of ten years and the bank-holiday factor, plus one.
    var maximumOrders: Int {
        let busiest = Double(demand.ordersPerDay.max() ?? 0)
        let seasonRatio = (DemandModel.season.max() ?? 1) / (DemandModel.season.min() ?? 1)
        let growth = 1 + Double(abs(demand.monthlyGrowth.hundredthsOfPercent)) / 10_000 * 120
        let holiday = max(1, Double(holidays.demandPercent) / 100)
        return Int(busiest * seasonRatio * growth * holiday * 2) + 1
    }

    /// Day-to-day noise is cut off at this many standard deviations above the mean, so that a
    /// day's orders have a bound the id allocator can reserve for (``maximumOrderCount(on:)``).
    static let noiseCeiling = 4.0

    /// The number of orders on `day` (0 when closed), at most ``maximumOrderCount(on:)``.
    func orderCount(on day: Day, stream: RandomStream) -> Int {
        let expected = expectedOrders(on: day)
        guard expected > 0 else { return 0 }
        // The week pair's noise for this weekday, from its own stream: even weeks take it,
        // odd weeks its opposite. One unpaired day of the four or five a weekday has in a month
        // would move that weekday's total by several percent, so it takes none.
        let week = (day.daysSinceEpoch + 3).floorDivided(by: 7)
        let partner = day.adding(days: week.isMultiple(of: 2) ? 7 : -7)
        if let historyStart, partner < historyStart || asOf < partner {
            return min(maximumOrders, roundHalfUp(expected))
        }
        var draws = stream.derive("noise", String(week.floorDivided(by: 2)), String(day.isoWeekday))
        let z = draws.normal(mean: 0, deviation: deviation)
        let noise = min(week.isMultiple(of: 2) ? z : -z, Self.noiseCeiling * deviation)
        return min(maximumOrders, max(0, roundHalfUp(expected * max(0, 1 + noise))))
    }

    /// The most orders `day` can have, whatever its noise: what the day's ids are reserved for.
    func maximumOrderCount(on day: Day) -> Int {
        let expected = expectedOrders(on: day)
        guard expected > 0 else { return 0 }
        return min(maximumOrders, max(0, roundHalfUp(expected * (1 + Self.noiseCeiling * deviation))))
    }

    private var deviation: Double { Double(demand.noise.hundredthsOfPercent) / 10_000 }

    /// The orders `day` is forecast to bring, before noise (0 when closed): the weekday's
    /// orders with season and growth.
    func expectedOrders(on day: Day) -> Double {
        guard !periods(on: day).isEmpty else { return 0 }
        var base = Double(demand.ordersPerDay[day.isoWeekday - 1])
        if BankHolidays.contains(day) { base *= Double(holidays.demandPercent) / 100 }
        let months = Double(asOf.distance(to: day)) / 30.44
        let growth = max(0.1, 1 + Double(demand.monthlyGrowth.hundredthsOfPercent) / 10_000 * months)
        let seasonal = DemandModel.season[day.civil.month - 1] / DemandModel.season[asOf.civil.month - 1]
        return base * growth * seasonal
    }

    /// Expected orders in each quarter hour of `day` (96 entries, midnight first): the
    /// forecast the rota is built from.
    func forecast(on day: Day) -> [Double] {
        let periods = periods(on: day)
        var weights = [Double](repeating: 0, count: 96)
        let openMinutes = periods.reduce(0) { $0 + max(1, $1.close.minutesSinceMidnight - $1.open.minutesSinceMidnight - 10) }
        let lunch = Double(demand.lunchShare.hundredthsOfPercent) / 10_000
        for quarter in 0..<96 {
            let minute = quarter * 15 + 7
            guard periods.contains(where: { $0.open.minutesSinceMidnight <= minute && minute < $0.close.minutesSinceMidnight - 10 })
            else { continue }
            let peaks = lunch * bell(Double(minute - demand.lunchPeak.minutesSinceMidnight) / Self.lunchSpread) / Self.lunchSpread
                + (1 - lunch) * bell(Double(minute - demand.dinnerPeak.minutesSinceMidnight) / Self.dinnerSpread) / Self.dinnerSpread
            weights[quarter] = peaks
        }
        let peakTotal = weights.reduce(0, +)
        let expected = expectedOrders(on: day)
        return weights.enumerated().map { quarter, weight in
            let minute = quarter * 15 + 7
            let open = periods.contains { $0.open.minutesSinceMidnight <= minute && minute < $0.close.minutesSinceMidnight - 10 }
            guard open else { return 0 }
            let spread = Self.trickle * 15 / Double(openMinutes)
            return expected * (spread + (peakTotal > 0 ? (1 - Self.trickle) * weight / peakTotal : 0))
        }
    }

    /// A bell curve's shape at `x` standard deviations, from `+ − × ÷` alone so every machine
    /// agrees: `(1 + x²/32)^-16`, close to `exp(−x²/2)`.
    private func bell(_ x: Double) -> Double {
        var t = 1 + x * x / 32
        for _ in 0..<4 { t *= t }
        return 1 / t
    }

    /// A moment for an order on `day`: near the lunch or dinner peak, or anywhere in the open
    /// hours for the trickle; always inside an open period and at least ten minutes before it
    /// closes.
    func orderTime(on day: Day, draws: inout RandomStream) -> Timestamp {
        let periods = periods(on: day)
        let component = draws.fraction()
        if component >= Self.trickle {
            let lunch = (component - Self.trickle) / (1 - Self.trickle) < Double(demand.lunchShare.hundredthsOfPercent) / 10_000
            let peak = (lunch ? demand.lunchPeak : demand.dinnerPeak).secondsSinceMidnight
            let spread = (lunch ? Self.lunchSpread : Self.dinnerSpread) * 60
            for _ in 0..<8 {
                let second = roundHalfUp(max(0, draws.normal(mean: Double(peak), deviation: spread)))
                if periods.contains(where: { $0.open.secondsSinceMidnight <= second && second < $0.close.secondsSinceMidnight - 600 }) {
                    return Timestamp(day: day, time: TimeOfDay(secondsSinceMidnight: second))
                }
            }
        }
        // The trickle, and the rare peak draw that falls outside the hours: any open minute,
        // each period in proportion to its length.
        let lengths = periods.map { max(1, $0.close.secondsSinceMidnight - 600 - $0.open.secondsSinceMidnight) }
        var point = draws.int(in: 0...(lengths.reduce(0, +) - 1))
        for (period, length) in zip(periods, lengths) {
            if point < length { return Timestamp(day: day, time: TimeOfDay(secondsSinceMidnight: period.open.secondsSinceMidnight + point)) }
            point -= length
        }
        return Timestamp(day: day, time: periods[0].open)
    }
}

extension Int {
    /// Division rounding towards minus infinity.
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}

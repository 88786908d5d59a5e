/// How many orders a restaurant takes on a day, and when.
///
/// Volume is the scenario's orders for the weekday, scaled by a monthly season, a linear growth
/// trend anchored at `as_of` (so the scenario's numbers describe the restaurant today) and
/// day-to-day noise. Order times cluster around the lunch and dinner peaks and always fall
/// inside the opening hours.
struct DemandModel {
    let demand: Scenario.Demand
    let hours: Scenario.OpeningHours
    let asOf: Day

    /// UK restaurant trade by month, January first: a quiet January, a busy December.
    static let season: [Double] = [0.86, 0.90, 0.96, 1.00, 1.02, 1.05, 1.04, 1.00, 0.98, 1.00, 1.03, 1.16]

    /// The number of orders on `day` (0 when closed).
    func orderCount(on day: Day, draws: inout RandomStream) -> Int {
        let noise = draws.normal(mean: 0, deviation: Double(demand.noise.hundredthsOfPercent) / 10_000)
        guard !hours.periods(on: day).isEmpty else { return 0 }
        let base = Double(demand.ordersPerDay[day.isoWeekday - 1])
        let months = Double(asOf.distance(to: day)) / 30.44
        let growth = max(0.1, 1 + Double(demand.monthlyGrowth.hundredthsOfPercent) / 10_000 * months)
        let seasonal = DemandModel.season[day.civil.month - 1] / DemandModel.season[asOf.civil.month - 1]
        return max(0, roundHalfUp(base * growth * seasonal * max(0, 1 + noise)))
    }

    /// The orders `day` is forecast to bring, before noise (0 when closed): the weekday's
    /// orders with season and growth.
    func expectedOrders(on day: Day) -> Double {
        guard !hours.periods(on: day).isEmpty else { return 0 }
        let base = Double(demand.ordersPerDay[day.isoWeekday - 1])
        let months = Double(asOf.distance(to: day)) / 30.44
        let growth = max(0.1, 1 + Double(demand.monthlyGrowth.hundredthsOfPercent) / 10_000 * months)
        let seasonal = DemandModel.season[day.civil.month - 1] / DemandModel.season[asOf.civil.month - 1]
        return base * growth * seasonal
    }

    /// A moment for an order on `day`: near the lunch or dinner peak, inside an open period, and
    /// at least ten minutes before that period closes.
    func orderTime(on day: Day, draws: inout RandomStream) -> Timestamp {
        let periods = hours.periods(on: day)
        let lunch = draws.chance(Double(demand.lunchShare.hundredthsOfPercent) / 10_000)
        let peak = (lunch ? demand.lunchPeak : demand.dinnerPeak).secondsSinceMidnight
        for _ in 0..<8 {
            let second = roundHalfUp(max(0, draws.normal(mean: Double(peak), deviation: 50 * 60)))
            if periods.contains(where: { $0.open.secondsSinceMidnight <= second && second < $0.close.secondsSinceMidnight - 600 }) {
                return Timestamp(day: day, time: TimeOfDay(secondsSinceMidnight: second))
            }
        }
        // Rarely the peaks fall outside the hours: then any open minute will do.
        let period = draws.pick(periods)
        let latest = max(period.open.secondsSinceMidnight, period.close.secondsSinceMidnight - 600)
        return Timestamp(day: day, time: TimeOfDay(secondsSinceMidnight: draws.int(in: period.open.secondsSinceMidnight...latest)))
    }
}

/// When a restaurant was open on each day it traded, in seconds since 1970: the scenario's
/// opening hours when known, else the span from the day's first order to its last, widened to
/// the quarter hour; on the last day, only until its report was generated.
struct RealismOpenHours {
    /// Open periods by day, each `start..<end`.
    let periods: [Day: [Range<Int64>]]
    /// Whether the periods came from the scenario (the peak-shape measures need them).
    let fromScenario: Bool
    let hours: Scenario.OpeningHours?

    init(facts: RealismFacts.Restaurant, hours: Scenario.OpeningHours?) {
        self.hours = hours
        fromScenario = hours != nil
        var periods: [Day: [Range<Int64>]] = [:]
        for day in facts.openDays {
            let midnight = Int64(day.daysSinceEpoch) * 86_400
            if let hours {
                periods[day] = hours.periods(on: day).map {
                    midnight + Int64($0.open.secondsSinceMidnight)..<midnight + Int64($0.close.secondsSinceMidnight)
                }
            } else if let slots = facts.ordersBySlot[day], let first = slots.keys.min(), let last = slots.keys.max() {
                periods[day] = [midnight + Int64(first * 900)..<midnight + Int64((last + 1) * 900)]
            }
        }
        // A report generated while the restaurant was open is of the day so far (`--as-of now`):
        // its trade ends there.
        if let last = facts.openDays.last, let reportedAt = facts.lastReportAt, let today = periods[last] {
            periods[last] = today.compactMap { period in
                period.lowerBound < reportedAt ? period.lowerBound..<min(period.upperBound, reportedAt) : nil
            }
        }
        self.periods = periods
    }

    /// Every open quarter hour, as `start..<start + 900` (a period's last part-quarter too).
    var slots: [Range<Int64>] {
        periods.keys.sorted().flatMap { day in
            periods[day]!.flatMap { period in
                stride(from: period.lowerBound, to: period.upperBound, by: 900).map { $0..<min($0 + 900, period.upperBound) }
            }
        }
    }
}

extension RealismScorecard {
    /// Open quarter hours with nobody of a kind on the clock for the whole of it, and orders
    /// taken while no cook was working.
    func coverage(_ facts: RealismFacts.Restaurant, open: RealismOpenHours) -> [RealismMeasure] {
        let slots = open.slots
        let cooks = merged(facts.working["cook"] ?? []), floor = merged(facts.working["floor"] ?? [])
        let noCook = slots.filter { !covers(cooks, $0) }.count
        let noFloor = slots.filter { !covers(floor, $0) }.count
        let ordersWithoutCook = facts.orderMoments.filter { !covers(cooks, $0..<$0 + 1) }.count
        return [
            .init(name: "uncovered_cook_slots", value: "\(noCook) of \(slots.count) open quarter hours without a cook",
                  band: "0", inBand: noCook == 0, number: Double(noCook)),
            .init(name: "uncovered_floor_slots", value: "\(noFloor) of \(slots.count) open quarter hours without front-of-house",
                  band: "0", inBand: noFloor == 0, number: Double(noFloor)),
            .init(name: "orders_without_cook", value: "\(ordersWithoutCook) of \(facts.orderMoments.count) orders taken with no cook working",
                  band: "0", inBand: ordersWithoutCook == 0, number: Double(ordersWithoutCook)),
        ]
    }

    /// Overlapping stretches joined, in start order.
    func merged(_ stretches: [(start: Int64, end: Int64)]) -> [Range<Int64>] {
        var result: [Range<Int64>] = []
        for stretch in stretches.sorted(by: { $0.start < $1.start }) where stretch.start < stretch.end {
            if let last = result.last, stretch.start <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, stretch.end)
            } else {
                result.append(stretch.start..<stretch.end)
            }
        }
        return result
    }

    /// Whether one merged stretch holds all of `range` (binary search on the starts).
    func covers(_ stretches: [Range<Int64>], _ range: Range<Int64>) -> Bool {
        var low = 0, high = stretches.count
        while low < high {
            let middle = (low + high) / 2
            if stretches[middle].lowerBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return false }
        return stretches[low - 1].upperBound >= range.upperBound
    }
}

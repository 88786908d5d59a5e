extension RealismScorecard {
    /// Realised orders (cancelled ones too: a customer came) on each weekday against the demand
    /// the scenario configures, within ±5 %.
    func demandServed(_ facts: RealismFacts.Restaurant, configured: [Double]?) -> [RealismMeasure] {
        guard let configured else { return [] }
        var realised = [Int](repeating: 0, count: 7)
        for (day, count) in facts.ordersByDay { realised[day.isoWeekday - 1] += count }
        return (0..<7).compactMap { index in
            let expected = configured[index]
            guard expected >= 1 else { return nil }
            let deviation = (Double(realised[index]) - expected) * 100 / expected
            let name = Scenario.OpeningHours.weekdayNames[index]
            return RealismMeasure(
                name: "orders_\(name)",
                value: "\(realised[index]) realised of \(Int(expected.rounded())) configured (\(deviation >= 0 ? "+" : "")\(oneDecimal(deviation)) %)",
                band: "±5 %", inBand: abs(deviation) <= 5, number: deviation)
        }
    }

    /// Trade outside the two peaks: the afternoon trickle on days open right through 14:30–17:00,
    /// and late-evening trade after 21:00 on days open until 22:00 or later.
    func peakShape(_ facts: RealismFacts.Restaurant, open: RealismOpenHours) -> [RealismMeasure] {
        guard let hours = open.hours else { return [] }
        func share(name: String, what: String, band: ClosedRange<Int>, qualifies: (Day) -> Bool, slots: ClosedRange<Int>) -> RealismMeasure? {
            var inWindow = 0, total = 0
            for day in facts.openDays where qualifies(day) {
                for (slot, count) in facts.ordersBySlot[day] ?? [:] {
                    total += count
                    if slots.contains(slot) { inWindow += count }
                }
            }
            guard total > 0 else { return nil }
            let percent = Double(inWindow) * 100 / Double(total)
            return RealismMeasure(name: name, value: "\(oneDecimal(percent)) % of orders \(what)",
                                  band: "\(band.lowerBound)–\(band.upperBound) %",
                                  inBand: inWindow * 100 >= band.lowerBound * total && inWindow * 100 <= band.upperBound * total,
                                  number: percent)
        }
        let afternoon = share(name: "afternoon_trade", what: "14:30–17:00 on days open all afternoon", band: 3...25, qualifies: { day in
            hours.periods(on: day).contains { $0.open.minutesSinceMidnight <= 14 * 60 + 30 && $0.close.minutesSinceMidnight >= 17 * 60 }
        }, slots: 58...67)
        let late = share(name: "late_trade", what: "after 21:00 on days open until 22:00 or later", band: 4...30, qualifies: { day in
            (hours.periods(on: day).last?.close.minutesSinceMidnight ?? 0) >= 22 * 60
        }, slots: 84...95)
        return [afternoon, late].compactMap { $0 }
    }
}

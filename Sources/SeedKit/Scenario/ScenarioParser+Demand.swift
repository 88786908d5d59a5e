extension ScenarioParser {
    static let demandKeys = ["orders_per_day", "lunch_peak", "dinner_peak", "lunch_share", "monthly_growth", "noise",
                             "order_types", "payment_methods", "party_size", "cancellation_rate", "refund_rate", "discount_rate"]

    /// What a restaurant's `demand:` means when it leaves keys out (documented in Scenarios/README.md).
    static let defaultDemand = Scenario.Demand(
        ordersPerDay: [16, 16, 18, 20, 28, 32, 24],
        lunchPeak: TimeOfDay(hour: 12, minute: 30)!, dinnerPeak: TimeOfDay(hour: 19, minute: 0)!,
        lunchShare: Rate(hundredthsOfPercent: 4000), monthlyGrowth: .zero, noise: Rate(hundredthsOfPercent: 1500),
        orderTypes: [(.dineIn, 55), (.takeaway, 30), (.delivery, 15)],
        paymentMethods: [("card", 60), ("apple_pay", 25), ("cash", 15)],
        partySize: 1...4,
        cancellationRate: Rate(hundredthsOfPercent: 200), refundRate: Rate(hundredthsOfPercent: 50),
        discountRate: Rate(hundredthsOfPercent: 500))

    /// Noon to ten every day, for restaurants without `opening_hours:`.
    static let defaultOpeningHours = Scenario.OpeningHours(periods: Array(
        repeating: [.init(open: TimeOfDay(hour: 12, minute: 0)!, close: TimeOfDay(hour: 22, minute: 0)!)], count: 7))

    func demand(_ value: ValueReader) -> Scenario.Demand? {
        guard let m = value.mapping(keys: Self.demandKeys) else { return nil }
        var demand = Self.defaultDemand
        if let counts = m.optional("orders_per_day").flatMap(ordersPerDay) { demand.ordersPerDay = counts }
        let lunchReader = m.optional("lunch_peak")
        let dinnerReader = m.optional("dinner_peak")
        if let time = lunchReader?.time() { demand.lunchPeak = time }
        if let time = dinnerReader?.time() { demand.dinnerPeak = time }
        if demand.lunchPeak >= demand.dinnerPeak, let reader = dinnerReader ?? lunchReader {
            reader.error("lunch_peak (\(hoursAndMinutes(demand.lunchPeak))) must be before dinner_peak (\(hoursAndMinutes(demand.dinnerPeak)))")
        }
        if let rate = m.optional("lunch_share")?.rate() { demand.lunchShare = rate }
        if let rate = m.optional("monthly_growth")?.rate(in: -100...100) { demand.monthlyGrowth = rate }
        if let rate = m.optional("noise")?.rate() { demand.noise = rate }
        if let weights = m.optional("order_types").flatMap({ weights($0, names: Scenario.OrderType.allCases.map(\.rawValue)) }) {
            demand.orderTypes = weights.map { (Scenario.OrderType(rawValue: $0.0)!, $0.1) }
        }
        if let weights = m.optional("payment_methods").flatMap({ weights($0, names: nil) }) { demand.paymentMethods = weights }
        if let range = m.optional("party_size")?.parse(expecting: "a party size like 1-6 (from 1 to 20 guests)", Self.partySize) {
            demand.partySize = range
        }
        if let rate = m.optional("cancellation_rate")?.rate() { demand.cancellationRate = rate }
        if let rate = m.optional("refund_rate")?.rate() { demand.refundRate = rate }
        if let rate = m.optional("discount_rate")?.rate() { demand.discountRate = rate }
        return demand
    }

    /// One count for every day, or a count per weekday (days left out keep their default).
    private func ordersPerDay(_ value: ValueReader) -> [Int]? {
        let range = 0...10_000
        if case .scalar = value.node { return value.int(in: range).map { Array(repeating: $0, count: 7) } }
        guard let m = value.mapping(keys: Scenario.OpeningHours.weekdayNames) else { return nil }
        var counts = Self.defaultDemand.ordersPerDay
        for (index, day) in Scenario.OpeningHours.weekdayNames.enumerated() {
            if let count = m.optional(day)?.int(in: range) { counts[index] = count }
        }
        return counts
    }

    /// Relative weights: whole numbers of 0 or more with a positive sum, in the order written.
    /// Keys must be among `names`, or lowercase identifiers when `names` is `nil`.
    private func weights(_ value: ValueReader, names: [String]?) -> [(String, Int)]? {
        guard let m = value.mapping(keys: names) else { return nil }
        var weights: [(String, Int)] = []
        for (name, reader) in m.values {
            if names == nil, !Self.isIdentifier(name) {
                log.error("expected a name of lowercase letters, digits and underscores like apple_pay, got \(quoted(name))",
                          at: reader.keyMark, keyPath: reader.keyPath)
            }
            if let weight = reader.int(in: 0...1_000_000) { weights.append((name, weight)) }
        }
        guard weights.count == m.values.count else { return nil }
        guard weights.contains(where: { $0.1 > 0 }) else {
            value.error("expected weights that add up to more than 0")
            return nil
        }
        return weights
    }

    /// `lo-hi` or a single number, with 1 ≤ lo ≤ hi ≤ 20.
    static func partySize(_ text: String) -> ClosedRange<Int>? {
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false).map { ValueReader.wholeNumber(String($0)) }
        guard (1...2).contains(bounds.count), let low = bounds.first ?? nil, let high = bounds.last ?? nil,
              1 <= low, low <= high, high <= 20
        else { return nil }
        return low...high
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 50
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    // MARK: Opening hours

    func openingHours(_ value: ValueReader) -> Scenario.OpeningHours? {
        guard let m = value.mapping(keys: Scenario.OpeningHours.weekdayNames) else { return nil }
        let days = Scenario.OpeningHours.weekdayNames.map { m.required($0).flatMap(periods) }
        guard days.allSatisfy({ $0 != nil }) else { return nil }
        return Scenario.OpeningHours(periods: days.map { $0! })
    }

    /// `closed`, or periods `HH:MM-HH:MM` separated by commas, each closing after it opens, none overlapping.
    func periods(_ value: ValueReader) -> [Scenario.OpeningHours.Period]? {
        let expected = "opening hours like 12:00-22:00, \"12:00-15:00, 17:30-22:00\" or closed"
        guard let text = value.text(expecting: expected) else { return nil }
        if text == "closed" { return [] }
        var periods: [Scenario.OpeningHours.Period] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false).map { TimeOfDay(parsing: trimmed($0)) }
            guard bounds.count == 2, let open = bounds[0], let close = bounds[1] else {
                value.error("expected \(expected), got \(value.found)")
                return nil
            }
            guard open < close else {
                value.error("period \(trimmed(part)) must close after it opens (periods past midnight are not supported)")
                return nil
            }
            periods.append(.init(open: open, close: close))
        }
        periods.sort { $0.open < $1.open }
        for (earlier, later) in zip(periods, periods.dropFirst()) where later.open < earlier.close {
            value.error("periods \(hoursAndMinutes(earlier.open))-\(hoursAndMinutes(earlier.close)) and "
                        + "\(hoursAndMinutes(later.open))-\(hoursAndMinutes(later.close)) overlap")
            return nil
        }
        return periods
    }
}

/// `HH:MM`, as scenarios write times.
func hoursAndMinutes(_ time: TimeOfDay) -> String {
    String(time.description.prefix(5))
}

/// The text without leading and trailing spaces.
func trimmed(_ text: Substring) -> String {
    String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
}

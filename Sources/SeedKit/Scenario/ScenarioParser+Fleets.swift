extension ScenarioParser {
    static let fleetKeys = ["name", "count", "cuisines", "plans", "cities", "orders_per_day", "opened"]
    /// The most average orders a day a fleet may ask of one restaurant.
    static let fleetOrdersLimit = 2_000

    /// The fleets, and the restaurants they expand to (after `explicitCount` explicit ones): each
    /// is built by ``FleetRestaurantBuilder`` and then read by the same code as a restaurant
    /// written out, so slugs, emails and plans are checked and warnings given, at the fleet. The
    /// scenario keeps what it needs to draw each again (``DrawnRestaurant``), not the restaurant.
    func fleets(_ reader: ValueReader, seed: UInt64?, explicitCount: Int) -> (fleets: [Scenario.Fleet], restaurants: [DrawnRestaurant])? {
        var names = UniqueNames(kind: "fleet name")
        var readers: [ValueReader] = []
        let fleets = reader.nonEmptyList(of: "fleet") { value -> Scenario.Fleet? in
            let fleet = self.fleet(value, names: &names)
            if fleet != nil { readers.append(value) }
            return fleet
        }
        guard let fleets, !log.hasErrors, let seed, let asOf else { return nil }
        var total = explicitCount
        for (fleet, value) in zip(fleets, readers) {
            total += fleet.count
            guard total <= Self.restaurantLimit else {
                value.child("count")?.error("a scenario can have at most \(grouped(Self.restaurantLimit)) restaurants; "
                    + "with this fleet it has \(grouped(total))")
                return nil
            }
        }
        let history = Scenario.HistorySpan(asOf: asOf, historyDays: historyDays)
        var restaurants: [DrawnRestaurant] = []
        for (fleet, value) in zip(fleets, readers) {
            let draw = FleetDraw(builder: FleetRestaurantBuilder(fleet: fleet, seed: seed, asOf: asOf, historyDays: historyDays),
                                 keyPath: value.keyPath, mark: value.node.mark, asOfName: asOfName)
            for k in 0..<fleet.count {
                if let restaurant = draw.read(k, into: log, parser: self) {
                    restaurants.append(DrawnRestaurant(draw: draw, k: k, facts: .init(restaurant, history: history)))
                }
            }
        }
        return (fleets, restaurants)
    }

    func fleet(_ value: ValueReader, names: inout UniqueNames) -> Scenario.Fleet? {
        guard let m = value.mapping(keys: Self.fleetKeys) else { return nil }
        let nameReader = m.required("name")
        let name = nameReader?.slug()
        names.insert(name, at: nameReader)
        let count = m.required("count")?.int(in: 1...Self.restaurantLimit)
        let cuisines = m.required("cuisines").flatMap { shares($0, of: "cuisine", names: Scenario.cuisinePacks) }
        let plans = m.required("plans").flatMap { reader -> [(String, Int)]? in
            let shares = shares(reader, of: "plan", names: nil)
            for (plan, share) in reader.mapping(keys: nil)?.values ?? [] { self.plans.checkReference(plan, at: share) }
            return shares
        }
        let cities = m.optional("cities")?.nonEmptyList(of: "city") { city -> String? in
            city.parse(expecting: "a city (\(Scenario.fleetCities.joined(separator: ", ")))") { FleetCity.named($0)?.name }
        } ?? ["London"]
        let ordersPerDay = m.required("orders_per_day")?.parse(
            expecting: "orders a day like 30..400 (from 1 to \(grouped(Self.fleetOrdersLimit)))") { Self.ordersRange($0) }
        let openedReader = m.optional("opened")
        var opened = openedReader?.parse(expecting: "a date range like 2019-01-01..2025-05-01", Self.dayRange)
        if let range = opened, let asOf, range.upperBound > asOf, let openedReader {
            openedReader.error("expected dates on or before \(asOfName) (\(asOf)), got \(openedReader.found)")
            opened = nil
        }
        guard let name, let count, let cuisines, let plans, let ordersPerDay, openedReader == nil || opened != nil else { return nil }
        return Scenario.Fleet(name: name, count: count, cuisines: cuisines, plans: plans, cities: cities,
                              ordersPerDay: ordersPerDay, opened: opened)
    }

    /// Percentages (`20%` or `20`) by name, adding up to 100; in hundredths of a percent.
    private func shares(_ value: ValueReader, of what: String, names: [String]?) -> [(String, Int)]? {
        let errorsBefore = log.errorCount
        guard let m = value.mapping(keys: names) else { return nil }
        var shares: [(String, Int)] = []
        for (name, reader) in m.values {
            let share = reader.parse(expecting: "a percentage like 20%") { text -> Rate? in
                Rate(parsing: text.hasSuffix("%") ? String(text.dropLast()) : text)
            }
            guard let share else { continue }
            guard share.hundredthsOfPercent >= 0, share.hundredthsOfPercent <= 10_000 else {
                reader.error("expected a percentage from 0% to 100%, got \(reader.found)")
                continue
            }
            shares.append((name, Int(share.hundredthsOfPercent)))
        }
        // A share left out as unknown or unreadable (logged) would only make the sum wrong too.
        guard shares.count == m.values.count, log.errorCount == errorsBefore else { return nil }
        let total = shares.reduce(0) { $0 + $1.1 }
        guard total == 10_000 else {
            let shown = total % 100 == 0 ? String(total / 100) : Rate(hundredthsOfPercent: Int64(total)).description
            value.error("the \(what) shares add up to \(shown)%, not 100%")
            return nil
        }
        return shares
    }

    /// `lo..hi` or one number, 1 ≤ lo ≤ hi ≤ ``fleetOrdersLimit``.
    static func ordersRange(_ text: String) -> ClosedRange<Int>? {
        let bounds = text.split(separator: ".", omittingEmptySubsequences: false)
        let parts = bounds.count == 3 && bounds[1].isEmpty ? [bounds[0], bounds[2]] : bounds.count == 1 ? [bounds[0], bounds[0]] : []
        guard parts.count == 2, let low = ValueReader.wholeNumber(trimmed(parts[0])), let high = ValueReader.wholeNumber(trimmed(parts[1])),
              1 <= low, low <= high, high <= fleetOrdersLimit
        else { return nil }
        return low...high
    }

    /// `YYYY-MM-DD..YYYY-MM-DD` or one date, in order, within the supported years.
    static func dayRange(_ text: String) -> ClosedRange<Day>? {
        let parts = text.split(separator: "..", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let low = Day(iso: trimmed(parts[0])), let high = Day(iso: trimmed(parts[parts.count - 1])),
              low <= high, Scenario.supportedDays.contains(low), Scenario.supportedDays.contains(high)
        else { return nil }
        return low...high
    }
}

extension ReportData {
    /// Reads the report's figures out of a database in SeedKit's schema (a SQLite file or a
    /// PostgreSQL database, opened with ``Verifier/open(_:cancellation:)``).
    ///
    /// Every restaurant's days run over the same range, from the first day with a completed
    /// order anywhere to the last, so the charts line up.
    public init(reading database: any DatabaseReader,
                expectations: RealismExpectations = RealismExpectations()) throws(VerificationError) {
        try Verifier().checkSchema(database)
        let queries = ReportQueries(database)
        let restaurants = try queries.restaurants()
        let names = Dictionary(restaurants.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let daily = try queries.dailyRevenue()
        let labour = try queries.dailyLabour()
        let allDays = daily.map(\.day) + labour.map(\.day)
        let range = allDays.min().map { $0...allDays.max()! }
        let heat = try queries.heat()
        let sellers = try queries.sellers()
        let orderTypes = try queries.orderTypes()
        let payments = try queries.paymentMethods()
        let stock = try queries.stockMovements()

        func scope(key: String, title: String, id: Int?) -> ReportScope {
            let included = { (restaurant: Int) in id == nil || restaurant == id }
            let revenue = daily.filter { included($0.restaurant) }
            let days = Self.days(revenue.map { ($0.day, $0.orders, $0.pence) }, over: range)
            let wages = labour.filter { included($0.restaurant) }.map { ($0.day, $0.pence) }
            return ReportScope(
                key: key, title: title, restaurantID: id, days: days,
                heat: Self.merged(heat.filter { included($0.restaurant) }.map(\.cell)),
                sellers: sellers.filter { included($0.restaurant) }
                    .map { Seller(name: $0.name, restaurant: names[$0.restaurant] ?? "", units: $0.units, revenuePence: $0.pence) }
                    .sorted { ($0.units, $0.revenuePence, $1.name) > ($1.units, $1.revenuePence, $0.name) },
                orderTypes: Self.merged(orderTypes.filter { included($0.restaurant) }.map(\.share)),
                paymentMethods: Self.merged(payments.filter { included($0.restaurant) }.map(\.share)),
                labourWeeks: Self.weeks(labour: wages, days: days),
                stockOuts: Self.stockOuts(stock.filter { included($0.restaurant) }
                    .map { (item: $0.item, name: $0.name, restaurant: names[$0.restaurant] ?? "", day: $0.day, change: $0.change) },
                    through: range?.upperBound))
        }

        platformName = try queries.platformName()
        scopes = [scope(key: "platform", title: platformName, id: nil)]
            + restaurants.map { scope(key: $0.slug, title: $0.name, id: $0.id) }
        logins = try queries.logins()
        provenance = try queries.provenance()
        demoPassword = nil
        realism = try RealismScorecard(expectations: expectations).measure(database)
    }

    /// One entry a day over `range`, zero where there is none, each with its trailing 7-day mean.
    static func days(_ entries: [(Day, Int, Int64)], over range: ClosedRange<Day>?) -> [DailyRevenue] {
        guard let range else { return [] }
        var byDay: [Day: (orders: Int, pence: Int64)] = [:]
        for (day, orders, pence) in entries {
            byDay[day, default: (0, 0)].orders += orders
            byDay[day, default: (0, 0)].pence += pence
        }
        var result: [DailyRevenue] = []
        var window: [Int64] = []
        for day in range {
            let entry = byDay[day] ?? (0, 0)
            window.append(entry.pence)
            if window.count > 7 { window.removeFirst() }
            let count = Int64(window.count)
            let mean = (window.reduce(0, +) + count / 2) / count
            result.append(DailyRevenue(day: day, orders: entry.orders, revenuePence: entry.pence, sevenDayAveragePence: mean))
        }
        return result
    }

    /// Wages and revenue by week (Monday to Sunday), over the weeks `days` cover.
    static func weeks(labour: [(Day, Int64)], days: [DailyRevenue]) -> [LabourWeek] {
        guard let first = days.first?.day, let last = days.last?.day else { return [] }
        func monday(_ day: Day) -> Day { day.adding(days: -(day.isoWeekday - 1)) }
        var weeks: [Day: LabourWeek] = [:]
        for start in stride(from: monday(first), through: last, by: 7) {
            weeks[start] = LabourWeek(weekStart: start, labourPence: 0, revenuePence: 0, daysCovered: 0)
        }
        for (day, pence) in labour { weeks[monday(day)]?.labourPence += pence }
        for day in days {
            weeks[monday(day.day)]?.revenuePence += day.revenuePence
            weeks[monday(day.day)]?.daysCovered += 1
        }
        return weeks.values.sorted { $0.weekStart < $1.weekStart }
    }

    /// The items whose stock ended a day at zero (or below), and on how many days, counting the
    /// days between movements and up to `lastDay` at the balance the last movement left.
    static func stockOuts(_ movements: [(item: Int, name: String, restaurant: String, day: Day, change: Int64)],
                          through lastDay: Day?) -> [StockOut] {
        var result: [StockOut] = []
        var index = 0
        while index < movements.count {
            let item = movements[index].item
            var end = index
            while end < movements.count && movements[end].item == item { end += 1 }
            var balance: Int64 = 0, outDays = 0
            var firstOut: Day?
            for position in index..<end {
                balance += movements[position].change
                let until = position + 1 < end ? movements[position + 1].day : (lastDay ?? movements[position].day).adding(days: 1)
                let span = max(0, movements[position].day.distance(to: until))
                if balance <= 0 && span > 0 {
                    outDays += span
                    firstOut = firstOut ?? movements[position].day
                }
            }
            if let firstOut {
                result.append(StockOut(item: movements[index].name, restaurant: movements[index].restaurant,
                                       days: outDays, firstDay: firstOut))
            }
            index = end
        }
        return result.sorted { ($1.days, $0.firstDay.daysSinceEpoch) < ($0.days, $1.firstDay.daysSinceEpoch) }
    }

    static func merged(_ cells: [HeatCell]) -> [HeatCell] {
        var counts: [Int: Int] = [:]
        for cell in cells { counts[cell.weekday * 100 + cell.hour, default: 0] += cell.orders }
        return counts.keys.sorted().map { HeatCell(weekday: $0 / 100, hour: $0 % 100, orders: counts[$0]!) }
    }

    static func merged(_ shares: [MixShare]) -> [MixShare] {
        var amounts: [String: Int64] = [:]
        for share in shares { amounts[share.name, default: 0] += share.amount }
        return amounts.map { MixShare(name: $0.key, amount: $0.value) }.sorted { ($1.amount, $0.name) < ($0.amount, $1.name) }
    }
}

import Testing
@testable import SeedKit

/// How the report turns a database's rows into its figures.
@Suite struct ReportDataTests {
    let monday = Day(year: 2025, month: 3, day: 24)!

    @Test("every day of the range is shown, and the 7-day average trails over the days so far")
    func days() {
        let range = monday...monday.adding(days: 8)
        let days = ReportData.days([(monday, 1, 700), (monday.adding(days: 8), 2, 1400)], over: range)
        #expect(days.count == 9 && days[1].revenuePence == 0)
        #expect(days.map(\.sevenDayAveragePence) == [700, 350, 233, 175, 140, 117, 100, 0, 200])
    }

    @Test("weeks run Monday to Sunday, and a week cut by the range says how many days it has")
    func weeks() {
        let days = ReportData.days([(monday.adding(days: 6), 1, 10_000), (monday.adding(days: 7), 1, 5_000)],
                                   over: monday.adding(days: 6)...monday.adding(days: 7))
        let weeks = ReportData.weeks(labour: [(monday.adding(days: 6), 2_500), (monday.adding(days: 7), 5_000)], days: days)
        #expect(weeks.map(\.weekStart) == [monday, monday.adding(days: 7)])
        #expect(weeks.map(\.daysCovered) == [1, 1])
        #expect(weeks.map(\.percent) == [25, 100])
    }

    @Test("a stock-out counts the days an item's stock ended at zero, through the last day")
    func stockOuts() {
        let movements: [(item: Int, name: String, restaurant: String, day: Day, change: Int64)] = [
            (1, "Corona", "R", monday, 5_000), (1, "Corona", "R", monday.adding(days: 1), -5_000),
            (1, "Corona", "R", monday.adding(days: 3), 2_000),
            (2, "Lime", "R", monday, 1_000), (2, "Lime", "R", monday.adding(days: 2), -1_000),
            (3, "Salt", "R", monday, 1_000),
        ]
        let outs = ReportData.stockOuts(movements, through: monday.adding(days: 5))
        #expect(outs == [StockOut(item: "Lime", restaurant: "R", days: 4, firstDay: monday.adding(days: 2)),
                         StockOut(item: "Corona", restaurant: "R", days: 2, firstDay: monday.adding(days: 1))])
    }

    @Test("chart ticks are round and reach the maximum; text is escaped and money grouped")
    func formatting() {
        #expect(SVGChart.ticks(upTo: 1_100) == [0, 500, 1_000, 1_500])
        #expect(SVGChart.ticks(upTo: 0) == [0, 1])
        #expect(HTMLText.escape("O'Brien's <Café> & \"co\"") == "O&#39;Brien&#39;s &lt;Café&gt; &amp; &quot;co&quot;")
        #expect(HTMLText.pounds(123_456_78) == "£123,456.78")
        #expect(HTMLText.pounds(150, wholePounds: true) == "£2")
    }
}

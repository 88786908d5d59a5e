extension ReportCharts {
    static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// Orders by hour (columns) and weekday (rows): one cell for every hour from the earliest
    /// to the latest with orders, on every weekday, darker for more orders.
    static func heat(_ cells: [HeatCell], scope: String) -> String {
        let hours = cells.isEmpty ? 8...20 : cells.map(\.hour).min()!...cells.map(\.hour).max()!
        let left = 44.0, top = 4.0, bottom = 22.0, rowHeight = 24.0
        let cell = (760 - left - 8) / Double(hours.count)
        var chart = SVGChart(kind: "heat", scope: scope, width: 760, height: top + rowHeight * 7 + bottom,
                             label: "Orders by hour and weekday")
        var counts: [Int: Int] = [:]
        for entry in cells { counts[entry.weekday * 100 + entry.hour, default: 0] += entry.orders }
        let maximum = max(1, counts.values.max() ?? 1)
        for weekday in 1...7 {
            let y = top + Double(weekday - 1) * rowHeight
            chart.text(weekdayNames[weekday - 1], x: left - 6, y: y + rowHeight / 2 + 4, anchor: "end")
            for (column, hour) in hours.enumerated() {
                let orders = counts[weekday * 100 + hour] ?? 0
                chart.rect(x: left + Double(column) * cell + 1, y: y + 1, width: cell - 2, height: rowHeight - 2,
                           fill: shade(Double(orders) / Double(maximum)), classes: "mark cell",
                           title: "\(weekdayNames[weekday - 1]) \(hour):00–\(hour + 1):00: \(orders) orders",
                           data: [("weekday", String(weekday)), ("hour", String(hour)), ("orders", String(orders))])
            }
        }
        for (column, hour) in hours.enumerated() where hours.count <= 16 || hour % 2 == 0 {
            chart.text(format2(hour) + ":00", x: left + (Double(column) + 0.5) * cell, y: chart.height - 8, anchor: "middle")
        }
        return chart.svg
    }

    /// From a pale grey (none) to the palette's teal (the busiest cell).
    static func shade(_ fraction: Double) -> String {
        guard fraction > 0 else { return "#f1f5f9" }
        let from = (204.0, 235.0, 231.0), to = (15.0, 118.0, 110.0)
        let t = 0.15 + 0.85 * min(1, fraction)
        func channel(_ a: Double, _ b: Double) -> String {
            let value = Int((a + (b - a) * t).rounded())
            let digits = Array("0123456789abcdef")
            return String([digits[value / 16], digits[value % 16]])
        }
        return "#" + channel(from.0, to.0) + channel(from.1, to.1) + channel(from.2, to.2)
    }

    private static func format2(_ hour: Int) -> String { hour < 10 ? "0\(hour)" : "\(hour)" }
}

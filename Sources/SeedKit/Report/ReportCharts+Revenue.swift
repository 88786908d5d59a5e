/// The report's charts, each an inline SVG drawn from ``ReportData`` values.
enum ReportCharts {
    /// Revenue per day as bars (one a day, days without orders included) and its 7-day average
    /// as a line.
    static func revenue(_ days: [DailyRevenue], scope: String) -> String {
        var chart = SVGChart(kind: "revenue", scope: scope, width: 760, height: 240, label: "Revenue per day with its 7-day average")
        let left = 64.0, right = 12.0, top = 12.0, bottom = 28.0
        let plotWidth = chart.width - left - right, plotHeight = chart.height - top - bottom
        let maximum = Double(days.map { max($0.revenuePence, $0.sevenDayAveragePence) }.max() ?? 0) / 100
        let ticks = SVGChart.ticks(upTo: maximum)
        let scale = plotHeight / (ticks.last ?? 1)
        for tick in ticks {
            let y = top + plotHeight - tick * scale
            chart.line(x1: left, y1: y, x2: chart.width - right, y2: y)
            chart.text(HTMLText.pounds(Int64(tick * 100), wholePounds: true), x: left - 6, y: y + 4, anchor: "end")
        }
        guard !days.isEmpty else {
            chart.text("no completed orders", x: left + plotWidth / 2, y: top + plotHeight / 2, anchor: "middle", classes: "empty")
            return chart.svg
        }
        let slot = plotWidth / Double(days.count)
        // Wide slots (a short history) get bars of at most 56 units, centred.
        let gap = slot > 70 ? slot - 56 : slot > 4 ? max(1, slot * 0.2) : 0
        var path: [String] = []
        for (index, day) in days.enumerated() {
            let x = left + Double(index) * slot
            let height = Double(day.revenuePence) / 100 * scale
            chart.rect(x: x + gap / 2, y: top + plotHeight - height, width: slot - gap, height: height, fill: "#99d5cf",
                       classes: "mark bar", title: "\(day.day): \(HTMLText.pounds(day.revenuePence)), \(day.orders) orders",
                       data: [("day", day.day.description), ("pence", String(day.revenuePence))])
            let averageY = top + plotHeight - Double(day.sevenDayAveragePence) / 100 * scale
            path.append("\(index == 0 ? "M" : "L")\(chart.n(x + slot / 2)) \(chart.n(averageY))")
        }
        chart.add("<path class=\"mark average\" d=\"\(path.joined(separator: " "))\" fill=\"none\" stroke=\"#0f766e\" "
            + "stroke-width=\"2.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>")
        for index in labelIndices(count: days.count, maximum: 7) {
            chart.text(shortDate(days[index].day), x: left + (Double(index) + 0.5) * slot, y: chart.height - 8, anchor: "middle")
        }
        return chart.svg
    }

    /// At most `maximum` indices, evenly spaced from the first (labels far enough apart not to touch).
    static func labelIndices(count: Int, maximum: Int) -> [Int] {
        guard count > maximum else { return Array(0..<count) }
        let step = (count + maximum - 1) / maximum
        return Array(stride(from: 0, to: count, by: step))
    }

    /// `31 Mar`, or `31 Mar 25` when `withYear`.
    static func shortDate(_ day: Day, withYear: Bool = false) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let civil = day.civil
        return "\(civil.day) \(months[civil.month - 1])" + (withYear ? " \(civil.year % 100)" : "")
    }
}

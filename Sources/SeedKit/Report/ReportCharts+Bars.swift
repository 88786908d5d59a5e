extension ReportCharts {
    /// Horizontal bars of units sold, one a product, labelled with the units and revenue.
    static func sellers(_ sellers: [Seller], scope: String, kind: String, showRestaurant: Bool) -> String {
        let rowHeight = 24.0, labelWidth = 230.0, valueWidth = 150.0
        var chart = SVGChart(kind: kind, scope: scope, width: 760, height: max(rowHeight, Double(sellers.count) * rowHeight) + 4,
                             label: kind == "worst-sellers" ? "Worst sellers by units sold" : "Best sellers by units sold")
        let maximum = Double(max(1, sellers.map(\.units).max() ?? 1))
        let plotWidth = chart.width - labelWidth - valueWidth
        for (index, seller) in sellers.enumerated() {
            let y = Double(index) * rowHeight + 2
            let name = showRestaurant ? "\(seller.name) · \(seller.restaurant)" : seller.name
            chart.text(truncated(name, to: 34), x: labelWidth - 8, y: y + 16, anchor: "end", classes: "label")
            let width = Double(seller.units) / maximum * plotWidth
            chart.rect(x: labelWidth, y: y + 3, width: max(width, 1), height: rowHeight - 6,
                       fill: kind == "worst-sellers" ? "#f59e0b" : SVGChart.palette[0], classes: "mark bar",
                       title: "\(seller.name): \(seller.units) sold, \(HTMLText.pounds(seller.revenuePence))",
                       data: [("units", String(seller.units))])
            chart.text("\(HTMLText.grouped(seller.units)) · \(HTMLText.pounds(seller.revenuePence, wholePounds: true))",
                       x: labelWidth + max(width, 1) + 6, y: y + 16, classes: "value")
        }
        if sellers.isEmpty { chart.text("no products", x: labelWidth, y: 16, classes: "empty") }
        return chart.svg
    }

    /// Labour cost as a percentage of revenue, a bar a week (none for a week without revenue).
    static func labour(_ weeks: [LabourWeek], scope: String) -> String {
        var chart = SVGChart(kind: "labour", scope: scope, width: 760, height: 200, label: "Labour cost as a percentage of revenue, by week")
        let left = 44.0, right = 12.0, top = 18.0, bottom = 28.0
        let plotWidth = chart.width - left - right, plotHeight = chart.height - top - bottom
        let ticks = SVGChart.ticks(upTo: max(10, weeks.compactMap(\.percent).max() ?? 0))
        let scale = plotHeight / (ticks.last ?? 1)
        for tick in ticks {
            let y = top + plotHeight - tick * scale
            chart.line(x1: left, y1: y, x2: chart.width - right, y2: y)
            chart.text("\(Int(tick))%", x: left - 6, y: y + 4, anchor: "end")
        }
        guard !weeks.isEmpty else {
            chart.text("no staff time", x: left + plotWidth / 2, y: top + plotHeight / 2, anchor: "middle", classes: "empty")
            return chart.svg
        }
        let slot = plotWidth / Double(weeks.count)
        let labelled = Set(labelIndices(count: weeks.count, maximum: 10))
        for (index, week) in weeks.enumerated() {
            let x = left + Double(index) * slot
            if let percent = week.percent {
                let height = percent * scale
                chart.rect(x: x + slot * 0.15, y: top + plotHeight - height, width: slot * 0.7, height: height,
                           fill: week.daysCovered < 7 ? "#a5b4fc" : SVGChart.palette[2], classes: "mark bar",
                           title: "Week of \(week.weekStart)\(week.daysCovered < 7 ? " (\(week.daysCovered) of 7 days)" : ""): "
                               + "\(HTMLText.oneDecimal(percent))% "
                               + "(\(HTMLText.pounds(week.labourPence)) of \(HTMLText.pounds(week.revenuePence)))",
                           data: [("week", week.weekStart.description)])
                if weeks.count <= 16 {
                    chart.text("\(HTMLText.oneDecimal(percent))%", x: x + slot / 2, y: top + plotHeight - height - 4,
                               anchor: "middle", classes: "value")
                }
            }
            if labelled.contains(index) {
                chart.text(shortDate(week.weekStart), x: x + slot / 2, y: chart.height - 8, anchor: "middle")
            }
        }
        return chart.svg
    }

    static func truncated(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}

extension ReportCharts {
    /// One bar split into a segment per category (those with a share), with a legend of
    /// percentages; `format` writes a category's amount.
    static func mix(_ shares: [MixShare], scope: String, kind: String, label: String, format: (Int64) -> String) -> String {
        let present = shares.filter { $0.amount > 0 }
        var chart = SVGChart(kind: kind, scope: scope, width: 380, height: 34 + Double(max(1, present.count)) * 20, label: label)
        let total = present.reduce(0) { $0 + $1.amount }
        guard total > 0 else {
            chart.text("none", x: 0, y: 20, classes: "empty")
            return chart.svg
        }
        var x = 0.0
        for (index, share) in present.enumerated() {
            let width = Double(share.amount) / Double(total) * chart.width
            let colour = SVGChart.palette[index % SVGChart.palette.count]
            let percent = Double(share.amount) * 100 / Double(total)
            chart.rect(x: x, y: 0, width: width, height: 24, fill: colour, classes: "mark segment",
                       title: "\(displayName(share.name)): \(format(share.amount)) (\(HTMLText.oneDecimal(percent))%)",
                       data: [("name", share.name), ("amount", String(share.amount))])
            x += width
            let legendX = 0.0, legendY = 46 + Double(index) * 20
            chart.rect(x: legendX, y: legendY - 10, width: 12, height: 12, fill: colour)
            chart.text(displayName(share.name), x: legendX + 18, y: legendY, classes: "label")
            chart.text("\(format(share.amount)) · \(HTMLText.oneDecimal(percent))%", x: chart.width, y: legendY,
                       anchor: "end", classes: "value")
        }
        return chart.svg
    }

    /// `dine_in` → `Dine in`, `apple_pay` → `Apple pay`.
    static func displayName(_ name: String) -> String {
        let spaced = name.replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }
}

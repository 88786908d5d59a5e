internal import Foundation

/// The pieces every chart of the report is drawn with: an inline SVG of a fixed view box that
/// scales to the page's width, axes with round ticks, and the palette. Each chart's marks (the
/// bars, cells, segments and lines that stand for data) carry the class `mark`, so a browser
/// test can count them.
struct SVGChart {
    /// The chart's kind (`revenue`, `heat`, …) and the scope it belongs to, as `data-` attributes.
    let kind: String
    let scope: String
    let width: Double
    let height: Double
    /// What the chart shows, for screen readers.
    let label: String
    private(set) var body: [String] = []

    init(kind: String, scope: String, width: Double, height: Double, label: String) {
        self.kind = kind
        self.scope = scope
        self.width = width
        self.height = height
        self.label = label
    }

    /// Categorical colours, distinguishable in print.
    static let palette = ["#0f766e", "#ea580c", "#4f46e5", "#db2777", "#ca8a04", "#0284c7", "#65a30d", "#475569"]

    mutating func add(_ element: String) { body.append(element) }

    /// A rectangle; with a `title`, a tooltip.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, classes: String = "",
                       title: String? = nil, data: [(String, String)] = []) {
        let attributes = data.map { " data-\($0.0)=\"\(HTMLText.escape($0.1))\"" }.joined()
        let tip = title.map { "<title>\(HTMLText.escape($0))</title>" } ?? ""
        let classAttribute = classes.isEmpty ? "" : " class=\"\(classes)\""
        add("<rect\(classAttribute) x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\" height=\"\(n(max(0, height)))\" "
            + "fill=\"\(fill)\"\(attributes)>\(tip)</rect>")
    }

    /// Text at a point; `anchor` is `start`, `middle` or `end`.
    mutating func text(_ text: String, x: Double, y: Double, anchor: String = "start", classes: String = "axis") {
        add("<text class=\"\(classes)\" x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\">\(HTMLText.escape(text))</text>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, classes: String = "grid") {
        add("<line class=\"\(classes)\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\"/>")
    }

    /// The finished `<svg>` element.
    var svg: String {
        "<svg class=\"chart\" data-chart=\"\(kind)\" data-scope=\"\(HTMLText.escape(scope))\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
            + "role=\"img\" aria-label=\"\(HTMLText.escape(label))\" xmlns=\"http://www.w3.org/2000/svg\">"
            + body.joined() + "</svg>"
    }

    /// A coordinate with at most one decimal: short, and the same on every machine.
    func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// Round tick values from 0 to at least `maximum`: 1, 2 or 5 times a power of ten apart.
    static func ticks(upTo maximum: Double, count: Int = 4) -> [Double] {
        guard maximum > 0 else { return [0, 1] }
        let rough = maximum / Double(count)
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        let top = (maximum / step).rounded(.up)
        return (0...Int(top)).map { Double($0) * step }
    }
}

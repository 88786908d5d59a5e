/// One line of the realism scorecard: a measure of one restaurant against its band.
public struct RealismMeasure: Sendable, Equatable {
    /// The measure's name in `Docs/realism.md`, e.g. `labour_cost`.
    public let name: String
    /// What was measured, e.g. `31.2 % of net sales (£4,210.55 of £13,495.10)`.
    public let value: String
    /// The band it must fall in, e.g. `25–35 %`.
    public let band: String
    /// Whether the value is in its band.
    public let inBand: Bool
    /// The value as a number, for tests and summaries (a percentage or a count).
    public let number: Double

    /// `  ok    labour_cost  31.2 % of net sales  (band 25–35 %)`.
    public var line: String {
        let mark = inBand ? "ok  " : "FAIL"
        let padded = name.count < 24 ? name + String(repeating: " ", count: 24 - name.count) : name
        return "  \(mark)  \(padded) \(value)  (band \(band))"
    }
}

/// The scorecard of one restaurant.
public struct RealismCard: Sendable {
    /// The restaurant's slug and name.
    public let slug: String
    public let name: String
    /// Its measures, in the order `Docs/realism.md` lists them.
    public let measures: [RealismMeasure]

    /// Whether every measure is in band.
    public var allInBand: Bool { measures.allSatisfy(\.inBand) }

    /// The measure named `name`.
    public func measure(_ name: String) -> RealismMeasure? { measures.first { $0.name == name } }
}

/// The realism scorecard of a database: one card per restaurant.
public struct RealismReport: Sendable {
    /// One card per restaurant, in id order.
    public let cards: [RealismCard]

    /// Whether every measure of every restaurant is in band.
    public var allInBand: Bool { cards.allSatisfy(\.allInBand) }

    /// Each restaurant's measures, then a summary line.
    public var text: String {
        var lines: [String] = []
        for card in cards {
            lines.append("\(card.slug) (\(card.name))")
            lines += card.measures.map(\.line)
        }
        let failing = cards.flatMap(\.measures).filter { !$0.inBand }.count
        let total = cards.flatMap(\.measures).count
        lines.append(failing == 0
            ? "realism: all \(total) measures of \(cards.count) restaurants in band"
            : "realism: \(failing) of \(total) measures of \(cards.count) restaurants out of band")
        return lines.joined(separator: "\n")
    }
}

/// `12.3`: one decimal place, for percentages in the scorecard.
func oneDecimal(_ value: Double) -> String {
    let tenths = Int((abs(value) * 10).rounded())
    return "\(value < 0 && tenths > 0 ? "-" : "")\(tenths / 10).\(tenths % 10)"
}

/// Measures a database as a restaurateur would read it (`seedkit verify TARGET --realism`):
/// labour cost, cover on the floor and in the kitchen, demand served, stock, tables, wages,
/// contract hours and the shape of the day. The rules and bands are in `Docs/realism.md`.
///
/// Every figure is read with SQL through ``DatabaseReader``; the few that need a walk over time
/// (who was on the clock in each quarter hour, an item's running stock) are summed here.
public struct RealismScorecard: Sendable {
    public let expectations: RealismExpectations

    /// A scorecard against `expectations` (by default, none: see ``RealismExpectations``).
    public init(expectations: RealismExpectations = .init()) {
        self.expectations = expectations
    }

    /// One card per restaurant, in id order.
    public func measure(_ database: some DatabaseReader) throws(VerificationError) -> RealismReport {
        let facts = try RealismFacts(database)
        let cards = try database.rows("SELECT id, slug, name FROM restaurants ORDER BY id").map { row in
            let id = Int(row[0] ?? "") ?? 0, slug = row[1] ?? "", name = row[2] ?? ""
            let expected = expectations.restaurants[slug] ?? .unknown
            let restaurant = facts.restaurant(id)
            return RealismCard(slug: slug, name: name, measures: measures(restaurant, slug: slug, expected: expected))
        }
        return RealismReport(cards: cards)
    }

    func measures(_ facts: RealismFacts.Restaurant, slug: String, expected: RealismExpectations.Restaurant) -> [RealismMeasure] {
        var measures = [labourCost(facts, band: expected.labourBand)]
        let open = RealismOpenHours(facts: facts, hours: expected.openingHours)
        measures += coverage(facts, open: open)
        measures += demandServed(facts, configured: expected.configuredOrders)
        measures.append(inStock(facts))
        measures.append(.init(name: "table_overlaps", value: "\(facts.tableOverlaps) dine-in pairs at one table at once",
                              band: "0", inBand: facts.tableOverlaps == 0, number: Double(facts.tableOverlaps)))
        measures += orderTypes(facts, delivery: expected.delivery)
        measures += staffTerms(facts, slug: slug)
        measures += peakShape(facts, open: open)
        return measures
    }

    func labourCost(_ facts: RealismFacts.Restaurant, band: ClosedRange<Int>) -> RealismMeasure {
        let share = facts.netSales > 0 ? Double(facts.pay) * 100 / Double(facts.netSales) : 0
        // Compared in integers: pay × 100 within band × net sales.
        let inBand = facts.netSales > 0
            && facts.pay * 100 >= Int64(band.lowerBound) * facts.netSales
            && facts.pay * 100 <= Int64(band.upperBound) * facts.netSales
        return RealismMeasure(
            name: "labour_cost",
            value: "\(oneDecimal(share)) % of net sales (£\(Money(minorUnits: facts.pay)) of £\(Money(minorUnits: facts.netSales)))",
            band: "\(band.lowerBound)–\(band.upperBound) %", inBand: inBand, number: share)
    }

    func inStock(_ facts: RealismFacts.Restaurant) -> RealismMeasure {
        let (inStock, itemDays) = facts.stockDays
        let share = itemDays > 0 ? Double(inStock) * 100 / Double(itemDays) : 100
        return RealismMeasure(
            name: "in_stock", value: "\(oneDecimal(share)) % of \(itemDays) open item-days of supplied items",
            band: "≥ 98 %", inBand: inStock * 100 >= itemDays * 98, number: share)
    }
}

extension RealismScorecard {
    /// Order types done properly: no service charge on takeaway; deliveries paid online (unless
    /// the scenario takes cash on delivery), each with its fee line and at least the minimum
    /// order of menu items (these two need the scenario's delivery policy).
    func orderTypes(_ facts: RealismFacts.Restaurant, delivery: Scenario.DeliveryPolicy?) -> [RealismMeasure] {
        var measures: [RealismMeasure] = [
            .init(name: "takeaway_service_charge", value: "\(facts.takeawayServiceCharges) takeaway orders with a service charge",
                  band: "0", inBand: facts.takeawayServiceCharges == 0, number: Double(facts.takeawayServiceCharges)),
        ]
        let cashAllowed = delivery?.cashOnDelivery ?? false
        measures.append(.init(
            name: "delivery_paid_in_cash", value: "\(facts.cashDeliveries) of \(facts.deliveries.count) deliveries paid in cash",
            band: cashAllowed ? "any (cash on delivery)" : "0", inBand: cashAllowed || facts.cashDeliveries == 0,
            number: Double(facts.cashDeliveries)))
        guard let delivery, !facts.deliveries.isEmpty else { return measures }
        let chargesFee = delivery.fee > .zero
        let withoutFee = chargesFee ? facts.deliveries.filter { !$0.skus.contains(delivery.feeSKU) }.count : 0
        let fee = chargesFee ? delivery.fee.minorUnits : 0
        let belowMinimum = facts.deliveries.filter { $0.items - ($0.skus.contains(delivery.feeSKU) ? fee : 0) < delivery.minimumOrder.minorUnits }.count
        measures.append(.init(name: "delivery_without_fee", value: "\(withoutFee) of \(facts.deliveries.count) deliveries without the fee line",
                              band: "0", inBand: withoutFee == 0, number: Double(withoutFee)))
        measures.append(.init(name: "delivery_below_minimum",
                              value: "\(belowMinimum) of \(facts.deliveries.count) deliveries below the £\(delivery.minimumOrder) minimum",
                              band: "0", inBand: belowMinimum == 0, number: Double(belowMinimum)))
        return measures
    }
}

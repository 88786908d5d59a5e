/// One customer order and everything it causes: the order and its items, its payments, the
/// platform's commission record, and the stock its items take.
///
/// An order draws only from its own stream, derived from the day's stream and its number.
/// Cancelled orders (cancelled before the kitchen started) take no stock and have no payment;
/// refunded orders were made and paid, then refunded: they end `cancelled` with their payments
/// `refunded` and no commission record.
///
/// An order still going on when history ends at a minute (`--as-of now`) is open instead: its
/// status says how far it has got (``OpenOrder``), and it has no payment or commission record
/// yet; it took its stock when it was taken, as every order does.
struct OrderGenerator {
    let tenant: Tenant
    let baskets: BasketBuilder
    /// Commissions of the month that `as_of` falls in are still `pending`; earlier ones `paid`.
    let asOf: Day
    /// The demand's order type and payment method weights, ready for ``RandomStream/weightedIndex(_:)``.
    private let orderTypeWeights: [Double]
    private let paymentMethodWeights: [Double]
    /// Delivery orders are paid online: cash only when the restaurant takes cash on delivery
    /// (or takes nothing else).
    private let deliveryMethodWeights: [Double]

    init(tenant: Tenant, baskets: BasketBuilder, asOf: Day) {
        self.tenant = tenant
        self.baskets = baskets
        self.asOf = asOf
        orderTypeWeights = tenant.restaurant.demand.orderTypes.map { Double($0.1) }
        paymentMethodWeights = tenant.restaurant.demand.paymentMethods.map { Double($0.1) }
        let online = tenant.restaurant.demand.paymentMethods.map { $0.0 == "cash" ? 0 : Double($0.1) }
        deliveryMethodWeights = tenant.restaurant.delivery.cashOnDelivery || online.allSatisfy({ $0 == 0 })
            ? paymentMethodWeights : online
    }

    /// What the day needs to know about an order that was taken.
    struct Outcome {
        let total: Money
        let completed: Bool
        let servedBy: Int
        let lines: [(product: Int, quantity: Int, amount: Money)]
        let payments: [(method: String, amount: Money)]
    }

    /// Generates the order taken at `moment` by one of `servers`; nil when the basket came out empty.
    /// History ending at `cut` leaves the order open when it closes after it.
    func generate(at moment: Timestamp, number: ShortText, servers: [StaffRecord], draws: inout RandomStream,
                  state: inout TenantState, tables: inout TableBook, until cut: Timestamp? = nil,
                  emit: RowEmitter) throws -> Outcome? {
        let restaurant = tenant.restaurant
        let demand = restaurant.demand
        let server = draws.pick(servers)
        let type = demand.orderTypes[draws.weightedIndex(orderTypeWeights)].0
        let guests = type == .dineIn ? draws.int(in: demand.partySize) : (draws.chance(Self.takeawayPairChance) ? 2 : 1)
        let cancelled = draws.chance(percent(demand.cancellationRate))
        let refunded = !cancelled && draws.chance(percent(demand.refundRate))
        let discounted = draws.chance(percent(demand.discountRate))
        let minutesToClose = type == .dineIn ? draws.int(in: 25...70) : draws.int(in: 8...20)
        let customer = NameBook.name(using: &draws)
        _ = draws.int(in: 1...20)
        var picks = baskets.basket(guests: guests, type: type, at: moment, stock: state.stock, draws: &draws)
        guard !picks.isEmpty else { return nil }
        if type == .delivery { topUp(&picks, at: moment, stock: state.stock, draws: &draws) }
        let closedAt = moment.adding(seconds: Int64(minutesToClose * 60))
        var table = 0
        if type == .dineIn {
            guard let free = tables.seat(guests, from: moment, until: closedAt) else { return nil }
            table = free
        }

        if type == .delivery, let fee = tenant.deliveryFeeProduct { picks.append((fee, 1)) }
        let lines = picks.map { pick in
            (product: pick.product, quantity: pick.quantity, amount: price(of: pick.product, at: moment) * pick.quantity)
        }
        // The lines as priced, in a buffer on the stack (a lazy map would copy the generator).
        let pricing = withUnsafeTemporaryAllocation(of: OrderPricing.Line.self, capacity: lines.count) { priced in
            for (index, line) in lines.enumerated() {
                priced.initializeElement(at: index, to: OrderPricing.Line(vatRate: vatRate(of: line.product), amount: line.amount))
            }
            return OrderPricing(
                lines: priced,
                discountRate: discounted ? OrderGenerator.discount : .zero,
                // Takeaway never carries a service charge: nobody served a table.
                serviceChargeRate: restaurant.serviceCharge.appliesTo.contains(type) && type != .takeaway
                    ? restaurant.serviceCharge.rate : .zero,
                serviceChargeBearsVAT: restaurant.serviceCharge.bearsVAT,
                standardVATRate: restaurant.tax.vatRate, pricesIncludeVAT: restaurant.tax.pricesIncludeVAT)
        }

        let open = cut.flatMap { OpenOrder(createdAt: moment, closesAt: closedAt, at: $0) }
        // An open order's payments and commission record take their ids, as they will, but are not written yet.
        let paid = open == nil
        let orderID = state.counters.take(.orders)
        var row = emit.begin(.orders)
        row("id", orderID)
        row("restaurant_id", tenant.id)
        row("order_number", number)
        row("table_number", type == .dineIn ? Self.tableNumber(table) : nil)
        row("customer_name", type == .dineIn ? nil : Self.customerName(customer))
        row("order_type", Self.text(of: type))
        row("status", open?.status ?? (cancelled || refunded ? "cancelled" : "completed"))
        row("subtotal", pricing.subtotal)
        row("tax_amount", pricing.tax)
        row("service_charge", pricing.serviceCharge)
        row("discount_amount", pricing.discount)
        row("total_amount", pricing.total)
        row("items_count", lines.reduce(0) { $0 + $1.quantity })
        row("served_by", server.employeeID)
        row("created_by", server.userID)
        row("created_at", moment)
        row("updated_at", open?.since ?? closedAt)
        try emit.end(row)
        for line in lines {
            let note = draws.chance(0.05) ? draws.pick(OrderGenerator.instructions) : nil
            let id = state.counters.take(.orderItems)
            var row = emit.begin(.orderItems)
            row("id", id)
            row("order_id", orderID)
            row("product_id", tenant.id(.products, line.product))
            row("quantity", line.quantity)
            row("unit_price", price(of: line.product, at: moment))
            row("total_price", line.amount)
            row("special_instructions", .optionalText(note))
            row("created_at", moment)
            try emit.end(row)
        }

        var payments: [(method: String, amount: Money)] = []
        if !cancelled && pricing.total > .zero {
            let paidAt = type == .dineIn ? closedAt : moment.adding(seconds: Int64(draws.int(in: 0...120)))
            let parts = type == .dineIn && guests >= 2 && draws.chance(0.12) ? draws.int(in: 2...min(guests, 4)) : 1
            let methodWeights = type == .delivery ? deliveryMethodWeights : paymentMethodWeights
            payments.reserveCapacity(parts)
            for amount in split(pricing.total, into: parts) {
                payments.append((demand.paymentMethods[draws.weightedIndex(methodWeights)].0, amount))
            }
            for payment in payments {
                try emitPayment(payment, id: state.counters.take(.payments), order: orderID, at: paidAt,
                                refunded: refunded, draws: &draws, emit: paid ? emit : nil)
            }
            if !refunded {
                let id = state.counters.take(.commissionRecords)
                let rate = tenant.plan.commissionRate
                if paid {
                    var row = emit.begin(.commissionRecords)
                    row("id", id)
                    row("restaurant_id", tenant.id)
                    row("platform_id", tenant.ids.platformID)
                    row("order_id", orderID)
                    row("gross_amount", pricing.total)
                    row("commission_rate", rate)
                    row("commission_amount", pricing.total.applying(rate))
                    row("processed_at", paidAt)
                    row("payment_status", sameMonth(paidAt.day, asOf) ? "pending" : "paid")
                    try emit.end(row)
                }
            }
        }
        if !cancelled {
            for line in lines where line.product < restaurant.items.count {
                guard let item = state.stock.sell(product: line.product, quantity: line.quantity) else { continue }
                let cost = state.stock.items[item].unitCost
                try StockMovementRow.emit(
                    id: state.counters.take(.stockMovements), tenant: tenant, item: state.stock.items[item].opening.inventoryItemID,
                    type: "sale", quantity: -line.quantity, unitCost: cost, reference: (orderID, "order"),
                    notes: nil, by: server.userID, at: moment, to: emit)
            }
        }
        return Outcome(total: pricing.total, completed: open == nil && !(cancelled || refunded), servedBy: server.employeeID,
                       lines: lines, payments: open == nil ? payments : [])
    }

    /// A menu item's price at `moment` (happy hour included), or the delivery fee.
    private func price(of product: Int, at moment: Timestamp) -> Money {
        product < tenant.restaurant.items.count ? tenant.restaurant.items[product].price(at: moment) : tenant.restaurant.delivery.fee
    }

    /// A menu item's VAT rate; the delivery fee bears the standard rate.
    private func vatRate(of product: Int) -> Rate {
        product < tenant.restaurant.items.count
            ? tenant.restaurant.items[product].vatRate ?? tenant.restaurant.tax.vatRate : tenant.restaurant.tax.vatRate
    }

    /// A delivery below the minimum order value gets more mains (and what goes with them) until
    /// it reaches it: at most twelve more guests' worth, and never more than the stock holds.
    private func topUp(_ picks: inout [(product: Int, quantity: Int)], at moment: Timestamp, stock: StockBook, draws: inout RandomStream) {
        let minimum = tenant.restaurant.delivery.minimumOrder
        for _ in 0..<12 {
            let total = picks.reduce(Money.zero) { $0 + price(of: $1.product, at: moment) * $1.quantity }
            guard total < minimum else { return }
            for extra in baskets.basket(guests: 1, type: .delivery, at: moment, stock: stock, draws: &draws) {
                if let index = picks.firstIndex(where: { $0.product == extra.product }) {
                    guard stock.canSell(product: extra.product, quantity: picks[index].quantity + extra.quantity) else { continue }
                    picks[index].quantity += extra.quantity
                } else {
                    picks.append(extra)
                }
            }
        }
    }

    /// Draws a payment's transaction id and processor response, and writes its row to `emit`
    /// unless the order is still open (nil), whose payment is not written yet.
    private func emitPayment(_ payment: (method: String, amount: Money), id: Int, order: Int, at moment: Timestamp, refunded: Bool,
                             draws: inout RandomStream, emit: RowEmitter?) throws {
        let rate = tenant.plan.commissionRate
        let transactionID = PaymentDetails.transactionID(method: payment.method, draws: &draws)
        let response = PaymentDetails.response(method: payment.method, amount: payment.amount, draws: &draws)
        guard let emit else { return }
        var row = emit.begin(.payments)
        row("id", id)
        row("restaurant_id", tenant.id)
        row("order_id", order)
        row("payment_method", .text(payment.method))
        row("amount", payment.amount)
        row("commission_rate", rate)
        row("commission_amount", payment.amount.applying(rate))
        row("transaction_id", transactionID)
        row("processor_response", json: response)
        row("status", refunded ? "refunded" : "completed")
        row("processed_at", moment)
        row("created_at", moment)
        try emit.end(row)
    }

    /// `total` in `parts` payments as equal as pennies allow; the first takes the remainder.
    func split(_ total: Money, into parts: Int) -> some Collection<Money> {
        let share = total.minorUnits / Int64(parts)
        let first = total.minorUnits - share * Int64(parts - 1)
        return (0..<parts).lazy.map { Money(minorUnits: $0 == 0 ? first : share) }
    }

    /// `Table 7`.
    static func tableNumber(_ table: Int) -> ShortText {
        var text = ShortText("Table ")
        text.appendInteger(Int64(table))
        return text
    }

    /// A takeaway or delivery customer as the order shows them: `Ada L.`.
    static func customerName(_ customer: (first: String, last: String)) -> ShortText {
        var text = ShortText()
        text.appendUTF8(customer.first)
        text.append(UInt8(ascii: " "))
        // The surname's first character: a letter of ASCII followed by another is one on its
        // own (every name of the name book); anything else is found as a character.
        var utf8 = customer.last.utf8.makeIterator()
        if let first = utf8.next(), first < 0x80, first != UInt8(ascii: "\r"), (utf8.next() ?? 0) < 0x80 {
            text.append(first)
        } else {
            text.appendUTF8(String(customer.last.prefix(1)))
        }
        text.append(UInt8(ascii: "."))
        return text
    }

    /// The order type's name, as its `rawValue` spells it.
    static func text(of type: Scenario.OrderType) -> StaticString {
        switch type {
        case .dineIn: "dine_in"
        case .takeaway: "takeaway"
        case .delivery: "delivery"
        }
    }

    private func percent(_ rate: Rate) -> Double { Double(rate.hundredthsOfPercent) / 10_000 }

    private func sameMonth(_ a: Day, _ b: Day) -> Bool { a.civil.year == b.civil.year && a.civil.month == b.civil.month }

    static let discount = Rate(hundredthsOfPercent: 1000)

    /// The chance that a takeaway or delivery order is for two rather than one.
    static let takeawayPairChance = 0.3

    static let instructions = ["No onions", "Extra spicy", "No coriander", "Sauce on the side", "Gluten free if possible", "Allergy: nuts"]
}

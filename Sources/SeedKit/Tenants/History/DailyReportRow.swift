/// A `daily_reports` row, computed from the day's completed orders (see Docs/invariants.md).
enum DailyReportRow {
    /// How many best sellers `top_products` lists.
    static let topProductCount = 5

    static func make(id: Int, tenant: Tenant, day: Day, tally: DayTally, at moment: Timestamp) -> Row {
        let restaurant = tenant.restaurant
        // The three breakdowns are written straight as JSON text, as ``JSONText`` renders the
        // same members: `{"card":12.50,"cash":3.00}`, `[{"product_id":…,"name":…,…},…]`, and
        // `{"101":{"orders":…,"sales":…},…}` (methods and employees in order, best sellers first).
        var payments: [UInt8] = [], topProducts: [UInt8] = [], staff: [UInt8] = []
        payments.append(UInt8(ascii: "{"))
        for (index, paid) in tally.payments.sorted(by: { $0.method < $1.method }).enumerated() {
            if index > 0 { payments.append(UInt8(ascii: ",")) }
            JSONText.quote(paid.method, into: &payments)
            payments.append(UInt8(ascii: ":"))
            payments.appendDecimal(paid.amount.decimal)
        }
        payments.append(UInt8(ascii: "}"))
        topProducts.append(UInt8(ascii: "["))
        for (index, sold) in tally.bestSellers.prefix(topProductCount).enumerated() {
            if index > 0 { topProducts.append(UInt8(ascii: ",")) }
            topProducts.appendStatic(#"{"product_id":"#)
            topProducts.appendInteger(Int64(tenant.id(.products, sold.product)))
            topProducts.appendStatic(#","name":"#)
            JSONText.quote(restaurant.items[sold.product].name, into: &topProducts)
            topProducts.appendStatic(#","quantity":"#)
            topProducts.appendInteger(Int64(sold.quantity))
            topProducts.appendStatic(#","revenue":"#)
            topProducts.appendDecimal(sold.revenue.decimal)
            topProducts.append(UInt8(ascii: "}"))
        }
        topProducts.append(UInt8(ascii: "]"))
        staff.append(UInt8(ascii: "{"))
        for (index, served) in tally.staff.sorted(by: { $0.employee < $1.employee }).enumerated() {
            if index > 0 { staff.append(UInt8(ascii: ",")) }
            staff.append(UInt8(ascii: "\""))
            staff.appendInteger(Int64(served.employee))
            staff.appendStatic(#"":{"orders":"#)
            staff.appendInteger(Int64(served.orders))
            staff.appendStatic(#","sales":"#)
            staff.appendDecimal(served.sales.decimal)
            staff.append(UInt8(ascii: "}"))
        }
        staff.append(UInt8(ascii: "}"))
        return Row(.dailyReports, columns: [
            "id": .int(id), "restaurant_id": .int(tenant.id), "report_date": .date(day),
            "total_sales": .money(tally.sales), "total_orders": .int(tally.orders),
            "average_ticket": .money(tally.averageTicket), "total_items": .int(tally.items),
            "payment_breakdown": .json(String(decoding: payments, as: UTF8.self)),
            "top_products": .json(String(decoding: topProducts, as: UTF8.self)),
            "staff_performance": .json(String(decoding: staff, as: UTF8.self)), "generated_at": .timestamp(moment),
        ])
    }
}

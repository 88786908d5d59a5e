/// A `daily_reports` row, computed from the day's completed orders (see Docs/invariants.md).
enum DailyReportRow {
    /// How many best sellers `top_products` lists.
    static let topProductCount = 5

    static func make(id: Int, tenant: Tenant, day: Day, tally: DayTally, at moment: Timestamp) -> Row {
        let restaurant = tenant.restaurant
        let payments = JSONText.object(tally.payments.keys.sorted().map { ($0, .decimal(tally.payments[$0]!.decimal)) })
        let best = tally.products.sorted { a, b in
            if a.value.quantity != b.value.quantity { return a.value.quantity > b.value.quantity }
            if a.value.revenue != b.value.revenue { return a.value.revenue > b.value.revenue }
            return a.key < b.key
        }.prefix(topProductCount)
        let topProducts = JSONText.array(best.map { product, sold in
            .object([
                ("product_id", .integer(Int64(tenant.id(.products, product)))),
                ("name", .string(restaurant.items[product].name)),
                ("quantity", .integer(Int64(sold.quantity))),
                ("revenue", .decimal(sold.revenue.decimal)),
            ])
        })
        let staff = JSONText.object(tally.staff.keys.sorted().map { employee in
            let served = tally.staff[employee]!
            return (String(employee), .object([("orders", .integer(Int64(served.orders))), ("sales", .decimal(served.sales.decimal))]))
        })
        return Row(.dailyReports, columns: [
            "id": .int(id), "restaurant_id": .int(tenant.id), "report_date": .date(day),
            "total_sales": .money(tally.sales), "total_orders": .int(tally.orders),
            "average_ticket": .money(tally.averageTicket), "total_items": .int(tally.items),
            "payment_breakdown": .json(payments.rendered), "top_products": .json(topProducts.rendered),
            "staff_performance": .json(staff.rendered), "generated_at": .timestamp(moment),
        ])
    }
}

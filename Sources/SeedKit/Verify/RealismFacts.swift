/// What the realism scorecard reads from a database, grouped by restaurant id: a handful of
/// queries over the whole database, each returning small aggregated rows.
struct RealismFacts {
    /// One restaurant's figures.
    struct Restaurant {
        /// Hourly pay from time tracking, in pence.
        var pay: Int64 = 0
        /// Completed orders' totals less VAT and service charge, in pence.
        var netSales: Int64 = 0
        /// Days with a daily report: the days it traded.
        var openDays: [Day] = []
        /// When the latest daily report was generated, in seconds since 1970: where a history that
        /// ends inside a day (`--as-of now`) stops trading, and an open clock-in stops counting.
        var lastReportAt: Int64?
        /// Orders (cancelled ones too) by day, and by day and quarter hour (0…95).
        var ordersByDay: [Day: Int] = [:]
        var ordersBySlot: [Day: [Int: Int]] = [:]
        /// Each order's moment, in seconds since 1970.
        var orderMoments: [Int64] = []
        /// Working stretches (breaks left out), by kind: `cook` or `floor`.
        var working: [String: [(start: Int64, end: Int64)]] = [:]
        /// (in stock, open item-days) over items with a supplier.
        var stockDays: (Int, Int) = (0, 0)
        var tableOverlaps = 0
        /// Takeaway orders with a service charge; delivery orders paid in cash.
        var takeawayServiceCharges = 0
        var cashDeliveries = 0
        /// Each delivery order's menu-item subtotal (pence) and its fee lines, by the fee's SKU.
        var deliveries: [(items: Int64, skus: Set<String>)] = []
        /// Worked shifts: email, role, day, hourly rate in pence, shift count.
        var paidShifts: [(email: String, role: String, day: Day, rate: Int64, count: Int)] = []
        /// Rostered minutes by employee and week: email, role, employment type, hire date, week start.
        var weeklyMinutes: [(email: String, role: String, type: String, hired: Day, week: Day, minutes: Int)] = []
    }

    private var byID: [Int: Restaurant] = [:]

    func restaurant(_ id: Int) -> Restaurant { byID[id] ?? Restaurant() }

    init(_ database: some DatabaseReader) throws(VerificationError) {
        let sql = InvariantSQL(dialect: database.dialect)
        func int(_ text: String?) -> Int64 { text.flatMap { Int64($0) } ?? 0 }
        func day(_ text: String?) -> Day { text.flatMap { Day(iso: String($0.prefix(10))) } ?? Day(daysSinceEpoch: 0) }

        for row in try database.rows("""
            SELECT restaurant_id, SUM(\(sql.pence("total_pay"))) FROM time_tracking GROUP BY restaurant_id
            """) { byID[Int(int(row[0])), default: .init()].pay = int(row[1]) }
        for row in try database.rows("""
            SELECT restaurant_id, SUM(\(sql.pence("total_amount")) - \(sql.pence("tax_amount")) - \(sql.pence("service_charge")))
            FROM orders WHERE status = 'completed' GROUP BY restaurant_id
            """) { byID[Int(int(row[0])), default: .init()].netSales = int(row[1]) }
        for row in try database.rows("""
            SELECT restaurant_id, \(sql.dayText(sql.day("report_date"))) FROM daily_reports ORDER BY restaurant_id, report_date
            """) { byID[Int(int(row[0])), default: .init()].openDays.append(day(row[1])) }
        for row in try database.rows("""
            SELECT restaurant_id, \(sql.dayText(sql.day("created_at"))), \(sql.secondsIntoDay("created_at")) / 900, COUNT(*)
            FROM orders GROUP BY 1, 2, 3
            """) {
            let id = Int(int(row[0])), d = day(row[1]), slot = Int(int(row[2])), count = Int(int(row[3]))
            byID[id, default: .init()].ordersByDay[d, default: 0] += count
            byID[id, default: .init()].ordersBySlot[d, default: [:]][slot, default: 0] += count
        }
        for row in try database.rows("SELECT restaurant_id, \(sql.epoch("created_at")) FROM orders ORDER BY 1, 2") {
            byID[Int(int(row[0])), default: .init()].orderMoments.append(int(row[1]))
        }
        for row in try database.rows("""
            SELECT restaurant_id, MAX(\(sql.epoch("generated_at"))) FROM daily_reports GROUP BY restaurant_id
            """) { byID[Int(int(row[0])), default: .init()].lastReportAt = row[1].flatMap { Int64($0) } }
        for row in try database.rows("""
            SELECT t.restaurant_id, CASE WHEN s.position = 'cook' THEN 'cook' ELSE 'floor' END,
                   \(sql.epoch("t.clock_in")), \(sql.epoch("t.clock_out")), \(sql.epoch("t.break_start")), \(sql.epoch("t.break_end"))
            FROM time_tracking t JOIN shifts s ON s.id = t.shift_id
            WHERE t.clock_in IS NOT NULL
            """) {
            let id = Int(int(row[0])), kind = row[1] ?? "floor"
            // Someone still on the clock (no clock-out yet) works up to the latest report, if any.
            guard let clockOut = row[3].flatMap({ Int64($0) }) ?? byID[id]?.lastReportAt else { continue }
            let clockIn = int(row[2])
            if let breakStart = row[4].flatMap({ Int64($0) }), row[3] == nil, row[5] == nil {
                byID[id, default: .init()].working[kind, default: []].append((clockIn, breakStart))
            } else if let breakStart = row[4].flatMap({ Int64($0) }), let breakEnd = row[5].flatMap({ Int64($0) }) {
                byID[id, default: .init()].working[kind, default: []] += [(clockIn, breakStart), (breakEnd, clockOut)]
            } else {
                byID[id, default: .init()].working[kind, default: []].append((clockIn, clockOut))
            }
        }
        for row in try database.rows("""
            SELECT restaurant_id, COUNT(*) FROM orders
            WHERE order_type = 'takeaway' AND \(sql.pence("service_charge")) > 0 GROUP BY restaurant_id
            """) { byID[Int(int(row[0])), default: .init()].takeawayServiceCharges = Int(int(row[1])) }
        for row in try database.rows("""
            SELECT o.restaurant_id, COUNT(DISTINCT o.id) FROM orders o JOIN payments p ON p.order_id = o.id
            WHERE o.order_type = 'delivery' AND p.payment_method = 'cash' GROUP BY o.restaurant_id
            """) { byID[Int(int(row[0])), default: .init()].cashDeliveries = Int(int(row[1])) }
        var deliveries: [Int: (restaurant: Int, items: Int64, skus: Set<String>)] = [:]
        for row in try database.rows("""
            SELECT o.restaurant_id, o.id, p.sku, \(sql.pence("i.total_price"))
            FROM orders o JOIN order_items i ON i.order_id = o.id JOIN products p ON p.id = i.product_id
            WHERE o.order_type = 'delivery'
            """) {
            let order = Int(int(row[1]))
            deliveries[order, default: (Int(int(row[0])), 0, [])].skus.insert(row[2] ?? "")
            deliveries[order, default: (Int(int(row[0])), 0, [])].items += int(row[3])
        }
        for (_, order) in deliveries.sorted(by: { $0.key < $1.key }) {
            byID[order.restaurant, default: .init()].deliveries.append((order.items, order.skus))
        }
        try readStock(database, sql)
        try readTables(database, sql)
        for row in try database.rows("""
            SELECT s.restaurant_id, u.email, u.role, \(sql.dayText(sql.day("s.shift_date"))), \(sql.pence("s.hourly_rate")), COUNT(*)
            FROM shifts s JOIN employees e ON e.id = s.employee_id JOIN users u ON u.id = e.user_id
            WHERE s.hourly_rate IS NOT NULL AND (s.status IS NULL OR s.status NOT IN ('no_show', 'cancelled'))
            GROUP BY 1, 2, 3, 4, 5
            """) {
            byID[Int(int(row[0])), default: .init()].paidShifts.append(
                (row[1] ?? "", row[2] ?? "", day(row[3]), int(row[4]), Int(int(row[5]))))
        }
        let length = "(CASE WHEN \(sql.secondsOfDay("s.end_time")) > \(sql.secondsOfDay("s.start_time")) "
            + "THEN \(sql.secondsOfDay("s.end_time")) - \(sql.secondsOfDay("s.start_time")) "
            + "ELSE \(sql.secondsOfDay("s.end_time")) + 86400 - \(sql.secondsOfDay("s.start_time")) END) / 60 - COALESCE(s.break_duration, 0)"
        for row in try database.rows("""
            SELECT s.restaurant_id, u.email, u.role, e.employment_type, \(sql.dayText(sql.day("e.hire_date"))),
                   \(sql.dayText(sql.day("w.week_start"))), SUM(\(length))
            FROM shifts s JOIN schedules w ON w.id = s.schedule_id JOIN employees e ON e.id = s.employee_id
                 JOIN users u ON u.id = e.user_id
            WHERE e.hourly_rate IS NOT NULL AND (s.status IS NULL OR s.status <> 'cancelled')
            GROUP BY 1, 2, 3, 4, 5, 6
            """) {
            byID[Int(int(row[0])), default: .init()].weeklyMinutes.append(
                (row[1] ?? "", row[2] ?? "", row[3] ?? "", day(row[4]), day(row[5]), Int(int(row[6]))))
        }
    }

    /// For each supplied item and each day its restaurant traded: whether its running stock
    /// stayed above zero all day.
    private mutating func readStock(_ database: some DatabaseReader, _ sql: InvariantSQL) throws(VerificationError) {
        let rows = try database.rows("""
            SELECT i.restaurant_id, m.inventory_item_id, \(sql.dayText(sql.day("m.created_at"))), \(sql.thousandths("m.quantity"))
            FROM stock_movements m JOIN inventory_items i ON i.id = m.inventory_item_id
            WHERE i.supplier_id IS NOT NULL
            ORDER BY m.inventory_item_id, \(sql.epoch("m.created_at")), m.id
            """)
        var movements: [Int: (restaurant: Int, moves: [(day: Day, quantity: Int64)])] = [:]
        for row in rows {
            let item = Int(row[1] ?? "") ?? 0
            movements[item, default: (Int(row[0] ?? "") ?? 0, [])].moves.append(
                (Day(iso: row[2] ?? "") ?? Day(daysSinceEpoch: 0), Int64(row[3] ?? "") ?? 0))
        }
        for (_, item) in movements {
            let days = byID[item.restaurant]?.openDays ?? []
            var level: Int64 = 0, next = 0, inStock = 0
            for day in days {
                var lowest = Int64.max
                while next < item.moves.count && item.moves[next].day < day {
                    level += item.moves[next].quantity
                    next += 1
                }
                lowest = level
                // Deliveries come in the morning: the day's first movements may raise the level
                // before trade, so a day starting at zero counts in stock if a delivery came first.
                var first = true
                while next < item.moves.count && item.moves[next].day == day {
                    level += item.moves[next].quantity
                    if first && item.moves[next].quantity > 0 { lowest = level } else { lowest = min(lowest, level) }
                    first = false
                    next += 1
                }
                if lowest > 0 { inStock += 1 }
            }
            byID[item.restaurant, default: .init()].stockDays.0 += inStock
            byID[item.restaurant, default: .init()].stockDays.1 += days.count
        }
    }

    /// Pairs of dine-in orders at the same table whose stays (created to last updated) overlap.
    private mutating func readTables(_ database: some DatabaseReader, _ sql: InvariantSQL) throws(VerificationError) {
        let rows = try database.rows("""
            SELECT restaurant_id, table_number, \(sql.epoch("created_at")), \(sql.epoch("updated_at"))
            FROM orders WHERE order_type = 'dine_in' AND table_number IS NOT NULL
            ORDER BY restaurant_id, table_number, 3
            """)
        var open: [Int64] = []
        var current: (String?, String?) = (nil, nil)
        for row in rows {
            if (row[0], row[1]) != current { open = []; current = (row[0], row[1]) }
            let start = Int64(row[2] ?? "") ?? 0, end = Int64(row[3] ?? "") ?? 0
            open.removeAll { $0 <= start }
            byID[Int(row[0] ?? "") ?? 0, default: .init()].tableOverlaps += open.count
            open.append(end)
        }
    }
}

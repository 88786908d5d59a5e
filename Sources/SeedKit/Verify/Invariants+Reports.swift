// "Daily reports and roll-ups" in Docs/invariants.md.
extension Invariants {
    /// A report's day holds the restaurant's completed orders created on `report_date`.
    static let dailyReportTotals = Invariant(
        "daily_report_totals", unit: .init("daily report"),
        description: "total_orders, total_sales, total_items or average_ticket disagrees with the day's completed orders"
    ) { sql in
        """
        WITH units AS (
            SELECT order_id, SUM(quantity) AS units FROM order_items GROUP BY order_id
        ), days AS (
            SELECT o.restaurant_id, \(sql.day("o.created_at")) AS day, COUNT(*) AS orders,
                   SUM(\(sql.pence("o.total_amount"))) AS sales, SUM(COALESCE(u.units, 0)) AS units
            FROM orders o LEFT JOIN units u ON u.order_id = o.id
            WHERE o.status = 'completed'
            GROUP BY o.restaurant_id, \(sql.day("o.created_at"))
        )
        SELECT r.id AS key
        FROM daily_reports r
        LEFT JOIN days d ON d.restaurant_id = r.restaurant_id AND d.day = \(sql.day("r.report_date"))
        WHERE \(sql.differ("r.total_orders", "COALESCE(d.orders, 0)"))
           OR \(sql.differ(sql.pence("r.total_sales"), "COALESCE(d.sales, 0)"))
           OR \(sql.differ("r.total_items", "COALESCE(d.units, 0)"))
           OR \(sql.differ(sql.pence("r.average_ticket"),
                           "CASE WHEN d.orders IS NULL THEN 0 ELSE \(sql.divideRounded("d.sales", by: "d.orders")) END"))
        """
    }

    /// The day's payments are the completed payments of the completed orders created that day
    /// (the orders `total_sales` adds up), by method. Amounts must be JSON numbers.
    static let dailyReportPayments = Invariant(
        "daily_report_payments", unit: .init("daily report"),
        description: "payment_breakdown is not an object from each method to the day's completed payments by it"
    ) { sql in
        // Each entry of the breakdown as (report, method, pence), non-numbers as NULL pence;
        // anything but an object contributes no entries (and is caught below).
        let recorded: String
        let notAnObject: String
        switch sql.dialect {
        case .sqlite:
            recorded = """
                SELECT r.id AS report_id, j.key AS method,
                       CASE WHEN j.type IN ('integer', 'real') THEN \(sql.pence("j.value")) END AS amount
                FROM daily_reports r,
                     json_each(CASE WHEN json_valid(r.payment_breakdown)
                                    THEN CASE WHEN json_type(r.payment_breakdown) = 'object'
                                              THEN r.payment_breakdown END END) j
                """
            notAnObject = """
                CASE WHEN json_valid(payment_breakdown)
                     THEN CASE WHEN json_type(payment_breakdown) = 'object' THEN 0 ELSE 1 END
                     ELSE 1 END = 1
                """
        case .postgres:
            recorded = """
                SELECT r.id AS report_id, j.key AS method,
                       CASE WHEN jsonb_typeof(j.value) = 'number'
                            THEN \(sql.pence("CAST(j.value #>> '{}' AS NUMERIC)")) END AS amount
                FROM daily_reports r,
                     jsonb_each(CASE WHEN jsonb_typeof(r.payment_breakdown) = 'object'
                                     THEN r.payment_breakdown ELSE '{}'::jsonb END) j
                """
            notAnObject = "payment_breakdown IS NULL OR jsonb_typeof(payment_breakdown) <> 'object'"
        }
        return """
            WITH taken AS (
                SELECT o.restaurant_id, \(sql.day("o.created_at")) AS day, p.payment_method AS method,
                       CAST(SUM(\(sql.pence("p.amount"))) AS BIGINT) AS amount
                FROM orders o JOIN payments p ON p.order_id = o.id
                WHERE o.status = 'completed' AND p.status = 'completed'
                GROUP BY o.restaurant_id, \(sql.day("o.created_at")), p.payment_method
            ), expected AS (
                SELECT r.id AS report_id, t.method, t.amount
                FROM daily_reports r
                JOIN taken t ON t.restaurant_id = r.restaurant_id AND t.day = \(sql.day("r.report_date"))
            ), recorded AS (
            \(recorded)
            ), missing AS (
                SELECT report_id, method, amount FROM expected
                EXCEPT SELECT report_id, method, amount FROM recorded
            ), extra AS (
                SELECT report_id, method, amount FROM recorded
                EXCEPT SELECT report_id, method, amount FROM expected
            )
            SELECT report_id AS key FROM missing
            UNION SELECT report_id AS key FROM extra
            UNION SELECT id AS key FROM daily_reports WHERE \(notAnObject)
            """
    }

    /// Any order, completed or cancelled, makes a trading day.
    static let dailyReportForEachTradingDay = Invariant(
        "daily_report_for_each_trading_day", unit: .init("trading day", keysAreIDs: false),
        description: "a restaurant has orders on a day without a daily report"
    ) { sql in
        """
        WITH trading AS (
            SELECT DISTINCT restaurant_id, \(sql.day("created_at")) AS day FROM orders
        )
        SELECT 'restaurant ' || \(sql.text("t.restaurant_id")) || ' on ' || \(sql.dayText("t.day")) AS key
        FROM trading t
        WHERE NOT EXISTS (SELECT 1 FROM daily_reports r
                          WHERE r.restaurant_id = t.restaurant_id AND \(sql.day("r.report_date")) = t.day)
        """
    }

    /// The 30 days are the latest order's day and the 29 before it; without orders, 0.
    static let restaurantMonthlyRevenue = Invariant(
        "restaurant_monthly_revenue", unit: .init("restaurant"),
        description: "monthly_revenue is not the total of its completed orders in the 30 days up to its latest order"
    ) { sql in
        """
        WITH latest AS (
            SELECT restaurant_id, MAX(\(sql.day("created_at"))) AS day FROM orders GROUP BY restaurant_id
        ), revenue AS (
            SELECT o.restaurant_id, SUM(\(sql.pence("o.total_amount"))) AS amount
            FROM orders o JOIN latest l ON l.restaurant_id = o.restaurant_id
            WHERE o.status = 'completed'
              AND \(sql.day("o.created_at")) > \(sql.day("l.day", minusDays: 30))
              AND \(sql.day("o.created_at")) <= l.day
            GROUP BY o.restaurant_id
        )
        SELECT r.id AS key FROM restaurants r LEFT JOIN revenue v ON v.restaurant_id = r.id
        WHERE \(sql.differ(sql.pence("r.monthly_revenue"), "COALESCE(v.amount, 0)"))
        """
    }

    static let platformRollups = Invariant(
        "platform_rollups", unit: .init("platform"),
        description: "total_restaurants is not its active restaurants, or monthly_revenue not the sum of theirs"
    ) { sql in
        """
        SELECT p.id AS key
        FROM platforms p
        LEFT JOIN (SELECT platform_id, SUM(\(sql.flag("is_active"))) AS active,
                          SUM(\(sql.pence("monthly_revenue"))) AS revenue
                   FROM restaurants GROUP BY platform_id) r ON r.platform_id = p.id
        WHERE \(sql.differ("p.total_restaurants", "COALESCE(r.active, 0)"))
           OR \(sql.differ(sql.pence("p.monthly_revenue"), "COALESCE(r.revenue, 0)"))
        """
    }
}

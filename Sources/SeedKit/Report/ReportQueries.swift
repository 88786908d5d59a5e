/// Reads what a report shows out of a database in SeedKit's schema, through the same
/// ``DatabaseReader`` `verify` uses: one query per figure, grouped by restaurant, in SQL both
/// dialects run (amounts as integer pence, dates as `YYYY-MM-DD` text).
struct ReportQueries {
    let database: any DatabaseReader
    private var sql: InvariantSQL { InvariantSQL(dialect: database.dialect) }

    init(_ database: any DatabaseReader) { self.database = database }

    /// The platform's name, or "Platform" when the table is empty.
    func platformName() throws(VerificationError) -> String {
        try database.rows("SELECT name FROM platforms ORDER BY id LIMIT 1").first?[0].flatMap { $0 } ?? "Platform"
    }

    /// Every restaurant's id, name and slug, in id order.
    func restaurants() throws(VerificationError) -> [(id: Int, name: String, slug: String)] {
        try database.rows("SELECT id, name, slug FROM restaurants ORDER BY id").map {
            (id: int($0[0]), name: $0[1] ?? "", slug: $0[2] ?? "")
        }
    }

    /// Completed orders and their revenue per restaurant and day.
    func dailyRevenue() throws(VerificationError) -> [(restaurant: Int, day: Day, orders: Int, pence: Int64)] {
        let day = sql.dayText(sql.day("created_at"))
        return try database.rows("""
            SELECT restaurant_id, \(day), COUNT(*), SUM(\(sql.pence("total_amount")))
            FROM orders WHERE status = 'completed' GROUP BY restaurant_id, \(day) ORDER BY 1, 2
            """).compactMap { row in
            guard let text = row[1], let day = Day(iso: text) else { return nil }
            return (restaurant: int(row[0]), day: day, orders: int(row[2]), pence: int64(row[3]))
        }
    }

    /// Completed orders per restaurant, ISO weekday and hour.
    func heat() throws(VerificationError) -> [(restaurant: Int, cell: HeatCell)] {
        let weekday = sql.isoWeekday("created_at"), hour = sql.hour("created_at")
        return try database.rows("""
            SELECT restaurant_id, \(weekday), \(hour), COUNT(*)
            FROM orders WHERE status = 'completed' GROUP BY restaurant_id, \(weekday), \(hour) ORDER BY 1, 2, 3
            """).map { (restaurant: int($0[0]), cell: HeatCell(weekday: int($0[1]), hour: int($0[2]), orders: int($0[3]))) }
    }

    /// Every product with the units and revenue its lines in completed orders add up to.
    func sellers() throws(VerificationError) -> [(restaurant: Int, name: String, units: Int, pence: Int64)] {
        try database.rows("""
            SELECT p.restaurant_id, p.id, p.name, COALESCE(SUM(sold.quantity), 0), COALESCE(SUM(sold.pence), 0)
            FROM products AS p LEFT JOIN (
                SELECT oi.product_id, oi.quantity, \(sql.pence("oi.total_price")) AS pence
                FROM order_items AS oi JOIN orders AS o ON o.id = oi.order_id WHERE o.status = 'completed'
            ) AS sold ON sold.product_id = p.id
            GROUP BY p.restaurant_id, p.id, p.name ORDER BY 1, 2
            """).map { (restaurant: int($0[0]), name: $0[2] ?? "", units: int($0[3]), pence: int64($0[4])) }
    }

    /// Completed orders per restaurant and order type.
    func orderTypes() throws(VerificationError) -> [(restaurant: Int, share: MixShare)] {
        try database.rows("""
            SELECT restaurant_id, COALESCE(order_type, 'none'), COUNT(*)
            FROM orders WHERE status = 'completed' GROUP BY restaurant_id, COALESCE(order_type, 'none') ORDER BY 1, 2
            """).map { (restaurant: int($0[0]), share: MixShare(name: $0[1] ?? "", amount: int64($0[2]))) }
    }

    /// Completed payments' amounts per restaurant and method.
    func paymentMethods() throws(VerificationError) -> [(restaurant: Int, share: MixShare)] {
        try database.rows("""
            SELECT restaurant_id, payment_method, SUM(\(sql.pence("amount")))
            FROM payments WHERE status = 'completed' GROUP BY restaurant_id, payment_method ORDER BY 1, 2
            """).map { (restaurant: int($0[0]), share: MixShare(name: $0[1] ?? "", amount: int64($0[2]))) }
    }

    /// Wages (time tracking's `total_pay`) per restaurant and day clocked in.
    func dailyLabour() throws(VerificationError) -> [(restaurant: Int, day: Day, pence: Int64)] {
        let day = sql.dayText(sql.day("clock_in"))
        return try database.rows("""
            SELECT restaurant_id, \(day), SUM(\(sql.pence("COALESCE(total_pay, 0)")))
            FROM time_tracking WHERE clock_in IS NOT NULL GROUP BY restaurant_id, \(day) ORDER BY 1, 2
            """).compactMap { row in
            guard let text = row[1], let day = Day(iso: text) else { return nil }
            return (restaurant: int(row[0]), day: day, pence: int64(row[2]))
        }
    }

    /// Each stock item's net movement per day, in thousandths, in item and day order.
    func stockMovements() throws(VerificationError) -> [(restaurant: Int, item: Int, name: String, day: Day, change: Int64)] {
        let day = sql.dayText(sql.day("m.created_at"))
        return try database.rows("""
            SELECT m.restaurant_id, m.inventory_item_id, p.name, \(day), SUM(\(sql.thousandths("m.quantity")))
            FROM stock_movements AS m JOIN inventory_items AS i ON i.id = m.inventory_item_id
            JOIN products AS p ON p.id = i.product_id
            GROUP BY m.restaurant_id, m.inventory_item_id, p.name, \(day) ORDER BY 2, 4
            """).compactMap { row in
            guard let text = row[3], let day = Day(iso: text) else { return nil }
            return (restaurant: int(row[0]), item: int(row[1]), name: row[2] ?? "", day: day, change: int64(row[4]))
        }
    }

    /// Every active user, platform owner first.
    func logins() throws(VerificationError) -> [DemoLogin] {
        try database.rows("""
            SELECT u.email, u.role, u.first_name, u.last_name, r.name
            FROM users AS u LEFT JOIN restaurants AS r ON r.id = u.restaurant_id
            WHERE \(sql.flag("u.is_active")) = 1 ORDER BY u.id
            """).map {
            DemoLogin(email: $0[0] ?? "", role: $0[1] ?? "", name: "\($0[2] ?? "") \($0[3] ?? "")", restaurant: $0[4])
        }
    }

    /// The provenance the database records (``ProvenanceRecord``), if it has the table.
    func provenance() throws(VerificationError) -> Provenance? {
        let exists = switch database.dialect {
        case .sqlite: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '\(ProvenanceRecord.sqliteTable)'"
        case .postgres: "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '\(ProvenanceRecord.postgresSchema)' "
            + "AND table_name = '\(ProvenanceRecord.postgresTable)'"
        }
        guard int(try database.rows(exists).first?[0]) > 0 else { return nil }
        let table = ProvenanceRecord.tableName(dialect: database.dialect)
        guard let row = try database.rows("""
            SELECT scenario_name, scenario_sha256, seed, \(sql.dayText("as_of")), seedkit_version FROM \(table) LIMIT 1
            """).first, let asOf = row[3].flatMap(Day.init(iso:)) else { return nil }
        return Provenance(scenarioName: row[0] ?? "", scenarioSHA256: row[1], seed: row[2].flatMap { UInt64($0) } ?? 0,
                          asOf: asOf, seedkitVersion: row[4] ?? "")
    }

    private func int(_ text: String??) -> Int { (text ?? nil).flatMap { Int($0) } ?? 0 }
    private func int64(_ text: String??) -> Int64 { (text ?? nil).flatMap { Int64($0) } ?? 0 }
}

import Foundation
import Testing
@testable import SeedKit

/// The consistent world of `Fixtures/verify/consistent.sql`, loaded into a real database,
/// optionally broken by a few statements.
enum VerifyFixture {
    static let world = Repository.fixture("verify/consistent.sql")

    /// Rows in the world, as the report's summary counts them.
    static let rowCount = 110

    /// A SQLite database holding the world, then `breaking` applied; passed to `body`, removed after.
    @discardableResult
    static func withSQLite<T>(breaking statements: String? = nil, sourceLocation: SourceLocation = #_sourceLocation,
                              _ body: (String) throws -> T) throws -> T {
        try SinkFixture.withTemporaryDirectory { directory in
            let database = directory.appendingPathComponent("world.sqlite")
            try SinkFixture.sqlite3(database, script: DDL.schemaText(.builtIn, dialect: .sqlite), sourceLocation: sourceLocation)
            try SinkFixture.sqlite3(database, inputPath: world, sourceLocation: sourceLocation)
            if let statements { try SinkFixture.sqlite3(database, script: statements, sourceLocation: sourceLocation) }
            return try body(database.path)
        }
    }

    /// A fresh PostgreSQL database of the test cluster holding the world, then `breaking`
    /// applied; returns its connection URI.
    static func postgres(breaking statements: String? = nil) throws -> String {
        let cluster = try EphemeralPostgres.shared()
        let database = try cluster.createDatabase()
        try SinkFixture.withTemporaryDirectory { directory in
            let schema = directory.appendingPathComponent("schema.sql")
            try Data(DDL.schemaText(.builtIn, dialect: .postgres).utf8).write(to: schema)
            try cluster.psql(database: database, file: schema.path)
            try cluster.psql(database: database, file: world)
            if let statements { try cluster.psql(database: database, command: statements) }
        }
        return cluster.connectionURI(database: database)
    }

    /// The failed invariants of a report, as `name: count`.
    static func failures(_ report: VerificationReport) -> [String] {
        report.failures.map { "\($0.invariant.name): \($0.count)" }
    }
}

/// One way to break the consistent world, and the one invariant it must break.
struct Breakage: Sendable, CustomTestStringConvertible {
    let invariant: String
    let count: Int
    let sql: String
    /// The statements for PostgreSQL, when they differ from SQLite's.
    var postgresSQL: String? = nil

    var testDescription: String { "\(invariant) (\(sql.prefix(60)))" }

    /// At least one breakage per invariant of the catalogue, several where the rule has parts.
    static let all: [Breakage] = [
        .init(invariant: "order_item_total", count: 1, sql: "UPDATE order_items SET unit_price = 4.99 WHERE id = 1"),
        // A line of nothing: it adds 0 to the order's subtotal and items, but no line has quantity 0.
        .init(invariant: "order_item_total", count: 1, sql: """
            INSERT INTO order_items (id, order_id, product_id, quantity, unit_price, total_price, special_instructions, created_at)
            VALUES (14, 3, 1, 0, 5.00, 0.00, NULL, '2025-03-03 12:15:00')
            """),
        .init(invariant: "order_subtotal", count: 1, sql: "UPDATE order_items SET unit_price = 4.00, total_price = 8.00 WHERE id = 1"),
        .init(invariant: "order_items_count", count: 1, sql: "UPDATE orders SET items_count = 4 WHERE id = 3"),
        .init(invariant: "order_total", count: 1, sql: "UPDATE orders SET service_charge = 1.57 WHERE id = 3"),
        // Order 6 now adds its tax like restaurant 2, but restaurant 1's other orders include VAT.
        .init(invariant: "order_total", count: 1, sql: "UPDATE orders SET service_charge = 0.42 WHERE id = 6"),
        .init(invariant: "order_amounts_non_negative", count: 1,
              sql: "UPDATE orders SET discount_amount = 3.00, service_charge = 0.50 WHERE id = 7"),
        .init(invariant: "order_amounts_non_negative", count: 1, sql: "UPDATE orders SET tax_amount = -0.83 WHERE id = 6"),
        .init(invariant: "order_status", count: 1, sql: "UPDATE orders SET status = 'draft' WHERE id = 10"),
        // Open, but with a payment already (pending: it breaks no payment rule).
        .init(invariant: "order_status", count: 1, sql: """
            UPDATE orders SET status = 'preparing' WHERE id = 10;
            INSERT INTO payments (id, restaurant_id, order_id, payment_method, amount, status, processed_at, created_at)
            VALUES (11, 2, 10, 'card', 7.20, 'pending', '2025-03-03 20:05:00', '2025-03-03 20:05:00')
            """),
        // Open, but not on its restaurant's latest order day.
        .init(invariant: "order_status", count: 1, sql: """
            INSERT INTO orders (id, restaurant_id, order_number, table_number, customer_name, order_type, status, subtotal,
                                tax_amount, service_charge, discount_amount, total_amount, items_count, served_by, created_by,
                                created_at, updated_at)
            VALUES (11, 1, 'UNO-0008', NULL, 'Max', 'takeaway', 'ready', 0, 0, 0, 0, 0, 0, 1, 2,
                    '2025-02-01 12:05:00', '2025-02-01 12:10:00')
            """),
        .init(invariant: "order_number_unique", count: 2,
              sql: "DROP INDEX orders_order_number_key; UPDATE orders SET order_number = 'DUE-0002' WHERE id = 10",
              postgresSQL: "ALTER TABLE orders DROP CONSTRAINT orders_order_number_key; "
                + "UPDATE orders SET order_number = 'DUE-0002' WHERE id = 10"),
        // Card takings move between two orders of the same day: the report still adds up.
        .init(invariant: "payments_cover_completed_orders", count: 2,
              sql: "UPDATE payments SET amount = 15.06, commission_amount = 0.41 WHERE id = 3; "
                + "UPDATE payments SET amount = 10.25, commission_amount = 0.28 WHERE id = 7"),
        .init(invariant: "no_payment_for_cancelled_orders", count: 1, sql: "UPDATE payments SET status = 'completed' WHERE id = 6"),
        .init(invariant: "refunds_only_on_cancelled_orders", count: 1, sql: """
            INSERT INTO payments (id, restaurant_id, order_id, payment_method, amount, commission_rate, commission_amount,
                transaction_id, processor_response, status, processed_at, created_at)
            VALUES (11, 2, 8, 'card', 1.00, 4.00, 0.04, 'TX-0011', NULL, 'refunded', '2025-03-03 14:00:00', '2025-03-03 14:00:00')
            """),
        // 16.5p rounds to 17p; a float computation of 6.00 × 2.75 / 100 rounds to 16p.
        .init(invariant: "payment_commission", count: 1, sql: "UPDATE payments SET commission_amount = 0.16 WHERE id = 5"),
        .init(invariant: "payment_commission", count: 1, sql: "UPDATE payments SET commission_amount = NULL WHERE id = 1"),
        .init(invariant: "payment_commission_rate", count: 1,
              sql: "UPDATE payments SET commission_rate = 4.00, commission_amount = 0.20 WHERE id = 2"),
        // Restaurant 1 was on the premium plan until 1 February, so payment 1 should have paid 4%.
        .init(invariant: "payment_commission_rate", count: 1,
              sql: "UPDATE restaurant_subscriptions SET start_date = '2025-02-02' WHERE id = 1; "
                + "INSERT INTO restaurant_subscriptions (id, restaurant_id, plan_id, start_date, end_date, status, "
                + "commission_rate, monthly_fee) VALUES (3, 1, 2, '2024-01-01', '2025-02-01', 'cancelled', 4.00, 0.00)"),
        .init(invariant: "one_commission_record_per_paid_order", count: 1, sql: "DELETE FROM commission_records WHERE id = 6"),
        .init(invariant: "one_commission_record_per_paid_order", count: 1, sql: """
            INSERT INTO commission_records (id, restaurant_id, platform_id, order_id, gross_amount, commission_rate,
                commission_amount, processed_at, payment_status)
            VALUES (8, 2, 1, 10, 7.20, 4.00, 0.29, '2025-03-03 20:05:00', 'pending')
            """),
        // 38p is what order 4's two payments' commissions add up to; the record's is 37p.
        .init(invariant: "commission_record_amount", count: 1, sql: "UPDATE commission_records SET commission_amount = 0.38 WHERE id = 4"),
        .init(invariant: "commission_record_amount", count: 1, sql: "UPDATE commission_records SET gross_amount = 13.60 WHERE id = 4"),
        .init(invariant: "tenant_boundaries", count: 1, sql: "UPDATE order_items SET product_id = 3 WHERE id = 2"),
        .init(invariant: "tenant_boundaries", count: 1, sql: "UPDATE shifts SET schedule_id = 3 WHERE id = 3"),
        .init(invariant: "tenant_boundaries", count: 2, sql: "UPDATE inventory_items SET supplier_id = 2 WHERE id = 1; "
            + "UPDATE restock_order_items SET inventory_item_id = 2 WHERE id = 1"),
        .init(invariant: "daily_report_totals", count: 1, sql: "UPDATE daily_reports SET total_items = 11 WHERE id = 3"),
        .init(invariant: "daily_report_totals", count: 1, sql: "UPDATE daily_reports SET average_ticket = 9.71 WHERE id = 3"),
        .init(invariant: "daily_report_payments", count: 1, sql: """
            UPDATE daily_reports SET payment_breakdown = '{"card": 25.31, "cash": 7.50, "apple_pay": 6.01}' WHERE id = 3
            """),
        .init(invariant: "daily_report_payments", count: 1, sql: """
            UPDATE daily_reports SET payment_breakdown = '{"card": 25.31, "cash": 7.50, "apple_pay": 6.00, "voucher": 0}' WHERE id = 3
            """),
        .init(invariant: "daily_report_payments", count: 1, sql: "UPDATE daily_reports SET payment_breakdown = '[]' WHERE id = 3"),
        .init(invariant: "daily_report_payments", count: 1, sql: """
            UPDATE daily_reports SET payment_breakdown = '{"card": "25.31", "cash": 7.50, "apple_pay": 6.00}' WHERE id = 3
            """),
        .init(invariant: "daily_report_for_each_trading_day", count: 1, sql: "DELETE FROM daily_reports WHERE id = 4"),
        // As if the window took in order 1, a day too early; the platform's sum follows.
        .init(invariant: "restaurant_monthly_revenue", count: 1,
              sql: "UPDATE restaurants SET monthly_revenue = 53.81 WHERE id = 1; UPDATE platforms SET monthly_revenue = 102.77"),
        .init(invariant: "platform_rollups", count: 1, sql: "UPDATE platforms SET total_restaurants = 3"),
        .init(invariant: "platform_rollups", count: 1, sql: "UPDATE restaurants SET is_active = false WHERE id = 2"),
        .init(invariant: "stock_equals_ledger", count: 1, sql: "UPDATE inventory_items SET current_stock = 20.000 WHERE id = 1"),
        .init(invariant: "stock_never_negative", count: 1,
              sql: "UPDATE stock_movements SET created_at = '2025-02-28 09:00:00' WHERE id = 12"),
        .init(invariant: "restock_order_total", count: 1, sql: "UPDATE restock_orders SET total_amount = 12.51 WHERE id = 1"),
        // 2.5 × £0.33 is 82.5p, which rounds to 83p.
        .init(invariant: "restock_order_total", count: 1,
              sql: "UPDATE restock_order_items SET total_cost = 0.82 WHERE id = 2; UPDATE restock_orders SET total_amount = 0.82 WHERE id = 2"),
        .init(invariant: "shifts_do_not_overlap", count: 2, sql: "UPDATE shifts SET end_time = '17:30:00' WHERE id = 4"),
        // Shift 8 runs from 18:00 to 01:00 the next morning.
        .init(invariant: "shifts_do_not_overlap", count: 2, sql: """
            UPDATE shifts SET employee_id = 3, position = 'server', start_time = '23:00:00', end_time = '23:30:00' WHERE id = 9
            """),
        .init(invariant: "shifts_within_employment", count: 2, sql: "UPDATE employees SET termination_date = '2025-03-03' WHERE id = 4"),
        .init(invariant: "shifts_within_employment", count: 1, sql: "UPDATE employees SET hire_date = '2025-02-02' WHERE id = 1"),
        // 7h 31m 30s is 7.525 hours, which rounds to 7.53.
        .init(invariant: "clock_times_ordered", count: 1, sql: "UPDATE time_tracking SET total_hours = 7.52 WHERE id = 3"),
        .init(invariant: "clock_times_ordered", count: 1, sql: "UPDATE time_tracking SET break_end = NULL WHERE id = 3"),
        // Open (no clock-out) but approved, and not its employee's latest clock-in.
        .init(invariant: "clock_times_ordered", count: 1, sql: "UPDATE time_tracking SET clock_out = NULL WHERE id = 1"),
        .init(invariant: "clock_times_ordered", count: 1, sql: """
            UPDATE time_tracking SET clock_out = NULL, total_hours = NULL, total_pay = NULL, status = 'active' WHERE id = 2
            """),
        .init(invariant: "clock_times_ordered", count: 1,
              sql: "UPDATE time_tracking SET break_start = '2025-03-03 14:30:00', break_end = '2025-03-03 14:00:00' WHERE id = 3"),
        .init(invariant: "no_time_for_no_shows", count: 1, sql: """
            INSERT INTO time_tracking (id, restaurant_id, employee_id, shift_id, clock_in, clock_out, break_start, break_end,
                total_hours, overtime_hours, total_pay, status, created_at, updated_at)
            VALUES (7, 2, 4, 7, '2025-03-03 10:00:00', '2025-03-03 16:00:00', NULL, NULL, 6.00, 0, 78.00, 'completed',
                '2025-03-03 10:00:00', '2025-03-03 16:00:00')
            """),
        // 13:40 is in the server's break; 15:02 is the moment they clocked out.
        .init(invariant: "orders_served_on_the_clock", count: 1, sql: "UPDATE orders SET created_at = '2025-03-03 13:40:00' WHERE id = 4"),
        .init(invariant: "orders_served_on_the_clock", count: 1, sql: "UPDATE orders SET created_at = '2025-03-03 15:02:00' WHERE id = 4"),
        .init(invariant: "orders_served_on_the_clock", count: 1, sql: "UPDATE orders SET created_by = 2 WHERE id = 3"),
    ]
}

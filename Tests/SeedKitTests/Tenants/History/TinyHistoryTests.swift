import Testing
@testable import SeedKit

/// The tiny scenario's three days of history (Saturday 29 – Monday 31 March 2025; closed on
/// Sunday), with totals worked out by hand: a change to the rounding or the order model shows.
@Suite struct TinyHistoryTests {
    let generated: GeneratedRows

    init() throws {
        generated = try GeneratedRows(ScenarioLoader.load(contentsOf: Repository.fixture("tiny.yaml")))
    }

    func order(_ number: String) -> Row? {
        generated.table(.orders).first { GeneratedRows.value($0, "order_number") == .text(number) }
    }

    func amounts(_ row: Row?) -> [String] {
        ["subtotal", "discount_amount", "service_charge", "tax_amount", "total_amount"].map { column in
            guard let row, case .decimal(let value) = GeneratedRows.value(row, column) else { return "?" }
            return value.description
        }
    }

    @Test("a dine-in Full English: 12.5 % service on top, VAT contained in the price")
    func dineIn() {
        // 9.50; service 9.50 × 12.5 % = 1.1875 → 1.19; VAT in 9.50 = 9.50 × 20/120 = 1.583… → 1.58;
        // total 9.50 + 1.19 = 10.69.
        #expect(amounts(order("ORD-1-20250329-001")) == ["9.50", "0.00", "1.19", "1.58", "10.69"])
    }

    @Test("a table with a zero-rated tap water: VAT only on the standard-rated lines")
    func zeroRatedLine() {
        // 2 × 9.50 + tap water 0.00 (0 %) + flat white 3.20 = 22.20; service 2.775 → 2.78;
        // VAT in 22.20 at 20 % = 3.70; total 22.20 + 2.78 = 24.98.
        #expect(amounts(order("ORD-1-20250329-007")) == ["22.20", "0.00", "2.78", "3.70", "24.98"])
    }

    @Test("a discounted table: service and VAT on what is left after the discount")
    func discountedTable() {
        // 2 × 9.50 + flat white 3.20 = 22.20; 10 % off = 2.22, leaving 19.98; service 19.98 ×
        // 12.5 % = 2.4975 → 2.50; VAT in 19.98 = 3.33; total 19.98 + 2.50 = 22.48.
        #expect(amounts(order("ORD-1-20250331-009")) == ["22.20", "2.22", "2.50", "3.33", "22.48"])
    }

    @Test("a takeaway: no service charge, VAT contained in the price")
    func takeaway() {
        // 9.50 + flat white 3.20 = 12.70; no service; VAT in 12.70 = 2.1166… → 2.12.
        #expect(amounts(order("ORD-1-20250329-005")) == ["12.70", "0.00", "0.00", "2.12", "12.70"])
    }

    @Test("the daily reports add up the completed orders of their day, and Sunday has none")
    func dailyReports() {
        let reports = generated.table(.dailyReports).map { row in
            ["report_date", "total_sales", "total_orders", "average_ticket", "total_items"].map { "\(GeneratedRows.value(row, $0))" }
        }
        #expect(reports.count == 2)
        for report in generated.table(.dailyReports) {
            let day = GeneratedRows.value(report, "report_date")
            let completed = generated.table(.orders).filter { row in
                guard case .timestamp(let moment) = GeneratedRows.value(row, "created_at") else { return false }
                return .date(moment.day) == day && GeneratedRows.value(row, "status") == .text("completed")
            }
            let sales = completed.reduce(Int64(0)) { sum, row in
                guard case .decimal(let total) = GeneratedRows.value(row, "total_amount") else { return sum }
                return sum + total.units
            }
            #expect(GeneratedRows.value(report, "total_sales") == .decimal(FixedDecimal(units: sales, scale: 2)))
            #expect(GeneratedRows.value(report, "total_orders") == .int(completed.count))
        }
        // Pinned: recorded once, checked against the orders above. Re-recorded for issue 11: the
        // tiny history's three days have their noise pairs outside it, so they take none.
        #expect(generated.table(.dailyReports).map { "\(GeneratedRows.value($0, "total_sales"))" }
            == ["decimal(621.92)", "decimal(315.90)"])
    }
}

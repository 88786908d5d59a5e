import Foundation
import Testing
@testable import SeedKit

/// A history that ends at a minute of its as-of day (`--as-of now`): the as-of day's history up
/// to the day before, and of that day the rows it has by then, nothing after.
@Suite struct CutOffHistoryTests {
    /// The Mexican demo's restaurant (open 12:00–23:00 on Fridays) over two weeks ending on `day`,
    /// at `time` or whole.
    static func scenario(_ day: String, _ time: String? = nil) throws -> Scenario {
        let overrides = Scenario.Overrides(asOf: Day(iso: day), historyDays: 14, asOfTime: time.flatMap(TimeOfDay.init(parsing:)))
        return try ScenarioLoader.load(contentsOf: Repository.scenario("mexican-demo"), overrides: overrides)
    }

    static func cut(_ day: String, _ time: String) -> Timestamp {
        Timestamp(day: Day(iso: day)!, time: TimeOfDay(parsing: time)!)
    }

    func value(_ row: Row, _ column: String) -> SQLValue { GeneratedRows.value(row, column) }

    func rows(_ generated: GeneratedRows, _ table: TableName) -> [SQLValue: Row] {
        Dictionary(uniqueKeysWithValues: generated.table(table).map { (value($0, "id"), $0) })
    }

    /// Every timestamp of every row, with where it is.
    func timestamps(_ generated: GeneratedRows) -> [(String, Timestamp)] {
        generated.rows.flatMap { row in
            let table = Schema.builtIn.table(row.table)
            return zip(table.columns, row.values).compactMap { column, cell -> (String, Timestamp)? in
                guard case .timestamp(let moment) = cell else { return nil }
                return ("\(row.table.rawValue).\(column.name) of \(value(row, "id"))", moment)
            }
        }
    }

    /// Generates into a SQLite file and expects `seedkit verify` to pass.
    func expectVerifies(_ scenario: Scenario, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("cut.sqlite").path
            try Generation(scenario: scenario).run(into: SQLiteSink(path: path, replace: false))
            let report = try Verifier().verify(SQLiteReader(path: path))
            #expect(report.allHold, "\(report.text)", sourceLocation: sourceLocation)
        }
    }

    @Test("history at 19:34 on a June Friday: orders up to then, the last still open and unpaid, staff on shift clocked in")
    func fridayEvening() throws {
        let cut = Self.cut("2026-06-12", "19:34")
        let whole = try GeneratedRows(Self.scenario("2026-06-12"))
        let partial = try GeneratedRows(Self.scenario("2026-06-12", "19:34"))

        for (place, moment) in timestamps(partial) { #expect(moment <= cut, "\(place) is \(moment), after \(cut)") }

        let orders = partial.table(.orders).filter { value($0, "created_at").timestamp?.day == cut.day }
        let open = orders.filter { ["confirmed", "preparing", "ready"].contains(value($0, "status").text) }
        #expect(open.count >= 2, "open orders at 19:34: \(open.count)")
        #expect(Set(open.map { value($0, "status").text }).count >= 2)
        let paidOrders = Set(partial.table(.payments).map { value($0, "order_id") })
        let recordedOrders = Set(partial.table(.commissionRecords).map { value($0, "order_id") })
        for order in open {
            #expect(!paidOrders.contains(value(order, "id")) && !recordedOrders.contains(value(order, "id")))
        }
        // Tables occupied now: the open dine-in orders', each table once.
        let tables = open.compactMap { value($0, "table_number").text }
        #expect(!tables.isEmpty && Set(tables).count == tables.count)

        // What had happened by 19:34 is the whole day's rows, ids included.
        let wholeOrders = rows(whole, .orders)
        for order in partial.table(.orders) {
            let full = try #require(wholeOrders[value(order, "id")])
            if open.contains(where: { value($0, "id") == value(order, "id") }) {
                #expect(value(full, "order_number") == value(order, "order_number"))
                #expect(value(full, "total_amount") == value(order, "total_amount"))
            } else {
                #expect(full.values == order.values)
            }
        }
        #expect(partial.table(.orders).count == whole.table(.orders).filter { value($0, "created_at").timestamp! <= cut }.count)
        for table in [TableName.orderItems, .payments, .commissionRecords, .stockMovements] {
            let kept = rows(whole, table)
            for row in partial.table(table) { #expect(kept[value(row, "id")]?.values == row.values, "\(table.rawValue) \(value(row, "id"))") }
        }
        // Days before the cut are the whole history's.
        let before = { (row: Row) in
            row.table == .dailyReports ? value(row, "report_date") != .date(cut.day)
                : (value(row, "created_at").timestamp.map { $0.day < cut.day }) ?? false
        }
        for table in [TableName.orders, .payments, .timeTracking, .performanceMetrics, .dailyReports] {
            #expect(partial.table(table).filter(before).map(\.values) == whole.table(table).filter(before).map(\.values), "\(table.rawValue)")
        }

        // Staff on shift now: clocked in, no clock-out, their shift confirmed.
        let onShift = partial.table(.timeTracking).filter { value($0, "clock_out") == .null }
        #expect(onShift.count >= 2)
        let shifts = rows(partial, .shifts)
        for entry in onShift {
            #expect(value(entry, "status") == .text("active"))
            #expect(shifts[value(entry, "shift_id")].map { value($0, "status") } == .text("confirmed"))
        }
        // The day's report so far, at the cut; no metrics until the day is over.
        let report = try #require(partial.table(.dailyReports).last)
        #expect(value(report, "report_date") == .date(cut.day) && value(report, "generated_at") == .timestamp(cut))
        #expect(!partial.table(.performanceMetrics).contains { value($0, "metric_date") == .date(cut.day) })
        try expectVerifies(Self.scenario("2026-06-12", "19:34"))
    }

    @Test("the same scenario, seed and minute give the same rows; another minute other rows")
    func deterministic() throws {
        let first = try GeneratedRows(Self.scenario("2026-06-12", "19:34"))
        #expect(try GeneratedRows(Self.scenario("2026-06-12", "19:34")).rows.map(\.values) == first.rows.map(\.values))
        #expect(try GeneratedRows(Self.scenario("2026-06-12", "19:50")).rows.map(\.values) != first.rows.map(\.values))
    }

    @Test("a winter lunchtime, before opening and after closing each verify, with nothing after the cut",
          arguments: [("2026-01-16", "13:05"), ("2026-01-16", "09:40"), ("2026-06-12", "23:40"), ("2026-06-13", "00:20")])
    func otherMinutes(day: String, time: String) throws {
        let cut = Self.cut(day, time)
        let scenario = try Self.scenario(day, time)
        let partial = try GeneratedRows(scenario)
        for (place, moment) in timestamps(partial) { #expect(moment <= cut, "\(place) is \(moment), after \(cut)") }
        let today = partial.table(.orders).filter { value($0, "created_at").timestamp?.day == cut.day }
        if time == "09:40" || day == "2026-06-13" { #expect(today.isEmpty) }
        if time == "23:40" {
            // After closing: every order closed, the day's report has the whole day's totals.
            #expect(today.allSatisfy { ["completed", "cancelled"].contains(value($0, "status").text) })
            let whole = try GeneratedRows(Self.scenario(day))
            let report = { (rows: GeneratedRows) in rows.table(.dailyReports).last.map { value($0, "total_sales") } }
            #expect(report(partial) == report(whole))
        }
        try expectVerifies(scenario)
    }

    @Test("a cut just after midnight also cuts the day before where its evening runs past it")
    func pastMidnight() throws {
        // The tiny café open until 23:50 on Friday 4 April 2025: its evening count is at 00:05.
        let text = try TenantFixture.yaml(slug: "obriens", [("friday: 08:00-16:00", "friday: 08:00-23:50")])
        func scenario(_ time: TimeOfDay?) throws -> Scenario {
            try ScenarioLoader.load(yaml: text, path: "tiny-late.yaml", overrides: .init(asOf: Day(iso: "2025-04-05"), asOfTime: time))
        }
        let cut = Self.cut("2025-04-05", "00:02")
        let whole = try GeneratedRows(scenario(nil))
        #expect(whole.table(.stockMovements).contains { value($0, "created_at") == .timestamp(Self.cut("2025-04-05", "00:05")) })
        let partial = try GeneratedRows(scenario(cut.timeOfDay))
        for (place, moment) in timestamps(partial) { #expect(moment <= cut, "\(place) is \(moment), after \(cut)") }
        // Friday up to its evening count is the whole history's.
        let friday = { (row: Row) in value(row, "created_at").timestamp.map { $0 <= cut } ?? false }
        for table in [TableName.orders, .payments, .timeTracking, .stockMovements] {
            #expect(partial.table(table).filter(friday).map(\.values) == whole.table(table).filter(friday).map(\.values))
        }
        try expectVerifies(scenario(cut.timeOfDay))
    }

    @Test("the realism scorecard finds the kitchen and the floor covered up to the cut, staff still on shift included")
    func realismCoverage() throws {
        let scenario = try Self.scenario("2026-06-12", "19:34")
        try SinkFixture.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("cut.sqlite").path
            try Generation(scenario: scenario).run(into: SQLiteSink(path: path, replace: false))
            let report = try RealismScorecard(expectations: RealismExpectations(scenario: scenario)).measure(SQLiteReader(path: path))
            let measures = try #require(report.cards.first).measures
            for name in ["uncovered_cook_slots", "uncovered_floor_slots", "orders_without_cook", "table_overlaps", "in_stock"] {
                let measure = try #require(measures.first { $0.name == name })
                #expect(measure.inBand, "\(name): \(measure.value)")
            }
        }
    }
}

extension SQLValue {
    /// The timestamp a value holds, if it is one.
    var timestamp: Timestamp? { if case .timestamp(let moment) = self { moment } else { nil } }
    /// The text a value holds, if it is text.
    var text: String? { if case .text(let text) = self { text } else { nil } }
}

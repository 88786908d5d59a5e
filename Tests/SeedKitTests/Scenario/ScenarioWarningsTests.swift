import Foundation
import Testing
@testable import SeedKit

/// Warnings: values that load but would not convince a restaurateur, reported like errors.
@Suite struct ScenarioWarningsTests {
    /// The minimal scenario with a cook and a server, so its rota can be staffed.
    static func staffed(server rate: String = "12.21", extra: String = "") -> String {
        ScenarioText.minimal(replacing: "    plan: basic\n", with: [
            "    plan: basic",
            "    staff:",
            "      - {first_name: Cat, last_name: Cook, email: cat@demo.example, role: cook, hourly_rate: 13.00, employment_type: full_time}",
            "      - {first_name: Sid, last_name: Server, email: sid@demo.example, role: server, hourly_rate: \(rate), employment_type: full_time\(extra)}",
            "    generated_staff:",
            "      - {role: cook, count: 3, hourly_rate: 12.21}",
            "      - {role: server, count: 6, hourly_rate: 12.21}",
            "",
        ].joined(separator: "\n"))
    }

    func warnings(_ yaml: String) -> [String] { loaded(yaml)?.warnings.map(\.rendered) ?? [] }

    /// The warnings other than the minimal menu's pie having no supplier.
    func otherWarnings(_ yaml: String) -> [String] { warnings(yaml).filter { !$0.contains("has no supplier") } }

    @Test("a well-staffed scenario loads without warnings")
    func clean() {
        #expect(otherWarnings(Self.staffed()) == [])
    }

    @Test("pay below the National Living Wage warns at the rate, unless the age band allows it")
    func wageFloor() throws {
        let found = otherWarnings(Self.staffed(server: "10.50"))
        #expect(found.count == 1)
        let first = try #require(found.first)
        #expect(first.hasPrefix("Scenarios/x.yaml:16:"))
        #expect(first.contains("warning: restaurants[0].staff[1].hourly_rate: £10.50 an hour is below the minimum wage"))
        #expect(first.contains("(£12.21)"))
        #expect(otherWarnings(Self.staffed(server: "10.50", extra: ", age_band: 18-20")) == [])
    }

    @Test("VAT-exclusive prices and a tracked item without a supplier warn")
    func vatAndSupplier() {
        let yaml = Self.staffed().replacingOccurrences(of: "    plan: basic\n", with: "    plan: basic\n    tax: {prices_include_vat: false}\n")
        let found = warnings(yaml)
        #expect(found.contains { $0.contains("tax.prices_include_vat: UK menus for consumers must show prices including VAT") })
        #expect(found.contains { $0.contains("menu.items[0]: \"Pie\" is tracked in stock but has no supplier") })
    }

    @Test("staff who cannot serve the demand warn, naming the restaurant, weekday and shift")
    func understaffed() {
        let found = warnings(ScenarioText.minimal(replacing: "    plan: basic\n", with: "    plan: basic\n    generated_staff:\n      - {role: server, count: 1}\n"))
        #expect(found.contains { $0.contains("warning: restaurants[0].generated_staff: Demo Diner on mondays: the 11:30–") && $0.contains("cook shift: nobody is free") })
    }

    @Test("the realism keys are read: tables, delivery, bank holidays, delivery days, order types, times and happy hours, labour band")
    func realismKeys() throws {
        let yaml = Self.staffed().replacingOccurrences(of: "    plan: basic\n", with: [
            "    plan: basic",
            "    tables: [{seats: 2, count: 3}, {seats: 4, count: 2}]",
            "    delivery: {fee: 1.99, minimum_order: 15.00, cash_on_delivery: true}",
            "    bank_holidays: {closed: true}",
            "    staffing: {labour_cost: 20-30, orders_per_cook_hour: 10}",
            "    suppliers:",
            "      - {name: Pies Ltd, delivery_days: [monday, thursday]}",
            "",
        ].joined(separator: "\n")).replacingOccurrences(of: "sku: PIE}", with: "sku: PIE, supplier: Pies Ltd, order_types: [dine_in, takeaway], available: 12:00-15:00, available_from: 2025-06-01, happy_hour: {times: 14:00-15:00, price: 7.00}}")
        let restaurant = try #require(loaded(yaml)?.restaurants.first)
        #expect(restaurant.tables == [2, 2, 2, 4, 4])
        #expect(restaurant.delivery.fee == Money(minorUnits: 199) && restaurant.delivery.cashOnDelivery)
        #expect(restaurant.delivery.minimumOrder == Money(minorUnits: 1500))
        #expect(restaurant.bankHolidays.closed)
        #expect(restaurant.staffing.labourBand == 20...30 && restaurant.staffing.ordersPerCookHour == 10)
        #expect(restaurant.suppliers.first?.deliveryDays == [1, 4])
        let pie = try #require(restaurant.items.first)
        #expect(pie.orderTypes == [.dineIn, .takeaway])
        let lunch = Timestamp(day: Day(iso: "2025-06-02")!, time: TimeOfDay(hour: 12, minute: 30)!)
        #expect(pie.isSold(.dineIn, at: lunch))
        #expect(pie.price(at: lunch) == Money(minorUnits: 950))
        #expect(pie.price(at: Timestamp(day: Day(iso: "2025-06-02")!, time: TimeOfDay(hour: 14, minute: 30)!)) == Money(minorUnits: 700))
        #expect(!pie.isSold(.delivery, at: lunch))
        #expect(!pie.isSold(.dineIn, at: Timestamp(day: Day(iso: "2025-06-02")!, time: TimeOfDay(hour: 19, minute: 0)!)))
        #expect(!pie.isSold(.dineIn, at: Timestamp(day: Day(iso: "2025-05-31")!, time: TimeOfDay(hour: 12, minute: 30)!)))
    }

    @Test("England and Wales bank holidays: Easter, the May Mondays, substitutes and one-offs")
    func bankHolidays() {
        let days2025 = BankHolidays.holidays(in: 2025).map(\.description).sorted()
        #expect(days2025 == ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
                             "2025-12-25", "2025-12-26"])
        let days2022 = BankHolidays.holidays(in: 2022).map(\.description).sorted()
        #expect(days2022 == ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03",
                             "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"])
    }
}

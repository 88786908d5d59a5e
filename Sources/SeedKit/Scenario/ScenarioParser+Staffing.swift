extension ScenarioParser {
    /// A restaurant's `staffing:` section: the rota's floors, its capacity per person and the
    /// labour-cost band it is measured against.
    func staffing(_ m: MappingReader) -> Scenario.Staffing {
        var staffing = Self.defaultStaffing
        if let cooks = m.optional("cooks")?.int(in: 0...20) { staffing.cooks = cooks }
        if let floor = m.optional("front_of_house")?.int(in: 0...50) { staffing.frontOfHouse = floor }
        if let peak = m.optional("peak_front_of_house")?.int(in: 0...50) { staffing.peakFrontOfHouse = peak }
        if let band = m.optional("labour_cost")?.parse(expecting: "a band of whole percentages like 25-35", Self.percentBand) {
            staffing.labourBand = band
        }
        if let orders = m.optional("orders_per_cook_hour")?.int(in: 1...200) { staffing.ordersPerCookHour = orders }
        if let orders = m.optional("orders_per_server_hour")?.int(in: 1...200) { staffing.ordersPerServerHour = orders }
        return staffing
    }

    static let deliveryKeys = ["fee", "fee_name", "fee_sku", "minimum_order", "cash_on_delivery"]

    /// A restaurant's `delivery:` section.
    func delivery(_ m: MappingReader) -> Scenario.DeliveryPolicy {
        var policy = Scenario.DeliveryPolicy.standard
        if let fee = m.optional("fee")?.money() { policy.fee = fee }
        if let name = m.optionalString("fee_name", maxLength: 255) { policy.feeName = name }
        if let sku = m.optionalString("fee_sku", maxLength: 100) { policy.feeSKU = sku }
        if let minimum = m.optional("minimum_order")?.money() { policy.minimumOrder = minimum }
        if let cash = m.optional("cash_on_delivery")?.bool() { policy.cashOnDelivery = cash }
        return policy
    }

    /// `tables: [{seats: 4, count: 6}, …]`: seats at each table, in the order listed.
    func tables(_ value: ValueReader) -> [Int]? {
        let groups = value.nonEmptyList(of: "table group") { group -> [Int]? in
            guard let m = group.mapping(keys: ["seats", "count"]) else { return nil }
            let seats = m.required("seats")?.int(in: 1...20)
            let count = m.required("count")?.int(in: 1...200)
            guard let seats, let count else { return nil }
            return Array(repeating: seats, count: count)
        }
        return groups?.flatMap { $0 }
    }

    /// `lo-hi` whole percentages, 0 ≤ lo ≤ hi ≤ 100.
    static func percentBand(_ text: String) -> ClosedRange<Int>? {
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false).map { ValueReader.wholeNumber(trimmed($0)) }
        guard bounds.count == 2, let low = bounds[0], let high = bounds[1], 0 <= low, low <= high, high <= 100 else { return nil }
        return low...high
    }

    /// A list of weekday names (`monday` … `sunday`), as ISO weekdays in week order.
    func weekdays(_ value: ValueReader) -> [Int]? {
        let days = value.nonEmptyList(of: "weekday") { day in
            day.parse(expecting: "a weekday like monday") { text in
                Scenario.OpeningHours.weekdayNames.firstIndex(of: text).map { $0 + 1 }
            }
        }
        return days.map { Array(Set($0)).sorted() }
    }
}

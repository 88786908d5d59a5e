/// One day of a restaurant's history: the morning's deliveries, the orders taken while it is
/// open, the evening's waste and restock orders, the daily report and the staff's metrics.
///
/// On the day a history cut at a minute ends (`--as-of now`), only what happened by then: the
/// orders taken by then (those not closed yet open), a delivery only once it has come, the
/// evening's waste and restock orders only once it is evening, and a daily report of the day so
/// far, written at the cut; the staff's metrics once the day is over and everyone clocked out.
/// The day before keeps to the cut too, where its evening runs past midnight.
struct DayGenerator {
    let tenant: Tenant
    let demand: DemandModel
    let orders: OrderGenerator
    /// The user who counts stock and orders from suppliers.
    let manager: Int
    /// Seats at each table.
    let tableSeats: [Int]
    /// Where history ends.
    var end: HistoryEnd

    func generate(_ day: Day, shifts: [RosteredShift], state: inout TenantState, emit: RowEmitter) throws {
        let cut = end.cut(on: day)
        state.stock.startDay()
        try receiveDeliveries(on: day, state: &state, emit: emit)
        let periods = demand.periods(on: day)
        guard let closing = periods.last?.close else {
            state.record(sales: .zero, on: day)
            return
        }
        let tally = try takeOrders(on: day, shifts: shifts, until: cut, state: &state, emit: emit)
        let evening = Timestamp(day: day, time: closing).adding(seconds: 15 * 60)
        // Whatever the cut leaves in the day has happened (a whole day's evening may fall after midnight).
        func happened(_ moment: Timestamp) -> Bool { cut.map { moment <= $0 } ?? true }
        if happened(evening) { try recordWaste(on: day, at: evening, state: &state, emit: emit) }
        if happened(evening.adding(seconds: 5 * 60)) {
            try placeRestockOrders(on: day, at: evening.adding(seconds: 5 * 60), state: &state, emit: emit)
        }
        let reportTime = Timestamp(day: day, time: TimeOfDay(hour: 23, minute: 55)!)
        try emit(DailyReportRow.make(id: state.counters.take(.dailyReports), tenant: tenant, day: day, tally: tally,
                                     at: cut.map { min($0, reportTime) } ?? reportTime))
        if happened(reportTime) && shifts.allSatisfy({ $0.attendance.map { happened($0.clockOut) } ?? true }) {
            try PerformanceMetricRows.emit(tenant: tenant, shifts: shifts, tally: tally, counters: &state.counters, at: reportTime,
                                           to: emit)
        }
        state.record(sales: tally.sales, on: day)
    }

    private func takeOrders(on day: Day, shifts: [RosteredShift], until cut: Timestamp?, state: inout TenantState,
                            emit: RowEmitter) throws -> DayTally {
        let dayStream = tenant.stream.derive("orders", day.description)
        let count = demand.orderCount(on: day, stream: tenant.stream.derive("demand"))
        // Each order's own stream decides its time first, then everything else about it.
        var planned: [(moment: Timestamp, draws: RandomStream)] = (0..<count).map { index in
            var draws = dayStream.derive("order", String(index))
            return (demand.orderTime(on: day, draws: &draws), draws)
        }
        planned.sort { $0.moment < $1.moment }

        var tally = DayTally(menuItems: tenant.restaurant.items.count)
        var tables = TableBook(seats: tableSeats)
        var sequence = 0
        // ORD-<restaurant>-<yyyymmdd>-, then the day's order number, at least three digits.
        var numberPrefix = ShortText("ORD-")
        numberPrefix.appendInteger(Int64(tenant.id))
        numberPrefix.appendStatic("-")
        let (year, month, dayOfMonth) = day.civil
        numberPrefix.append(atMost: 12) { digits in
            PlainDigits.put(UInt64(year), width: 4, into: digits) + PlainDigits.put(UInt64(month), width: 2, into: digits + 4)
                + PlainDigits.put(UInt64(dayOfMonth), width: 2, into: digits + 6)
        }
        numberPrefix.appendStatic("-")
        let kitchen = shifts.map(\.isKitchen)
        // Who is on the floor at each order, in the shifts' order: one array for the whole day.
        var servers: [StaffRecord] = []
        for var order in planned {
            if let cut, order.moment > cut { break }
            servers.removeAll(keepingCapacity: true)
            var cookOnTheClock = false
            for index in shifts.indices where shifts[index].attendance?.isWorking(at: order.moment) == true {
                if kitchen[index] { cookOnTheClock = true } else { servers.append(shifts[index].member) }
            }
            // Nobody to take the order, or no cook to make it: the customer is turned away.
            guard !servers.isEmpty, cookOnTheClock else { continue }
            var number = numberPrefix
            number.append(atMost: 20) { PlainDigits.put(UInt64(sequence + 1), width: 3, into: $0) }
            guard let outcome = try orders.generate(at: order.moment, number: number, servers: servers,
                                                    draws: &order.draws, state: &state, tables: &tables, until: cut, emit: emit)
            else { continue }
            sequence += 1
            state.lastOrderAt = order.moment
            if outcome.completed {
                tally.add(order: outcome.total, lines: outcome.lines, servedBy: outcome.servedBy, payments: outcome.payments)
            }
        }
        return tally
    }

    private func receiveDeliveries(on day: Day, state: inout TenantState, emit: RowEmitter) throws {
        let arriving = state.stock.deliveries.filter { $0.day == day }
        state.stock.deliveries.removeAll { $0.day == day }
        let morning = Timestamp(day: day, time: TimeOfDay(hour: 8, minute: 30)!)
        for delivery in arriving {
            for line in delivery.lines {
                // Not come yet when history ends first: its movement's id stays unused.
                guard end.includes(morning) else {
                    _ = state.counters.take(.stockMovements)
                    continue
                }
                state.stock.receive(item: line.item, quantity: line.quantity, at: morning)
                let item = state.stock.items[line.item]
                try StockMovementRow.emit(
                    id: state.counters.take(.stockMovements), tenant: tenant, item: item.opening.inventoryItemID,
                    type: "restock", quantity: line.quantity, unitCost: item.unitCost,
                    reference: (delivery.restockOrderID, "restock"), notes: nil, by: manager, at: morning, to: emit)
            }
        }
    }

    /// Some of what was sold today is matched by waste: on average the item's wastage rate.
    private func recordWaste(on day: Day, at moment: Timestamp, state: inout TenantState, emit: RowEmitter) throws {
        var draws = tenant.stream.derive("waste", day.description)
        for index in state.stock.items.indices {
            let item = state.stock.items[index]
            let expected = Double(item.soldToday) * Double(item.wastageRate.hundredthsOfPercent) / 10_000
            let wasted = state.stock.waste(item: index, quantity: draws.roundStochastically(expected))
            guard wasted > 0 else { continue }
            try StockMovementRow.emit(
                id: state.counters.take(.stockMovements), tenant: tenant, item: item.opening.inventoryItemID,
                type: "waste", quantity: -wasted, unitCost: item.unitCost, reference: nil,
                notes: "End-of-day waste", by: manager, at: moment, to: emit)
        }
    }

    /// The first of the supplier's delivery days on or after `day` (`day` itself when it has none).
    private func nextDeliveryDay(_ day: Day, days: [Int]) -> Day {
        guard !days.isEmpty else { return day }
        var arrival = day
        while !days.contains(arrival.isoWeekday) { arrival = arrival.adding(days: 1) }
        return arrival
    }

    /// Items at or below their reorder point are ordered back up to their maximum, one restock
    /// order per supplier, delivered after the supplier's lead time on its next delivery day (if
    /// that is within history). Hard cap: one restock order per supplier a day, one line per item.
    private func placeRestockOrders(on day: Day, at moment: Timestamp, state: inout TenantState, emit: RowEmitter) throws {
        let restaurant = tenant.restaurant
        for supplierIndex in restaurant.suppliers.indices {
            let low = state.stock.items.indices.filter { index in
                let item = state.stock.items[index]
                return item.supplierIndex == supplierIndex && !item.onOrder && item.level <= item.opening.reorderPoint
            }
            guard let first = low.first else { continue }
            let arrival = nextDeliveryDay(day.adding(days: state.stock.items[first].leadTimeDays),
                                          days: restaurant.suppliers[supplierIndex].deliveryDays)
            let deliveredAt = Timestamp(day: arrival, time: TimeOfDay(hour: 8, minute: 30)!)
            // Within history's days it arrives (and takes its movements' ids); delivered once it has come.
            let arrives = arrival <= end.day
            let delivered = end.includes(deliveredAt)
            let orderID = state.counters.take(.restockOrders)
            state.restockOrders += 1
            let lines = low.map { (item: $0, quantity: state.stock.items[$0].opening.maximum - state.stock.items[$0].level) }
            let total = lines.reduce(Money.zero) { $0 + state.stock.items[$1.item].unitCost * $1.quantity }
            try emit(Row(.restockOrders, columns: [
                "id": .int(orderID), "restaurant_id": .int(tenant.id), "supplier_id": .int(tenant.id(.suppliers, supplierIndex)),
                "order_number": .text("PO-\(tenant.id)-\(pad(state.restockOrders, 5))"), "order_date": .date(day),
                "expected_delivery": .date(arrival), "actual_delivery": delivered ? .date(arrival) : .null,
                "status": .text(delivered ? "delivered" : "ordered"), "total_amount": .money(total), "notes": .null,
                "created_by": .int(manager), "created_at": .timestamp(moment),
                "updated_at": .timestamp(delivered ? deliveredAt : moment),
            ]))
            for line in lines {
                let item = state.stock.items[line.item]
                try emit(Row(.restockOrderItems, columns: [
                    "id": .int(state.counters.take(.restockOrderItems)), "restock_order_id": .int(orderID),
                    "inventory_item_id": .int(item.opening.inventoryItemID),
                    "quantity_ordered": .decimal(FixedDecimal(units: Int64(line.quantity) * 1000, scale: 3)),
                    "quantity_received": .decimal(FixedDecimal(units: delivered ? Int64(line.quantity) * 1000 : 0, scale: 3)),
                    "unit_cost": .money(item.unitCost), "total_cost": .money(item.unitCost * line.quantity), "notes": .null,
                ]))
                state.stock.markOnOrder(item: line.item)
            }
            if arrives {
                state.stock.deliveries.append(.init(day: arrival, restockOrderID: orderID, lines: lines))
            }
        }
    }
}

/// The catalogue of `Docs/invariants.md`, in the document's order. `seedkit verify` checks each
/// one and prints those that fail, by name.
public enum Invariants {
    /// Every invariant, in the document's order.
    public static let all: [Invariant] = [
        // Orders and their items
        orderItemTotal, orderSubtotal, orderItemsCount, orderTotal, orderAmountsNonNegative,
        orderStatus, orderNumberUnique,
        // Payments and commissions
        paymentsCoverCompletedOrders, noPaymentForCancelledOrders, refundsOnlyOnCancelledOrders,
        paymentCommission, paymentCommissionRate, oneCommissionRecordPerPaidOrder, commissionRecordAmount,
        // Tenant boundaries
        tenantBoundaries,
        // Daily reports and roll-ups
        dailyReportTotals, dailyReportPayments, dailyReportForEachTradingDay, restaurantMonthlyRevenue,
        platformRollups,
        // Stock
        stockEqualsLedger, stockNeverNegative, restockOrderTotal,
        // Staff time
        shiftsDoNotOverlap, shiftsWithinEmployment, clockTimesOrdered, noTimeForNoShows, ordersServedOnTheClock,
    ]
}

// "Payments and commissions" in Docs/invariants.md.
extension Invariants {
    /// A completed order's total, against its completed payments; £0.00 needs no payment.
    static let paymentsCoverCompletedOrders = Invariant(
        "payments_cover_completed_orders", unit: .init("order"),
        description: "a completed order's completed payments do not add up to its total_amount"
    ) { sql in
        """
        SELECT o.id AS key
        FROM orders o
        LEFT JOIN (SELECT order_id, SUM(\(sql.pence("amount"))) AS amount
                   FROM payments WHERE status = 'completed' GROUP BY order_id) p ON p.order_id = o.id
        WHERE o.status = 'completed' AND \(sql.differ(sql.pence("o.total_amount"), "COALESCE(p.amount, 0)"))
        """
    }

    static let noPaymentForCancelledOrders = Invariant(
        "no_payment_for_cancelled_orders", unit: .init("order"),
        description: "a cancelled order has a completed payment"
    ) { _ in
        """
        SELECT o.id AS key FROM orders o
        WHERE o.status = 'cancelled'
          AND EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id AND p.status = 'completed')
        """
    }

    static let refundsOnlyOnCancelledOrders = Invariant(
        "refunds_only_on_cancelled_orders", unit: .init("payment"),
        description: "a refunded payment belongs to an order that is not cancelled"
    ) { _ in
        """
        SELECT p.id AS key
        FROM payments p LEFT JOIN orders o ON o.id = p.order_id
        WHERE p.status = 'refunded' AND (o.status IS NULL OR o.status <> 'cancelled')
        """
    }

    static let paymentCommission = Invariant(
        "payment_commission", unit: .init("payment"),
        description: "a completed payment's commission_amount is not amount × commission_rate / 100, rounded"
    ) { sql in
        let expected = sql.divideRounded("\(sql.pence("amount")) * \(sql.hundredths("commission_rate"))", by: "10000")
        return """
            SELECT id AS key FROM payments
            WHERE status = 'completed' AND \(sql.differ(sql.pence("commission_amount"), expected))
            """
    }

    /// The subscription that counts is one of the restaurant's in force on the payment's day
    /// (`start_date` to `end_date`, inclusive). A payment without a rate is left to
    /// `payment_commission`, which requires one of a completed payment.
    static let paymentCommissionRate = Invariant(
        "payment_commission_rate", unit: .init("payment"),
        description: "commission_rate is not the rate of the restaurant's subscription on the payment's day"
    ) { sql in
        let paid = sql.day("COALESCE(p.created_at, p.processed_at)")
        return """
            SELECT p.id AS key FROM payments p
            WHERE p.commission_rate IS NOT NULL
              AND NOT EXISTS (
                  SELECT 1 FROM restaurant_subscriptions s
                  WHERE s.restaurant_id = p.restaurant_id
                    AND \(sql.hundredths("s.commission_rate")) = \(sql.hundredths("p.commission_rate"))
                    AND \(sql.day("s.start_date")) <= \(paid)
                    AND (s.end_date IS NULL OR \(sql.day("s.end_date")) >= \(paid)))
            """
    }

    /// Keys are order ids: paid orders without exactly one record, and other orders with any.
    static let oneCommissionRecordPerPaidOrder = Invariant(
        "one_commission_record_per_paid_order", unit: .init("order"),
        description: "a paid order does not have exactly one commission record, or an unpaid order has one"
    ) { _ in
        """
        WITH paid AS MATERIALIZED (
            SELECT DISTINCT o.id FROM orders o JOIN payments p ON p.order_id = o.id
            WHERE o.status = 'completed' AND p.status = 'completed'
        ), records AS MATERIALIZED (
            SELECT order_id, COUNT(*) AS records FROM commission_records
            WHERE order_id IS NOT NULL GROUP BY order_id
        )
        SELECT paid.id AS key FROM paid LEFT JOIN records r ON r.order_id = paid.id
        WHERE COALESCE(r.records, 0) <> 1
        UNION
        SELECT r.order_id AS key FROM records r LEFT JOIN paid ON paid.id = r.order_id WHERE paid.id IS NULL
        """
    }

    /// The note on split bills follows from this rule and `payment_commission`, so it is not
    /// checked on its own.
    static let commissionRecordAmount = Invariant(
        "commission_record_amount", unit: .init("commission record"),
        description: "commission_amount is not gross_amount × commission_rate / 100, rounded, "
            + "or gross_amount is not the order's total_amount"
    ) { sql in
        let expected = sql.divideRounded("\(sql.pence("c.gross_amount")) * \(sql.hundredths("c.commission_rate"))",
                                         by: "10000")
        return """
            SELECT c.id AS key
            FROM commission_records c LEFT JOIN orders o ON o.id = c.order_id
            WHERE \(sql.differ(sql.pence("c.commission_amount"), expected))
               OR \(sql.differ(sql.pence("c.gross_amount"), sql.pence("o.total_amount")))
            """
    }
}

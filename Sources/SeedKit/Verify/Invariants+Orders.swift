// "Orders and their items" in Docs/invariants.md.
extension Invariants {
    static let orderItemTotal = Invariant(
        "order_item_total", unit: .init("order item"),
        description: "total_price is not quantity × unit_price, or quantity is below 1"
    ) { sql in
        """
        SELECT id AS key FROM order_items
        WHERE quantity IS NULL OR quantity < 1
           OR \(sql.differ(sql.pence("total_price"), "quantity * \(sql.pence("unit_price"))"))
        """
    }

    static let orderSubtotal = Invariant(
        "order_subtotal", unit: .init("order"),
        description: "orders.subtotal differs from the sum of its items"
    ) { sql in
        """
        SELECT o.id AS key
        FROM orders o
        LEFT JOIN (SELECT order_id, SUM(\(sql.pence("total_price"))) AS amount
                   FROM order_items GROUP BY order_id) i ON i.order_id = o.id
        WHERE \(sql.differ(sql.pence("o.subtotal"), "COALESCE(i.amount, 0)"))
        """
    }

    static let orderItemsCount = Invariant(
        "order_items_count", unit: .init("order"),
        description: "orders.items_count differs from the quantities of its items added up"
    ) { sql in
        """
        SELECT o.id AS key
        FROM orders o
        LEFT JOIN (SELECT order_id, SUM(quantity) AS units FROM order_items GROUP BY order_id) i ON i.order_id = o.id
        WHERE \(sql.differ("o.items_count", "COALESCE(i.units, 0)"))
        """
    }

    /// An order matches the form that includes VAT (`total = subtotal − discount + service`),
    /// the form that adds it, or both (no VAT). The schema does not record which form a
    /// restaurant uses, so its orders that match only one form decide: the form more of them
    /// match (on a tie, the one including VAT) is the restaurant's, and an order matching only
    /// the other form breaks the rule, as does an order matching neither.
    static let orderTotal = Invariant(
        "order_total", unit: .init("order"),
        description: "total_amount is not subtotal − discount + service charge (+ tax_amount), in the form its restaurant uses"
    ) { sql in
        """
        WITH amounts AS (
            SELECT id, COALESCE(restaurant_id, -1) AS restaurant_id,
                   \(sql.pence("subtotal")) - \(sql.pence("COALESCE(discount_amount, 0)"))
                       + \(sql.pence("service_charge")) AS net,
                   \(sql.pence("tax_amount")) AS tax, \(sql.pence("total_amount")) AS total
            FROM orders
        ), forms AS (
            SELECT id, restaurant_id,
                   CASE WHEN total = net THEN 1 ELSE 0 END AS including,
                   CASE WHEN total = net + tax THEN 1 ELSE 0 END AS adding
            FROM amounts
        ), policies AS (
            SELECT restaurant_id,
                   SUM(CASE WHEN including = 1 AND adding = 0 THEN 1 ELSE 0 END) AS including_only,
                   SUM(CASE WHEN adding = 1 AND including = 0 THEN 1 ELSE 0 END) AS adding_only
            FROM forms GROUP BY restaurant_id
        )
        SELECT f.id AS key
        FROM forms f JOIN policies p ON p.restaurant_id = f.restaurant_id
        WHERE (f.including = 0 AND f.adding = 0)
           OR (f.including = 1 AND f.adding = 0 AND p.including_only < p.adding_only)
           OR (f.adding = 1 AND f.including = 0 AND p.adding_only <= p.including_only)
        """
    }

    static let orderAmountsNonNegative = Invariant(
        "order_amounts_non_negative", unit: .init("order"),
        description: "an amount is negative (or missing), or the discount exceeds the subtotal"
    ) { sql in
        let amounts = ["subtotal", "tax_amount", "service_charge", "COALESCE(discount_amount, 0)", "total_amount"]
        return """
            SELECT id AS key FROM orders
            WHERE \(amounts.map { "\($0) IS NULL OR \(sql.pence($0)) < 0" }.joined(separator: "\n   OR "))
               OR \(sql.pence("COALESCE(discount_amount, 0)")) > \(sql.pence("subtotal"))
            """
    }

    /// The schema does not record the as-of date, so an order is historical unless it is on its
    /// restaurant's latest order day: a history that ends at a minute (`--as-of now`) leaves the
    /// orders still going on then open, and those have no payment yet.
    static let orderStatus = Invariant(
        "order_status", unit: .init("order"),
        description: "its status is neither completed nor cancelled, nor open (confirmed, preparing, ready) "
            + "on its restaurant's latest order day without a payment"
    ) { sql in
        """
        WITH latest AS (
            SELECT restaurant_id, MAX(\(sql.day("created_at"))) AS day FROM orders GROUP BY restaurant_id
        )
        SELECT o.id AS key
        FROM orders o LEFT JOIN latest l ON l.restaurant_id = o.restaurant_id
        WHERE o.status IS NULL OR o.status NOT IN ('completed', 'cancelled', 'confirmed', 'preparing', 'ready')
           OR (o.status IN ('confirmed', 'preparing', 'ready')
               AND (l.day IS NULL OR \(sql.day("o.created_at")) <> l.day
                    OR EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id)))
        """
    }

    static let orderNumberUnique = Invariant(
        "order_number_unique", unit: .init("order"),
        description: "another order has the same order_number"
    ) { _ in
        """
        SELECT id AS key FROM orders
        WHERE order_number IS NULL
           OR order_number IN (SELECT order_number FROM orders GROUP BY order_number HAVING COUNT(*) > 1)
        """
    }
}

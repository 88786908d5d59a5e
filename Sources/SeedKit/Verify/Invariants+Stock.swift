// "Stock" in Docs/invariants.md. Quantities are compared in thousandths (`DECIMAL(10,3)`).
extension Invariants {
    static let stockEqualsLedger = Invariant(
        "stock_equals_ledger", unit: .init("inventory item"),
        description: "current_stock differs from the sum of its stock movements"
    ) { sql in
        """
        SELECT i.id AS key
        FROM inventory_items i
        LEFT JOIN (SELECT inventory_item_id, SUM(\(sql.thousandths("quantity"))) AS quantity
                   FROM stock_movements GROUP BY inventory_item_id) m ON m.inventory_item_id = i.id
        WHERE \(sql.differ(sql.thousandths("i.current_stock"), "COALESCE(m.quantity, 0)"))
        """
    }

    static let stockNeverNegative = Invariant(
        "stock_never_negative", unit: .init("inventory item"),
        description: "its stock movements, in created_at, id order, take it below zero"
    ) { sql in
        """
        SELECT DISTINCT inventory_item_id AS key
        FROM (SELECT inventory_item_id,
                     SUM(\(sql.thousandths("quantity"))) OVER (
                         PARTITION BY inventory_item_id ORDER BY created_at, id
                         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS level
              FROM stock_movements) running
        WHERE level < 0
        """
    }

    /// A restock order breaks the rule through its total or through any of its items' costs.
    static let restockOrderTotal = Invariant(
        "restock_order_total", unit: .init("restock order"),
        description: "total_amount is not the sum of its items, or an item's total_cost is not quantity_ordered × unit_cost, rounded"
    ) { sql in
        let expected = sql.divideRounded("\(sql.thousandths("quantity_ordered")) * \(sql.pence("unit_cost"))", by: "1000")
        return """
            WITH items AS (
                SELECT restock_order_id, \(sql.pence("total_cost")) AS cost,
                       CASE WHEN \(sql.differ(sql.pence("total_cost"), expected)) THEN 1 ELSE 0 END AS wrong
                FROM restock_order_items
            ), totals AS (
                SELECT restock_order_id, SUM(cost) AS cost, SUM(wrong) AS wrong FROM items GROUP BY restock_order_id
            )
            SELECT o.id AS key
            FROM restock_orders o LEFT JOIN totals t ON t.restock_order_id = o.id
            WHERE \(sql.differ(sql.pence("o.total_amount"), "COALESCE(t.cost, 0)")) OR COALESCE(t.wrong, 0) > 0
            """
    }
}

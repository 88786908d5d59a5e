// "Tenant boundaries" in Docs/invariants.md.
extension Invariants {
    /// A reference from a row to a row of another table that must belong to the same restaurant.
    struct TenantReference: Sendable {
        /// The table holding the reference, and the column.
        let table: String
        let column: String
        /// The referenced table (its `id` is what `column` holds).
        let target: String
        /// For a table without `restaurant_id`: the table whose row owns it, through which
        /// column (`restock_order_items` belong to their restock order's restaurant).
        var owner: (table: String, column: String)? = nil

        /// The rows whose reference crosses to another restaurant, keyed `table id.column`.
        func query(_ sql: InvariantSQL) -> String {
            let key = "'\(table) ' || \(sql.text("r.id")) || '.\(column)'"
            let ownerJoin = owner.map { " JOIN \($0.table) w ON w.id = r.\($0.column)" } ?? ""
            let restaurant = owner == nil ? "r.restaurant_id" : "w.restaurant_id"
            return "SELECT \(key) AS key FROM \(table) r\(ownerJoin) JOIN \(target) t ON t.id = r.\(column) "
                + "WHERE \(sql.differ("t.restaurant_id", restaurant))"
        }
    }

    /// Every reference the document lists. A reference to a row that does not exist is not a
    /// tenant question and is left alone.
    static let tenantReferences: [TenantReference] = [
        .init(table: "order_items", column: "product_id", target: "products", owner: ("orders", "order_id")),
        .init(table: "orders", column: "served_by", target: "employees"),
        .init(table: "orders", column: "created_by", target: "users"),
        .init(table: "payments", column: "order_id", target: "orders"),
        .init(table: "commission_records", column: "order_id", target: "orders"),
        .init(table: "products", column: "category_id", target: "categories"),
        .init(table: "inventory_items", column: "product_id", target: "products"),
        .init(table: "inventory_items", column: "supplier_id", target: "suppliers"),
        .init(table: "stock_movements", column: "inventory_item_id", target: "inventory_items"),
        .init(table: "restock_orders", column: "supplier_id", target: "suppliers"),
        .init(table: "restock_order_items", column: "inventory_item_id", target: "inventory_items",
              owner: ("restock_orders", "restock_order_id")),
        .init(table: "employees", column: "user_id", target: "users"),
        .init(table: "shifts", column: "employee_id", target: "employees"),
        .init(table: "shifts", column: "schedule_id", target: "schedules"),
        .init(table: "time_tracking", column: "employee_id", target: "employees"),
        .init(table: "time_tracking", column: "shift_id", target: "shifts"),
        .init(table: "performance_metrics", column: "employee_id", target: "employees"),
    ]

    static let tenantBoundaries = Invariant(
        "tenant_boundaries", unit: .init("reference", keysAreIDs: false),
        description: "a row points at another restaurant's row"
    ) { sql in
        tenantReferences.map { $0.query(sql) }.joined(separator: "\nUNION ALL\n")
    }
}

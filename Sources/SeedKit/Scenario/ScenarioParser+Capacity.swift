extension ScenarioParser {
    /// Logs an error when a restaurant needs more rows in a table than its id block holds
    /// (see ``IDPlan``): `what` names the rows in the message.
    func checkIDCapacity(_ count: Int, in table: TableName, what: String, at reader: ValueReader?) {
        let capacity = IDPlan.stride(of: table)
        guard let reader, count > capacity else { return }
        reader.error("a restaurant can have at most \(capacity) \(what) (its block of \(table.rawValue) ids); this one has \(count)")
    }

    /// Whether the list at `reader` fits the table's id block; logs an error at the list when it
    /// does not. Called before the list's elements are read, so an oversized list costs nothing.
    func listFitsIDCapacity(_ reader: ValueReader, in table: TableName, what: String) -> Bool {
        guard case .sequence(let elements, _) = reader.node else { return true }
        checkIDCapacity(elements.count, in: table, what: what, at: reader)
        return elements.count <= IDPlan.stride(of: table)
    }

    /// Logs an error when the scenario has more restaurants than fit the id plan; `false` then.
    func checkRestaurantCount(_ reader: ValueReader?) -> Bool {
        guard let reader, case .sequence(let elements, _) = reader.node, elements.count > IDPlan.maximumRestaurants else {
            return true
        }
        reader.error("a scenario can have at most \(IDPlan.maximumRestaurants) restaurants "
            + "(every restaurant's ids must fit PostgreSQL's INTEGER); this one has \(elements.count)")
        return false
    }
}

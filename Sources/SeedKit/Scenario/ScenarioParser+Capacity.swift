extension ScenarioParser {
    /// Logs an error when a restaurant needs more rows in a table than its id block holds
    /// (see ``IDPlan``): `what` names the rows in the message.
    func checkIDCapacity(_ count: Int, in table: TableName, what: String, at reader: ValueReader?) {
        let capacity = IDPlan.stride(of: table)
        guard let reader, count > capacity else { return }
        reader.error("a restaurant can have at most \(capacity) \(what) (its block of \(table.rawValue) ids); this one has \(count)")
    }

    /// Logs an error when the scenario has more restaurants than fit the id plan.
    func checkRestaurantCount(_ count: Int, at reader: ValueReader?) {
        guard let reader, count > IDPlan.maximumRestaurants else { return }
        reader.error("a scenario can have at most \(IDPlan.maximumRestaurants) restaurants "
            + "(every restaurant's ids must fit PostgreSQL's INTEGER); this one has \(count)")
    }
}

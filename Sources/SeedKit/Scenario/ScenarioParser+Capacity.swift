extension ScenarioParser {
    /// The most rows of one kind (menu items, staff, suppliers, categories) a restaurant may list:
    /// far more than any restaurant has, and a bound on what a scenario can make SeedKit do.
    static let perRestaurantLimit = 1_000
    /// The most restaurants a scenario may list. Whether their ids fit is the allocator's to say
    /// (``GenerationPlan``); this only bounds the work of reading the list.
    static let restaurantLimit = 100_000

    /// Logs an error when a restaurant lists more than ``perRestaurantLimit`` of something:
    /// `what` names the rows in the message.
    func checkIDCapacity(_ count: Int, in table: TableName, what: String, at reader: ValueReader?) {
        guard let reader, count > Self.perRestaurantLimit else { return }
        reader.error("a restaurant can have at most \(Self.perRestaurantLimit) \(what); this one has \(count)")
    }

    /// Whether the list at `reader` is within ``perRestaurantLimit``; logs an error at the list
    /// when it is not. Called before the list's elements are read, so an oversized list costs nothing.
    func listFitsIDCapacity(_ reader: ValueReader, in table: TableName, what: String) -> Bool {
        guard case .sequence(let elements, _) = reader.node else { return true }
        checkIDCapacity(elements.count, in: table, what: what, at: reader)
        return elements.count <= Self.perRestaurantLimit
    }

    /// Logs an error when the scenario lists more than ``restaurantLimit`` restaurants; `false` then.
    func checkRestaurantCount(_ reader: ValueReader?) -> Bool {
        guard let reader, case .sequence(let elements, _) = reader.node, elements.count > Self.restaurantLimit else {
            return true
        }
        reader.error("a scenario can have at most \(grouped(Self.restaurantLimit)) restaurants; this one has \(grouped(elements.count))")
        return false
    }
}

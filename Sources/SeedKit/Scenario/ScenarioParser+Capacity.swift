extension ScenarioParser {
    /// The most rows of one kind (menu items, staff, suppliers, categories) a restaurant may list:
    /// far more than any restaurant has, and a bound on what a scenario can make SeedKit do.
    static let perRestaurantLimit = 1_000

    /// Logs an error when a restaurant lists more than ``perRestaurantLimit`` of something:
    /// `what` names the rows in the message.
    func checkIDCapacity(_ count: Int, in table: TableName, what: String, at reader: ValueReader?) {
        guard let reader, count > Self.perRestaurantLimit else { return }
        reader.error("a restaurant can have at most \(Self.perRestaurantLimit) \(what); this one has \(count)")
    }
}

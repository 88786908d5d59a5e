/// One restaurant of the scenario with what its rows need worked out: its ids, its dates, its
/// plan and its staff roster. Built from the scenario and the restaurant's own random streams
/// only, so nothing about another restaurant can change it.
struct Tenant {
    /// The restaurant's position in the scenario (0-based); it fixes the tenant's id blocks.
    let ordinal: Int
    let restaurant: Scenario.Restaurant
    let id: Int
    let planID: Int
    let plan: Scenario.Plan
    /// The day the restaurant joined the platform.
    let openedOn: Day
    /// When its account was created: opening day, 09:00 plus a few minutes.
    let createdAt: Timestamp
    /// Everyone who works there, explicit staff first, then generated staff.
    let staff: [StaffRecord]
    /// The root of this restaurant's random streams: seed → "restaurant" → slug.
    let stream: RandomStream

    init(ordinal: Int, restaurant: Scenario.Restaurant, scenario: Scenario, context: GenerationContext) {
        self.ordinal = ordinal
        self.restaurant = restaurant
        self.id = IDPlan.restaurantID(ordinal)
        let planIndex = scenario.platform.plans.firstIndex { $0.name == restaurant.plan }!
        self.planID = planIndex + 1
        self.plan = scenario.platform.plans[planIndex]
        self.stream = context.root.derive("restaurant", restaurant.slug)

        var profile = stream.derive("profile")
        let defaultOpening = scenario.historyStart.adding(days: -profile.int(in: 180...540))
        self.openedOn = restaurant.openedOn ?? defaultOpening
        self.createdAt = Timestamp(day: openedOn, time: TimeOfDay(secondsSinceMidnight: 9 * 3600 + profile.int(in: 0...3599)))
        self.staff = StaffRoster.build(for: restaurant, ordinal: ordinal, openedOn: openedOn,
                                       scenario: scenario, stream: stream.derive("staff"),
                                       takenEmails: context.explicitEmails)
    }

    /// The id of the `index`-th row of a per-restaurant table in this tenant's block.
    func id(_ table: TableName, _ index: Int) -> Int { IDPlan.id(table, restaurant: ordinal, index: index) }

    /// The user who grants staff their permissions and signs for stock: the first owner, else
    /// the first manager, else nobody (the platform owner then acts).
    var seniorStaff: StaffRecord? {
        staff.first { $0.role == .restaurantOwner } ?? staff.first { $0.role == .manager }
    }

    /// Category ids by name.
    func categoryID(named name: String) -> Int {
        id(.categories, restaurant.categories.firstIndex { $0.name == name }!)
    }

    /// Supplier ids by name.
    func supplierID(named name: String) -> Int {
        id(.suppliers, restaurant.suppliers.firstIndex { $0.name == name }!)
    }
}

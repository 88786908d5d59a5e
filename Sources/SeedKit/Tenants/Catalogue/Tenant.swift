/// One restaurant of the scenario with what its rows need worked out: its ids, its dates, its
/// plan and its staff roster. Built from the scenario, the restaurant's own random streams and
/// the id ranges the allocator gave it, so nothing about another restaurant can change it.
struct Tenant: Sendable {
    let restaurant: Scenario.Restaurant
    /// Where this tenant's rows are numbered in each table.
    let ids: TenantIDs
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

    /// The root of the streams of the restaurant `slug` under a scenario's `root`, for whatever
    /// must draw what the restaurant's generators draw (a fleet's forecasts).
    static func stream(of slug: String, under root: RandomStream) -> RandomStream {
        root.derive("restaurant", slug)
    }

    init(restaurant: Scenario.Restaurant, ids: TenantIDs, scenario: Scenario, context: GenerationContext) {
        self.restaurant = restaurant
        self.ids = ids
        let planIndex = scenario.platform.plans.firstIndex { $0.name == restaurant.plan }!
        self.planID = context.platform.planIDs[restaurant.plan]!
        self.plan = scenario.platform.plans[planIndex]
        self.stream = Self.stream(of: restaurant.slug, under: context.root)

        var profile = stream.derive("profile")
        let defaultOpening = scenario.historyStart.adding(days: -profile.int(in: 180...540))
        self.openedOn = restaurant.openedOn ?? defaultOpening
        self.createdAt = Timestamp(day: openedOn, time: TimeOfDay(secondsSinceMidnight: 9 * 3600 + profile.int(in: 0...3599)))
        self.staff = StaffRoster.build(for: restaurant, ids: ids, openedOn: openedOn,
                                       scenario: scenario, stream: stream.derive("staff"),
                                       takenEmails: context.explicitEmails)
    }

    /// The restaurant's id.
    var id: Int { ids.restaurantID }

    /// The id of the `index`-th row (from 0) of a per-restaurant table.
    func id(_ table: TableName, _ index: Int) -> Int { ids.id(table, index) }

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

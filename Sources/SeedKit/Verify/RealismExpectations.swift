/// What the realism scorecard measures a restaurant against that its database does not record:
/// the scenario's opening hours, configured demand, labour band and staff terms.
///
/// Built from the scenario the database was generated from; without one, the scorecard falls
/// back to ``RealismExpectations/Restaurant/unknown``: default bands, open hours read from each
/// day's first and last order, and no configured demand to compare with.
public struct RealismExpectations: Sendable {
    /// By restaurant slug.
    public var restaurants: [String: Restaurant]

    /// What one restaurant is expected to look like.
    public struct Restaurant: Sendable {
        /// The labour-cost band, whole percent of net sales.
        public var labourBand: ClosedRange<Int>
        /// When it is open; `nil` to read each day's hours from its orders.
        public var openingHours: Scenario.OpeningHours?
        /// Expected orders over the history on each ISO weekday (index 0 is Monday); `nil` when unknown.
        public var configuredOrders: [Double]?
        /// Staff terms by email (lower-cased): age band and weekly contract hours.
        public var staff: [String: StaffTerms]
        /// The first and last day of history, when known.
        public var history: ClosedRange<Day>?
        /// How deliveries are charged and paid, when known.
        public var delivery: Scenario.DeliveryPolicy? = nil

        /// A restaurant the scorecard knows nothing about.
        public static let unknown = Restaurant(labourBand: 25...35, openingHours: nil, configuredOrders: nil, staff: [:], history: nil)
    }

    /// A member of staff's terms.
    public struct StaffTerms: Sendable {
        /// The minimum-wage band.
        public var ageBand: Scenario.AgeBand
        /// Weekly contract hours, when given.
        public var contractHours: Int?
    }

    /// No scenario: every restaurant is ``Restaurant/unknown``.
    public init() { restaurants = [:] }

    /// The expectations a scenario sets for each of its restaurants.
    public init(scenario: Scenario) {
        restaurants = [:]
        let history = scenario.historyStart...scenario.asOf
        for restaurant in scenario.restaurants {
            let demand = DemandModel(demand: restaurant.demand, hours: restaurant.openingHours, asOf: scenario.asOf,
                                     holidays: restaurant.bankHolidays)
            var configured = [Double](repeating: 0, count: 7)
            var day = scenario.historyStart
            while day <= scenario.asOf {
                configured[day.isoWeekday - 1] += demand.expectedOrders(on: day)
                day = day.adding(days: 1)
            }
            var staff: [String: StaffTerms] = [:]
            for member in restaurant.staff {
                staff[member.person.email.lowercased()] = StaffTerms(ageBand: member.ageBand, contractHours: member.contractHours)
            }
            restaurants[restaurant.slug] = Restaurant(
                labourBand: restaurant.staffing.labourBand, openingHours: restaurant.openingHours,
                configuredOrders: configured, staff: staff, history: history, delivery: restaurant.delivery)
            generatedTerms[restaurant.slug] = restaurant.generatedStaff.map {
                (role: $0.role, terms: StaffTerms(ageBand: $0.ageBand, contractHours: $0.contractHours))
            }
        }
    }

    /// Generated staff have generated emails: their terms are matched by role instead.
    var generatedTerms: [String: [(role: Scenario.Role, terms: StaffTerms)]] = [:]

    /// The terms of a member of staff, by email, else by the role of a generated group.
    func terms(slug: String, email: String, role: String) -> StaffTerms {
        if let terms = restaurants[slug]?.staff[email.lowercased()] { return terms }
        if let group = generatedTerms[slug]?.first(where: { $0.role.rawValue == role }) { return group.terms }
        return StaffTerms(ageBand: .twentyOneAndOver, contractHours: nil)
    }
}

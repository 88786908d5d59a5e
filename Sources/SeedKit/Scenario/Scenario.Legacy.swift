extension Scenario {
    /// What `seedkit generate --schema legacy` puts into the legacy database besides the
    /// scenario's restaurants and staff: how many customers, and the awkward cases a real
    /// production database has, in shares (the scenario's `legacy:` section).
    ///
    /// The default, ``clean``, has none of the awkward cases: every restaurant active with an
    /// admin first on its staff, every customer with an email and one restaurant, every
    /// reservation with a total.
    public struct Legacy: Sendable, Equatable {
        /// Customers each restaurant registered.
        public var customersPerRestaurant: Int
        /// Customers who also booked at other restaurants, under the same customer record.
        public var customersWithSeveralRestaurants: Rate
        /// Customers registered without an email (booked by phone).
        public var customersWithoutEmail: Rate
        /// Reservations whose `total_amount` was never entered.
        public var reservationsWithoutTotal: Rate
        /// Restaurants whose first member of staff is not an admin, and which have no admin.
        public var firstStaffNotAdmin: [String]
        /// Restaurants with `is_active = false`.
        public var inactiveRestaurants: [String]

        public init(customersPerRestaurant: Int = 30, customersWithSeveralRestaurants: Rate = .zero,
                    customersWithoutEmail: Rate = .zero, reservationsWithoutTotal: Rate = .zero,
                    firstStaffNotAdmin: [String] = [], inactiveRestaurants: [String] = []) {
            self.customersPerRestaurant = customersPerRestaurant
            self.customersWithSeveralRestaurants = customersWithSeveralRestaurants
            self.customersWithoutEmail = customersWithoutEmail
            self.reservationsWithoutTotal = reservationsWithoutTotal
            self.firstStaffNotAdmin = firstStaffNotAdmin
            self.inactiveRestaurants = inactiveRestaurants
        }

        /// No awkward case: the plan's scripts meet only data they were written for.
        public static let clean = Legacy()
    }
}

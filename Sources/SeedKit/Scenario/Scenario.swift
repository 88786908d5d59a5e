/// A parsed, validated scenario: everything SeedKit needs to generate a platform's data.
///
/// Built by ``ScenarioLoader`` from a YAML file; every value here has already been checked, so
/// generators never meet an invalid scenario.
public struct Scenario: Sendable {
    /// The scenario's name (the file name without `.yaml` unless `name:` says otherwise); it names
    /// the default output, `Output/<name>.sqlite`.
    public var name: String
    /// The root of every random stream.
    public var seed: UInt64
    /// The last day of history.
    public var asOf: Day
    /// How many days of history end at `asOf` (used by the history generators).
    public var historyDays: Int
    /// `en_GB`: the only locale so far.
    public var locale: String
    /// `GBP`: the only currency so far.
    public var currency: String
    /// The password every generated login shares, stored as a bcrypt hash.
    public var demoPassword: String
    /// The bcrypt cost (log2 of rounds) for `demoPassword`.
    public var passwordCost: Int
    public var platform: Platform
    /// The explicit restaurants, then every fleet's, fleet by fleet (drawn when read: see
    /// ``Restaurants``).
    public var restaurants: Restaurants
    /// The fleets the last restaurants were expanded from (already in ``restaurants``).
    public var fleets: [Fleet] = []
    /// What the loader warned about: the scenario loads, but probably not as meant.
    public var warnings: [ScenarioDiagnostic] = []
    /// The SHA-256 of the YAML text the scenario was read from (nil when built in code): part of
    /// the ``Provenance`` every output records.
    public var sourceSHA256: String?
    /// The minute history ends at on `asOf` (`--as-of now`), or nil for the whole day: the
    /// orders, staff time and stock of that day up to and including it, nothing after.
    public var asOfTime: TimeOfDay? = nil
    /// What `--schema legacy` generates besides the restaurants (the `legacy:` section).
    public var legacy: Legacy = .clean

    /// The first day of history.
    public var historyStart: Day { HistorySpan(self).historyStart }
}

extension Scenario {
    /// The platform that hosts every restaurant of the scenario.
    public struct Platform: Sendable {
        public var name: String
        public var slug: String
        /// The platform owner: a user with role `platform_owner` and no restaurant.
        public var owner: Person
        /// `platform_settings` rows, in the order written.
        public var settings: [Setting]
        public var plans: [Plan]
    }

    /// A `platform_settings` entry; its type is taken from the YAML value.
    public struct Setting: Sendable {
        public var key: String
        public var value: String
        /// `string`, `number`, `boolean` or `json`.
        public var type: String
    }

    /// A subscription plan.
    public struct Plan: Sendable {
        public var name: String
        public var commissionRate: Rate
        public var serviceFeeRate: Rate
        public var monthlyFee: Money
        /// `nil` means unlimited.
        public var maxRestaurants: Int?
        /// Feature flags, as canonical JSON text.
        public var features: JSONText
    }

    /// A person the scenario names explicitly.
    public struct Person: Sendable {
        public var firstName: String
        public var lastName: String
        public var email: String
        public var phone: String?
    }
}

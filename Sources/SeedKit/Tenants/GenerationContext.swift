/// What every generator shares: the scenario, its root random stream, and values computed once.
struct GenerationContext: Sendable {
    let scenario: Scenario
    /// seed → everything else.
    let root: RandomStream
    /// Every email the scenario writes out, so generated addresses never collide with them.
    let explicitEmails: Set<String>
    /// When the platform was set up: two years before history starts, at 09:00.
    let platformCreatedAt: Timestamp
    /// The bcrypt hash of the scenario's demo password, computed once for every user.
    let passwordHash: String
    /// The bcrypt hashes of the restaurants that set their own `demo_password`, by slug.
    let restaurantPasswordHashes: [String: String]
    /// The ids of the platform's own rows.
    let platformIDs: TenantIDs
    /// The platform's rows that tenants refer to: its plans and its owner.
    let platform: PlatformBinding

    /// The platform owner's user id.
    var platformOwnerUserID: Int { platform.ownerUserID }

    /// A context whose platform rows are the ones `platformIDs` numbers, or, given `platform`,
    /// rows that already exist (a live database's).
    init(scenario: Scenario, platformIDs: TenantIDs, platform: PlatformBinding? = nil) throws {
        self.scenario = scenario
        self.platformIDs = platformIDs
        self.platform = platform ?? PlatformBinding(planned: platformIDs, scenario: scenario)
        self.root = RandomStream(seed: scenario.seed)
        var emails: Set<String> = [scenario.platform.owner.email]
        for restaurant in scenario.restaurants {
            for member in restaurant.staff { emails.insert(member.person.email) }
        }
        self.explicitEmails = emails
        self.platformCreatedAt = Timestamp(day: scenario.historyStart.adding(days: -730), time: TimeOfDay(hour: 9, minute: 0)!)
        var saltStream = root.derive("password", "salt")
        let salt = (0..<16).map { _ in UInt8(truncatingIfNeeded: saltStream.next()) }
        self.passwordHash = try PasswordHasher.bcrypt(scenario.demoPassword, cost: scenario.passwordCost, salt: salt)
        var hashes: [String: String] = [:]
        for restaurant in scenario.restaurants {
            guard let password = restaurant.demoPassword else { continue }
            var stream = root.derive("password", "salt", restaurant.slug)
            let salt = (0..<16).map { _ in UInt8(truncatingIfNeeded: stream.next()) }
            hashes[restaurant.slug] = try PasswordHasher.bcrypt(password, cost: scenario.passwordCost, salt: salt)
        }
        self.restaurantPasswordHashes = hashes
    }

    /// The hash every login of `restaurant` gets: its own password's, else the scenario's.
    func passwordHash(for restaurant: Scenario.Restaurant) -> String {
        restaurantPasswordHashes[restaurant.slug] ?? passwordHash
    }
}

/// The platform rows a tenant's rows point at: the platform, the id of each of the scenario's
/// plans, and the platform owner's user (who grants the first permissions).
///
/// In a generated run these are the rows the platform generator writes; for a tenant added to a
/// live database they are rows the database already has, found by name.
public struct PlatformBinding: Sendable, Equatable {
    public let platformID: Int
    /// By plan name.
    public let planIDs: [String: Int]
    public let ownerUserID: Int

    public init(platformID: Int, planIDs: [String: Int], ownerUserID: Int) {
        self.platformID = platformID
        self.planIDs = planIDs
        self.ownerUserID = ownerUserID
    }

    /// The rows the platform generator numbers with `platformIDs`.
    init(planned platformIDs: TenantIDs, scenario: Scenario) {
        var plans: [String: Int] = [:]
        for (index, plan) in scenario.platform.plans.enumerated() where plans[plan.name] == nil {
            plans[plan.name] = platformIDs.id(.subscriptionPlans, index)
        }
        self.init(platformID: platformIDs.platformID, planIDs: plans, ownerUserID: platformIDs.id(.users, 0))
    }
}

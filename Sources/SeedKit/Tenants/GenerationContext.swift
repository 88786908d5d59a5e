/// What every generator shares: the scenario, its root random stream, and values computed once.
struct GenerationContext: Sendable {
    let scenario: Scenario
    /// seed → everything else.
    let root: RandomStream
    /// Every email the scenario writes out, so generated addresses never collide with them.
    let explicitEmails: Set<String>
    /// When the platform was set up: two years before history starts, at 09:00.
    let platformCreatedAt: Timestamp
    /// The bcrypt hashes of the scenario's demo password (number 0) and of the restaurants that
    /// set their own `demo_password`, each computed once for every user.
    let passwordHashes: PasswordHashes
    /// The number of each restaurant's own password hash in ``passwordHashes``, by slug.
    let restaurantPasswordHashes: [String: Int]
    /// The ids of the platform's own rows.
    let platformIDs: TenantIDs
    /// The platform's rows that tenants refer to: its plans and its owner.
    let platform: PlatformBinding

    /// The platform owner's user id.
    var platformOwnerUserID: Int { platform.ownerUserID }

    /// A context whose platform rows are the ones `platformIDs` numbers, or, given `platform`,
    /// rows that already exist (a live database's). With `deferredHashes`, rows carry
    /// placeholders for the password hashes until ``PasswordHashes/resolve(_:)`` (see there).
    init(scenario: Scenario, platformIDs: TenantIDs, platform: PlatformBinding? = nil, deferredHashes: Bool = false) throws {
        self.scenario = scenario
        self.platformIDs = platformIDs
        self.platform = platform ?? PlatformBinding(planned: platformIDs, scenario: scenario)
        self.root = RandomStream(seed: scenario.seed)
        var emails: Set<String> = [scenario.platform.owner.email]
        for position in scenario.restaurants.indices {
            emails.formUnion(scenario.restaurants.staffEmails(at: position))
        }
        self.explicitEmails = emails
        self.platformCreatedAt = Timestamp(day: scenario.historyStart.adding(days: -730), time: TimeOfDay(hour: 9, minute: 0)!)
        func salt(_ stream: RandomStream) -> [UInt8] {
            var stream = stream
            return (0..<16).map { _ in UInt8(truncatingIfNeeded: stream.next()) }
        }
        var passwords = [(password: scenario.demoPassword, salt: salt(root.derive("password", "salt")))]
        var numbers: [String: Int] = [:]
        for position in scenario.restaurants.indices {
            guard let password = scenario.restaurants.demoPassword(at: position) else { continue }
            let slug = scenario.restaurants.slug(at: position)
            numbers[slug] = passwords.count
            passwords.append((password, salt(root.derive("password", "salt", slug))))
        }
        self.passwordHashes = try PasswordHashes(passwords, cost: scenario.passwordCost, deferred: deferredHashes)
        self.restaurantPasswordHashes = numbers
    }

    /// The hash every user gets unless their restaurant sets its own password.
    var passwordHash: String { passwordHashes.text(0) }

    /// The hash every login of `restaurant` gets: its own password's, else the scenario's.
    func passwordHash(for restaurant: Scenario.Restaurant) -> String {
        passwordHashes.text(restaurantPasswordHashes[restaurant.slug] ?? 0)
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

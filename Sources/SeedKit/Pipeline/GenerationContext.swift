/// What every generator shares: the scenario, its root random stream, and values computed once.
struct GenerationContext: Sendable {
    let scenario: Scenario
    /// seed → everything else.
    let root: RandomStream
    /// Every email the scenario writes out, so generated addresses never collide with them.
    let explicitEmails: Set<String>
    /// When the platform was set up: two years before history starts, at 09:00.
    let platformCreatedAt: Timestamp
    /// The bcrypt hash of the demo password, computed once for every user.
    let passwordHash: String
    /// The ids of the platform's own rows.
    let platformIDs: TenantIDs
    /// The platform owner's user id.
    var platformOwnerUserID: Int { platformIDs.id(.users, 0) }

    init(scenario: Scenario, platformIDs: TenantIDs) throws {
        self.scenario = scenario
        self.platformIDs = platformIDs
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
    }
}

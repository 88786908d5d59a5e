/// What made a piece of generated data: the scenario (its name and the SHA-256 of its text), the
/// seed, the as-of date and the SeedKit version. Every output records it (a SQL file's header,
/// a database's `seedkit` bookkeeping), so a fixture can always be traced back and remade.
public struct Provenance: Sendable, Equatable {
    public var scenarioName: String
    /// The SHA-256 of the scenario's YAML text as read (hex), or nil for a scenario built in code.
    public var scenarioSHA256: String?
    public var seed: UInt64
    public var asOf: Day
    /// The minute history ends at on `asOf` (`--as-of now`), or nil for the whole day. Only the
    /// summary line shows it; the databases' bookkeeping keeps the date.
    public var asOfTime: TimeOfDay?
    public var seedkitVersion: String

    public init(scenarioName: String, scenarioSHA256: String?, seed: UInt64, asOf: Day,
                seedkitVersion: String = SeedKitVersion.current) {
        self.scenarioName = scenarioName
        self.scenarioSHA256 = scenarioSHA256
        self.seed = seed
        self.asOf = asOf
        self.seedkitVersion = seedkitVersion
    }

    /// The provenance of data generated from `scenario` (with its overrides applied).
    public init(of scenario: Scenario) {
        self.init(scenarioName: scenario.name, scenarioSHA256: scenario.sourceSHA256, seed: scenario.seed, asOf: scenario.asOf)
        asOfTime = scenario.asOfTime
    }

    /// One line: `scenario mexican-demo (sha256 ab12…), seed 42, as of 2025-06-30, SeedKit 0.7.0`.
    public var summary: String {
        let hash = scenarioSHA256.map { " (sha256 \($0))" } ?? ""
        let minute = asOfTime.map { " " + $0.description.prefix(5) } ?? ""
        return "scenario \(scenarioName)\(hash), seed \(seed), as of \(asOf)\(minute), SeedKit \(seedkitVersion)"
    }
}

/// The version of SeedKit this build is.
public enum SeedKitVersion {
    public static let current = "0.7.0"
}

import Foundation
import Synchronization
@testable import SeedKit

/// Each shipped scenario generated into SQLite for five seeds (its own and the next four), once
/// per test process: the invariants' report and the realism scorecard of each, shared by the
/// suites that read them.
enum ShippedSweep {
    static let scenarios = ["mexican-demo", "italian-pair"]
    static let seedOffsets: [UInt64] = [0, 1, 2, 3, 4]

    struct Outcome: Sendable {
        let invariants: VerificationReport
        let realism: RealismReport
    }

    static func outcome(_ name: String, seedOffset: UInt64) throws -> Outcome {
        let key = "\(name)+\(seedOffset)"
        return try cache.withLock { cached in
            if let outcome = cached[key] { return outcome }
            let loaded = try ScenarioLoader.load(contentsOf: Repository.scenario(name))
            let scenario = loaded.overriding(seed: loaded.seed &+ seedOffset)
            let outcome = try SinkFixture.withTemporaryDirectory { directory in
                let path = directory.appendingPathComponent("\(name).sqlite").path
                try Generation(scenario: scenario).run(into: SQLiteSink(path: path, replace: false))
                let reader = try SQLiteReader(path: path)
                return Outcome(invariants: try Verifier().verify(reader),
                               realism: try RealismScorecard(expectations: RealismExpectations(scenario: scenario)).measure(reader))
            }
            cached[key] = outcome
            return outcome
        }
    }

    private static let cache = Mutex<[String: Outcome]>([:])
}

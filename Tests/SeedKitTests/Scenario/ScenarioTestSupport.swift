import Foundation
import Testing
@testable import SeedKit

/// Scenario text for loader tests, and helpers that load it.
enum ScenarioText {
    /// The smallest valid scenario. Line numbers matter to the tests that edit it:
    ///
    ///      1 seed … 3 demo_password · 4 platform · 7 owner · 9 first plan · 10 restaurants
    ///     11 name · 12 slug · 13 plan · 14 menu · 16 first category · 18 first item
    static let minimal = """
        seed: 1
        as_of: 2025-06-30
        demo_password: secret
        platform:
          name: Demo Platform
          slug: demo
          owner: {first_name: Ada, last_name: Admin, email: ada@demo.example}
          plans:
            - {name: basic, commission_rate: 8}
        restaurants:
          - name: Demo Diner
            slug: demo-diner
            plan: basic
            menu:
              categories:
                - {name: Mains}
              items:
                - {name: Pie, category: Mains, price: 9.50, sku: PIE}

        """

    /// `minimal` with one piece of text replaced; the piece must occur exactly once.
    static func minimal(replacing old: String, with new: String) -> String {
        precondition(minimal.components(separatedBy: old).count == 2, "\(old) must occur once in the minimal scenario")
        return minimal.replacingOccurrences(of: old, with: new)
    }

    static func shipped(_ name: String) -> String { Repository.scenario(name) }
}

/// The scenario `yaml` describes, recording an issue when it does not load.
func loaded(_ yaml: String, path: String = "Scenarios/x.yaml", sourceLocation: SourceLocation = #_sourceLocation) -> Scenario? {
    do {
        return try ScenarioLoader.load(yaml: yaml, path: path)
    } catch {
        Issue.record("expected the scenario to load, got:\n\(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The rendered diagnostics for `yaml`, which must fail to load.
func diagnostics(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    do {
        _ = try ScenarioLoader.load(yaml: yaml, path: "Scenarios/x.yaml")
        Issue.record("expected the scenario to be rejected", sourceLocation: sourceLocation)
        return []
    } catch let error as ScenarioError {
        return error.diagnostics.map(\.rendered)
    } catch {
        Issue.record("expected a ScenarioError, got \(error)", sourceLocation: sourceLocation)
        return []
    }
}

/// Expects exactly one diagnostic whose headline is `headline`.
func expectError(_ yaml: String, _ headline: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = diagnostics(yaml, sourceLocation: sourceLocation).map { $0.prefix { $0 != "\n" } }
    #expect(found == [Substring(headline)], sourceLocation: sourceLocation)
}

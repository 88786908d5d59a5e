/// Everything wrong with a scenario file, found in one run of ``ScenarioLoader``.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    /// The scenario's path, as given to the loader.
    public var file: String
    /// Every problem, in source order; never empty.
    public var diagnostics: [ScenarioDiagnostic]

    public init(file: String, diagnostics: [ScenarioDiagnostic]) {
        precondition(!diagnostics.isEmpty, "a ScenarioError reports at least one diagnostic")
        self.file = file
        self.diagnostics = diagnostics
    }

    /// Every diagnostic rendered, then a count: `2 errors in Scenarios/x.yaml`.
    public var description: String {
        let count = diagnostics.count == 1 ? "1 error" : "\(diagnostics.count) errors"
        return (diagnostics.map(\.rendered) + ["\(count) in \(file)"]).joined(separator: "\n")
    }
}

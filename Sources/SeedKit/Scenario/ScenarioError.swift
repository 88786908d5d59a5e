/// Everything wrong with a scenario file, found in one run of ``ScenarioLoader``.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    /// The scenario's path, as given to the loader.
    public var file: String
    /// Every problem, in source order; never empty. Only the first ``printedLimit`` carry their
    /// source line: the rest are counted, not shown.
    public var diagnostics: [ScenarioDiagnostic]

    /// How many diagnostics ``description`` shows before it only counts the rest.
    public static let printedLimit = 50

    public init(file: String, diagnostics: [ScenarioDiagnostic]) {
        precondition(!diagnostics.isEmpty, "a ScenarioError reports at least one diagnostic")
        self.file = file
        self.diagnostics = diagnostics
    }

    /// The first 50 diagnostics rendered, how many more there are, then a count:
    /// `2 errors in Scenarios/x.yaml` (and the warnings, if any).
    public var description: String {
        var lines = diagnostics.prefix(Self.printedLimit).map(\.rendered)
        let hidden = diagnostics.count - Self.printedLimit
        if hidden > 0 { lines.append("… and \(Self.counted(hidden, "more problem")) not shown") }
        let warnings = diagnostics.count { $0.severity == .warning }
        let errors = Self.counted(diagnostics.count - warnings, "error")
        lines.append(warnings > 0 ? "\(errors) and \(Self.counted(warnings, "warning")) in \(file)" : "\(errors) in \(file)")
        return lines.joined(separator: "\n")
    }

    /// `1 error`, `2 errors`.
    static func counted(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}

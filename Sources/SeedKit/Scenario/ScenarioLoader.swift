/// Reads a scenario file into a validated ``Scenario``.
///
/// Every scalar is read as the text written and parsed with SeedKit's own value types, so YAML
/// 1.1's guesses (`12:45` as a number, `no` as false) never apply. All problems are collected
/// and thrown together as one ``ScenarioError``; the format is documented in `Scenarios/README.md`.
public enum ScenarioLoader {
    /// Reads and parses the scenario at `path`, with `overrides` in place of the file's values.
    ///
    /// - Throws: ``ScenarioError`` listing every problem, including a file that cannot be read.
    public static func load(contentsOf path: String, overrides: Scenario.Overrides = .none) throws -> Scenario {
        try load(yaml: read(path), path: path, overrides: overrides)
    }

    /// Parses scenario YAML; `path` names the file in diagnostics and gives the default name, and
    /// `overrides` replace the file's values (and are checked as they would be).
    ///
    /// - Throws: ``ScenarioError`` listing every problem.
    public static func load(yaml: String, path: String, overrides: Scenario.Overrides = .none) throws -> Scenario {
        let text = yaml.hasPrefix("\u{FEFF}") ? String(yaml.dropFirst()) : yaml
        guard text.utf8.count <= ScenarioFile.maximumBytes else {
            throw ScenarioError(file: path, diagnostics: [ScenarioDiagnostic(
                file: path, line: 0, column: 0, keyPath: "", message: "cannot read the scenario: \(ScenarioFile.tooLarge)")])
        }
        let log = DiagnosticLog(file: path, source: text)
        let parser = ScenarioParser(log: log, defaultName: defaultName(for: path), overrides: overrides)
        let scenario = YAMLDocument.compose(text, log: log).flatMap { root -> Scenario? in
            if case .scalar(let scalar) = root, scalar.string.isEmpty, scalar.style == .plain {
                log.error("the scenario is empty; it must be a mapping with at least seed, as_of, demo_password, "
                    + "platform and restaurants", line: 1, column: 1)
                return nil
            }
            return parser.scenario(from: ValueReader(root, keyPath: "", log: log))
        }
        if let error = log.scenarioError { throw error }
        guard var scenario else {
            preconditionFailure("the scenario parser returned nothing without logging why")
        }
        scenario.warnings = log.warnings
        scenario.sourceSHA256 = SHA256.hex(of: yaml.utf8)
        return scenario
    }

    /// Parses a scenario written in Swift (``ScenarioValue``) with the same parser as a file's.
    static func load(value: ScenarioValue, name: String, overrides: Scenario.Overrides) throws -> Scenario {
        let log = DiagnosticLog(file: name, source: "")
        let parser = ScenarioParser(log: log, defaultName: name, overrides: overrides)
        let scenario = parser.scenario(from: ValueReader(value.node, keyPath: "", log: log))
        if let error = log.scenarioError { throw error }
        guard var scenario else { preconditionFailure("the scenario parser returned nothing without logging why") }
        scenario.warnings = log.warnings
        return scenario
    }

    /// The file name without its directory and extension: `Scenarios/mexican-demo.yaml` → `mexican-demo`.
    static func defaultName(for path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }

    /// The file's text; a failure becomes a ``ScenarioError`` naming the path in plain words.
    private static func read(_ path: String) throws -> String {
        do {
            return try ScenarioFile.text(at: path)
        } catch {
            throw ScenarioError(file: path, diagnostics: [ScenarioDiagnostic(
                file: path, line: 0, column: 0, keyPath: "", message: "cannot read the scenario: \(error.reason)")])
        }
    }
}

internal import Foundation

/// Reads a scenario file into a validated ``Scenario``.
///
/// Every scalar is read as the text written and parsed with SeedKit's own value types, so YAML
/// 1.1's guesses (`12:45` as a number, `no` as false) never apply. All problems are collected
/// and thrown together as one ``ScenarioError``; the format is documented in `Scenarios/README.md`.
public enum ScenarioLoader {
    /// Reads and parses the scenario at `path`.
    ///
    /// - Throws: ``ScenarioError`` listing every problem, including a file that cannot be read.
    public static func load(contentsOf path: String) throws -> Scenario {
        try load(yaml: read(path), path: path)
    }

    /// Parses scenario YAML; `path` names the file in diagnostics and gives the default name.
    ///
    /// - Throws: ``ScenarioError`` listing every problem.
    public static func load(yaml: String, path: String) throws -> Scenario {
        let text = yaml.hasPrefix("\u{FEFF}") ? String(yaml.dropFirst()) : yaml
        let log = DiagnosticLog(file: path, source: text)
        let parser = ScenarioParser(log: log, defaultName: defaultName(for: path))
        let scenario = YAMLDocument.compose(text, log: log).flatMap { root in
            parser.scenario(from: ValueReader(root, keyPath: "", log: log))
        }
        if let error = log.scenarioError { throw error }
        guard var scenario else {
            preconditionFailure("the scenario parser returned nothing without logging why")
        }
        scenario.warnings = log.warnings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
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
        var isDirectory: ObjCBool = false
        let reason: String
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            reason = "no such file"
        } else if isDirectory.boolValue {
            reason = "it is a directory, not a scenario file"
        } else {
            do {
                return try String(contentsOfFile: path, encoding: .utf8)
            } catch let error as CocoaError where error.code == .fileReadInapplicableStringEncoding {
                reason = "it is not UTF-8 text"
            } catch let error as CocoaError where error.code == .fileReadNoPermission {
                reason = "permission denied"
            } catch {
                reason = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            }
        }
        throw ScenarioError(file: path, diagnostics: [ScenarioDiagnostic(
            file: path, line: 0, column: 0, keyPath: "", message: "cannot read the scenario: \(reason)")])
    }
}

internal import Yams

/// Collects the diagnostics of one scenario file; every reader of the file shares it, so parsing
/// can go on after a problem and report them all at once.
final class DiagnosticLog {
    let file: String
    private let lines: [Substring]
    private(set) var diagnostics: [ScenarioDiagnostic] = []
    /// Warnings: printed, but the scenario still loads (unless the caller is strict).
    private(set) var warnings: [ScenarioDiagnostic] = []

    init(file: String, source: String) {
        self.file = file
        // `\r\n` is one Character, so this splits CRLF files too.
        self.lines = source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    var isEmpty: Bool { diagnostics.isEmpty }

    /// Records an error at a 1-based line and column.
    func error(_ message: String, line: Int, column: Int, keyPath: String = "") {
        let sourceLine = lines.indices.contains(line - 1) ? String(lines[line - 1]) : nil
        diagnostics.append(ScenarioDiagnostic(
            file: file, line: line, column: column, keyPath: keyPath, message: message, sourceLine: sourceLine))
    }

    /// Records a warning at a node's mark.
    func warning(_ message: String, at mark: Mark?, keyPath: String) {
        let line = mark?.line ?? 1, column = mark?.column ?? 1
        var warning = ScenarioDiagnostic(file: file, line: line, column: column, keyPath: keyPath, message: message,
                                         sourceLine: lines.indices.contains(line - 1) ? String(lines[line - 1]) : nil)
        warning.severity = .warning
        warnings.append(warning)
    }

    /// Records an error at a node's mark.
    func error(_ message: String, at mark: Mark?, keyPath: String) {
        error(message, line: mark?.line ?? 1, column: mark?.column ?? 1, keyPath: keyPath)
    }

    /// The error to throw, with the diagnostics in source order, or `nil` when there are none.
    var scenarioError: ScenarioError? {
        guard !diagnostics.isEmpty else { return nil }
        let ordered = diagnostics.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }
        return ScenarioError(file: file, diagnostics: ordered.map(\.element))
    }
}

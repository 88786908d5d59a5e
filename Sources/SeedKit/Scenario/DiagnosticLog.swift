/// Collects the diagnostics of one scenario file; every reader of the file shares it, so parsing
/// can go on after a problem and report them all at once.
final class DiagnosticLog {
    let file: String
    private let lines: [Substring]
    /// Everything logged, in the order it was found; source lines are attached when the
    /// diagnostics are handed out, to the ones that are shown.
    private var entries: [Entry] = []
    private(set) var hasErrors = false

    private struct Entry {
        var line: Int
        var column: Int
        var keyPath: String
        var message: String
        var severity: ScenarioDiagnostic.Severity
    }

    init(file: String, source: String) {
        self.file = file
        // `\r\n` is one Character, so this splits CRLF files too.
        self.lines = source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    /// Records an error at a 1-based line and column.
    func error(_ message: String, line: Int, column: Int, keyPath: String = "") {
        entries.append(Entry(line: line, column: column, keyPath: keyPath, message: message, severity: .error))
        hasErrors = true
    }

    /// Records an error at a node's mark.
    func error(_ message: String, at mark: SourceMark?, keyPath: String) {
        error(message, line: mark?.line ?? 1, column: mark?.column ?? 1, keyPath: keyPath)
    }

    /// Records a warning at a node's mark: the scenario still loads.
    func warning(_ message: String, at mark: SourceMark?, keyPath: String) {
        entries.append(Entry(line: mark?.line ?? 1, column: mark?.column ?? 1, keyPath: keyPath, message: message,
                             severity: .warning))
    }

    /// Every diagnostic in source order, the first ``ScenarioError/printedLimit`` with their
    /// source lines.
    var diagnostics: [ScenarioDiagnostic] {
        let ordered = entries.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }
        return ordered.enumerated().map { rank, pair in
            let entry = pair.element
            let text = rank < ScenarioError.printedLimit && lines.indices.contains(entry.line - 1) ? lines[entry.line - 1] : nil
            return ScenarioDiagnostic(file: file, line: entry.line, column: entry.column, keyPath: entry.keyPath,
                                      message: entry.message, excerptOf: text, severity: entry.severity)
        }
    }

    /// The warnings, in source order, for a scenario that loads.
    var warnings: [ScenarioDiagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// The error to throw, with every diagnostic (warnings too) in source order, or `nil` when
    /// there is no error.
    var scenarioError: ScenarioError? {
        hasErrors ? ScenarioError(file: file, diagnostics: diagnostics) : nil
    }
}

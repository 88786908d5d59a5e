/// Collects the diagnostics of one scenario file; every reader of the file shares it, so parsing
/// can go on after a problem and report them all at once.
final class DiagnosticLog {
    let file: String
    private let source: String
    /// Everything logged, in the order it was found; source lines are attached when the
    /// diagnostics are handed out, to the ones that are shown.
    private var entries: [Entry] = []
    /// How many errors were logged so far (warnings aside).
    private(set) var errorCount = 0
    var hasErrors: Bool { errorCount > 0 }

    private struct Entry {
        var line: Int
        var column: Int
        var keyPath: String
        var message: String
        var severity: ScenarioDiagnostic.Severity
    }

    init(file: String, source: String) {
        self.file = file
        self.source = source
    }

    /// Records an error at a 1-based line and column.
    func error(_ message: String, line: Int, column: Int, keyPath: String = "") {
        entries.append(Entry(line: line, column: column, keyPath: keyPath, message: message, severity: .error))
        errorCount += 1
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
    var diagnostics: [ScenarioDiagnostic] { diagnostics(.error) + diagnostics(.warning) }

    /// The diagnostics of one severity in source order, the first ``ScenarioError/printedLimit``
    /// with their source lines.
    func diagnostics(_ severity: ScenarioDiagnostic.Severity) -> [ScenarioDiagnostic] {
        let ordered = entries.filter { $0.severity == severity }.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }
        let lines = sourceLines(Set(ordered.prefix(ScenarioError.printedLimit).map(\.element.line)))
        return ordered.enumerated().map { rank, pair in
            let entry = pair.element
            let text = rank < ScenarioError.printedLimit ? lines[entry.line] : nil
            return ScenarioDiagnostic(file: file, line: entry.line, column: entry.column, keyPath: entry.keyPath,
                                      message: entry.message, excerptOf: text, severity: entry.severity)
        }
    }

    /// The text of each of the `wanted` 1-based lines, found in one pass over the source. Lines
    /// end as libyaml ends them: at `\n`, `\r\n`, `\r`, NEL, LS or PS.
    private func sourceLines(_ wanted: Set<Int>) -> [Int: Substring] {
        guard let last = wanted.max() else { return [:] }
        var found: [Int: Substring] = [:]
        let scalars = source.unicodeScalars
        var line = 1
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex, line <= last {
            let scalar = scalars[index]
            guard ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) else {
                index = scalars.index(after: index)
                continue
            }
            if wanted.contains(line) { found[line] = Substring(scalars[start..<index]) }
            index = scalars.index(after: index)
            if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
            line += 1
            start = index
        }
        if line <= last, wanted.contains(line) { found[line] = Substring(scalars[start...]) }
        return found
    }

    /// The warnings, in source order, for a scenario that loads.
    var warnings: [ScenarioDiagnostic] { diagnostics(.warning) }

    /// The error to throw, with the errors in source order, or `nil` when there is none. A
    /// refused scenario reports only its errors: the warnings can wait until it loads.
    var scenarioError: ScenarioError? {
        hasErrors ? ScenarioError(file: file, diagnostics: diagnostics(.error)) : nil
    }
}

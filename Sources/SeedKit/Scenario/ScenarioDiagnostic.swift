/// One problem found in a scenario file, located like a compiler error.
///
/// ```
/// Scenarios/x.yaml:12:16: error: restaurants[0].menu.items[2].price: expected an amount like 3.50, got "abc"
///         price: abc
///                ^
/// ```
public struct ScenarioDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// Whether the problem stops the scenario from loading.
    public enum Severity: String, Sendable {
        /// The scenario is refused.
        case error
        /// The scenario loads, but probably not as meant.
        case warning
    }

    /// The scenario's path, as given to the loader.
    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file (it could not be read).
    public var line: Int
    /// 1-based column, counted in Unicode scalars as libyaml counts them; 0 with `line` 0.
    public var column: Int
    /// Where in the scenario, such as `restaurants[0].menu.items[3].sku`; empty for the file itself.
    public var keyPath: String
    /// What is wrong: what was expected and what was found.
    public var message: String
    /// The text of line `line`, shown under the headline with a caret; a long line is cut to
    /// the part around the column, with `…` where text was left out.
    public var sourceLine: String?
    /// The caret's 1-based column in `sourceLine` (`column`, unless the line was cut).
    public var sourceColumn: Int
    /// `.error` unless the problem only deserves a warning.
    public var severity: Severity

    /// Lines longer than this many bytes are cut around the column.
    static let longLine = 160
    /// How many characters of a cut line are kept on each side of the column.
    static let excerptRadius = 60

    public init(file: String, line: Int, column: Int, keyPath: String, message: String, sourceLine: String? = nil,
                severity: Severity = .error) {
        self.init(file: file, line: line, column: column, keyPath: keyPath, message: message,
                  excerptOf: sourceLine.map { $0[...] }, severity: severity)
    }

    /// A diagnostic showing the part of `text` (the whole source line) around `column`.
    init(file: String, line: Int, column: Int, keyPath: String, message: String, excerptOf text: Substring?,
         severity: Severity) {
        self.file = file
        self.line = line
        self.column = column
        self.keyPath = keyPath
        self.message = message
        self.severity = severity
        (sourceLine, sourceColumn) = text.map { Self.excerpt(of: $0, around: column) } ?? (nil, column)
    }

    /// `text` when short; otherwise up to ``excerptRadius`` characters either side of `column`.
    static func excerpt(of text: Substring, around column: Int) -> (String, Int) {
        guard text.utf8.count > longLine else { return (String(text), column) }
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: max(column - 1 - excerptRadius, 0),
                                  limitedBy: scalars.endIndex) ?? scalars.endIndex
        let end = scalars.index(start, offsetBy: 2 * excerptRadius + 1, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let cutStart = start != scalars.startIndex
        let shown = (cutStart ? "…" : "") + String(scalars[start..<end]) + (end != scalars.endIndex ? "…" : "")
        let skipped = scalars.distance(from: scalars.startIndex, to: start)
        return (shown, column - skipped + (cutStart ? 1 : 0))
    }

    /// The first line: `file:line:column: error: keyPath: message`.
    public var headline: String {
        let location = line > 0 ? "\(file):\(line):\(column)" : file
        let subject = keyPath.isEmpty ? "" : "\(keyPath): "
        return "\(location): \(severity.rawValue): \(subject)\(message)"
    }

    /// The headline, then the source line and a caret under the column, as compilers print them.
    public var rendered: String {
        guard line > 0, let sourceLine else { return headline }
        // Tabs stay tabs so the caret lines up however the terminal expands them.
        let lead = sourceLine.unicodeScalars.prefix(max(sourceColumn - 1, 0)).map { $0 == "\t" ? "\t" : " " }.joined()
        return "\(headline)\n\(sourceLine)\n\(lead)^"
    }

    public var description: String { rendered }
}

/// One problem found in a scenario file, located like a compiler error.
///
/// ```
/// Scenarios/x.yaml:12:16: error: restaurants[0].menu.items[2].price: expected an amount like 3.50, got "abc"
///         price: abc
///                ^
/// ```
public struct ScenarioDiagnostic: Sendable, Equatable, CustomStringConvertible {
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
    /// The text of line `line`, shown under the headline with a caret.
    public var sourceLine: String?
    /// `error` stops the scenario loading; `warning` is printed and the scenario still loads.
    public var severity: Severity = .error

    /// How serious a diagnostic is.
    public enum Severity: String, Sendable {
        case error, warning
    }

    public init(file: String, line: Int, column: Int, keyPath: String, message: String, sourceLine: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.keyPath = keyPath
        self.message = message
        self.sourceLine = sourceLine
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
        let lead = sourceLine.unicodeScalars.prefix(max(column - 1, 0)).map { $0 == "\t" ? "\t" : " " }.joined()
        return "\(headline)\n\(sourceLine)\n\(lead)^"
    }

    public var description: String { rendered }
}

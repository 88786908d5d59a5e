/// Composes a scenario's YAML text into ``YAMLNode``s, within limits, turning every failure into a
/// diagnostic.
///
/// Repeated keys stay in the tree: ``MappingReader`` reports each one where it repeats, so one
/// pass finds them all.
enum YAMLDocument {
    /// What one scenario may cost to read; each is documented in `Scenarios/README.md`.
    struct Limits {
        /// Values (scalars, lists and mappings) in the document, aliases counted as expanded.
        var values: Int
        /// Values that aliases add, in all.
        var aliasValues: Int
        /// Lists and mappings inside one another.
        var depth: Int

        static let standard = Limits(values: 1_000_000, aliasValues: 100_000, depth: 64)
    }

    /// The document's root node, `.scalar("")` for an empty document, or `nil` after a syntax
    /// error or a limit crossed (which has been logged).
    static func compose(_ text: String, log: DiagnosticLog, limits: Limits = .standard) -> YAMLNode? {
        do {
            return try YAMLComposer.compose(text, limits: limits)
        } catch {
            record(error, in: text, to: log)
            return nil
        }
    }

    /// Logs a failure at its mark, with libyaml's own words.
    private static func record(_ failure: YAMLComposer.Failure, in text: String, to log: DiagnosticLog) {
        switch failure {
        case .libyaml(let problem, let context, let mark):
            // "did not find expected key (while parsing a block mapping at line 3, column 1)", but
            // "expected a single document in the stream, but found another document".
            let message = switch context {
            case let context? where context.text.hasPrefix("while"):
                "\(problem) (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            case let context?: "\(context.text), \(problem)"
            case nil: problem
            }
            log.error("invalid YAML: \(message)", line: mark.line, column: mark.column)
        case .reader(let problem, let offset):
            let (line, column) = position(ofByte: offset, in: text)
            log.error("invalid YAML: \(problem)", line: line, column: column)
        case .limit(let message, let mark):
            log.error(message, line: mark.line, column: mark.column)
        }
    }

    /// The 1-based line and column (in Unicode scalars) of the UTF-8 byte at `offset`.
    static func position(ofByte offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var bytes = 0
        for scalar in text.unicodeScalars {
            if bytes >= offset { break }
            bytes += UTF8.width(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}

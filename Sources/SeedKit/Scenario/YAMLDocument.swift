internal import Yams

/// Composes a scenario's YAML text into Yams nodes, turning Yams' errors into diagnostics.
///
/// Yams refuses a whole document when one mapping repeats a key. To go on and report every
/// problem at once, the earlier key's first character is swapped for a private-use character
/// (one Unicode scalar for one, so every mark stays put), the text is composed again, and the
/// real key text is put back into the tree; ``MappingReader`` then reports the repeat itself.
enum YAMLDocument {
    /// The document's root node, `.scalar("")` for an empty file, or `nil` after a syntax error
    /// (which has been logged).
    static func compose(_ text: String, log: DiagnosticLog) -> Node? {
        var scalars = Array(text.unicodeScalars)
        var renamed: [Position: String] = [:]
        while true {
            do {
                let root = try Yams.compose(yaml: String(String.UnicodeScalarView(scalars)))
                    ?? Node("", .implicit, .plain)
                return renamed.isEmpty ? root : restoring(root, renamed)
            } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
                let position = Position(line: context.mark.line, column: context.mark.column)
                guard let key = duplicates.first, renamed.count < privateUse.count,
                      rename(key, at: position, in: &scalars, with: privateUse[renamed.count])
                else {
                    log.error("duplicate key \"\(duplicates.first ?? "")\"", line: position.line, column: position.column)
                    return nil
                }
                renamed[position] = key
            } catch let error as YamlError {
                record(error, in: text, to: log)
                return nil
            } catch {
                log.error("cannot parse the file as YAML: \(error)", line: 1, column: 1)
                return nil
            }
        }
    }

    private struct Position: Hashable {
        var line: Int
        var column: Int
    }

    private static let privateUse = (0xE000...0xF8FF).compactMap(Unicode.Scalar.init)

    /// Replaces the first character of `key` written at `position` (after its opening quote, if
    /// any); `false` when the text there is not plainly that key.
    private static func rename(_ key: String, at position: Position, in scalars: inout [Unicode.Scalar],
                               with replacement: Unicode.Scalar) -> Bool {
        guard let first = key.unicodeScalars.first else { return false }
        var line = 1
        var index = 0
        while line < position.line, index < scalars.count {
            if scalars[index] == "\n" { line += 1 }
            index += 1
        }
        index += position.column - 1
        if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" { index += 1 }
        guard index < scalars.count, scalars[index] == first else { return false }
        scalars[index] = replacement
        return true
    }

    private static func restoring(_ node: Node, _ renamed: [Position: String]) -> Node {
        switch node {
        case .mapping(let mapping):
            let pairs = mapping.map { key, value -> (Node, Node) in
                guard case .scalar(var scalar) = key, let mark = scalar.mark,
                      let original = renamed[Position(line: mark.line, column: mark.column)]
                else { return (key, restoring(value, renamed)) }
                scalar.string = original
                return (.scalar(scalar), restoring(value, renamed))
            }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map { restoring($0, renamed) }, sequence.tag, sequence.style, sequence.mark))
        case .scalar, .alias:
            return node
        }
    }

    /// Logs a libyaml error at its mark, with libyaml's own words.
    private static func record(_ error: YamlError, in text: String, to log: DiagnosticLog) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // "did not find expected key (while parsing a block mapping at line 3, column 1)", but
            // "expected a single document in the stream, but found another document".
            let message = switch context {
            case let context? where context.text.hasPrefix("while"):
                "\(problem) (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            case let context?: "\(context.text), \(problem)"
            case nil: problem
            }
            log.error("invalid YAML: \(message)", line: mark.line, column: mark.column)
        case .reader(let problem, let offset, _, _):
            let (line, column) = offset.map { position(ofCharacter: $0, in: text) } ?? (1, 1)
            log.error("invalid YAML: \(problem)", line: line, column: column)
        default:
            log.error("invalid YAML: \(error)", line: 1, column: 1)
        }
    }

    /// The 1-based line and column (in Unicode scalars) of the character at `offset`.
    private static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        let end = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) ?? text.endIndex
        var line = 1
        var column = 1
        for scalar in text[..<end].unicodeScalars {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}

/// Reads one YAML node found at a key path.
///
/// Scalars are read as their raw text, never through Yams' type resolution: YAML 1.1 would read
/// `12:45` as a sexagesimal number and `no` as `false`. Every method logs what is wrong and
/// returns `nil`, so parsing goes on and every problem is reported in one run.
struct ValueReader {
    let node: YAMLNode
    /// Where the node is, such as `restaurants[0].menu.items[3]`.
    let keyPath: String
    let log: DiagnosticLog
    /// The mark of the key the node is the value of: empty values point there.
    let keyMark: SourceMark?

    init(_ node: YAMLNode, keyPath: String, log: DiagnosticLog, keyMark: SourceMark? = nil) {
        self.node = node
        self.keyPath = keyPath
        self.log = log
        self.keyMark = keyMark
    }

    /// Whether the value is empty: nothing at all, or an unquoted `~` or `null`.
    var isNull: Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null"
    }

    /// Where diagnostics about this value point.
    var mark: SourceMark? { isNull ? keyMark ?? node.mark : node.mark }

    /// Logs an error about this value.
    func error(_ message: String) {
        log.error(message, at: mark, keyPath: keyPath)
    }

    /// Logs a warning about this value: the scenario still loads.
    func warning(_ message: String) {
        log.warning(message, at: mark, keyPath: keyPath)
    }

    /// How the value reads in a message: `"abc"`, `a list`, `a mapping` or `nothing`.
    var found: String {
        if isNull { return "nothing" }
        switch node {
        case .scalar(let scalar): return quoted(scalar.string)
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    /// The raw text of a scalar; logs `expected <what>, got …` for a list, a mapping or nothing.
    func text(expecting what: String) -> String? {
        guard case .scalar(let scalar) = node, !isNull else {
            error("expected \(what), got \(found)")
            return nil
        }
        guard !scalar.string.unicodeScalars.contains("\0") else {
            error("text must not contain a NUL character")
            return nil
        }
        return scalar.string
    }

    /// The raw text parsed by `parse`; logs `expected <what>, got "<text>"` when it returns `nil`.
    func parse<T>(expecting what: String, _ parse: (String) -> T?) -> T? {
        guard let text = text(expecting: what) else { return nil }
        guard let value = parse(text) else {
            error("expected \(what), got \(quoted(text))")
            return nil
        }
        return value
    }

    /// The node as a mapping whose keys must be among `keys` (any key when `nil`).
    func mapping(keys: [String]?) -> MappingReader? {
        MappingReader(self, keys: keys)
    }

    /// The node as a list, each element read by `element`; elements it rejects are left out.
    func list<T>(_ element: (ValueReader) -> T?) -> [T]? {
        guard case .sequence(let sequence, _) = node else {
            error("expected a list, got \(found)")
            return nil
        }
        return sequence.enumerated().compactMap { index, node in
            element(ValueReader(node, keyPath: "\(keyPath)[\(index)]", log: log))
        }
    }

    /// A list that must have at least one element (`what` names one, for the message).
    func nonEmptyList<T>(of what: String, _ element: (ValueReader) -> T?) -> [T]? {
        if case .sequence(let sequence, _) = node, sequence.isEmpty {
            error("expected at least one \(what), got an empty list")
            return nil
        }
        return list(element)
    }
}

/// Text in double quotes for a message, escaped and shortened when long.
func quoted(_ text: String) -> String {
    let shown = text.count > 60 ? String(text.prefix(57)) + "..." : text
    var output = "\""
    for character in shown {
        switch character {
        case "\"": output += "\\\""
        case "\\": output += "\\\\"
        case "\n": output += "\\n"
        case "\t": output += "\\t"
        default: output.append(character)
        }
    }
    return output + "\""
}

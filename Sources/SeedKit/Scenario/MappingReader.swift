/// Reads a YAML mapping's values by key, having checked its keys: unknown keys (with the closest
/// known one suggested) and repeated keys are logged when the reader is made.
struct MappingReader {
    let value: ValueReader
    /// The first entry for each key, in the order written.
    private let entries: [Entry]

    private struct Entry {
        var key: String
        var keyNode: YAMLNode
        var value: YAMLNode
    }

    /// Reads `value` as a mapping whose keys must be among `keys` (any key when `nil`); `nil`
    /// when it is not a mapping.
    init?(_ value: ValueReader, keys: [String]?) {
        guard case .mapping(let mapping, _) = value.node else {
            value.error("expected a mapping, got \(value.found)")
            return nil
        }
        self.value = value
        var entries: [Entry] = []
        var firstLine: [String: Int] = [:]
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                value.log.error("expected a key, got \(ValueReader(keyNode, keyPath: "", log: value.log).found)",
                                at: keyNode.mark, keyPath: value.keyPath)
                continue
            }
            let key = scalar.string
            if let line = firstLine[key] {
                value.log.error("duplicate key \(quoted(key)); first given on line \(line)", at: keyNode.mark, keyPath: value.keyPath)
                continue
            }
            firstLine[key] = keyNode.mark.line
            if let keys, !keys.contains(key) {
                let hint = Suggestion.closest(to: key, in: keys).map { "did you mean \(quoted($0))?" }
                    ?? "expected one of \(keys.joined(separator: ", "))"
                value.log.error("unknown key \(quoted(key)); \(hint)", at: keyNode.mark, keyPath: value.keyPath)
                continue
            }
            entries.append(Entry(key: key, keyNode: keyNode, value: valueNode))
        }
        self.entries = entries
    }

    var keyPath: String { value.keyPath }
    var log: DiagnosticLog { value.log }

    /// The key path of one of the mapping's keys.
    /// A long key is shortened, so that a key path stays a line long.
    func path(_ key: String) -> String {
        let shown = key.utf8.count > 60 && key.count > 60 ? key.prefix(57) + "..." : key[...]
        return keyPath.isEmpty ? String(shown) : "\(keyPath).\(shown)"
    }

    /// Every entry in the order written, for mappings whose keys are data (settings, weights).
    var values: [(key: String, value: ValueReader)] {
        entries.map { ($0.key, ValueReader($0.value, keyPath: path($0.key), log: log, keyMark: $0.keyNode.mark)) }
    }

    /// The value at `key`, or `nil` when the key is absent or its value empty.
    func optional(_ key: String) -> ValueReader? {
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        let reader = ValueReader(entry.value, keyPath: path(key), log: log, keyMark: entry.keyNode.mark)
        return reader.isNull ? nil : reader
    }

    /// The value at `key`; logs `missing required key` when it is absent, at the key whose
    /// mapping lacks it (or at the mapping itself, in a list).
    func required(_ key: String) -> ValueReader? {
        guard let entry = entries.first(where: { $0.key == key }) else {
            log.error("missing required key \(quoted(key))", at: value.keyMark ?? value.node.mark, keyPath: keyPath)
            return nil
        }
        return ValueReader(entry.value, keyPath: path(key), log: log, keyMark: entry.keyNode.mark)
    }

    /// A required, non-empty string.
    func string(_ key: String, maxLength: Int = 255) -> String? {
        required(key)?.string(maxLength: maxLength)
    }

    /// An optional string: `nil` when absent or empty.
    func optionalString(_ key: String, maxLength: Int = 255) -> String? {
        optional(key)?.string(maxLength: maxLength)
    }

    /// A nested mapping whose keys must be among `keys`.
    func mapping(_ key: String, keys: [String]?, required: Bool = false) -> MappingReader? {
        (required ? self.required(key) : optional(key))?.mapping(keys: keys)
    }

    /// A nested list, each element read by `element`.
    func list<T>(_ key: String, required: Bool = false, _ element: (ValueReader) -> T?) -> [T]? {
        (required ? self.required(key) : optional(key))?.list(element)
    }
}

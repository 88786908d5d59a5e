/// Renders a node tree as block-style YAML that SeedKit's parser reads back as the same tree:
/// double-quoted scalars stay quoted (escaped as YAML requires), plain ones are written plain
/// only when nothing in them could be read another way.
enum YAMLText {
    static func render(_ node: YAMLNode) -> String {
        var output = ""
        write(node, indent: 0, into: &output)
        return output
    }

    /// Writes `node` as the value of a key or list entry whose content starts at `indent`.
    private static func write(_ node: YAMLNode, indent: Int, into output: inout String) {
        let pad = String(repeating: " ", count: indent)
        switch node {
        case .scalar:
            output += pad + inline(node) + "\n"
        case .sequence(let elements, _):
            for element in elements {
                if case .mapping(let pairs, _) = element, !pairs.isEmpty {
                    // A list entry's mapping starts on the dash's line: "- name: …".
                    var block = ""
                    write(element, indent: indent + 2, into: &block)
                    output += pad + "- " + block.dropFirst(indent + 2)
                } else {
                    output += pad + "-"
                    entry(element, indent: indent + 2, into: &output)
                }
            }
        case .mapping(let pairs, _):
            for pair in pairs {
                output += pad + inline(pair.key) + ":"
                entry(pair.value, indent: indent + 2, into: &output)
            }
        }
    }

    /// The rest of a line after `key:` or `-`, and any block below it.
    private static func entry(_ node: YAMLNode, indent: Int, into output: inout String) {
        switch node {
        case .scalar:
            output += " " + inline(node) + "\n"
        case .sequence(let elements, _) where elements.allSatisfy({ if case .scalar = $0 { true } else { false } }):
            // A list of scalars (weekdays, order types) on one line.
            output += " [" + elements.map(inline).joined(separator: ", ") + "]\n"
        case .mapping(let pairs, _) where pairs.isEmpty:
            output += " {}\n"
        case .mapping, .sequence:
            output += "\n"
            write(node, indent: indent, into: &output)
        }
    }

    /// A scalar on one line.
    static func inline(_ node: YAMLNode) -> String {
        guard case .scalar(let scalar) = node else { preconditionFailure("only scalars are written inline") }
        if scalar.style == .plain, isSafePlain(scalar.string) { return scalar.string }
        return doubleQuoted(scalar.string)
    }

    /// Digits, letters and `._+-:` only, not starting with a YAML sign: read back as the same text.
    static func isSafePlain(_ text: String) -> Bool {
        guard !text.isEmpty, text != "-", !text.hasPrefix(":"), !text.hasSuffix(":") else { return false }
        return text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._+-:".unicodeScalars.contains($0)
        }
    }

    /// YAML's double-quoted form: `\` and `"` escaped, and every control or line-breaking
    /// character (libyaml breaks lines at NEL, LS and PS too) as an escape.
    static func doubleQuoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}

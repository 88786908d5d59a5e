extension JSONText {
    /// Reads back canonical JSON as ``rendered`` writes it (a `json` setting's stored text), so
    /// the setting can be written as YAML again; `nil` for anything else.
    static func parse(_ text: String) -> JSONText? {
        var reader = Reader(scalars: Array(text.unicodeScalars))
        guard let value = reader.value(), reader.index == reader.scalars.count else { return nil }
        return value
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0

        mutating func value() -> JSONText? {
            guard index < scalars.count else { return nil }
            switch scalars[index] {
            case "{":
                index += 1
                var members: [(String, JSONText)] = []
                if peek("}") { return .object(members) }
                repeat {
                    guard let key = string(), take(":"), let value = value() else { return nil }
                    members.append((key, value))
                } while take(",")
                return take("}") ? .object(members) : nil
            case "[":
                index += 1
                var elements: [JSONText] = []
                if peek("]") { return .array(elements) }
                repeat {
                    guard let element = value() else { return nil }
                    elements.append(element)
                } while take(",")
                return take("]") ? .array(elements) : nil
            case "\"":
                return string().map(JSONText.string)
            default:
                var word = ""
                while index < scalars.count, !",]}".unicodeScalars.contains(scalars[index]) {
                    word.unicodeScalars.append(scalars[index])
                    index += 1
                }
                if word == "null" { return .null }
                return ValueReader.typedScalar(word)
            }
        }

        mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
            return true
        }

        mutating func peek(_ scalar: Unicode.Scalar) -> Bool { take(scalar) }

        mutating func string() -> String? {
            guard take("\"") else { return nil }
            var output = ""
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                switch scalar {
                case "\"": return output
                case "\\":
                    guard index < scalars.count else { return nil }
                    let escape = scalars[index]
                    index += 1
                    switch escape {
                    case "n": output += "\n"
                    case "r": output += "\r"
                    case "t": output += "\t"
                    case "u":
                        guard index + 4 <= scalars.count,
                              let code = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16),
                              let decoded = Unicode.Scalar(code)
                        else { return nil }
                        index += 4
                        output.unicodeScalars.append(decoded)
                    default: output.unicodeScalars.append(escape)
                    }
                default: output.unicodeScalars.append(scalar)
                }
            }
            return nil
        }
    }
}

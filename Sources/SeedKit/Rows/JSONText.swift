/// Builds canonical JSON text by hand: keys in the order given, no whitespace, exact numbers.
///
/// `JSONSerialization` and `JSONEncoder` are not used because their key order and number
/// formatting are not promised to be stable, and generated output must be byte-identical.
public indirect enum JSONText: Sendable, Equatable {
    case string(String)
    case integer(Int64)
    case decimal(FixedDecimal)
    case bool(Bool)
    case null
    case array([JSONText])
    /// Members in the order they are written.
    case object([(String, JSONText)])

    public static func == (lhs: JSONText, rhs: JSONText) -> Bool { lhs.rendered == rhs.rendered }

    /// The JSON text.
    public var rendered: String {
        var output = ""
        output.reserveCapacity(128)
        render(into: &output)
        return output
    }

    private func render(into output: inout String) {
        switch self {
        case .string(let text): JSONText.quote(text, into: &output)
        case .integer(let value): output += String(value)
        case .decimal(let value): output += value.description
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                element.render(into: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                JSONText.quote(key, into: &output)
                output += ":"
                value.render(into: &output)
            }
            output += "}"
        }
    }

    private static func quote(_ text: String, into output: inout String) {
        // Most text needs no escape: append it whole rather than scalar by scalar.
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) {
            output += "\""
            output += text
            output += "\""
            return
        }
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

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
        var output: [UInt8] = []
        output.reserveCapacity(128)
        render(into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Renders as UTF-8 bytes, which is cheaper than growing a `String` piece by piece.
    private func render(into output: inout [UInt8]) {
        switch self {
        case .string(let text): JSONText.quote(text, into: &output)
        case .integer(let value): output.appendInteger(value)
        case .decimal(let value): output.appendDecimal(value)
        case .bool(let value): output.appendUTF8(value ? "true" : "false")
        case .null: output.appendUTF8("null")
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                element.render(into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONText.quote(key, into: &output)
                output.append(UInt8(ascii: ":"))
                value.render(into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `text` as a JSON string.
    static func quote(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Most text needs no escape: append it whole rather than scalar by scalar.
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) {
            output.appendUTF8(text)
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": output.appendUTF8("\\\"")
                case "\\": output.appendUTF8("\\\\")
                case "\n": output.appendUTF8("\\n")
                case "\r": output.appendUTF8("\\r")
                case "\t": output.appendUTF8("\\t")
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    output.appendUTF8("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                default: output.appendUTF8(String(scalar))
                }
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}

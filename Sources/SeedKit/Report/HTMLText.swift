/// Text made safe for HTML and SVG: element content and attribute values alike.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Pence as pounds: `£1,234.50`, or `£1,235` with `wholePounds`.
    static func pounds(_ pence: Int64, wholePounds: Bool = false) -> String {
        let negative = pence < 0
        let magnitude = pence.magnitude
        let pounds = wholePounds ? (magnitude + 50) / 100 : magnitude / 100
        let text = "£" + grouped(pounds) + (wholePounds ? "" : "." + String(format2(magnitude % 100)))
        return negative ? "−" + text : text
    }

    /// A whole number with thousands separators.
    static func grouped<T: BinaryInteger>(_ value: T) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (value < 0 ? "−" : "") + out
    }

    /// A number with one decimal place.
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    private static func format2(_ value: UInt64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// Free-form values: plan features and platform settings, which become JSON or typed text.
extension ValueReader {
    /// The value as canonical JSON: mappings and lists in the order written; unquoted `true` and
    /// `false` as booleans, unquoted plain decimals as numbers, empty values as `null`, and every
    /// other scalar (quoted ones included) as a string.
    func json() -> JSONText? {
        switch node {
        case .mapping:
            guard let mapping = mapping(keys: nil) else { return nil }
            var members: [(String, JSONText)] = []
            for (key, value) in mapping.values {
                guard let json = value.json() else { return nil }
                members.append((key, json))
            }
            return .object(members)
        case .sequence:
            guard let elements = list({ $0.json() }) else { return nil }
            return .array(elements)
        case .scalar:
            if isNull { return .null }
            guard let text = contactSafeText() else { return nil }
            return isPlain ? Self.typedScalar(text) ?? .string(text) : .string(text)
        }
    }

    /// A `platform_settings` value and its `setting_type`: `number`, `boolean`, `json` (for lists
    /// and mappings) or `string`.
    func setting() -> (value: String, type: String)? {
        switch node {
        case .mapping, .sequence:
            return json().map { ($0.rendered, "json") }
        case .scalar:
            guard let text = contactSafeText() else { return nil }
            switch isPlain ? Self.typedScalar(text) : nil {
            case .bool(let value)?: return (String(value), "boolean")
            case let number?: return (number.rendered, "number")
            case nil: return (text, "string")
            }
        }
    }

    /// The scalar's text, unless it is a contact that is not reserved (logged): free-form
    /// values reach the database as they are, so they keep the contact rules too.
    private func contactSafeText() -> String? {
        guard let text = text(expecting: "a value") else { return nil }
        if let problem = ContactRules.problem(withFreeText: text) {
            error(problem)
            return nil
        }
        return text
    }

    /// Whether the scalar was written without quotes, so `true` and `20` are typed; quoted and
    /// block scalars stay strings.
    private var isPlain: Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain || scalar.style == .any
    }

    /// `true`/`false` as booleans and plain decimals (`-12`, `12.50`) as exact numbers; `nil` for
    /// any other text. Leading zeros are dropped, the written decimal places kept.
    static func typedScalar(_ text: String) -> JSONText? {
        if text == "true" || text == "false" { return .bool(text == "true") }
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }), parts.count == 1 || parts[1].count <= 9,
              let number = FixedDecimal(parsing: text, scale: parts.count == 2 ? parts[1].count : 0)
        else { return nil }
        return number.scale == 0 ? .integer(number.units) : .decimal(number)
    }
}

/// The names used so far in one scope (the plans, one restaurant's SKUs, every user's email), so
/// that a second use, or a reference to a name never defined, is reported where it is written.
struct UniqueNames {
    /// What a name is, for messages: `plan`, `SKU`, `email`.
    let kind: String
    /// The plural, for "no suppliers are defined".
    let plural: String
    /// Whether `A@x.example` and `a@x.example` are the same name.
    let ignoringCase: Bool
    /// Set when the names could not be read, so references to them cannot be checked either.
    var acceptsAnyReference = false
    /// The names in the order first used.
    private(set) var names: [String] = []
    private var firstLine: [String: Int] = [:]

    init(kind: String, plural: String? = nil, ignoringCase: Bool = false) {
        self.kind = kind
        self.plural = plural ?? kind + "s"
        self.ignoringCase = ignoringCase
    }

    /// Whether `name` has been used (always, once ``acceptsAnyReference`` is set).
    func contains(_ name: String) -> Bool { acceptsAnyReference || firstLine[normalised(name)] != nil }

    /// Records `name`, read by `reader`; logs a second use. Does nothing when either is `nil`
    /// (the problem has been logged already).
    mutating func insert(_ name: String?, at reader: ValueReader?) {
        guard let name, let reader else { return }
        let key = normalised(name)
        if let line = firstLine[key] {
            reader.error("duplicate \(kind) \(quoted(name)); first given on line \(line)")
            return
        }
        firstLine[key] = reader.mark?.line ?? 0
        names.append(name)
    }

    /// Logs at `reader` when `name` is not one of the names, suggesting the closest.
    func checkReference(_ name: String?, at reader: ValueReader?) {
        guard let name, let reader, !contains(name) else { return }
        let hint: String
        if let closest = Suggestion.closest(to: name, in: names) {
            hint = "did you mean \(quoted(closest))?"
        } else if names.isEmpty {
            hint = "no \(plural) are defined"
        } else {
            hint = "expected one of \(names.map(quoted).joined(separator: ", "))"
        }
        reader.error("unknown \(kind) \(quoted(name)); \(hint)")
    }

    private func normalised(_ name: String) -> String { ignoringCase ? name.lowercased() : name }
}

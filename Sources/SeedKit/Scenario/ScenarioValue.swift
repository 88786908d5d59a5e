/// A scenario written in Swift: the same keys and values as a YAML scenario file, as literals.
///
/// ```swift
/// let value: ScenarioValue = ["seed": 7, "as_of": "2025-06-30", "demo_password": "demo", …]
/// let scenario = try Scenario(value)
/// ```
///
/// Every value is read as its text, exactly as a file's would be (see `Scenarios/README.md`),
/// and checked by the same parser, so a scenario built in code is refused for the same
/// reasons, with the same messages and key paths. Amounts are written as strings (`"3.50"`):
/// money never passes through a binary floating-point number.
public indirect enum ScenarioValue: Sendable, Equatable {
    case text(String)
    case list([ScenarioValue])
    /// Keys in the order written; a key written twice is an error, as in a file.
    case mapping([(key: String, value: ScenarioValue)])

    public static func == (lhs: ScenarioValue, rhs: ScenarioValue) -> Bool {
        switch (lhs, rhs) {
        case (.text(let a), .text(let b)): a == b
        case (.list(let a), .list(let b)): a == b
        case (.mapping(let a), .mapping(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// The node the scenario parser reads, without source positions.
    var node: YAMLNode {
        let nowhere = SourceMark(line: 0, column: 0)
        switch self {
        case .text(let text):
            // Quoted, so an empty string stays a value rather than an absent one.
            return .scalar(.init(string: text, style: text.isEmpty ? .doubleQuoted : .plain, mark: nowhere))
        case .list(let values):
            return .sequence(values.map(\.node), mark: nowhere)
        case .mapping(let pairs):
            return .mapping(pairs.map { (key: YAMLNode.scalar(.init(string: $0.key, style: .plain, mark: nowhere)), value: $0.value.node) },
                            mark: nowhere)
        }
    }
}

extension ScenarioValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .text(String(value)) }
    public init(booleanLiteral value: Bool) { self = .text(value ? "true" : "false") }
    public init(arrayLiteral elements: ScenarioValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, ScenarioValue)...) { self = .mapping(elements.map { (key: $0.0, value: $0.1) }) }
}

extension Scenario {
    /// The scenario `value` describes, checked exactly as ``ScenarioLoader`` checks a file.
    ///
    /// - Parameter name: names the scenario (its default output file) unless `value` has `name:`,
    ///   and stands for the file in diagnostics.
    /// - Throws: ``ScenarioError`` listing every problem, located by key path.
    public init(_ value: ScenarioValue, name: String = "scenario", overrides: Overrides = .none) throws {
        self = try ScenarioLoader.load(value: value, name: name, overrides: overrides)
    }
}

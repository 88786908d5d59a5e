/// A column's name as a generator writes it in a row: a string literal, kept as the literal
/// itself. Unlike a `String`, it needs no release when the row is freed, and rows are made and
/// freed millions of times.
public struct ColumnName: ExpressibleByStringLiteral, Sendable {
    public let literal: StaticString

    public init(stringLiteral literal: StaticString) {
        self.literal = literal
    }

    /// The name as text.
    public var text: String { literal.description }
}

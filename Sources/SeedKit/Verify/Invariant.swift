/// One rule of `Docs/invariants.md`: its name there, what a row that breaks it is, and the query
/// that finds those rows.
public struct Invariant: Sendable {
    /// The name the document gives the rule, e.g. `order_subtotal`.
    public let name: String
    /// What the query returns one of, singular and plural: `order`/`orders`.
    public let unit: Unit
    /// What is wrong with a row the query returns, in one line: "orders.subtotal differs from the
    /// sum of its items".
    public let description: String
    /// Builds the query for a dialect. It returns one column, `key`, with one row per violation:
    /// the id of the row that breaks the rule (or a short text naming it when there is no id).
    let query: @Sendable (InvariantSQL) -> String

    /// What a violation is counted as.
    public struct Unit: Sendable, Equatable {
        /// `order`.
        public let singular: String
        /// `orders`.
        public let plural: String
        /// Whether the keys are ids (printed as `ids 1, 2`) rather than descriptions.
        public let keysAreIDs: Bool

        /// Rows of a table, named by their ids: `Unit("order")` counts orders.
        public init(_ singular: String, plural: String? = nil, keysAreIDs: Bool = true) {
            self.singular = singular
            self.plural = plural ?? singular + "s"
            self.keysAreIDs = keysAreIDs
        }

        /// `1 order`, `3 orders`.
        public func counted(_ count: Int) -> String { "\(count) \(count == 1 ? singular : plural)" }
    }

    init(_ name: String, unit: Unit, description: String, query: @escaping @Sendable (InvariantSQL) -> String) {
        self.name = name
        self.unit = unit
        self.description = description
        self.query = query
    }

    /// The query in `dialect`.
    public func sql(for dialect: SQLDialect) -> String { query(InvariantSQL(dialect: dialect)) }
}

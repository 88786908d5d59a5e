extension PostgresSink {
    /// Who makes the tables a PostgreSQL load fills (`--schema`).
    public enum SchemaMode: String, CaseIterable, Sendable {
        /// SeedKit creates its tables, then after the data their keys, indexes, sequences and
        /// row-level security, in a database that does not have them yet.
        case create
        /// The application's migrations made the tables: SeedKit reads the catalogue, fills the
        /// columns that exist and sets the sequences, and leaves the schema as it was (foreign
        /// keys are set aside during the load and added back, and checked, after the data).
        case existing
    }
}

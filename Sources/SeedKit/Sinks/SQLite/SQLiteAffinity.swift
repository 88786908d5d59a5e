/// The type affinity SQLite gives a column from its declared type (section 3.1 of SQLite's
/// "Datatypes In SQLite"): what a value bound to the column is converted to before it is stored.
enum SQLiteAffinity: Sendable {
    /// A declared type containing `INT`: numeric text becomes an integer or a real.
    case integer
    /// `CHAR`, `CLOB` or `TEXT`: numbers become their text.
    case text
    /// Anything else the seed's schema declares (`BOOLEAN`, `DECIMAL`, `DATE`, `TIMESTAMP`):
    /// numeric text becomes an integer when it is one, a real otherwise.
    case numeric

    init(_ type: ColumnType) {
        let name = type.sqliteName.uppercased()
        if name.contains("INT") {
            self = .integer
        } else if name.contains("CHAR") || name.contains("CLOB") || name.contains("TEXT") {
            self = .text
        } else {
            // No type here contains BLOB, REAL, FLOA or DOUB (``SQLiteAffinityTests`` checks).
            self = .numeric
        }
    }

    /// Whether numeric text is converted to a number.
    var convertsNumbers: Bool { self != .text }
}

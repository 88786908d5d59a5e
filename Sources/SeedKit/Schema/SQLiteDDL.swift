/// The schema as SQLite DDL.
///
/// SQLite cannot add primary keys, checks or foreign keys to an existing table, so those are
/// declared inline (`id INTEGER PRIMARY KEY` makes `id` the rowid, which numbers rows as `SERIAL`
/// does). Unique constraints become unique indexes after the data, named as PostgreSQL names the
/// constraints, so both targets report the same name when a row breaks one.
public enum SQLiteDDL {
    /// `CREATE TABLE` statements for every table, in dependency order.
    public static func createTables(_ schema: Schema) -> [String] {
        schema.tables.map(createTable)
    }

    /// `CREATE TABLE` with the primary key, `NOT NULL`, defaults, foreign keys and named checks,
    /// but no unique constraints.
    public static func createTable(_ table: Table) -> String {
        DDL.createTable(table, type: \.sqliteName) { column in
            (column.isPrimaryKey ? " PRIMARY KEY" : "", column.reference.map { " " + PostgresDDL.referenceClause($0) } ?? "")
        }
    }

    /// `INSERT` of every column of `table`, in row order, from the parameters `?1…?n`.
    static func insert(_ table: Table) -> String {
        let columns = table.columnNames
        let parameters = (1...columns.count).map { "?\($0)" }.joined(separator: ", ")
        return "INSERT INTO \(table.name.rawValue) (\(columns.joined(separator: ", "))) VALUES (\(parameters))"
    }

    /// A unique index per unique constraint, then the schema's secondary indexes.
    public static func afterData(_ schema: Schema) -> [String] {
        indexes(schema).map(\.statement)
    }

    /// The indexes ``afterData(_:)`` creates, in its order.
    static func indexes(_ schema: Schema) -> [SQLiteIndex] {
        var indexes: [SQLiteIndex] = []
        for table in schema.tables {
            for columns in table.uniqueConstraints {
                let name = postgresDefaultName(table: table.name.rawValue, columns: columns, label: "key")
                indexes.append(SQLiteIndex(name: name, table: table.name, columns: columns, isUnique: true))
            }
        }
        for index in schema.indexes {
            indexes.append(SQLiteIndex(name: index.name, table: index.table, columns: index.columns, isUnique: false))
        }
        return indexes
    }

    /// The name PostgreSQL gives an unnamed constraint: `<table>_<columns>_<label>`, shortened to
    /// 63 bytes by trimming the longer of the two parts first (`makeObjectName` in its source).
    static func postgresDefaultName(table: String, columns: [String], label: String) -> String {
        let maximumLength = 63
        var addition = ""
        for column in columns {
            if !addition.isEmpty { addition += "_" }
            addition += column
            if addition.utf8.count > maximumLength { break }
        }
        let available = maximumLength - label.utf8.count - 2
        var tableLength = table.utf8.count, additionLength = addition.utf8.count
        while tableLength + additionLength > available {
            if tableLength > additionLength { tableLength -= 1 } else { additionLength -= 1 }
        }
        // Identifiers here are ASCII, so byte counts are character counts.
        return "\(table.prefix(tableLength))_\(addition.prefix(additionLength))_\(label)"
    }
}

/// One index SQLite builds on a table: a unique constraint's or a secondary index, ascending, in
/// the default (`BINARY`) collation.
struct SQLiteIndex: Sendable {
    let name: String
    let table: TableName
    let columns: [String]
    let isUnique: Bool

    var statement: String {
        "CREATE \(isUnique ? "UNIQUE " : "")INDEX \(name) ON \(table.rawValue) (\(columns.joined(separator: ", ")));"
    }

    /// What SQLite says of two rows with the same key (`sqlite3UniqueConstraint`).
    var uniqueConstraintMessage: String {
        "UNIQUE constraint failed: " + columns.map { "\(table.rawValue).\($0)" }.joined(separator: ", ")
    }
}

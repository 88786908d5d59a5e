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
        var statements: [String] = []
        for table in schema.tables {
            let name = table.name.rawValue
            for columns in table.uniqueConstraints {
                let indexName = postgresDefaultName(table: name, columns: columns, label: "key")
                statements.append("CREATE UNIQUE INDEX \(indexName) ON \(name) (\(columns.joined(separator: ", ")));")
            }
        }
        for index in schema.indexes {
            let columns = index.columns.joined(separator: ", ")
            statements.append("CREATE INDEX \(index.name) ON \(index.table.rawValue) (\(columns));")
        }
        return statements
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

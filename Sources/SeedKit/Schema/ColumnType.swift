/// The SQL type of a column, as the seed's DDL declares it.
public enum ColumnType: Hashable, Sendable {
    case serial
    case integer
    case varchar(Int)
    case text
    case boolean
    case decimal(precision: Int, scale: Int)
    case date
    case time
    case timestamp
    case jsonb

    /// The type as PostgreSQL spells it in `CREATE TABLE`.
    public var postgresName: String {
        switch self {
        case .serial: "SERIAL"
        case .integer: "INTEGER"
        case .varchar(let length): "VARCHAR(\(length))"
        case .text: "TEXT"
        case .boolean: "BOOLEAN"
        case .decimal(let precision, let scale): "DECIMAL(\(precision),\(scale))"
        case .date: "DATE"
        case .time: "TIME"
        case .timestamp: "TIMESTAMP"
        case .jsonb: "JSONB"
        }
    }

    /// The type as declared in SQLite. Names are kept where SQLite's type affinity already does
    /// the right thing; JSONB becomes TEXT, because SQLite would give it NUMERIC affinity.
    public var sqliteName: String {
        switch self {
        case .serial: "INTEGER"
        case .jsonb: "TEXT"
        default: postgresName
        }
    }
}

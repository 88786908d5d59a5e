/// The expressions the invariants' queries share, spelled for one dialect. Queries are written
/// once; these are the only places where SQLite and PostgreSQL differ.
///
/// Amounts are compared as integers (pence, thousandths of a unit, hundredths of a percent or an
/// hour), never as binary floats: SQLite stores `DECIMAL` columns as REAL, where `0.165` is a
/// little less than itself.
struct InvariantSQL: Sendable {
    let dialect: SQLDialect

    init(dialect: SQLDialect) { self.dialect = dialect }

    /// An amount with two decimal places as an integer count of hundredths: pence, hundredths
    /// of a percent, hundredths of an hour.
    func hundredths(_ expression: String) -> String {
        "CAST(ROUND((\(expression)) * 100) AS BIGINT)"
    }

    /// Pence of a money column.
    func pence(_ expression: String) -> String { hundredths(expression) }

    /// A quantity with three decimal places as an integer count of thousandths.
    func thousandths(_ expression: String) -> String {
        "CAST(ROUND((\(expression)) * 1000) AS BIGINT)"
    }

    /// `numerator / denominator` rounded half away from zero, in integer arithmetic (both
    /// dialects truncate an integer division towards zero); `denominator` must be positive.
    func divideRounded(_ numerator: String, by denominator: String) -> String {
        let n = "CAST((\(numerator)) AS BIGINT)", d = "CAST((\(denominator)) AS BIGINT)"
        return "(CASE WHEN \(n) >= 0 THEN (2 * \(n) + \(d)) / (2 * \(d)) ELSE -((-2 * \(n) + \(d)) / (2 * \(d))) END)"
    }

    /// True when the two values differ, a `NULL` differing from any value but `NULL`.
    func differ(_ lhs: String, _ rhs: String) -> String {
        switch dialect {
        case .sqlite: "(\(lhs)) IS NOT (\(rhs))"
        case .postgres: "(\(lhs)) IS DISTINCT FROM (\(rhs))"
        }
    }

    /// A timestamp as whole seconds since 1970 (timestamps carry no time zone, so this is only
    /// for comparing and subtracting them). SQLite stores them as text.
    func epoch(_ timestamp: String) -> String {
        switch dialect {
        case .sqlite: "CAST(strftime('%s', \(timestamp)) AS INTEGER)"
        case .postgres: "CAST(EXTRACT(EPOCH FROM \(timestamp)) AS BIGINT)"
        }
    }

    /// A `TIME` as seconds since midnight (SQLite's `strftime` puts a bare time on 2000-01-01).
    func secondsOfDay(_ time: String) -> String {
        switch dialect {
        case .sqlite: "(CAST(strftime('%s', \(time)) AS INTEGER) - 946684800)"
        case .postgres: "CAST(EXTRACT(EPOCH FROM \(time)) AS BIGINT)"
        }
    }

    /// The date of a timestamp (or a date), comparable with another `day(_:)`.
    func day(_ expression: String) -> String {
        switch dialect {
        case .sqlite: "date(\(expression))"
        case .postgres: "CAST(\(expression) AS DATE)"
        }
    }

    /// A `day(_:)` as `YYYY-MM-DD` text, for example keys.
    func dayText(_ day: String) -> String {
        switch dialect {
        case .sqlite: "date(\(day))"
        case .postgres: "to_char(\(day), 'YYYY-MM-DD')"
        }
    }

    /// The day `days` days before a `day(_:)`.
    func day(_ day: String, minusDays days: Int) -> String {
        switch dialect {
        case .sqlite: "date(\(day), '-\(days) days')"
        case .postgres: "(\(day) - \(days))"
        }
    }

    /// A value as text, for keys.
    func text(_ expression: String) -> String { "CAST(\(expression) AS TEXT)" }

    /// 1 when a `BOOLEAN` column is true, else 0 (SQLite stores booleans as 1 and 0).
    func flag(_ expression: String) -> String { "(CASE WHEN \(expression) THEN 1 ELSE 0 END)" }
}

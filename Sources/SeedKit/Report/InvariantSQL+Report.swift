extension InvariantSQL {
    /// The ISO weekday of a timestamp: 1 for Monday to 7 for Sunday.
    func isoWeekday(_ timestamp: String) -> String {
        switch dialect {
        case .sqlite: "((CAST(strftime('%w', \(timestamp)) AS INTEGER) + 6) % 7 + 1)"
        case .postgres: "CAST(EXTRACT(ISODOW FROM \(timestamp)) AS INTEGER)"
        }
    }

    /// The hour of a timestamp, 0 to 23.
    func hour(_ timestamp: String) -> String {
        switch dialect {
        case .sqlite: "CAST(strftime('%H', \(timestamp)) AS INTEGER)"
        case .postgres: "CAST(EXTRACT(HOUR FROM \(timestamp)) AS INTEGER)"
        }
    }
}

extension InvariantSQL {
    /// Seconds since midnight of a timestamp.
    func secondsIntoDay(_ timestamp: String) -> String {
        "(\(epoch(timestamp)) - \(epoch(day(timestamp))))"
    }
}

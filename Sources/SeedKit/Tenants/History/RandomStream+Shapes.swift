/// Distributions the history generators draw from, built only from `+ − × ÷` on doubles so they
/// give the same numbers on every machine (no `log`, `exp` or `sin` from the C library).
extension RandomStream {
    /// Approximately normal (Irwin–Hall: the sum of twelve uniform fractions, less six).
    mutating func normal(mean: Double, deviation: Double) -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += fraction() }
        return mean + (sum - 6) * deviation
    }

    /// `value` rounded down or up at random, so that the expected result is `value` itself.
    mutating func roundStochastically(_ value: Double) -> Int {
        let whole = value.rounded(.down)
        return Int(whole) + (fraction() < value - whole ? 1 : 0)
    }
}

/// Rounds a non-negative double to the nearest whole number, halves up.
func roundHalfUp(_ value: Double) -> Int { Int((value + 0.5).rounded(.down)) }

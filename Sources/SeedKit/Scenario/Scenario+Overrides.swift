extension Scenario {
    /// The scenario with the command line's `--seed` and `--as-of` in place of its own.
    public func overriding(seed: UInt64?, asOf: Day?) -> Scenario {
        var copy = self
        if let seed { copy.seed = seed }
        if let asOf { copy.asOf = asOf }
        return copy
    }
}

/// A deterministic random stream (xoshiro256**), named by where it is used.
///
/// Every generator draws from a stream derived from stable names: the scenario seed, then e.g.
/// the tenant's slug, the generator and the day. Two streams with different names are
/// independent, so editing one tenant or one section never shifts the draws of another.
///
/// The mapping from bits to ranges, choices and fractions is SeedKit's own (the standard
/// library's `random(in:)` mapping is not promised to stay the same between Swift versions).
public struct RandomStream: Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    /// The key this stream was derived from; `derive` builds on it.
    public let key: UInt64

    /// The root stream of a scenario seed.
    public init(seed: UInt64) {
        self.init(key: SplitMix64.mix(seed ^ 0x5EED_C0DE_5EED_C0DE))
    }

    private init(key: UInt64) {
        self.key = key
        var expander = SplitMix64(seed: key)
        s0 = expander.next(); s1 = expander.next(); s2 = expander.next(); s3 = expander.next()
    }

    /// An independent stream for a named part of the work, e.g. `derive("tenant", slug, "staff")`.
    /// It depends only on this stream's key and the names, never on draws already made.
    public func derive(_ names: String...) -> RandomStream { derive(names) }

    public func derive(_ names: [String]) -> RandomStream {
        RandomStream(key: SplitMix64.mix(key ^ StableHash.of(names)))
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform integer in `0..<bound`, without modulo bias (Lemire's method).
    public mutating func below(_ bound: UInt64) -> UInt64 {
        precondition(bound > 0, "bound must be positive")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// A uniform integer in the closed range.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        if width == 0 { return Int(Int64(bitPattern: next())) }  // the whole of Int64
        return range.lowerBound &+ Int(below(width))
    }

    /// A uniform fraction in `[0, 1)` with 53 random bits: exact on every IEEE-754 machine.
    public mutating func fraction() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// `true` with the given probability.
    public mutating func chance(_ probability: Double) -> Bool {
        fraction() < probability
    }

    /// A uniformly chosen element.
    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        precondition(!elements.isEmpty, "cannot pick from nothing")
        return elements[Int(below(UInt64(elements.count)))]
    }

    /// An index chosen with probability proportional to its weight.
    public mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        precondition(total > 0, "weights must not all be zero")
        var target = fraction() * total
        for (index, weight) in weights.enumerated() {
            if target < weight { return index }
            target -= weight
        }
        return weights.lastIndex(where: { $0 > 0 })!
    }

    @inline(__always)
    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

/// A 64-bit hash of names that never changes between runs, machines or Swift versions.
///
/// Swift's `Hasher` is seeded per process, so it must never decide generated data. This is
/// FNV-1a over the UTF-8 bytes, each name prefixed by its length so `["ab","c"]` and
/// `["a","bc"]` differ, finished with SplitMix64's mixer to spread the bits.
public enum StableHash {
    public static func of(_ names: [String]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func absorb(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for name in names {
            var length = UInt32(name.utf8.count)
            for _ in 0..<4 {
                absorb(UInt8(truncatingIfNeeded: length))
                length >>= 8
            }
            for byte in name.utf8 { absorb(byte) }
        }
        return SplitMix64.mix(hash)
    }
}

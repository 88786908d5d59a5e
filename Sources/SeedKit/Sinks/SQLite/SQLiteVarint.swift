/// SQLite's variable-length integers (section 1.6 of "Database File Format"): 1 to 9 bytes, big
/// end first, 7 bits a byte with the high bit set on every byte but the last, and all 8 bits in
/// a ninth byte.
enum SQLiteVarint {
    /// How many bytes `value` takes.
    static func length(_ value: UInt64) -> Int {
        if value <= 0x7F { return 1 }
        if value > 0x00FF_FFFF_FFFF_FFFF { return 9 }
        var length = 1
        var rest = value >> 7
        while rest != 0 { length += 1; rest >>= 7 }
        return length
    }

    /// Writes `value` at `offset` and returns how many bytes it took.
    @discardableResult
    static func write(_ value: UInt64, into bytes: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
        if value <= 0x7F {
            bytes[offset] = UInt8(value)
            return 1
        }
        if value > 0x00FF_FFFF_FFFF_FFFF {
            bytes[offset + 8] = UInt8(truncatingIfNeeded: value)
            var rest = value >> 8
            for index in stride(from: 7, through: 0, by: -1) {
                bytes[offset + index] = UInt8(truncatingIfNeeded: rest & 0x7F) | 0x80
                rest >>= 7
            }
            return 9
        }
        let count = length(value)
        var rest = value
        for index in stride(from: count - 1, through: 0, by: -1) {
            bytes[offset + index] = UInt8(truncatingIfNeeded: rest & 0x7F) | (index == count - 1 ? 0 : 0x80)
            rest >>= 7
        }
        return count
    }

    /// Appends `value` to `writer`.
    @inline(__always)
    static func write(_ value: UInt64, to writer: inout ByteWriter) {
        if value <= 0x7F { return writer.write(UInt8(value)) }
        writer.write(atMost: 9) { write(value, into: UnsafeMutableRawBufferPointer(start: $0, count: 9), at: 0) }
    }

    /// Appends `value` to `bytes`.
    static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(byteCount: 9, alignment: 1) { scratch in
            let count = write(value, into: scratch, at: 0)
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[..<count]))
        }
    }

    /// Reads the varint at `offset`: its value and how many bytes it took.
    static func read(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> (value: UInt64, length: Int) {
        var value: UInt64 = 0
        for index in 0..<8 {
            let byte = bytes[offset + index]
            value = value << 7 | UInt64(byte & 0x7F)
            if byte & 0x80 == 0 { return (value, index + 1) }
        }
        return (value << 8 | UInt64(bytes[offset + 8]), 9)
    }
}

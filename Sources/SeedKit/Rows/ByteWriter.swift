/// Scratch bytes for encoding one row at a time: written without a capacity check per byte, then
/// handed over whole, and reused for the next row.
///
/// Binary COPY writes a length and a value per field, a handful of bytes each; appending them to
/// an `Array` one at a time costs a capacity and uniqueness check per byte. The writer checks
/// once per value instead, and a row reaches its chunk in a single copy.
public struct ByteWriter: ~Copyable {
    private var base: UnsafeMutableRawPointer
    private var capacity: Int
    /// How many bytes have been written since the last ``removeAll()``.
    public private(set) var count = 0

    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(byteCount: self.capacity, alignment: 16)
    }

    deinit { base.deallocate() }

    /// Forgets the bytes written, keeping the memory.
    public mutating func removeAll() { count = 0 }

    /// Forgets the bytes written after the first `count`.
    public mutating func truncate(to count: Int) {
        precondition((0...self.count).contains(count), "truncated within what was written")
        self.count = count
    }

    /// Writes an integer's bytes, most significant first.
    @inline(__always)
    public mutating func write<T: FixedWidthInteger>(bigEndian value: T) {
        reserve(MemoryLayout<T>.size)
        base.storeBytes(of: value.bigEndian, toByteOffset: count, as: T.self)
        count += MemoryLayout<T>.size
    }

    /// Writes one byte.
    @inline(__always)
    public mutating func write(_ byte: UInt8) {
        reserve(1)
        base.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
        count += 1
    }

    /// Writes a run of bytes.
    public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    /// Writes up to `maximum` bytes in place: `fill` gets room for them and returns how many it wrote.
    @inline(__always)
    public mutating func write(atMost maximum: Int, _ fill: (UnsafeMutableRawPointer) -> Int) {
        reserve(maximum)
        count += fill(base + count)
    }

    /// Appends the bytes written so far to `buffer`, in one copy.
    public func append(to buffer: inout [UInt8]) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count))
    }

    /// Calls `body` with the bytes written from `start` on, which stay valid only during the call.
    public func withBytes<Result>(from start: Int = 0, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self) + start, count: count - start))
    }

    /// The bytes written so far, as an array (for tests and small uses).
    public var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count))
    }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 16)
        newBase.copyMemory(from: base, byteCount: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}

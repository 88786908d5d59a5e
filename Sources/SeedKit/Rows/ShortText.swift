/// A short text built in place, on the stack, without a `String`: an order number, a
/// transaction id, a processor's JSON response. A row writer hands its bytes straight to the
/// encoder (``RowWriter``), so the history's texts cost no allocation and no reference counting.
///
/// It holds up to ``capacity`` bytes of UTF-8; appending more is a programming error.
public struct ShortText: ByteOutput, Sendable {
    public static let capacity = 256

    private var storage = InlineArray<256, UInt8>(repeating: 0)
    /// How many bytes it holds.
    public private(set) var count = 0

    public init() {}

    /// A text that starts as `text`.
    public init(_ text: StaticString) {
        appendStatic(text)
    }

    public mutating func append(_ byte: UInt8) {
        precondition(count < Self.capacity, "a short text holds at most \(Self.capacity) bytes")
        storage[count] = byte
        count += 1
    }

    public mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        append(atMost: bytes.count) { room in
            if let source = bytes.baseAddress { room.update(from: source, count: bytes.count) }
            return bytes.count
        }
    }

    public mutating func append(atMost maximum: Int, _ fill: (UnsafeMutablePointer<UInt8>) -> Int) {
        precondition(count + maximum <= Self.capacity, "a short text holds at most \(Self.capacity) bytes")
        let start = count
        count += withUnsafeMutablePointer(to: &storage) { storage in
            fill(UnsafeMutableRawPointer(storage).assumingMemoryBound(to: UInt8.self) + start)
        }
    }

    /// Calls `body` with the text's bytes, which stay valid only during the call.
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try withUnsafePointer(to: storage) { storage in
            try body(UnsafeBufferPointer(start: UnsafeRawPointer(storage).assumingMemoryBound(to: UInt8.self), count: count))
        }
    }

    /// The text as a `String`.
    public var string: String { withBytes { String(decoding: $0, as: UTF8.self) } }
}

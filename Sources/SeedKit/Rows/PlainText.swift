/// Somewhere bytes are appended: an array, or a ``ByteWriter`` (which checks its capacity once
/// per run of bytes instead of once per byte).
public protocol ByteOutput: ~Copyable {
    mutating func append(_ byte: UInt8)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteOutput where Element == UInt8 {}

extension ByteWriter: ByteOutput {
    @inline(__always)
    public mutating func append(_ byte: UInt8) { write(byte) }
    public mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) { write(bytes) }
}

/// The plain text of values as bytes, without intermediate strings. Each writes exactly the
/// value's `description` (`42`, `-0.05`, `2024-03-01`, `18:30:00`, `2024-03-01 18:30:00`).
extension ByteOutput where Self: ~Copyable {
    mutating func appendStatic(_ text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }

    mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    mutating func appendInteger(_ value: Int64) {
        if value < 0 { append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, width: 1)
    }

    mutating func appendDecimal(_ value: FixedDecimal) {
        guard value.scale > 0 else { return appendInteger(value.units) }
        let divisor = UInt64(pow10(value.scale))
        if value.units < 0 { append(UInt8(ascii: "-")) }
        appendDigits(value.units.magnitude / divisor, width: 1)
        append(UInt8(ascii: "."))
        appendDigits(value.units.magnitude % divisor, width: value.scale)
    }

    mutating func appendDay(_ day: Day) {
        let (year, month, dayOfMonth) = day.civil
        guard (0...9999).contains(year) else { return appendUTF8(day.description) }
        appendFixed(10) { Self.putDay(year, month, dayOfMonth, into: $0) }
    }

    mutating func appendTime(_ time: TimeOfDay) {
        appendFixed(8) { Self.putTime(time.secondsSinceMidnight, into: $0) }
    }

    mutating func appendTimestamp(_ timestamp: Timestamp) {
        let (year, month, dayOfMonth) = timestamp.day.civil
        guard (0...9999).contains(year) else { return appendUTF8(timestamp.description) }
        let seconds = timestamp.timeOfDay.secondsSinceMidnight
        appendFixed(19) { bytes in
            Self.putDay(year, month, dayOfMonth, into: bytes)
            bytes[10] = UInt8(ascii: " ")
            Self.putTime(seconds, into: UnsafeMutableBufferPointer(rebasing: bytes[11...]))
        }
    }

    /// Decimal digits of `value`, zero-padded on the left to at least `width` (at most 20).
    private mutating func appendDigits(_ value: UInt64, width: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var position = 20
            var rest = value
            repeat {
                position -= 1
                digits[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            while 20 - position < width {
                position -= 1
                digits[position] = UInt8(ascii: "0")
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[position...]))
        }
    }

    /// Fills `count` bytes on the stack and appends them in one piece.
    private mutating func appendFixed(_ count: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { bytes in
            fill(bytes)
            append(contentsOf: UnsafeBufferPointer(bytes))
        }
    }

    /// `YYYY-MM-DD` into the first 10 bytes.
    private static func putDay(_ year: Int, _ month: Int, _ day: Int, into bytes: UnsafeMutableBufferPointer<UInt8>) {
        putTwo(year / 100, into: bytes, at: 0)
        putTwo(year % 100, into: bytes, at: 2)
        bytes[4] = UInt8(ascii: "-")
        putTwo(month, into: bytes, at: 5)
        bytes[7] = UInt8(ascii: "-")
        putTwo(day, into: bytes, at: 8)
    }

    /// `HH:MM:SS` into the first 8 bytes.
    private static func putTime(_ seconds: Int, into bytes: UnsafeMutableBufferPointer<UInt8>) {
        putTwo(seconds / 3600, into: bytes, at: 0)
        bytes[2] = UInt8(ascii: ":")
        putTwo(seconds / 60 % 60, into: bytes, at: 3)
        bytes[5] = UInt8(ascii: ":")
        putTwo(seconds % 60, into: bytes, at: 6)
    }

    private static func putTwo(_ value: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        bytes[offset] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value / 10)
        bytes[offset + 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10)
    }
}

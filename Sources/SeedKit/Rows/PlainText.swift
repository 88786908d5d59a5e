/// Somewhere bytes are appended: an array, or a ``ByteWriter`` (which checks its capacity once
/// per run of bytes instead of once per byte, and lets a value be written in place).
public protocol ByteOutput: ~Copyable {
    mutating func append(_ byte: UInt8)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
    /// Appends up to `maximum` bytes written in place: `fill` gets room for them and returns how
    /// many it wrote.
    mutating func append(atMost maximum: Int, _ fill: (UnsafeMutablePointer<UInt8>) -> Int)
}

extension ByteOutput where Self: ~Copyable {
    public mutating func append(atMost maximum: Int, _ fill: (UnsafeMutablePointer<UInt8>) -> Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximum) { room in
            let count = fill(room.baseAddress!)
            append(contentsOf: UnsafeBufferPointer(rebasing: room[..<count]))
        }
    }
}

extension Array: ByteOutput where Element == UInt8 {}

extension ByteWriter: ByteOutput {
    @inline(__always)
    public mutating func append(_ byte: UInt8) { write(byte) }
    public mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) { write(bytes) }

    @inline(__always)
    public mutating func append(atMost maximum: Int, _ fill: (UnsafeMutablePointer<UInt8>) -> Int) {
        write(atMost: maximum) { fill($0.assumingMemoryBound(to: UInt8.self)) }
    }
}

/// The plain text of values as bytes, without intermediate strings. Each writes exactly the
/// value's `description` (`42`, `-0.05`, `2024-03-01`, `18:30:00`, `2024-03-01 18:30:00`).
/// Numbers and dates are written in place, two digits at a time.
extension ByteOutput where Self: ~Copyable {
    mutating func appendStatic(_ text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }

    mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    mutating func appendInteger(_ value: Int64) {
        appendInteger(value, after: nil)
    }

    /// The integer after `separator` (a tab, a comma), in one reservation of room: what an
    /// encoder writes for a column after the first.
    @inline(__always)
    mutating func appendInteger(_ value: Int64, after separator: UInt8?) {
        append(atMost: 20, after: separator) { PlainDigits.putInteger(value, into: $0) }
    }

    mutating func appendDecimal(_ value: FixedDecimal) {
        appendDecimal(value, after: nil)
    }

    /// The decimal after `separator` (see ``appendInteger(_:after:)``).
    @inline(__always)
    mutating func appendDecimal(_ value: FixedDecimal, after separator: UInt8?) {
        append(atMost: 42, after: separator) { PlainDigits.putDecimal(value, into: $0) }
    }

    mutating func appendDay(_ day: Day) {
        appendDay(day, from: DayText.table)
    }

    /// The same, from `days` (``DayText/table``, which a hot caller keeps at hand: reading the
    /// static itself checks that it was made, every time).
    @inline(__always)
    mutating func appendDay(_ day: Day, from days: DayText) {
        guard let text = days.text(of: day) else { return appendUTF8(day.description) }
        append(atMost: 10) { bytes in
            DayText.put(text, into: bytes)
            return 10
        }
    }

    mutating func appendTime(_ time: TimeOfDay) {
        append(atMost: 8) { bytes in
            PlainDigits.putTime(time.secondsSinceMidnight, into: bytes)
            return 8
        }
    }

    mutating func appendTimestamp(_ timestamp: Timestamp) {
        appendTimestamp(timestamp, from: DayText.table)
    }

    /// The same, with its date from `days` (see ``appendDay(_:from:)``).
    @inline(__always)
    mutating func appendTimestamp(_ timestamp: Timestamp, from days: DayText) {
        appendTimestamp(timestamp, from: days, after: nil)
    }

    /// The same after `separator` (see ``appendInteger(_:after:)``).
    @inline(__always)
    mutating func appendTimestamp(_ timestamp: Timestamp, from days: DayText, after separator: UInt8?) {
        let day = timestamp.day
        guard let text = days.text(of: day) else {
            if let separator { append(separator) }
            return appendUTF8(timestamp.description)
        }
        let seconds = Int(timestamp.secondsSinceEpoch - Int64(day.daysSinceEpoch) * 86_400)
        append(atMost: 19, after: separator) { bytes in
            DayText.put(text, into: bytes)
            bytes[10] = UInt8(ascii: " ")
            PlainDigits.putTime(seconds, into: bytes + 11)
            return 19
        }
    }

    /// Appends `separator`, when there is one, and up to `maximum` bytes that `fill` writes in
    /// place after it, in one reservation of room.
    @inline(__always)
    private mutating func append(atMost maximum: Int, after separator: UInt8?, _ fill: (UnsafeMutablePointer<UInt8>) -> Int) {
        append(atMost: maximum + 1) { bytes in
            guard let separator else { return fill(bytes) }
            bytes[0] = separator
            return 1 + fill(bytes + 1)
        }
    }
}

/// Decimal digits written in place, two at a time from a table of the hundred pairs.
enum PlainDigits {
    /// "00", "01", … "99".
    private static let pairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    /// Writes an integer's text (`-` and its digits) and returns how many bytes it wrote (at most 20).
    @inline(__always)
    static func putInteger(_ value: Int64, into bytes: UnsafeMutablePointer<UInt8>) -> Int {
        let sign = value < 0 ? 1 : 0
        if sign == 1 { bytes[0] = UInt8(ascii: "-") }
        return sign + put(value.magnitude, width: 1, into: bytes + sign)
    }

    /// Writes a decimal's text (`-12.50`) and returns how many bytes it wrote (at most 42).
    /// Amounts (scale 2) and quantities (scale 3) divide by a constant, which costs a
    /// multiplication instead of a division.
    @inline(__always)
    static func putDecimal(_ value: FixedDecimal, into bytes: UnsafeMutablePointer<UInt8>) -> Int {
        guard value.scale > 0 else { return putInteger(value.units, into: bytes) }
        var count = 0
        if value.units < 0 {
            bytes[0] = UInt8(ascii: "-")
            count = 1
        }
        let magnitude = value.units.magnitude
        switch value.scale {
        case 2:
            count += put(magnitude / 100, width: 1, into: bytes + count)
            bytes[count] = UInt8(ascii: ".")
            putTwo(Int(magnitude % 100), into: bytes + count + 1)
            return count + 3
        case 3:
            count += put(magnitude / 1000, width: 1, into: bytes + count)
            let fraction = Int(magnitude % 1000)
            bytes[count] = UInt8(ascii: ".")
            bytes[count + 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction / 100)
            putTwo(fraction % 100, into: bytes + count + 2)
            return count + 4
        default:
            let (whole, fraction) = magnitude.quotientAndRemainder(dividingBy: powerOfTen(value.scale))
            count += put(whole, width: 1, into: bytes + count)
            bytes[count] = UInt8(ascii: ".")
            count += 1
            return count + put(fraction, width: value.scale, into: bytes + count)
        }
    }

    /// Writes `value`'s decimal digits, zero-padded on the left to at least `width` (at most 20),
    /// and returns how many it wrote.
    @inline(__always)
    static func put(_ value: UInt64, width: Int, into bytes: UnsafeMutablePointer<UInt8>) -> Int {
        let count = max(digitCount(value), width)
        var rest = value
        var end = count
        while end >= 2 {
            putTwo(Int(rest % 100), into: bytes + end - 2)
            rest /= 100
            end -= 2
        }
        if end == 1 { bytes[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest) }
        return count
    }

    /// `HH:MM:SS` into the first 8 bytes.
    @inline(__always)
    static func putTime(_ seconds: Int, into bytes: UnsafeMutablePointer<UInt8>) {
        putTwo(seconds / 3600, into: bytes)
        bytes[2] = UInt8(ascii: ":")
        putTwo(seconds / 60 % 60, into: bytes + 3)
        bytes[5] = UInt8(ascii: ":")
        putTwo(seconds % 60, into: bytes + 6)
    }

    /// The two digits of `value` (below 100).
    @inline(__always)
    static func putTwo(_ value: Int, into bytes: UnsafeMutablePointer<UInt8>) {
        let pair = pairs.utf8Start + 2 * value
        bytes[0] = pair[0]
        bytes[1] = pair[1]
    }

    /// How many decimal digits `value` has (1 for 0): its bit length says the count or one less
    /// (1233 / 4096 is just above log10(2)), and one comparison with a power of ten decides.
    @inline(__always)
    static func digitCount(_ value: UInt64) -> Int {
        let bits = 64 &- (value | 1).leadingZeroBitCount
        let guess = (bits &* 1233) >> 12
        return guess &+ (value >= powerOfTen(guess) ? 1 : 0)
    }

    /// 10 to the power of `exponent`, 0 to 19 (a table the compiler makes of the switch).
    @inline(__always)
    static func powerOfTen(_ exponent: Int) -> UInt64 {
        switch exponent {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 4: 10_000
        case 5: 100_000
        case 6: 1_000_000
        case 7: 10_000_000
        case 8: 100_000_000
        case 9: 1_000_000_000
        case 10: 10_000_000_000
        case 11: 100_000_000_000
        case 12: 1_000_000_000_000
        case 13: 10_000_000_000_000
        case 14: 100_000_000_000_000
        case 15: 1_000_000_000_000_000
        case 16: 10_000_000_000_000_000
        case 17: 100_000_000_000_000_000
        case 18: 1_000_000_000_000_000_000
        default: 10_000_000_000_000_000_000
        }
    }
}

/// The `YYYY-MM-DD` text of every day from 1970 to 2100, made once (in about half a megabyte):
/// a date is written by copying its ten bytes instead of working out its year, month and day.
/// Days outside the table are written from their `description`.
final class DayText: @unchecked Sendable {  // immutable once made
    static let table = DayText(days: 47_847)

    /// Per day since 1970-01-01: the first eight bytes (`YYYY-MM-`) and the last two (`DD`) of
    /// its text, as they lie in memory.
    private let heads: UnsafeMutablePointer<UInt64>
    private let tails: UnsafeMutablePointer<UInt16>
    private let count: Int

    private init(days count: Int) {
        self.count = count
        heads = .allocate(capacity: count)
        tails = .allocate(capacity: count)
        func digit(_ value: Int) -> UInt64 { UInt64(UInt8(ascii: "0")) + UInt64(value) }
        let dash = UInt64(UInt8(ascii: "-"))
        for number in 0..<count {
            let (year, month, day) = Day(daysSinceEpoch: number).civil
            let head = digit(year / 1000) | digit(year / 100 % 10) << 8 | digit(year / 10 % 10) << 16 | digit(year % 10) << 24
                | dash << 32 | digit(month / 10) << 40 | digit(month % 10) << 48 | dash << 56
            heads[number] = head.littleEndian
            tails[number] = UInt16(digit(day / 10) | digit(day % 10) << 8).littleEndian
        }
    }

    deinit {
        heads.deallocate()
        tails.deallocate()
    }

    /// The day's text as its head and tail, or nil outside the table.
    @inline(__always)
    func text(of day: Day) -> (head: UInt64, tail: UInt16)? {
        let index = day.daysSinceEpoch
        guard index >= 0 && index < count else { return nil }
        return (heads[index], tails[index])
    }

    @inline(__always)
    static func put(_ text: (head: UInt64, tail: UInt16), into bytes: UnsafeMutablePointer<UInt8>) {
        UnsafeMutableRawPointer(bytes).storeBytes(of: text.head, as: UInt64.self)
        UnsafeMutableRawPointer(bytes + 8).storeBytes(of: text.tail, as: UInt16.self)
    }
}

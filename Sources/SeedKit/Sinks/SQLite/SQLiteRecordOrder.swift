internal import Foundation

/// The order of index records (section 2.1 of "Database File Format"), as SQLite compares them
/// with `sqlite3VdbeRecordCompare` for an ascending index in the `BINARY` collation: field by
/// field, `NULL` before numbers, numbers before text, text before blobs; integers by value, text
/// and blobs byte by byte, the shorter first when one begins the other.
///
/// Records holding reals are not compared here (``SQLiteIndexKeys`` leaves those indexes to
/// SQLite), so numbers are integers only.
enum SQLiteRecordOrder {
    /// Compares the records at `a` and `b`, which have the same number of fields: negative,
    /// zero or positive. With `fields`, only the first `fields` fields are compared.
    static func compare(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, fields: Int = .max) -> Int {
        let (headerA, headerLengthA) = varint(a)
        let (headerB, headerLengthB) = varint(b)
        var typeA = headerLengthA, typeB = headerLengthB
        var valueA = Int(headerA), valueB = Int(headerB)
        var field = 0
        while typeA < Int(headerA) && field < fields {
            let (serialA, lengthA) = varint(a + typeA)
            let (serialB, lengthB) = varint(b + typeB)
            typeA += lengthA
            typeB += lengthB
            let classA = storageClass(serialA), classB = storageClass(serialB)
            if classA != classB { return classA < classB ? -1 : 1 }
            let sizeA = valueLength(serialA), sizeB = valueLength(serialB)
            switch classA {
            case 0:
                break
            case 1:
                let x = integer(serialA, at: a + valueA), y = integer(serialB, at: b + valueB)
                if x != y { return x < y ? -1 : 1 }
            default:
                let common = min(sizeA, sizeB)
                let order = common == 0 ? 0 : Int(memcmp(a + valueA, b + valueB, common))
                if order != 0 { return order }
                if sizeA != sizeB { return sizeA < sizeB ? -1 : 1 }
            }
            valueA += sizeA
            valueB += sizeB
            field += 1
        }
        return 0
    }

    /// Whether any of the first `fields` fields of the record at `record` is `NULL`: such keys
    /// never collide in a unique index.
    static func hasNull(_ record: UnsafeRawPointer, fields: Int) -> Bool {
        let (header, headerLength) = varint(record)
        var offset = headerLength, field = 0
        while offset < Int(header) && field < fields {
            let (serial, length) = varint(record + offset)
            if serial == 0 { return true }
            offset += length
            field += 1
        }
        return false
    }

    /// The length of the record at `record` whose header fits its first byte: the header and the
    /// values its serial types give.
    static func recordLength(at record: UnsafeRawPointer) -> Int {
        let headerLength = Int(record.load(as: UInt8.self))
        var length = headerLength
        var offset = 1
        while offset < headerLength {
            let (serialType, size) = varint(record + offset)
            offset += size
            length += valueLength(serialType)
        }
        return length
    }

    /// 0 `NULL`, 1 a number, 2 text, 3 a blob.
    @inline(__always)
    static func storageClass(_ serialType: UInt64) -> Int {
        switch serialType {
        case 0: 0
        case 1...9: 1
        default: serialType & 1 == 1 ? 2 : 3
        }
    }

    /// How many bytes a value of `serialType` takes in the record's body.
    @inline(__always)
    static func valueLength(_ serialType: UInt64) -> Int {
        switch serialType {
        case 0, 8, 9: 0
        case 1...4: Int(serialType)
        case 5: 6
        case 6, 7: 8
        default: Int(serialType - 12) / 2
        }
    }

    /// The integer of `serialType` (1…6, 8 or 9) at `bytes`: big end first, two's complement.
    @inline(__always)
    static func integer(_ serialType: UInt64, at bytes: UnsafeRawPointer) -> Int64 {
        switch serialType {
        case 8: return 0
        case 9: return 1
        default:
            let length = valueLength(serialType)
            var value = Int64(Int8(bitPattern: bytes.load(as: UInt8.self)))
            for index in 1..<max(length, 1) { value = value << 8 | Int64(bytes.load(fromByteOffset: index, as: UInt8.self)) }
            return value
        }
    }

    @inline(__always)
    private static func varint(_ bytes: UnsafeRawPointer) -> (UInt64, Int) {
        let first = bytes.load(as: UInt8.self)
        if first < 0x80 { return (UInt64(first), 1) }
        return SQLiteVarint.read(UnsafeRawBufferPointer(start: bytes, count: 9), at: 0)
    }
}

/// A batch of encoded rows as one run of bytes, and back: for a batch that waits on disk
/// (see `SpillFile`) rather than in memory.
///
/// The layout: the row count and the byte count (8 bytes each), the rows' bytes, then per row
/// its table's position (1 byte), where its bytes end (8 bytes) and its id (a flag byte, then
/// 8 bytes when there is one). Integers are little-endian. Only this process reads it back.
extension EncodedRows {
    func serialized() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16 + bytes.count + rows.count * 18)
        Self.append(UInt64(rows.count), to: &out)
        Self.append(UInt64(bytes.count), to: &out)
        out.append(contentsOf: bytes)
        for row in rows {
            out.append(UInt8(row.table.position))
            Self.append(UInt64(row.end), to: &out)
            if let id = row.id {
                out.append(1)
                Self.append(UInt64(bitPattern: id), to: &out)
            } else {
                out.append(0)
            }
        }
        return out
    }

    init(serialized data: [UInt8]) {
        self.init()
        var offset = 0
        func integer() -> UInt64 {
            var value: UInt64 = 0
            for shift in 0..<8 { value |= UInt64(data[offset + shift]) << (8 * shift) }
            offset += 8
            return value
        }
        let rowCount = Int(integer())
        let byteCount = Int(integer())
        bytes = Array(data[offset..<offset + byteCount])
        offset += byteCount
        rows.reserveCapacity(rowCount)
        for _ in 0..<rowCount {
            let table = TableName.allCases[Int(data[offset])]
            offset += 1
            let end = Int(integer())
            let hasID = data[offset] == 1
            offset += 1
            let id = hasID ? Int64(bitPattern: integer()) : nil
            rows.append(EncodedRow(table: table, end: end, id: id))
        }
    }

    private static func append(_ value: UInt64, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }
}

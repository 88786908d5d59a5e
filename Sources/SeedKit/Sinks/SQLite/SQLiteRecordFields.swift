/// Where each value of a SQLite record lies (section 2.1 of "Database File Format"): its serial
/// type and the offset of its bytes, read from the record's header. One value is reused for
/// every row, so reading a record allocates nothing.
struct SQLiteRecordFields {
    private(set) var serialTypes: [UInt64] = []
    private(set) var offsets: [Int] = []

    /// Reads the header of `record`.
    mutating func read(_ record: UnsafeRawBufferPointer) {
        serialTypes.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        let (headerLength, first) = SQLiteVarint.read(record, at: 0)
        var position = first
        var offset = Int(headerLength)
        while position < Int(headerLength) {
            let (serialType, length) = SQLiteVarint.read(record, at: position)
            position += length
            serialTypes.append(serialType)
            offsets.append(offset)
            offset += SQLiteRecordOrder.valueLength(serialType)
        }
    }
}

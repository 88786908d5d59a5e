import Testing
@testable import SeedKit

/// Rows are encoded as they are emitted, into one writer per thread that is emptied batch by
/// batch: each batch must hold exactly its own rows, whatever came before it.
@Suite struct EncodingPackerTests {
    static let rows = (1...5).map { id in
        Row(.products, [.integer(Int64(id)), .text("Taco \(id)\t\\"), .decimal(FixedDecimal(units: Int64(id) * 125, scale: 2)), .null])
    }

    @Test("each batch taken holds only the rows packed since the last one, with ends counted from its own start")
    func batchesStartAfresh() {
        let encoder = SQLFileEncoder(dialect: .postgres, columnCounts: Array(repeating: 4, count: TableName.allCases.count))
        let packer = EncodingPacker(encoder)
        for row in Self.rows.prefix(3) { packer.add(row) }
        #expect(packer.count == 3)
        let first = packer.take()
        #expect(packer.count == 0)
        for row in Self.rows.dropFirst(3) { packer.add(row) }
        let second = packer.take()

        #expect(first.bytes == encoder.encode(Array(Self.rows.prefix(3))).bytes)
        #expect(second.bytes == encoder.encode(Array(Self.rows.dropFirst(3))).bytes)
        #expect(String(decoding: second.bytes, as: UTF8.self) == "4\tTaco 4\\t\\\\\t5.00\t\\N\n5\tTaco 5\\t\\\\\t6.25\t\\N\n")
        var ends: [Int] = []
        second.forEach { _, bytes in ends.append(bytes.endIndex) }
        #expect(ends.last == second.bytes.count)
        #expect(second.rows.map(\.id) == [4, 5])
    }
}

import Testing
@testable import SeedKit

/// A row written value by value (`RowEmitter.begin`, `RowWriter`, `RowEmitter.end`), its values
/// as `SQLValue`s or as integers, amounts and moments themselves, is the same row as one emitted whole: the same bytes from every encoder, and the same `Row` from an
/// emitter without one.
@Suite struct RowWriterTests {
    /// A payment with every kind of value a history writes: integers, decimals, text that needs
    /// escaping, JSON, a NULL and timestamps.
    static let payment = Row(.payments, columns: [
        "id": .int(42), "restaurant_id": .int(3), "order_id": .int(7001), "payment_method": .text("card\tcontactless"),
        "amount": .decimal(FixedDecimal(units: 1_850, scale: 2)), "commission_rate": .decimal(FixedDecimal(units: 800, scale: 2)),
        "commission_amount": .decimal(FixedDecimal(units: 148, scale: 2)), "transaction_id": .null,
        "processor_response": .json(#"{"approved":true,"note":"back\\slash"}"#), "status": .text("completed"),
        "processed_at": .timestamp(Timestamp(secondsSinceEpoch: 1_750_000_000)),
        "created_at": .timestamp(Timestamp(secondsSinceEpoch: 1_750_000_000)),
    ])

    /// Writes ``payment`` value by value into `emit`, as a generator does, and returns whether
    /// its values went to an encoder one by one.
    @discardableResult
    static func writePayment(to emit: RowEmitter) throws -> Bool {
        var row = emit.begin(.payments)
        for (name, value) in zip(paymentColumns, payment) { row(name, value) }
        let encoded = row.isEncoded
        try emit.end(row)
        return encoded
    }

    /// The same payment, its integers, amounts and moments written as themselves (the typed
    /// ways in, which skip the `SQLValue`), and returns whether they went to an encoder.
    @discardableResult
    static func writeTypedPayment(to emit: RowEmitter) throws -> Bool {
        let moment = Timestamp(secondsSinceEpoch: 1_750_000_000)
        var row = emit.begin(.payments)
        row("id", 42)
        row("restaurant_id", 3)
        row("order_id", 7001)
        row("payment_method", .text("card\tcontactless"))
        row("amount", Money(minorUnits: 1_850))
        row("commission_rate", .decimal(FixedDecimal(units: 800, scale: 2)))
        row("commission_amount", Money(minorUnits: 148))
        row("transaction_id", .null)
        row("processor_response", .json(#"{"approved":true,"note":"back\\slash"}"#))
        row("status", .text("completed"))
        row("processed_at", moment)
        row("created_at", moment)
        let encoded = row.isEncoded
        try emit.end(row)
        return encoded
    }

    static let paymentColumns: [ColumnName] = [
        "id", "restaurant_id", "order_id", "payment_method", "amount", "commission_rate", "commission_amount",
        "transaction_id", "processor_response", "status", "processed_at", "created_at",
    ]

    static let columnTypes = Schema.builtIn.tables.map { $0.columns.map(\.type) }
    static let columnCounts = Schema.builtIn.tables.map(\.columns.count)

    /// The bytes and ids of the payment written value by value and then whole, and how many
    /// times the emitter found its batch full (a batch of one row: after every row).
    static func streamed<Encoder: RowEncoder>(by encoder: Encoder) throws -> (rows: EncodedRows, emitted: Int) {
        let packer = EncodingPacker(encoder)
        var emitted = 0
        let emit = packer.emitter(batchSize: 1) { emitted += 1 }
        #expect(try writePayment(to: emit), "the values go straight to the encoder")
        try emit(payment)
        #expect(try writeTypedPayment(to: emit))
        return (packer.take(), emitted)
    }

    static func agreement<Encoder: RowEncoder>(of encoder: Encoder) throws -> (same: Bool, ids: [Int64?], emitted: Int) {
        let whole = encoder.encode([payment, payment, payment])
        let (streamed, emitted) = try streamed(by: encoder)
        return (streamed.bytes == whole.bytes && !whole.bytes.isEmpty, streamed.rows.map(\.id), emitted)
    }

    @Test("each encoder writes a row given value by value exactly as the whole row",
          arguments: ["SQL file, PostgreSQL", "SQL file, SQLite", "binary COPY", "SQLite records"])
    func encodersAgree(_ name: String) throws {
        let result = switch name {
        case "SQL file, PostgreSQL": try Self.agreement(of: SQLFileEncoder(dialect: .postgres, columnCounts: Self.columnCounts))
        case "SQL file, SQLite": try Self.agreement(of: SQLFileEncoder(dialect: .sqlite, columnCounts: Self.columnCounts))
        case "binary COPY":
            try Self.agreement(of: CopyEncoder(format: .binary, columnTypes: Self.columnTypes, selections: Self.columnTypes.map { _ in nil }))
        default: try Self.agreement(of: SQLiteRecordEncoder(schema: .builtIn))
        }
        #expect(result.same)
        #expect(result.ids == [42, 42, 42])
        #expect(result.emitted == 3)
    }

    @Test("an encoder of another kind than SeedKit's own is called for every value, in order")
    func anyEncoderWorks() throws {
        let result = try Self.agreement(of: ValueListEncoder())
        #expect(result.same)
        #expect(result.ids == [42, 42, 42])
    }

    @Test("an emitter hands its batch over each time it holds a batch's rows")
    func batchesHandedOverWhenFull() throws {
        let packer = EncodingPacker(SQLFileEncoder(dialect: .postgres, columnCounts: Self.columnCounts))
        var handedOver: [Int] = []
        let emit = packer.emitter(batchSize: 2) { handedOver.append(packer.take().rows.count) }
        for _ in 0..<5 { _ = try Self.writeTypedPayment(to: emit) }
        #expect(handedOver == [2, 2])
        #expect(packer.count == 1)
    }

    @Test("an emitter without an encoder receives the row whole, value for value")
    func collectingGivesTheRow() throws {
        var received: [Row] = []
        try Self.writePayment(to: .collecting { received.append($0) })
        try Self.writeTypedPayment(to: .collecting { received.append($0) })
        #expect(received == [Self.payment, Self.payment])
    }

    @Test("a table an encoder takes only whole rows of gets them whole, with the same bytes")
    func wholeRowsWhereTheEncoderAsks() throws {
        // COPY text of an application's own table writes only the selected columns, in its order.
        let selections: [[Int]?] = Schema.builtIn.tables.map { $0.name == .payments ? [9, 0, 3] : nil }
        let encoder = CopyEncoder(format: .text, columnTypes: Self.columnTypes, selections: selections)
        #expect(!encoder.encodesValueByValue(.payments))
        let packer = EncodingPacker(encoder)
        #expect(try !Self.writePayment(to: packer.emitter()))
        #expect(String(decoding: packer.take().bytes, as: UTF8.self) == "completed\t42\tcard\\tcontactless\n")
    }
}

/// An encoder that is not one of SeedKit's (they derive from `RowEncoderBase`): each value's
/// description and a bar, a row's end a newline.
private final class ValueListEncoder: RowEncoder {
    func beginRow(of table: TableName, into batch: inout EncodedRowsWriter) {}

    func append(_ value: SQLValue, column: Int, of table: TableName, into batch: inout EncodedRowsWriter) {
        batch.bytes.appendUTF8("\(value)|")
    }

    func endRow(of table: TableName, id: Int64?, into batch: inout EncodedRowsWriter) {
        batch.bytes.append(UInt8(ascii: "\n"))
        batch.endRow(table: table, id: id)
    }
}

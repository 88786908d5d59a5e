import Testing
@testable import SeedKit

/// A payment's processor response is written straight as bytes; it must stay exactly the JSON
/// that ``JSONText`` renders for its members, drawn in the same order.
@Suite struct PaymentDetailsTests {
    /// The response as JSONText builds it: the specification the byte writer follows.
    static func rendered(method: String, amount: Money, draws: inout RandomStream) -> String {
        if method == "cash" {
            let tendered = PaymentDetails.cashTendered(for: amount)
            return JSONText.object([
                ("status", .string("cash")), ("tendered", .decimal(tendered.decimal)),
                ("change", .decimal((tendered - amount).decimal)),
            ]).rendered
        }
        let brand = ["visa", "mastercard", "amex"][draws.weightedIndex([60, 32, 8])]
        let code = Self.hex(draws.next() % 0xFF_FFFF, digits: 6).uppercased()
        var members: [(String, JSONText)] = [
            ("status", .string("approved")), ("authorization_code", .string(code)), ("card_brand", .string(brand)),
            ("last4", .string(pad(draws.int(in: 0...9999), 4))),
        ]
        members.append(method == "apple_pay" ? ("wallet", .string("apple_pay")) : ("entry_mode", .string(draws.chance(0.8) ? "contactless" : "chip")))
        return JSONText.object(members).rendered
    }

    /// `value`'s last `digits` hex digits, zero-padded.
    static func hex(_ value: UInt64, digits: Int) -> String {
        String(String(repeating: "0", count: 16) + String(value, radix: 16)).suffix(digits).description
    }

    @Test("a card's transaction id is txn_ and the first 24 of its two words' hex digits; cash has none")
    func transactionIDs() {
        for index in 0..<200 {
            var written = RandomStream(seed: UInt64(index)), specified = written
            let id = PaymentDetails.transactionID(method: "card", draws: &written)
            let (high, low) = (specified.next(), specified.next())
            #expect(id?.string == "txn_" + Self.hex(high, digits: 16) + Self.hex(low >> 32, digits: 8))
        }
        var draws = RandomStream(seed: 1), untouched = draws
        #expect(PaymentDetails.transactionID(method: "cash", draws: &draws) == nil)
        #expect(draws.next() == untouched.next(), "cash draws nothing")
    }

    @Test("every method's response is the JSONText rendering of its members, and takes the same draws",
          arguments: ["cash", "card", "apple_pay"])
    func responseIsCanonicalJSON(method: String) {
        for index in 0..<200 {
            let amount = Money(minorUnits: Int64(index * 137 % 9000 + 1))
            var written = RandomStream(seed: UInt64(index)), specified = written
            let response = PaymentDetails.response(method: method, amount: amount, draws: &written)
            #expect(response.string == Self.rendered(method: method, amount: amount, draws: &specified))
            #expect(written.next() == specified.next(), "the same draws are taken")
        }
    }
}

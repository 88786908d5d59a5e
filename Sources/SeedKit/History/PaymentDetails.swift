/// The processor's side of a payment: a transaction id and the response it returned.
enum PaymentDetails {
    /// `txn_` and 24 hex digits for card and wallet payments; none for cash.
    static func transactionID(method: String, draws: inout RandomStream) -> String? {
        guard method != "cash" else { return nil }
        let hex = (0..<2).map { _ in draws.next() }.map { String($0, radix: 16) }
            .map { String(repeating: "0", count: 16 - $0.count) + $0 }.joined()
        return "txn_" + String(hex.prefix(24))
    }

    /// A processor response as canonical JSON: an approval with card details, or the cash
    /// tendered and the change given.
    static func response(method: String, amount: Money, draws: inout RandomStream) -> String {
        if method == "cash" {
            let tendered = cashTendered(for: amount)
            return JSONText.object([
                ("status", .string("cash")), ("tendered", .decimal(tendered.decimal)),
                ("change", .decimal((tendered - amount).decimal)),
            ]).rendered
        }
        let brands = ["visa", "mastercard", "amex"]
        let brand = brands[draws.weightedIndex([60, 32, 8])]
        let code = String(draws.next() % 0xFF_FFFF, radix: 16, uppercase: true)
        var members: [(String, JSONText)] = [
            ("status", .string("approved")),
            ("authorization_code", .string(String(repeating: "0", count: 6 - code.count) + code)),
            ("card_brand", .string(brand)),
            ("last4", .string(pad(draws.int(in: 0...9999), 4))),
        ]
        members.append(method == "apple_pay" ? ("wallet", .string("apple_pay")) : ("entry_mode", .string(draws.chance(0.8) ? "contactless" : "chip")))
        return JSONText.object(members).rendered
    }

    /// The note or notes a customer hands over: the next of £5, £10, £20, £50, else whole tens.
    static func cashTendered(for amount: Money) -> Money {
        for note in [500, 1000, 2000, 5000] where amount.minorUnits <= note { return Money(minorUnits: Int64(note)) }
        return Money(minorUnits: (amount.minorUnits + 999) / 1000 * 1000)
    }
}

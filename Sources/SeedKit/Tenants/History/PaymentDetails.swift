/// The processor's side of a payment: a transaction id and the response it returned.
enum PaymentDetails {
    /// `txn_` and 24 hex digits for card and wallet payments; none for cash.
    static func transactionID(method: String, draws: inout RandomStream) -> ShortText? {
        guard method != "cash" else { return nil }
        let high = draws.next()
        let low = draws.next()
        // The first 24 of the two words' 32 zero-padded hex digits.
        var id = ShortText("txn_")
        id.appendHex(high, digits: 16)
        id.appendHex(low >> 32, digits: 8)
        return id
    }

    /// A processor response as canonical JSON: an approval with card details, or the cash
    /// tendered and the change given.
    ///
    /// The text is what ``JSONText`` renders for the same members, in the same order (a test
    /// holds the two together); it is written straight as bytes, since every payment has one
    /// and none of its strings needs an escape.
    static func response(method: String, amount: Money, draws: inout RandomStream) -> ShortText {
        var json = ShortText()
        if method == "cash" {
            let tendered = cashTendered(for: amount)
            json.appendStatic(#"{"status":"cash","tendered":"#)
            json.appendDecimal(tendered.decimal)
            json.appendStatic(#","change":"#)
            json.appendDecimal((tendered - amount).decimal)
            json.appendStatic("}")
            return json
        }
        let brand = brands[draws.weightedIndex(brandWeights)]
        let code = draws.next() % 0xFF_FFFF
        let last4 = draws.int(in: 0...9999)
        json.appendStatic(#"{"status":"approved","authorization_code":""#)
        json.appendHex(code, digits: 6, uppercase: true)
        json.appendStatic(#"","card_brand":""#)
        json.appendStatic(brand)
        json.appendStatic(#"","last4":""#)
        json.append(atMost: 4) { PlainDigits.put(UInt64(last4), width: 4, into: $0) }
        if method == "apple_pay" {
            json.appendStatic(#"","wallet":"apple_pay"}"#)
        } else {
            json.appendStatic(#"","entry_mode":""#)
            json.appendStatic(draws.chance(0.8) ? "contactless" : "chip")
            json.appendStatic(#""}"#)
        }
        return json
    }

    private static let brands: [StaticString] = ["visa", "mastercard", "amex"]
    private static let brandWeights: [Double] = [60, 32, 8]

    /// The note or notes a customer hands over: the next of £5, £10, £20, £50, else whole tens.
    static func cashTendered(for amount: Money) -> Money {
        for note in [500, 1000, 2000, 5000] where amount.minorUnits <= note { return Money(minorUnits: Int64(note)) }
        return Money(minorUnits: (amount.minorUnits + 999) / 1000 * 1000)
    }
}

extension ByteOutput where Self: ~Copyable {
    /// `value`'s last `digits` hex digits, zero-padded: what `String(value, radix: 16)` padded
    /// on the left would end with.
    mutating func appendHex(_ value: UInt64, digits: Int, uppercase: Bool = false) {
        let alphabet: StaticString = uppercase ? "0123456789ABCDEF" : "0123456789abcdef"
        append(atMost: digits) { bytes in
            var rest = value
            for index in stride(from: digits - 1, through: 0, by: -1) {
                bytes[index] = alphabet.utf8Start[Int(rest & 0xF)]
                rest >>= 4
            }
            return digits
        }
    }
}

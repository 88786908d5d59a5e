/// A scenario's one-line UK address split into the legacy `restaurants` columns: `address`,
/// `city`, `state` and `"zipCode"`.
///
/// `123 High Street, London, UK` → street `123 High Street`, city `London`, no postcode;
/// `8 Market Row, London SE1 9AB` → city `London`, postcode `SE1 9AB`. A trailing `UK` is dropped.
/// UK addresses have no state: it is always `NULL` (the legacy application was written for US
/// addresses), which is what the plan's `CONCAT` then meets.
struct LegacyAddress: Equatable {
    var street: String?
    var city: String?
    var state: String?
    var zipCode: String?

    init(street: String?, city: String? = nil, state: String? = nil, zipCode: String? = nil) {
        self.street = street
        self.city = city
        self.state = state
        self.zipCode = zipCode
    }

    init(_ line: String?) {
        guard let line else { return }
        var parts = line.split(separator: ",").map(trimmed).filter { !$0.isEmpty }
        if let last = parts.last, ["UK", "United Kingdom"].contains(last) { parts.removeLast() }
        guard parts.count >= 2, var cityPart = parts.popLast() else {
            street = parts.first
            return
        }
        let words = cityPart.split(separator: " ").map(String.init)
        if words.count >= 3, Self.isOutwardCode(words[words.count - 2]), Self.isInwardCode(words[words.count - 1]) {
            zipCode = words.suffix(2).joined(separator: " ")
            cityPart = words.dropLast(2).joined(separator: " ")
        }
        street = parts.joined(separator: ", ")
        city = cityPart
    }

    /// `SE1`, `N4`, `EC1A`: one or two letters, a digit, then a digit or letter or nothing.
    private static func isOutwardCode(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard (2...4).contains(scalars.count), isLetter(scalars[0]) else { return false }
        return scalars.contains { ("0"..."9").contains($0) } && scalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) }
    }

    /// `9AB`: a digit and two letters.
    private static func isInwardCode(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.count == 3 && ("0"..."9").contains(scalars[0]) && isLetter(scalars[1]) && isLetter(scalars[2])
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }
}

/// The money of one order, from its lines and the restaurant's policies: SeedKit's one pricing
/// rule, used by the order generator and checked by `seedkit verify`.
///
/// All amounts are integer pence. Each derived amount is rounded once, half away from zero:
///
/// 1. `subtotal` = the sum of the lines (quantity × unit price, exact).
/// 2. `discount` = subtotal × discount rate.
/// 3. `service_charge` = (subtotal − discount) × service charge rate, for the order types the
///    policy names, else 0.
/// 4. VAT, per VAT rate: the lines at that rate, less their share of the discount (allocated in
///    proportion to their value, the remainder to the last rate), and the service charge at the
///    standard rate when it bears VAT. With prices that include VAT, the VAT *contained* in that
///    gross amount is `gross × rate / (100 + rate)`; otherwise it is `net × rate / 100`.
///    `tax_amount` is the sum over rates (each rate rounded on its own, as a VAT receipt shows).
/// 5. `total` = subtotal − discount + service charge, plus `tax_amount` when prices exclude VAT.
public struct OrderPricing: Equatable, Sendable {
    public var subtotal: Money
    public var discount: Money
    public var serviceCharge: Money
    public var tax: Money
    public var total: Money

    /// A line of an order: its VAT rate and its value (quantity × unit price).
    public struct Line: Sendable {
        public var vatRate: Rate
        public var amount: Money
        public init(vatRate: Rate, amount: Money) {
            self.vatRate = vatRate
            self.amount = amount
        }
    }

    /// Prices an order.
    public init(lines: some Collection<Line>, discountRate: Rate, serviceChargeRate: Rate, serviceChargeBearsVAT: Bool,
                standardVATRate: Rate, pricesIncludeVAT: Bool) {
        subtotal = lines.reduce(Money.zero) { $0 + $1.amount }
        discount = subtotal.applying(discountRate)
        let afterDiscount = subtotal - discount
        serviceCharge = afterDiscount.applying(serviceChargeRate)

        // The taxable amount at each rate, in first-seen order, with the discount shared out:
        // at most one rate per line and the service charge's, in a buffer on the stack.
        let (subtotal, discount, serviceCharge) = (subtotal, discount, serviceCharge)
        tax = withUnsafeTemporaryAllocation(of: (rate: Rate, amount: Money).self, capacity: lines.count + 1) { taxable in
            var count = 0
            func add(_ amount: Money, at rate: Rate) {
                if let index = taxable[..<count].firstIndex(where: { $0.rate == rate }) {
                    taxable[index].amount += amount
                } else {
                    taxable[count] = (rate, amount)
                    count += 1
                }
            }
            for line in lines { add(line.amount, at: line.vatRate) }
            var discountLeft = discount
            for index in 0..<count {
                let share = index == count - 1 || subtotal.minorUnits == 0
                    ? discountLeft
                    : Money(minorUnits: Rounding.divideHalfAwayFromZero(discount.minorUnits * taxable[index].amount.minorUnits,
                                                                        by: subtotal.minorUnits))
                taxable[index].amount = taxable[index].amount - share
                discountLeft = discountLeft - share
            }
            if serviceChargeBearsVAT && serviceCharge != .zero { add(serviceCharge, at: standardVATRate) }
            return taxable[..<count].reduce(Money.zero) { sum, part in
                sum + OrderPricing.vat(on: part.amount, at: part.rate, included: pricesIncludeVAT)
            }
        }
        total = afterDiscount + serviceCharge + (pricesIncludeVAT ? .zero : tax)
    }

    /// The VAT on `amount` at `rate`: contained in it when `included`, else on top of it.
    public static func vat(on amount: Money, at rate: Rate, included: Bool) -> Money {
        let hundred: Int64 = 10_000  // 100 % in hundredths of a percent
        let denominator = included ? hundred + rate.hundredthsOfPercent : hundred
        return Money(minorUnits: Rounding.divideHalfAwayFromZero(amount.minorUnits * rate.hundredthsOfPercent, by: denominator))
    }
}

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
    public init(lines: [Line], discountRate: Rate, serviceChargeRate: Rate, serviceChargeBearsVAT: Bool,
                standardVATRate: Rate, pricesIncludeVAT: Bool) {
        subtotal = lines.reduce(Money.zero) { $0 + $1.amount }
        discount = subtotal.applying(discountRate)
        let afterDiscount = subtotal - discount
        serviceCharge = afterDiscount.applying(serviceChargeRate)

        // The taxable amount at each rate, in first-seen order, with the discount shared out.
        var rates: [Rate] = []
        var amounts: [Money] = []
        for line in lines {
            if let index = rates.firstIndex(of: line.vatRate) {
                amounts[index] += line.amount
            } else {
                rates.append(line.vatRate)
                amounts.append(line.amount)
            }
        }
        var discountLeft = discount
        for index in amounts.indices {
            let share = index == amounts.count - 1 || subtotal.minorUnits == 0
                ? discountLeft
                : Money(minorUnits: Rounding.divideHalfAwayFromZero(discount.minorUnits * amounts[index].minorUnits,
                                                                    by: subtotal.minorUnits))
            amounts[index] = amounts[index] - share
            discountLeft = discountLeft - share
        }
        if serviceChargeBearsVAT && serviceCharge != .zero {
            if let index = rates.firstIndex(of: standardVATRate) {
                amounts[index] += serviceCharge
            } else {
                rates.append(standardVATRate)
                amounts.append(serviceCharge)
            }
        }
        tax = zip(rates, amounts).reduce(Money.zero) { sum, pair in
            sum + OrderPricing.vat(on: pair.1, at: pair.0, included: pricesIncludeVAT)
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

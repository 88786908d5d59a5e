import Testing
@testable import SeedKit

/// SeedKit's pricing rule, checked against sums worked out by hand.
@Suite struct OrderPricingTests {
    func money(_ text: String) -> Money { Money(parsing: text)! }
    func rate(_ text: String) -> Rate { Rate(parsing: text)! }

    @Test("prices including VAT: VAT is the part of the gross, service charge is added, tax is not")
    func vatInclusive() {
        // 2 × Nachos 5.00 + 1 × Corona 3.80 = 13.80; service 12.5 % = 1.725 → 1.73;
        // VAT contained in 13.80 at 20 % = 13.80 × 20 / 120 = 2.30; total 13.80 + 1.73 = 15.53.
        let pricing = OrderPricing(
            lines: [.init(vatRate: rate("20"), amount: money("10.00")), .init(vatRate: rate("20"), amount: money("3.80"))],
            discountRate: .zero, serviceChargeRate: rate("12.5"), serviceChargeBearsVAT: false,
            standardVATRate: rate("20"), pricesIncludeVAT: true)
        #expect(pricing == OrderPricing.expected(subtotal: "13.80", discount: "0.00", service: "1.73", tax: "2.30", total: "15.53"))
    }

    @Test("prices excluding VAT, a discount shared across rates, and a service charge that bears VAT")
    func vatExclusive() {
        // Lines 10.00 at 20 % and 3.00 zero-rated: subtotal 13.00; discount 10 % = 1.30; 11.70 left.
        // Service 12.5 % of 11.70 = 1.4625 → 1.46. Discount shares: 1.30 × 10/13 = 1.00 → 9.00 at
        // 20 %, the remaining 0.30 → 2.70 at 0 %. VAT at 20 % on 9.00 + 1.46 = 10.46 → 2.092 → 2.09.
        // Total 11.70 + 1.46 + 2.09 = 15.25.
        let pricing = OrderPricing(
            lines: [.init(vatRate: rate("20"), amount: money("10.00")), .init(vatRate: .zero, amount: money("3.00"))],
            discountRate: rate("10"), serviceChargeRate: rate("12.5"), serviceChargeBearsVAT: true,
            standardVATRate: rate("20"), pricesIncludeVAT: false)
        #expect(pricing == OrderPricing.expected(subtotal: "13.00", discount: "1.30", service: "1.46", tax: "2.09", total: "15.25"))
    }

    @Test("halves round away from zero, once per amount")
    func halvesRoundAway() {
        // 0.20 × 12.5 % = 0.025 → 0.03; VAT contained in 0.20 at 20 % = 0.0333… → 0.03.
        let pricing = OrderPricing(
            lines: [.init(vatRate: rate("20"), amount: money("0.20"))],
            discountRate: .zero, serviceChargeRate: rate("12.5"), serviceChargeBearsVAT: false,
            standardVATRate: rate("20"), pricesIncludeVAT: true)
        #expect(pricing.serviceCharge == money("0.03"))
        #expect(pricing.tax == money("0.03"))
        #expect(OrderPricing.vat(on: money("0.15"), at: rate("20"), included: true) == money("0.03"))  // 0.025 → 0.03
    }

    @Test("an order of free items costs nothing and carries no tax")
    func freeItems() {
        let pricing = OrderPricing(
            lines: [.init(vatRate: rate("20"), amount: .zero)],
            discountRate: rate("10"), serviceChargeRate: rate("12.5"), serviceChargeBearsVAT: true,
            standardVATRate: rate("20"), pricesIncludeVAT: false)
        #expect(pricing == OrderPricing.expected(subtotal: "0.00", discount: "0.00", service: "0.00", tax: "0.00", total: "0.00"))
    }
}

extension OrderPricing {
    static func expected(subtotal: String, discount: String, service: String, tax: String, total: String) -> OrderPricing {
        var pricing = OrderPricing(lines: [], discountRate: .zero, serviceChargeRate: .zero, serviceChargeBearsVAT: false,
                                   standardVATRate: .zero, pricesIncludeVAT: true)
        pricing.subtotal = Money(parsing: subtotal)!
        pricing.discount = Money(parsing: discount)!
        pricing.serviceCharge = Money(parsing: service)!
        pricing.tax = Money(parsing: tax)!
        pricing.total = Money(parsing: total)!
        return pricing
    }
}

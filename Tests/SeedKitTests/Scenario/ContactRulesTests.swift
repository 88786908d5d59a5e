import Testing
@testable import SeedKit

@Suite struct ContactRulesTests {
    @Test("reserved documentation domains are accepted, with any subdomain",
          arguments: ["example.com", "mail.example.org", "EXAMPLE.NET", "fynlo.example", "a.b.test", "x.invalid", "shop.localhost"])
    func reservedDomains(domain: String) {
        #expect(ContactRules.isReservedEmailDomain(domain))
    }

    @Test("real and look-alike domains are refused",
          arguments: ["gmail.com", "example.co.uk", "myexample.com", "example", "test", "example.com.evil.io", "", "..example"])
    func realDomains(domain: String) {
        #expect(!ContactRules.isReservedEmailDomain(domain))
    }

    @Test("drama numbers are normalised to the international form", arguments: [
        ("+44 20 7946 0000", "+44 20 7946 0000"), ("020 7946 0999", "+44 20 7946 0999"), ("+442079460123", "+44 20 7946 0123"),
        ("07700 900000", "+44 7700 900000"), ("+44 7700 900999", "+44 7700 900999"), ("07700-900-123", "+44 7700 900123"),
        ("0113 496 0000", "+44 113 496 0000"), ("0161 496 0999", "+44 161 496 0999"), ("+44 121 496 0123", "+44 121 496 0123"),
        ("0141 496 0456", "+44 141 496 0456"), ("0117 496 0789", "+44 117 496 0789"), ("0191 498 0001", "+44 191 498 0001"),
        ("028 9649 6000", "+44 28 9649 6000"), ("029 2018 0999", "+44 29 2018 0999"), ("01632 960123", "+44 1632 960123"),
    ])
    func dramaNumbers(written: String, normalised: String) {
        #expect(ContactRules.normalisedDramaPhone(written) == normalised)
    }

    @Test("numbers outside the drama ranges are refused",
          arguments: ["+44 20 7946 1000", "020 7946 10000", "+44 20 1234 5678", "07700 901000", "07911 123456", "+1 555 0100", "0207946012a", "",
                       "0113 496 1000", "0161 497 0000", "0191 496 0000", "028 9649 7000", "029 2018 1000", "01632 961000"])
    func realNumbers(phone: String) {
        #expect(ContactRules.normalisedDramaPhone(phone) == nil)
    }

    @Test("generated numbers stay inside the ranges the loader accepts")
    func generatedNumbers() {
        for number in [0, 7, 999] {
            #expect(ContactRules.normalisedDramaPhone(ContactRules.londonDramaPhone(number)) == ContactRules.londonDramaPhone(number))
            #expect(ContactRules.normalisedDramaPhone(ContactRules.mobileDramaPhone(number)) == ContactRules.mobileDramaPhone(number))
        }
        #expect(ContactRules.londonDramaPhone(7) == "+44 20 7946 0007")
        #expect(ContactRules.mobileDramaPhone(42) == "+44 7700 900042")
    }

    @Test("emails must be well formed and on a reserved domain")
    func emails() {
        #expect(ContactRules.problem(withEmail: "sofia@trattoria.example") == nil)
        #expect(ContactRules.problem(withEmail: "sofia@gmail.com")?.hasSuffix("demos must never email real people") == true)
        #expect(ContactRules.problem(withEmail: "sofia at example.com")?.hasPrefix("expected an email address") == true)
        #expect(ContactRules.problem(withEmail: "a@b@example.com")?.hasPrefix("expected an email address") == true)
    }
}

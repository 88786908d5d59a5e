import Testing
@testable import SeedKit

/// Contacts written anywhere in a scenario, free-form settings included, must be reserved; a
/// restaurant without staff is worth a warning.
@Suite struct ScenarioContactsTests {
    private func withSetting(_ line: String) -> String {
        ScenarioText.minimal(replacing: "  plans:\n", with: "  settings:\n    \(line)\n  plans:\n")
    }

    @Test("an email address in the platform's settings must be on a reserved domain")
    func settingEmail() {
        expectError(withSetting("support_email: help@gmail.com"),
                    #"Scenarios/x.yaml:9:20: error: platform.settings.support_email: email "help@gmail.com" is not on a reserved "#
                        + "domain (example.com, example.org, example.net, or a domain ending in .example, .test, .invalid or "
                        + ".localhost); demos must never email real people")
    }

    @Test("contacts nested in a setting's JSON, quoted or not, are checked too")
    func nestedContacts() {
        expectError(withSetting(#"support: {phone: "+44 20 7123 4567"}"#),
                    #"Scenarios/x.yaml:9:22: error: platform.settings.support.phone: phone "+44 20 7123 4567" is not in "#
                        + "Ofcom's ranges reserved for drama (020 7946 0000–0999, 0113/0114/0115/0116/0117/0118/0121/0131/0141/0151/0161 496 0000–0999, "
                        + "0191 498 0000–0999, 028 9649 6000–6999, 029 2018 0000–0999, 01632 960000–960999, 07700 900000–900999); demos must never call real numbers")
    }

    @Test("reserved contacts and ordinary text in settings are accepted")
    func reservedContacts() {
        let yaml = withSetting("contacts: {email: help@demo.example, phone: 020 7946 0123, handle: \"@fynlo\", count: 12}")
        #expect(loaded(yaml)?.platform.settings.first?.value
            == #"{"email":"help@demo.example","phone":"020 7946 0123","handle":"@fynlo","count":12}"#)
    }

    @Test("a restaurant without staff loads, with a warning at the restaurant")
    func noStaffWarns() throws {
        let scenario = try #require(loaded(ScenarioText.minimal))
        #expect(scenario.warnings.map(\.rendered).filter { !$0.contains("has no supplier") } == ["""
            Scenarios/x.yaml:11:5: warning: restaurants[0]: the restaurant has no staff, so nobody works a shift and it \
            takes no orders; add staff or generated_staff
              - name: Demo Diner
                ^
            """])
    }

    @Test("a restaurant with staff has no warning about having none")
    func staffNoWarning() throws {
        let yaml = ScenarioText.minimal(replacing: "    plan: basic\n", with: "    plan: basic\n    generated_staff:\n      - {role: server, count: 2}\n")
        #expect(try #require(loaded(yaml)).warnings.allSatisfy { !$0.message.contains("has no staff") })
    }
}

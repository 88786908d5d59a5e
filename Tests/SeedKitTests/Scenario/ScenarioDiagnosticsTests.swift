import Testing
@testable import SeedKit

/// One class of mistake: an edit to the minimal scenario and the headline it must produce.
struct Mistake: Sendable, CustomTestStringConvertible {
    var old: String
    var new: String
    var headline: String
    var testDescription: String { "\(new) → \(headline.split(separator: ": error: ").last ?? "")" }

    init(_ old: String, _ new: String, _ headline: String) {
        self.old = old
        self.new = new
        self.headline = headline
    }
}

@Suite struct ScenarioDiagnosticsTests {
    @Test("a wrong value is rendered like a compiler error: headline, source line, caret")
    func renderedLikeACompiler() {
        let yaml = ScenarioText.minimal(replacing: "price: 9.50", with: "price: abc")
        #expect(diagnostics(yaml) == ["""
            Scenarios/x.yaml:18:47: error: restaurants[0].menu.items[0].price: expected an amount like 3.50, got "abc"
                    - {name: Pie, category: Mains, price: abc, sku: PIE}
                                                          ^
            """])
    }

    @Test("every problem is reported in one run, in source order, then counted")
    func allErrorsAtOnce() throws {
        let yaml = ScenarioText.minimal(replacing: "as_of: 2025-06-30", with: "as_of: 2025-13-01")
            .replacingOccurrences(of: "slug: demo-diner", with: "slug: Demo Diner")
            .replacingOccurrences(of: "commission_rate: 8", with: "comission_rate: 8")
        let error = try #require(throws: ScenarioError.self) { try ScenarioLoader.load(yaml: yaml, path: "Scenarios/x.yaml") }
        #expect(error.description == """
            Scenarios/x.yaml:2:8: error: as_of: expected a date like 2025-06-30, got "2025-13-01"
            as_of: 2025-13-01
                   ^
            Scenarios/x.yaml:9:7: error: platform.plans[0]: missing required key "commission_rate"
                - {name: basic, comission_rate: 8}
                  ^
            Scenarios/x.yaml:9:21: error: platform.plans[0]: unknown key "comission_rate"; did you mean "commission_rate"?
                - {name: basic, comission_rate: 8}
                                ^
            Scenarios/x.yaml:12:11: error: restaurants[0].slug: expected a slug of lowercase letters, digits and hyphens like "fynlo-mexican", got "Demo Diner"
                slug: Demo Diner
                      ^
            4 errors in Scenarios/x.yaml
            """)
    }

    @Test("YAML syntax errors carry file, line and column")
    func syntaxError() {
        let yaml = ScenarioText.minimal(replacing: "name: Demo Platform", with: "name: Demo: Platform")
        expectError(yaml, "Scenarios/x.yaml:5:13: error: invalid YAML: mapping values are not allowed in this context")
    }

    @Test("libyaml's context is kept: where the unclosed mapping started")
    func syntaxErrorContext() {
        let yaml = ScenarioText.minimal(replacing: "- {name: Mains}", with: "- {name: Mains")
        #expect(diagnostics(yaml) == ["""
            Scenarios/x.yaml:17:12: error: invalid YAML: did not find expected ',' or '}' (while parsing a flow mapping at line 16, column 11)
                  items:
                       ^
            """])
    }

    @Test("CRLF line ends and a byte-order mark change no position")
    func lineEndsAndBOM() {
        let yaml = ScenarioText.minimal(replacing: "price: 9.50", with: "price: abc")
        let expected = diagnostics(yaml)
        #expect(expected.count == 1)
        #expect(diagnostics(yaml.replacingOccurrences(of: "\n", with: "\r\n")) == expected)
        #expect(diagnostics("\u{FEFF}" + yaml) == expected)
    }

    @Test("a repeated key is reported where it repeats, and parsing goes on past it")
    func duplicateKeys() {
        let yaml = ScenarioText.minimal(replacing: "commission_rate: 8}", with: "commission_rate: 8, commission_rate: 9}")
            + "seed: 2\n\"seed\": 3\n"
        #expect(diagnostics(yaml).map { $0.prefix { $0 != "\n" } } == [
            #"Scenarios/x.yaml:9:41: error: platform.plans[0]: duplicate key "commission_rate"; first given on line 9"#,
            #"Scenarios/x.yaml:19:1: error: duplicate key "seed"; first given on line 1"#,
            #"Scenarios/x.yaml:20:1: error: duplicate key "seed"; first given on line 1"#,
        ])
    }

    @Test("each class of mistake names what was expected and what was found", arguments: [
        // Unknown keys, missing keys and wrong kinds of value.
        Mistake("{name: Mains}", "{name: Mains, colour: red}",
                #"Scenarios/x.yaml:16:25: error: restaurants[0].menu.categories[0]: unknown key "colour"; expected one of name, kind, icon, display_order, supplier"#),
        Mistake(", sku: PIE}", "}", #"Scenarios/x.yaml:18:11: error: restaurants[0].menu.items[0]: missing required key "sku""#),
        Mistake("owner: {first_name: Ada, last_name: Admin, email: ada@demo.example}", "owner: Ada Admin",
                #"Scenarios/x.yaml:7:10: error: platform.owner: expected a mapping, got "Ada Admin""#),
        Mistake("      categories:\n        - {name: Mains}", "      categories: {name: Mains}",
                "Scenarios/x.yaml:15:19: error: restaurants[0].menu.categories: expected a list, got a mapping"),
        Mistake("name: Demo Diner", "name: [Demo, Diner]",
                "Scenarios/x.yaml:11:11: error: restaurants[0].name: expected a string, got a list"),
        Mistake("name: Demo Diner", "name:", "Scenarios/x.yaml:11:5: error: restaurants[0].name: expected a string, got nothing"),
        Mistake("name: Demo Diner", #"name: "Demo\0Diner""#,
                "Scenarios/x.yaml:11:11: error: restaurants[0].name: text must not contain a NUL character"),
        // Numbers and their ranges.
        Mistake("seed: 1", "seed: -1", #"Scenarios/x.yaml:1:7: error: seed: expected a seed: a whole number from 0 to 18446744073709551615, got "-1""#),
        Mistake("seed: 1", "seed: 18446744073709551616",
                #"Scenarios/x.yaml:1:7: error: seed: expected a seed: a whole number from 0 to 18446744073709551615, got "18446744073709551616""#),
        Mistake("commission_rate: 8", "commission_rate: 108",
                #"Scenarios/x.yaml:9:38: error: platform.plans[0].commission_rate: expected a percentage from 0 to 100, got "108""#),
        Mistake("commission_rate: 8", "commission_rate: 8.125",
                #"Scenarios/x.yaml:9:38: error: platform.plans[0].commission_rate: expected a percentage like 12.5, got "8.125""#),
        Mistake("price: 9.50", "price: -1", #"Scenarios/x.yaml:18:47: error: restaurants[0].menu.items[0].price: expected an amount from 0.00 to 999999.99, got "-1""#),
        Mistake("price: 9.50", "price: 9.505", #"Scenarios/x.yaml:18:47: error: restaurants[0].menu.items[0].price: expected an amount like 3.50, got "9.505""#),
        Mistake("demo_password: secret", "demo_password: secret\npassword_cost: 15",
                #"Scenarios/x.yaml:4:16: error: password_cost: expected a whole number from 4 to 14, got "15""#),
        Mistake("demo_password: secret", "demo_password: secret\nhistory_days: 0",
                #"Scenarios/x.yaml:4:15: error: history_days: expected a whole number from 1 to 3650, got "0""#),
        Mistake("{name: basic, commission_rate: 8}", "{name: basic, commission_rate: 8, max_restaurants: lots}",
                #"Scenarios/x.yaml:9:58: error: platform.plans[0].max_restaurants: expected a whole number of 0 or more, or unlimited, got "lots""#),
        Mistake("{name: basic, commission_rate: 8}", "{name: basic, commission_rate: 8, features: [pos]}",
                "Scenarios/x.yaml:9:51: error: platform.plans[0].features: expected a mapping of feature flags, got a list"),
        Mistake("plan: basic", "plan: basic\n    opened_on: 2025-07-01",
                #"Scenarios/x.yaml:14:16: error: restaurants[0].opened_on: expected a date on or before as_of (2025-06-30), got "2025-07-01""#),
        // Fixed vocabularies.
        Mistake("demo_password: secret", "demo_password: secret\nlocale: fr_FR",
                #"Scenarios/x.yaml:4:9: error: locale: expected en_GB (the only locale supported so far), got "fr_FR""#),
        Mistake("demo_password: secret", "demo_password: secret\ncurrency: EUR",
                #"Scenarios/x.yaml:4:11: error: currency: expected GBP (the only currency supported so far), got "EUR""#),
        Mistake("sku: PIE}", "sku: PIE, track_inventory: no}",
                #"Scenarios/x.yaml:18:80: error: restaurants[0].menu.items[0].track_inventory: expected true or false, got "no""#),
        Mistake("as_of: 2025-06-30", "as_of: 30/06/2025", #"Scenarios/x.yaml:2:8: error: as_of: expected a date like 2025-06-30, got "30/06/2025""#),
        Mistake("slug: demo\n", "slug: Demo\n",
                #"Scenarios/x.yaml:6:9: error: platform.slug: expected a slug of lowercase letters, digits and hyphens like "fynlo-mexican", got "Demo""#),
        // References and uniqueness.
        Mistake("plan: basic", "plan: basci", #"Scenarios/x.yaml:13:11: error: restaurants[0].plan: unknown plan "basci"; did you mean "basic"?"#),
        Mistake("plan: basic", "plan: gold", #"Scenarios/x.yaml:13:11: error: restaurants[0].plan: unknown plan "gold"; expected one of "basic""#),
        Mistake("category: Mains", "category: Starters",
                #"Scenarios/x.yaml:18:33: error: restaurants[0].menu.items[0].category: unknown category "Starters"; expected one of "Mains""#),
        Mistake("{name: Mains}", "{name: Mains, supplier: Acme}",
                #"Scenarios/x.yaml:16:35: error: restaurants[0].menu.categories[0].supplier: unknown supplier "Acme"; no suppliers are defined"#),
        Mistake("        - {name: Mains}", "        - {name: Mains}\n        - {name: Mains}",
                #"Scenarios/x.yaml:17:18: error: restaurants[0].menu.categories[1].name: duplicate category "Mains"; first given on line 16"#),
        Mistake("{name: Pie, category: Mains, price: 9.50, sku: PIE}", "{name: Pie, category: Mains, price: 9.50, sku: PIE}\n        - {name: Tart, category: Mains, price: 4, sku: PIE}",
                #"Scenarios/x.yaml:19:56: error: restaurants[0].menu.items[1].sku: duplicate SKU "PIE"; first given on line 18"#),
        Mistake("    - {name: basic, commission_rate: 8}", "    - {name: basic, commission_rate: 8}\n    - {name: basic, commission_rate: 6}",
                #"Scenarios/x.yaml:10:14: error: platform.plans[1].name: duplicate plan "basic"; first given on line 9"#),
        Mistake("plans:\n    - {name: basic, commission_rate: 8}", "plans: []",
                "Scenarios/x.yaml:8:10: error: platform.plans: expected at least one plan, got an empty list"),
        Mistake("{name: basic, commission_rate: 8}", "{name: basic, commission_rate: 8, max_restaurants: 0}",
                #"Scenarios/x.yaml:13:11: error: restaurants[0].plan: plan "basic" allows at most 0 restaurants (max_restaurants), and this is restaurant number 1 on it"#),
        // Contacts.
        Mistake("ada@demo.example", "ada@gmail.com",
                #"Scenarios/x.yaml:7:53: error: platform.owner.email: email "ada@gmail.com" is not on a reserved domain (example.com, example.org, example.net, or a domain ending in .example, .test, .invalid or .localhost); demos must never email real people"#),
        Mistake("ada@demo.example}", "ada@demo.example, phone: +44 20 1234 5678}",
                #"Scenarios/x.yaml:7:78: error: platform.owner.phone: phone "+44 20 1234 5678" is not in Ofcom's ranges reserved for drama (020 7946 0000–0999, 0113/0114/0115/0116/0117/0118/0121/0131/0141/0151/0161 496 0000–0999, 0191 498 0000–0999, 028 9649 6000–6999, 029 2018 0000–0999, 01632 960000–960999, 07700 900000–900999); demos must never call real numbers"#),
        Mistake("ada@demo.example", "ada.demo.example",
                #"Scenarios/x.yaml:7:53: error: platform.owner.email: expected an email address like someone@example.com, got "ada.demo.example""#),
    ])
    func mistake(_ mistake: Mistake) {
        expectError(ScenarioText.minimal(replacing: mistake.old, with: mistake.new), mistake.headline)
    }

    @Test("opening hours must parse, close after they open and not overlap", arguments: [
        ("12-22", #"expected opening hours like 12:00-22:00, "12:00-15:00, 17:30-22:00" or closed, got "12-22""#),
        ("22:00-12:00", "period 22:00-12:00 must close after it opens (periods past midnight are not supported)"),
        ("17:30-22:00, 12:00-18:00", "periods 12:00-18:00 and 17:30-22:00 overlap"),
    ])
    func openingHours(monday: String, message: String) {
        let yaml = ScenarioText.minimal + """
                opening_hours:
                  monday: \(monday)
                  tuesday: closed
                  wednesday: closed
                  thursday: closed
                  friday: 12:00-15:00, 17:30-22:00
                  saturday: closed

            """
        #expect(diagnostics(yaml).map { $0.prefix { $0 != "\n" } } == [
            "Scenarios/x.yaml:19:5: error: restaurants[0].opening_hours: missing required key \"sunday\"",
            Substring("Scenarios/x.yaml:20:15: error: restaurants[0].opening_hours.monday: \(message)"),
        ])
    }

    @Test("demand weights, party sizes and peaks are checked")
    func demand() {
        let yaml = ScenarioText.minimal + """
                demand:
                  order_types: {dine_in: 0, delivery: 0}
                  payment_methods: {Card: 1}
                  party_size: 0-3
                  lunch_peak: 20:00

            """
        #expect(diagnostics(yaml).map { $0.prefix { $0 != "\n" } } == [
            "Scenarios/x.yaml:20:20: error: restaurants[0].demand.order_types: expected weights that add up to more than 0",
            #"Scenarios/x.yaml:21:25: error: restaurants[0].demand.payment_methods.Card: expected a name of lowercase letters, digits and underscores like apple_pay, got "Card""#,
            #"Scenarios/x.yaml:22:19: error: restaurants[0].demand.party_size: expected a party size like 1-6 (from 1 to 20 guests), got "0-3""#,
            "Scenarios/x.yaml:23:19: error: restaurants[0].demand.lunch_peak: lunch_peak (20:00) must be before dinner_peak (19:00)",
        ])
    }

    @Test("suppliers, staff groups and times are checked, with suggestions for near misses")
    func suppliersAndStaffGroups() {
        let yaml = ScenarioText.minimal(replacing: "sku: PIE}", with: "sku: PIE, supplier: Acne}") + """
                suppliers:
                  - {name: Acme, lead_time_days: 61}
                  - {name: Acme}
                generated_staff:
                  - {role: cook, count: -1, employment_type: full-time}
                demand: {dinner_peak: 25:00}

            """
        #expect(diagnostics(yaml).map { $0.prefix { $0 != "\n" } } == [
            #"Scenarios/x.yaml:18:73: error: restaurants[0].menu.items[0].supplier: unknown supplier "Acne"; did you mean "Acme"?"#,
            #"Scenarios/x.yaml:20:38: error: restaurants[0].suppliers[0].lead_time_days: expected a whole number from 0 to 60, got "61""#,
            #"Scenarios/x.yaml:21:16: error: restaurants[0].suppliers[1].name: duplicate supplier "Acme"; first given on line 20"#,
            #"Scenarios/x.yaml:23:29: error: restaurants[0].generated_staff[0].count: expected a whole number from 0 to 1000, got "-1""#,
            #"Scenarios/x.yaml:23:50: error: restaurants[0].generated_staff[0].employment_type: expected one of full_time, part_time, contract, got "full-time"; did you mean "full_time"?"#,
            #"Scenarios/x.yaml:24:27: error: restaurants[0].demand.dinner_peak: expected a time like 12:45, got "25:00""#,
        ])
    }

    @Test("users' emails are unique across the platform, ignoring case")
    func duplicateEmails() {
        let yaml = ScenarioText.minimal + """
                staff:
                  - {first_name: Ada, last_name: Again, email: ADA@demo.example, role: manager}
                  - {first_name: Bo, last_name: Cook, email: bo@demo.example, role: chef}

            """
        #expect(diagnostics(yaml).map { $0.prefix { $0 != "\n" } } == [
            #"Scenarios/x.yaml:20:52: error: restaurants[0].staff[0].email: duplicate email "ADA@demo.example"; first given on line 7"#,
            #"Scenarios/x.yaml:21:73: error: restaurants[0].staff[1].role: expected one of restaurant_owner, manager, cashier, server, cook, got "chef""#,
        ])
    }

    @Test("restaurant slugs are unique and plans cap how many restaurants use them")
    func duplicateSlugsAndCapacity() {
        let yaml = ScenarioText.minimal(replacing: "commission_rate: 8}", with: "commission_rate: 8, max_restaurants: 1}") + """
              - name: Second Diner
                slug: demo-diner
                plan: basic
                menu: {categories: [{name: Mains}], items: [{name: Pie, category: Mains, price: 9.50, sku: PIE}]}

            """
        #expect(diagnostics(yaml).map { $0.prefix { $0 != "\n" } } == [
            #"Scenarios/x.yaml:20:11: error: restaurants[1].slug: duplicate restaurant slug "demo-diner"; first given on line 12"#,
            #"Scenarios/x.yaml:21:11: error: restaurants[1].plan: plan "basic" allows at most 1 restaurant (max_restaurants), and this is restaurant number 2 on it"#,
        ])
    }

    @Test("an empty file and an unreadable path are reported, not crashed on")
    func emptyAndMissing() throws {
        #expect(diagnostics("").map { $0.prefix { $0 != "\n" } } == ["Scenarios/x.yaml:1:1: error: the scenario is empty; "
            + "it must be a mapping with at least seed, as_of, demo_password, platform and restaurants"])
        let error = try #require(throws: ScenarioError.self) { try ScenarioLoader.load(contentsOf: "/nonexistent/x.yaml") }
        #expect(error.description == "/nonexistent/x.yaml: error: cannot read the scenario: no such file\n1 error in /nonexistent/x.yaml")
    }
}

import Foundation
import Testing
@testable import SeedKit

/// Hostile scenarios cost little: every limit is met before its cost is paid, and refused with
/// an error that names the limit and where it was hit.
@Suite struct ScenarioLimitsTests {
    /// Nine anchors under `platform.settings`, each a list of ten aliases of the one before:
    /// 10⁹ values once expanded, in under a kilobyte.
    static let billionLaughs = ScenarioText.minimal(replacing: "  plans:\n", with: """
          settings:
            a: &a [x, x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
            f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
            g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
            h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
            i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
          plans:

        """)

    @Test("an alias bomb is refused at the alias that crosses the limit, before it is expanded")
    func aliasBomb() {
        #expect(Self.billionLaughs.utf8.count < 1024)
        expectError(Self.billionLaughs, "Scenarios/x.yaml:13:40: error: aliases expand to more than 100000 values "
            + "(the limit); write the values out instead of repeating aliases")
    }

    @Test("an alias bomb used as mapping keys is refused the same way")
    func aliasBombAsKeys() {
        let yaml = ScenarioText.minimal(replacing: "  plans:\n", with: """
              settings:
                a: &a [x, x, x, x, x, x, x, x, x, x]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
                *d : 1
                *d : 2
                *d : 3
                *d : 4
                *d : 5
                *d : 6
                *d : 7
                *d : 8
              plans:

            """)
        expectError(yaml, "Scenarios/x.yaml:20:5: error: aliases expand to more than 100000 values "
            + "(the limit); write the values out instead of repeating aliases")
    }

    @Test("a few aliases within the limit are read as the values they name")
    func aliasesWithinTheLimit() {
        let yaml = ScenarioText.minimal(replacing: "  plans:\n", with: """
              settings:
                methods: &methods [card, cash]
                also: *methods
              plans:

            """)
        #expect(loaded(yaml)?.platform.settings.map(\.value) == [#"["card","cash"]"#, #"["card","cash"]"#])
    }

    @Test("a key repeated thousands of times is reported each time, in one pass")
    func repeatedKeysAreLinear() throws {
        let yaml = ScenarioText.minimal + String(repeating: "seed: 2\n", count: 5_000)
        let error = try #require(throws: ScenarioError.self) { try ScenarioLoader.load(yaml: yaml, path: "Scenarios/x.yaml") }
        #expect(error.diagnostics.count == 5_000)
        #expect(error.diagnostics.last?.headline == #"Scenarios/x.yaml:5018:1: error: duplicate key "seed"; first given on line 1"#)
    }

    @Test("lists and mappings nested past the limit are refused where the limit is crossed")
    func nestingDepth() {
        let yaml = ScenarioText.minimal(replacing: "demo_password: secret\n", with: "demo_password: secret\nname: "
            + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n")
        expectError(yaml, "Scenarios/x.yaml:4:70: error: lists and mappings nest more than 64 deep (the limit)")
    }

    @Test("a document with more values than the limit is refused where the limit is crossed")
    func valueCount() {
        let log = DiagnosticLog(file: "x.yaml", source: "[a, b, c, d]")
        let limits = YAMLDocument.Limits(values: 3, aliasValues: 0, depth: 10)
        #expect(YAMLDocument.compose("[a, b, c, d]", log: log, limits: limits) == nil)
        #expect(log.diagnostics.map(\.headline) == ["x.yaml:1:8: error: the document has more than 3 values (the limit)"])
    }

    @Test("too many menu items are refused at the items list, before any item is read")
    func tooManyItems() {
        let items = (0...1_000).map { "        - {name: Pie \($0), category: Mains, price: x, sku: P\($0)}" }
        let yaml = ScenarioText.minimal(replacing: "        - {name: Pie, category: Mains, price: 9.50, sku: PIE}",
                                        with: items.joined(separator: "\n"))
        expectError(yaml, "Scenarios/x.yaml:18:9: error: restaurants[0].menu.items: a restaurant can have at most 1000 "
            + "menu items; this one has 1001")
    }

    @Test("a scenario larger than 10 MiB is refused without being parsed")
    func documentSize() throws {
        let yaml = ScenarioText.minimal + "# " + String(repeating: "x", count: 10 * 1024 * 1024) + "\n"
        let error = try #require(throws: ScenarioError.self) { try ScenarioLoader.load(yaml: yaml, path: "Scenarios/x.yaml") }
        #expect(error.description == "Scenarios/x.yaml: error: cannot read the scenario: it is larger than 10 MiB, "
            + "the most a scenario may be\n1 error in Scenarios/x.yaml")
    }

    @Test("a long source line is cut around the caret")
    func longLineElided() {
        let yaml = ScenarioText.minimal(replacing: "price: 9.50, sku: PIE}",
                                        with: "price: 9.50, sku: PIE, description: \(String(repeating: "d", count: 200)), colour: red}")
        let shown = "…" + String(repeating: "d", count: 58) + ", colour: red}"
        #expect(diagnostics(yaml) == ["""
            Scenarios/x.yaml:18:278: error: restaurants[0].menu.items[0]: unknown key "colour"; expected one of name, category, description, price, cost, sku, image_url, track_inventory, vat_rate, supplier, wastage_rate, order_types, available, available_from, available_until, happy_hour
            \(shown)
            \(String(repeating: " ", count: 61))^
            """])
    }

    @Test("a long key is shortened in key paths")
    func longKeyInKeyPath() {
        let key = String(repeating: "k", count: 200)
        let yaml = ScenarioText.minimal(replacing: "  plans:\n", with: "  settings:\n    \(key): 1\n  plans:\n")
        expectError(yaml, "Scenarios/x.yaml:9:207: error: platform.settings.\(String(repeating: "k", count: 57))...: "
            + "expected a setting key of at most 100 characters, got 200")
    }

    @Test("after 50 errors the rest are counted, not printed")
    func errorsCounted() throws {
        let keys = (1...120).map { "unknown\($0): 1\n" }.joined()
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.load(yaml: ScenarioText.minimal + keys, path: "Scenarios/x.yaml")
        }
        let lines = error.description.split(separator: "\n")
        #expect(error.diagnostics.count == 120)
        #expect(lines.count == 50 * 3 + 2)
        #expect(lines.suffix(2) == ["… and 70 more problems not shown", "120 errors in Scenarios/x.yaml"])
        #expect(error.diagnostics[50].sourceLine == nil)
    }
}

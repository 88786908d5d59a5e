import Foundation
import Testing
@testable import SeedKit

/// `seedkit report` on the tiny fixture, opened in headless Chromium: the page renders without
/// a console message, every chart has exactly the marks the database implies, and a screenshot
/// lands in `Output/report-tiny.png` for CI to keep.
@Suite struct ReportBrowserTests {
    /// Four weeks of the tiny fixture's history (its own three days sell nothing out): every
    /// chart has something to count, stock-outs included, in a few hundred milliseconds.
    static let days = "28"

    /// Appended to a copy of the page (the page itself has no script): counts what the browser
    /// laid out and writes it into the DOM as JSON.
    static let probe = """
        <script>
        (function () {
          const result = { charts: {}, rendered: 0, charts_total: 0, filled_cells: {}, stock_outs: {}, logins: {} };
          for (const svg of document.querySelectorAll('svg.chart')) {
            const key = svg.dataset.scope + '/' + svg.dataset.chart;
            result.charts[key] = svg.querySelectorAll('.mark').length;
            result.charts_total += 1;
            const box = svg.getBoundingClientRect();
            if (box.width > 100 && box.height > 10) result.rendered += 1;
            if (svg.dataset.chart === 'heat') {
              result.filled_cells[svg.dataset.scope] = [...svg.querySelectorAll('.cell')].filter(c => c.dataset.orders !== '0').length;
            }
          }
          for (const section of document.querySelectorAll('section.scope')) {
            result.stock_outs[section.dataset.scope] = section.querySelectorAll('tr.stock-out').length;
            result.logins[section.dataset.scope] = section.querySelectorAll('tr.login').length;
          }
          const password = document.querySelector('code.password');
          result.password = password ? password.textContent : null;
          result.realism = (document.querySelector('#realism') || {}).textContent || '';
          result.external = document.querySelectorAll('script[src], link[href], img[src], iframe, object').length;
          const out = document.createElement('pre');
          out.id = 'seedkit-probe';
          out.textContent = JSON.stringify(result);
          document.body.appendChild(out);
        })();
        </script>
        """

    struct Probe: Decodable {
        let charts: [String: Int]
        let rendered: Int
        let charts_total: Int
        let filled_cells: [String: Int]
        let stock_outs: [String: Int]
        let logins: [String: Int]
        let password: String?
        let realism: String
        let external: Int
    }

    @Test("the tiny fixture's report renders in Chromium with the marks its database implies, and is screenshotted")
    func tinyInBrowser() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            // The tiny fixture with its drinks unsupplied, so the Flat White sells out and the
            // stock-out chart has something to show.
            let tiny = try Repository.scenarioVariant(
                of: Repository.fixture("tiny.yaml"), replacing: "{name: Drinks, kind: drink, icon: ☕, supplier: Dairy & Co}",
                with: "{name: Drinks, kind: drink, icon: ☕}", in: directory, named: "tiny.yaml")
            // The database the report is made from, for the expected counts.
            let database = directory.appendingPathComponent("tiny.sqlite")
            let generated = try SeedKitBinary.run(["generate", tiny, "--days", Self.days,
                                                   "--out", database.path, "-q"])
            #expect(generated.status == 0, "\(generated.stderr)")
            let page = directory.appendingPathComponent("tiny.html")
            let report = try SeedKitBinary.run(["report", tiny, "--days", Self.days, "--out", page.path])
            #expect(report.status == 0, "\(report.stderr)")
            #expect(report.stdout == "Wrote \(page.path)\n")

            let html = try String(contentsOf: page, encoding: .utf8)
            let probed = directory.appendingPathComponent("probed.html")
            try Data(html.replacingOccurrences(of: "</body>", with: Self.probe + "\n</body>").utf8).write(to: probed)
            let (dom, log) = try HeadlessBrowser.dumpDOM(of: probed)
            #expect(HeadlessBrowser.consoleMessages(in: log).isEmpty, "console: \(HeadlessBrowser.consoleMessages(in: log))")
            let json = try #require(dom.range(of: "<pre id=\"seedkit-probe\">").flatMap { start in
                dom[start.upperBound...].range(of: "</pre>").map { String(dom[start.upperBound..<$0.lowerBound]) }
            }, "the probe wrote nothing: the page did not load")
            let probe = try JSONDecoder().decode(Probe.self, from: Data(unescaped(json).utf8))

            let expected = try Expected(database: database)
            #expect(probe.external == 0, "the page must not fetch anything")
            #expect(probe.charts_total == 7 * 2 && probe.rendered == probe.charts_total)
            for scope in ["platform", "obriens"] {
                #expect(probe.charts["\(scope)/revenue"] == expected.days + 1, "one bar a day and the average line")
                #expect(probe.charts["\(scope)/heat"] == 7 * expected.hours)
                #expect(probe.filled_cells[scope] == expected.busyCells)
                #expect(probe.charts["\(scope)/best-sellers"] == min(5, expected.products))
                #expect(probe.charts["\(scope)/worst-sellers"] == min(5, expected.products))
                #expect(probe.charts["\(scope)/order-types"] == expected.orderTypes)
                #expect(probe.charts["\(scope)/payments"] == expected.paymentMethods)
                #expect(probe.charts["\(scope)/labour"] == expected.weeks)
                #expect(probe.stock_outs[scope] == min(ReportPage.stockOutsShown, expected.stockOuts))
            }
            #expect(probe.logins["platform"] == expected.platformLogins)
            #expect(probe.logins["obriens"] == expected.restaurantLogins)
            #expect(expected.stockOuts > 0 && expected.weeks > 2, "the history is long enough to test every chart")
            #expect(probe.password == "tiny-demo", "made from the scenario, the page shows its demo password")
            #expect(probe.realism.contains("labour_cost") && probe.realism.contains("Realism scorecard"))

            let screenshot = Repository.root.appendingPathComponent("Output/report-tiny.png")
            try HeadlessBrowser.screenshot(of: page, to: screenshot, width: 1200, height: 2400)
            let png = try Data(contentsOf: screenshot)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 20_000, "a PNG with something on it")
        }
    }

    /// `--dump-dom` serialises the probe's text with `&quot;` and friends.
    private func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The counts each chart must show, computed from the database with `sqlite3`.
    struct Expected {
        let days, hours, busyCells, products, orderTypes, paymentMethods, weeks, stockOuts, platformLogins, restaurantLogins: Int

        init(database: URL) throws {
            func count(_ sql: String) throws -> Int {
                Int(try SinkFixture.sqlite3(database, script: sql + ";").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            }
            let completed = "SELECT * FROM orders WHERE status = 'completed'"
            days = try count("""
                SELECT CAST(julianday(max(d)) - julianday(min(d)) + 1 AS INTEGER) FROM (
                  SELECT date(created_at) AS d FROM orders WHERE status = 'completed'
                  UNION ALL SELECT date(clock_in) FROM time_tracking WHERE clock_in IS NOT NULL)
                """)
            hours = try count("SELECT max(h) - min(h) + 1 FROM (SELECT CAST(strftime('%H', created_at) AS INTEGER) AS h FROM (\(completed)))")
            busyCells = try count("SELECT COUNT(DISTINCT strftime('%w %H', created_at)) FROM (\(completed))")
            products = try count("SELECT COUNT(*) FROM products")
            orderTypes = try count("SELECT COUNT(DISTINCT order_type) FROM (\(completed))")
            paymentMethods = try count("SELECT COUNT(DISTINCT payment_method) FROM payments WHERE status = 'completed'")
            weeks = try count("SELECT COUNT(DISTINCT date(created_at, 'weekday 0', '-6 days')) FROM (\(completed))")
            stockOuts = try count("""
                SELECT COUNT(DISTINCT item) FROM (
                  SELECT inventory_item_id AS item,
                         SUM(SUM(quantity)) OVER (PARTITION BY inventory_item_id ORDER BY date(created_at)) AS balance
                  FROM stock_movements GROUP BY inventory_item_id, date(created_at))
                WHERE balance < 0.0005
                """)
            platformLogins = try count("SELECT COUNT(*) FROM users WHERE restaurant_id IS NULL AND is_active")
            restaurantLogins = try count("SELECT COUNT(*) FROM users WHERE restaurant_id IS NOT NULL AND is_active")
        }
    }
}

/// The report as one self-contained HTML page: inline style, inline SVG charts, no script and
/// nothing fetched from anywhere, so it opens offline, mails as one file and prints.
public struct ReportPage: Sendable {
    /// What the page shows.
    public let data: ReportData
    /// How many best and worst sellers each list shows.
    public static let sellersShown = 5
    /// How many stock-outs each table lists, those out longest first.
    public static let stockOutsShown = 10

    /// The page of `data`.
    public init(data: ReportData) { self.data = data }

    /// The page's HTML.
    public var html: String {
        var out = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="SeedKit \(HTMLText.escape(SeedKitVersion.current))">
            <title>\(HTMLText.escape(data.platformName)) · SeedKit demo data report</title>
            <style>
            \(ReportStyle.css)
            </style>
            </head>
            <body>

            """
        out += header
        out += "<main>\n"
        for scope in data.scopes { out += section(scope) }
        out += realism + provenance
        out += "<footer>Made by SeedKit \(HTMLText.escape(SeedKitVersion.current)) · seedkit report</footer>\n"
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    private var header: String {
        let restaurants = data.restaurants.count
        let summary = data.provenance.map { "Scenario \($0.scenarioName), seed \($0.seed), as of \($0.asOf)" }
            ?? "Provenance not recorded in this database"
        let links = (data.scopes.map { "<a href=\"#scope-\(HTMLText.escape($0.key))\">\(HTMLText.escape($0.title))</a>" }
            + ["<a href=\"#logins\">Demo logins</a>", "<a href=\"#realism\">Realism</a>", "<a href=\"#provenance\">Provenance</a>"])
            .joined(separator: "")
        return """
            <header class="page"><div class="inner">
            <h1>\(HTMLText.escape(data.platformName))</h1>
            <p>Demo data report · \(restaurants) restaurant\(restaurants == 1 ? "" : "s") · \(HTMLText.escape(summary))</p>
            <nav>\(links)</nav>
            </div></header>

            """
    }

    private func section(_ scope: ReportScope) -> String {
        let key = scope.key
        let isPlatform = scope.restaurantID == nil
        let showRestaurant = isPlatform && data.restaurants.count > 1
        let best = Array(scope.sellers.prefix(Self.sellersShown))
        let worst = Array(scope.sellers.reversed().prefix(Self.sellersShown))
        var out = "<section class=\"scope\" id=\"scope-\(HTMLText.escape(key))\" data-scope=\"\(HTMLText.escape(key))\">\n"
        out += "<h2><span class=\"kind\">\(isPlatform ? "Platform" : "Restaurant")</span>\(HTMLText.escape(scope.title))</h2>\n"
        out += figures(scope)
        out += "<h3>Revenue per day <small>· completed orders; bars by day, line the 7-day average</small></h3>\n"
        out += ReportCharts.revenue(scope.days, scope: key) + "\n"
        out += "<h3>Orders by hour and weekday <small>· completed orders, darker is busier</small></h3>\n"
        out += ReportCharts.heat(scope.heat, scope: key) + "\n"
        out += "<div class=\"pair\"><div>\n<h3>Order types <small>· completed orders</small></h3>\n"
        out += ReportCharts.mix(scope.orderTypes, scope: key, kind: "order-types", label: "Order type mix") {
            "\(HTMLText.grouped($0)) orders"
        }
        out += "\n</div><div>\n<h3>Payment methods <small>· completed payments</small></h3>\n"
        out += ReportCharts.mix(scope.paymentMethods, scope: key, kind: "payments", label: "Payment method mix") {
            HTMLText.pounds($0, wholePounds: true)
        }
        out += "\n</div></div>\n"
        out += "<h3>Best sellers <small>· units sold, then revenue</small></h3>\n"
        out += ReportCharts.sellers(best, scope: key, kind: "best-sellers", showRestaurant: showRestaurant) + "\n"
        out += "<h3>Worst sellers <small>· fewest units sold first</small></h3>\n"
        out += ReportCharts.sellers(worst, scope: key, kind: "worst-sellers", showRestaurant: showRestaurant) + "\n"
        out += "<h3>Labour cost by week <small>· wages clocked as a percentage of revenue; paler bars are weeks the history covers only in part</small></h3>\n"
        out += ReportCharts.labour(scope.labourWeeks, scope: key) + "\n"
        out += stockOuts(scope, showRestaurant: showRestaurant)
        out += logins(for: scope)
        out += "</section>\n"
        return out
    }

    private func figures(_ scope: ReportScope) -> String {
        let orders = scope.orderCount
        let revenue = scope.revenuePence
        let ticket = orders > 0 ? (revenue + Int64(orders) / 2) / Int64(orders) : 0
        let labour = scope.labourWeeks.reduce(Int64(0)) { $0 + $1.labourPence }
        let labourShare = revenue > 0 ? HTMLText.oneDecimal(Double(labour) * 100 / Double(revenue)) + "%" : "—"
        let items: [(String, String)] = [
            (HTMLText.pounds(revenue, wholePounds: true), "revenue"),
            (HTMLText.grouped(orders), "completed orders"),
            (HTMLText.pounds(ticket), "average ticket"),
            (labourShare, "labour cost"),
            (HTMLText.grouped(scope.days.count), scope.days.count == 1 ? "day" : "days"),
        ]
        return "<div class=\"figures\">" + items.map { "<div class=\"figure\"><b>\($0.0)</b><span>\($0.1)</span></div>" }.joined()
            + "</div>\n"
    }

    private func stockOuts(_ scope: ReportScope, showRestaurant: Bool) -> String {
        var out = "<h3>Stock-outs <small>· items whose stock ended a day at zero, longest out first</small></h3>\n"
        guard !scope.stockOuts.isEmpty else { return out + "<p class=\"note\" data-stock-outs=\"0\">No item ran out.</p>\n" }
        out += "<table class=\"stock-outs\" data-stock-outs=\"\(scope.stockOuts.count)\"><thead><tr><th>Item</th>"
            + (showRestaurant ? "<th>Restaurant</th>" : "") + "<th class=\"number\">Days out</th><th>First out</th></tr></thead><tbody>"
        for item in scope.stockOuts.prefix(Self.stockOutsShown) {
            out += "<tr class=\"stock-out\"><td>\(HTMLText.escape(item.item))</td>"
                + (showRestaurant ? "<td>\(HTMLText.escape(item.restaurant))</td>" : "")
                + "<td class=\"number\">\(item.days)</td><td>\(item.firstDay)</td></tr>"
        }
        out += "</tbody></table>\n"
        let more = scope.stockOuts.count - Self.stockOutsShown
        if more > 0 { out += "<p class=\"note\">And \(more) more item\(more == 1 ? "" : "s").</p>\n" }
        return out
    }

    private func logins(for scope: ReportScope) -> String {
        let users = data.logins.filter { login in
            scope.restaurantID == nil ? login.restaurant == nil : login.restaurant == scope.title
        }
        var out = "<h3 id=\"\(scope.restaurantID == nil ? "logins" : "logins-\(HTMLText.escape(scope.key))")\">Demo logins</h3>\n"
        out += "<p class=\"note\">" + passwordNote + "</p>\n"
        guard !users.isEmpty else { return out + "<p class=\"note\">No logins.</p>\n" }
        out += "<table class=\"logins\" data-logins=\"\(users.count)\"><thead><tr><th>Email</th><th>Role</th><th>Name</th></tr></thead><tbody>"
        for user in users {
            out += "<tr class=\"login\"><td><code>\(HTMLText.escape(user.email))</code></td>"
                + "<td>\(HTMLText.escape(ReportCharts.displayName(user.role)))</td><td>\(HTMLText.escape(user.name))</td></tr>"
        }
        return out + "</tbody></table>\n"
    }

    private var passwordNote: String {
        if let password = data.demoPassword {
            return "Every login's password is the scenario's <code>demo_password</code>: "
                + "<code class=\"password\">\(HTMLText.escape(password))</code>."
        }
        return "Every login's password is the scenario's <code>demo_password</code> (the database holds only its bcrypt "
            + "hash; a report made from the scenario file shows it)."
    }

    /// The realism scorecard: each restaurant's measures against their bands, as
    /// `seedkit verify --realism` prints them (`Docs/realism.md`).
    private var realism: String {
        let report = data.realism
        let failing = report.cards.flatMap(\.measures).filter { !$0.inBand }.count
        var out = "<section class=\"panel\" id=\"realism\" data-realism=\"\(failing == 0 ? "in-band" : "out-of-band")\">\n"
            + "<h2><span class=\"kind\">Realism</span>Realism scorecard</h2>\n"
            + "<p class=\"note\">Each restaurant measured as a restaurateur or accountant would read it; the rules and "
            + "their UK sources are in <code>Docs/realism.md</code>. "
            + (failing == 0 ? "Every measure is in its band." : "\(failing) measures are out of their bands.")
            + (data.realismFromScenario ? "" : " Measured from the database alone: everyone counts as 21 or over for the "
                + "minimum wage, the labour band is 25–35 % and demand is not compared; a report made from the scenario "
                + "file (<code>seedkit report SCENARIO.yaml</code>) uses the scenario's own bands and age bands.")
            + "</p>\n"
        for card in report.cards {
            out += "<h3>\(HTMLText.escape(card.name))</h3>\n<table class=\"realism\">\n"
                + "<thead><tr><th>Measure</th><th>Value</th><th>Band</th><th></th></tr></thead>\n<tbody>\n"
            for measure in card.measures {
                out += "<tr class=\"\(measure.inBand ? "in-band" : "out-of-band")\"><td>\(HTMLText.escape(measure.name))</td>"
                    + "<td>\(HTMLText.escape(measure.value))</td><td>\(HTMLText.escape(measure.band))</td>"
                    + "<td>\(measure.inBand ? "ok" : "out of band")</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n\n"
    }

    private var provenance: String {
        var out = "<section class=\"panel\" id=\"provenance\">\n<h2><span class=\"kind\">Provenance</span>What made this data</h2>\n"
        guard let provenance = data.provenance else {
            return out + "<p class=\"note\">This database does not record what made it (it was loaded by a SeedKit before "
                + "0.7.0, or by something else).</p>\n</section>\n"
        }
        let rows: [(String, String)] = [
            ("Scenario", provenance.scenarioName),
            ("SHA-256 of the scenario", provenance.scenarioSHA256 ?? "— (built in code)"),
            ("Seed", String(provenance.seed)),
            ("As of", provenance.asOf.description),
            ("SeedKit", provenance.seedkitVersion),
        ]
        out += "<dl class=\"provenance\">" + rows.map { "<dt>\($0.0)</dt><dd>\(HTMLText.escape($0.1))</dd>" }.joined() + "</dl>\n"
        out += "<p class=\"note\">Remake it with <code>seedkit generate</code> on the same scenario, seed and as-of date: "
            + "the output is byte-identical.</p>\n"
        return out + "</section>\n"
    }
}

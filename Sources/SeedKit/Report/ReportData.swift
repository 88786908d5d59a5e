/// What `seedkit report` shows, read out of a database: the platform's figures and each
/// restaurant's, as plain values the page and its charts are drawn from.
public struct ReportData: Sendable {
    /// The platform's name (from `platforms`).
    public var platformName: String
    /// The platform as a whole (every restaurant added up), then each restaurant in id order.
    public var scopes: [ReportScope]
    /// Every login, in id order.
    public var logins: [DemoLogin]
    /// What made the data, when the database (or the scenario) says.
    public var provenance: Provenance?
    /// The shared demo password: known only when the report is made from the scenario.
    public var demoPassword: String?
    /// The realism scorecard of every restaurant (`seedkit verify --realism`), measured against
    /// the scenario's bands when the report is made from the scenario, else the defaults.
    public var realism: RealismReport
    /// Whether the scorecard was measured against the scenario's own bands (age bands, labour
    /// band, demand), rather than the defaults a database alone allows.
    public var realismFromScenario = false

    /// The platform-wide scope (always the first).
    public var platform: ReportScope { scopes[0] }
    /// The restaurants' scopes.
    public var restaurants: ArraySlice<ReportScope> { scopes.dropFirst() }
}

/// The figures of the platform or of one restaurant.
public struct ReportScope: Sendable {
    /// `platform`, or the restaurant's slug: names the section and its charts in the page.
    public var key: String
    /// The platform's or the restaurant's name.
    public var title: String
    /// The restaurant's id; nil for the platform.
    public var restaurantID: Int?
    /// Completed orders' revenue on every day from the first day with data to the last, days
    /// without orders included (as zero).
    public var days: [DailyRevenue]
    /// Completed orders by ISO weekday (1 = Monday) and hour of the day.
    public var heat: [HeatCell]
    /// Every product with what it sold (completed orders), best first by units, then revenue.
    public var sellers: [Seller]
    /// Completed orders by order type.
    public var orderTypes: [MixShare]
    /// Completed payments by method, by amount.
    public var paymentMethods: [MixShare]
    /// Wages against revenue, by week (Monday to Sunday).
    public var labourWeeks: [LabourWeek]
    /// Stock items that ran out, with the days they ended at zero.
    public var stockOuts: [StockOut]

    /// Revenue over every day, in pence.
    public var revenuePence: Int64 { days.reduce(0) { $0 + $1.revenuePence } }
    /// Completed orders over every day.
    public var orderCount: Int { days.reduce(0) { $0 + $1.orders } }
}

/// One day's completed orders.
public struct DailyRevenue: Sendable, Equatable {
    /// The day (orders by the day of their `created_at`).
    public var day: Day
    /// Completed orders that day.
    public var orders: Int
    /// Their `total_amount`s added up, in pence.
    public var revenuePence: Int64
    /// The mean revenue of this day and the six before it (fewer at the start of the history).
    public var sevenDayAveragePence: Int64
}

/// Completed orders created on one weekday in one hour.
public struct HeatCell: Sendable, Equatable {
    /// ISO weekday: 1 is Monday, 7 Sunday.
    public var weekday: Int
    /// 0 to 23.
    public var hour: Int
    /// Completed orders created then.
    public var orders: Int
}

/// A product and what it sold.
public struct Seller: Sendable, Equatable {
    /// The product's name.
    public var name: String
    /// The restaurant it belongs to (shown in the platform's list).
    public var restaurant: String
    /// Units in completed orders' lines.
    public var units: Int
    /// Those lines' `total_price`s added up, in pence.
    public var revenuePence: Int64
}

/// One category of a mix (an order type, a payment method) and its weight.
public struct MixShare: Sendable, Equatable {
    /// The category as the database spells it (`dine_in`, `apple_pay`).
    public var name: String
    /// Orders, or pence.
    public var amount: Int64
}

/// A week's wages (time tracking's `total_pay`) against its revenue.
public struct LabourWeek: Sendable, Equatable {
    /// The Monday the week starts.
    public var weekStart: Day
    /// Time tracking's `total_pay` of shifts clocked in that week, in pence.
    public var labourPence: Int64
    /// Completed orders' revenue that week, in pence.
    public var revenuePence: Int64
    /// How many of its seven days the report covers: fewer for a week cut by the first or last day.
    public var daysCovered: Int

    /// Labour as a percentage of revenue, nil for a week without revenue.
    public var percent: Double? {
        revenuePence > 0 ? Double(labourPence) * 100 / Double(revenuePence) : nil
    }
}

/// A stock item that ran out: its stock ended at zero on `days` days, first on `firstDay`.
public struct StockOut: Sendable, Equatable {
    /// The product the stock item is of.
    public var item: String
    /// The restaurant's name.
    public var restaurant: String
    /// Days whose last movement left the stock at zero (days without movements count too).
    public var days: Int
    /// The first such day.
    public var firstDay: Day
}

/// A user who can log in to the demo.
public struct DemoLogin: Sendable, Equatable {
    /// What the user logs in with.
    public var email: String
    /// `platform_owner`, `manager`, `cashier`, …
    public var role: String
    /// First and last name.
    public var name: String
    /// The restaurant's name; nil for the platform owner.
    public var restaurant: String?
}

/// A built-in cuisine a fleet restaurant is drawn from: its menu, suppliers, staff and trade.
///
/// Prices and costs are in pence, with VAT included (UK menus show prices with VAT). A fleet
/// restaurant takes a subset of the items, prices within a few percent, and its own name; its
/// staff are sized from its demand (``FleetRestaurantBuilder``). The packs' lists are part of
/// the output: append to them, or expect every fleet restaurant of the pack to change.
struct CuisinePack: Sendable {
    /// The key fleets name it by (`mexican`).
    let key: String
    /// `restaurants.business_type`.
    let businessType: String
    /// Name patterns: `{surname}`, `{word}` and `{street}` are filled from the lists.
    let namePatterns: [String]
    let nameWords: [String]
    /// SKU prefix of its items.
    let skuPrefix: String
    let categories: [Category]
    let items: [Item]
    let suppliers: [Supplier]
    /// Monday first: `closed` or periods as in `opening_hours`.
    let hours: [String]
    /// Each weekday's orders as a percentage of the restaurant's average, Monday first.
    let weekdayShape: [Int]
    let lunchPeak: String
    let dinnerPeak: String
    let lunchShare: Int
    /// dine_in, takeaway, delivery weights.
    let orderTypes: [Int]
    let partySize: String
    /// Dine-in service charge (percent), or none.
    let serviceCharge: String?
    let ordersPerCookHour: Int
    let ordersPerServerHour: Int
    /// Job titles and hourly rates (pence) of the generated roles.
    let cook: Role
    let frontOfHouse: Role
    /// The salaried manager who runs the floor.
    let managerTitle: String
    /// Pounds a year.
    let managerSalary: Int
    /// The restaurant's default wastage, percent.
    let wastageRate: String
    let unitMeasure: String

    struct Category: Sendable {
        let name: String
        let kind: Scenario.CategoryKind
        let icon: String
        /// Index into ``suppliers``.
        let supplier: Int
    }

    struct Item: Sendable {
        let name: String
        /// Index into ``categories``.
        let category: Int
        let price: Int
        let cost: Int
        let code: String
        /// Zero-rated (cold takeaway food): only ever sold for takeaway.
        var zeroRated: Bool = false
        var description: String? = nil
    }

    struct Supplier: Sendable {
        let name: String
        let contact: String
        let terms: String
        let leadTimeDays: Int
        /// ISO weekdays, 1 = Monday.
        let deliveryDays: [Int]
    }

    struct Role: Sendable {
        let title: String
        let department: String
        /// Pence an hour, at or above the National Living Wage of April 2026 (£12.71).
        let rate: Int
    }

    /// Every built-in pack, by key, in the order fleets list them in messages.
    static let all: [CuisinePack] = [.mexican, .italian, .indian, .chinese, .cafe, .pub]

    static func named(_ key: String) -> CuisinePack? { all.first { $0.key == key } }
}

/// The `legacy:` section: what `--schema legacy` generates besides the restaurants.
extension ScenarioParser {
    static let legacyKeys = ["customers_per_restaurant", "customers_with_several_restaurants", "customers_without_email",
                             "reservations_without_total", "first_staff_not_admin", "inactive_restaurants"]

    /// The section, checked against the restaurants it names; ``Scenario/Legacy/clean`` when absent.
    func legacy(_ value: ValueReader?, restaurantSlugs slugs: [String]?) -> Scenario.Legacy {
        guard let value, let m = value.mapping(keys: Self.legacyKeys) else { return .clean }
        var legacy = Scenario.Legacy.clean
        legacy.customersPerRestaurant = m.optional("customers_per_restaurant")?.int(in: 0...10_000) ?? legacy.customersPerRestaurant
        legacy.customersWithSeveralRestaurants = m.optional("customers_with_several_restaurants").flatMap(share) ?? .zero
        legacy.customersWithoutEmail = m.optional("customers_without_email").flatMap(share) ?? .zero
        legacy.reservationsWithoutTotal = m.optional("reservations_without_total").flatMap(share) ?? .zero
        if let reader = m.optional("customers_with_several_restaurants"), let slugs,
           (slugs.count) < 2, legacy.customersWithSeveralRestaurants > Rate.zero {
            reader.error("customers can visit several restaurants only when the scenario has two or more; it has \(slugs.count)")
        }
        legacy.firstStaffNotAdmin = m.optional("first_staff_not_admin").map { restaurants($0, among: slugs) } ?? []
        legacy.inactiveRestaurants = m.optional("inactive_restaurants").map { restaurants($0, among: slugs) } ?? []
        return legacy
    }

    /// A percentage like `10%` (or `10`), from 0% to 100%.
    private func share(_ reader: ValueReader) -> Rate? {
        let share = reader.parse(expecting: "a percentage like 10%") { text -> Rate? in
            Rate(parsing: text.hasSuffix("%") ? String(text.dropLast()) : text)
        }
        guard let share else { return nil }
        guard share >= .zero, share.hundredthsOfPercent <= 10_000 else {
            reader.error("expected a percentage from 0% to 100%, got \(reader.found)")
            return nil
        }
        return share
    }

    /// A list of the scenario's restaurant slugs, each named once.
    private func restaurants(_ reader: ValueReader, among slugs: [String]?) -> [String] {
        var seen: Set<String> = []
        let listed = reader.list { element -> String? in
            guard let slug = element.slug() else { return nil }
            if let slugs, !slugs.contains(slug) {
                let hint = Suggestion.closest(to: slug, in: slugs).map { "; did you mean \(quoted($0))?" } ?? ""
                element.error("no restaurant has the slug \(quoted(slug))\(hint)")
                return nil
            }
            guard seen.insert(slug).inserted else {
                element.error("restaurant \(quoted(slug)) is listed twice")
                return nil
            }
            return slug
        }
        return listed ?? []
    }
}

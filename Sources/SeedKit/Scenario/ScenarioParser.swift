/// Turns a composed scenario document into a ``Scenario``, logging every problem it finds.
///
/// Sections are read in an order that lets references be checked where they are written: the
/// plans before the restaurants, a restaurant's suppliers before its menu. A value that is wrong
/// is logged and read as absent, so one mistake does not hide the next.
final class ScenarioParser {
    let log: DiagnosticLog
    /// The scenario's name when it has no `name:`: the file name without its extension.
    let defaultName: String
    /// Values given in place of the file's.
    let overrides: Scenario.Overrides
    var asOf: Day?
    /// What messages call the as-of date: `as_of`, or the override's name.
    var asOfName = "as_of"
    var historyDays = 90
    var plans = UniqueNames(kind: "plan")
    /// `max_restaurants` and the restaurants on each plan so far, by plan name.
    var planCapacity: [String: (maxRestaurants: Int?, used: Int)] = [:]
    var restaurantSlugs = UniqueNames(kind: "restaurant slug")
    /// `users.email` is unique across the whole platform.
    var userEmails = UniqueNames(kind: "email", ignoringCase: true)

    init(log: DiagnosticLog, defaultName: String, overrides: Scenario.Overrides = .none) {
        self.log = log
        self.defaultName = defaultName
        self.overrides = overrides
    }

    /// The history lengths `history_days` (and its override) may take.
    static let historyDaysRange = 1...3650

    static let keys = ["name", "seed", "as_of", "history_days", "locale", "currency", "demo_password",
                       "password_cost", "platform", "restaurants", "fleets", "legacy"]

    /// The scenario, or `nil` when anything is wrong (and logged).
    func scenario(from root: ValueReader) -> Scenario? {
        guard let m = root.mapping(keys: Self.keys) else { return nil }
        let name = m.optional("name")?.parse(
            expecting: "a name of letters, digits, \".\", \"_\" and \"-\" (it names the output file)", Self.fileName)
        let seed = m.required("seed")?.parse(expecting: "a seed: a whole number from 0 to \(UInt64.max)") {
            $0.allSatisfy(\.isASCIIDigit) ? UInt64($0) : nil
        }
        let asOfReader = m.required("as_of")
        asOf = asOfReader?.day()
        if let override = overrides.asOf {
            asOf = override
            asOfName = overrides.asOfName
        }
        let historyDaysReader = m.optional("history_days")
        var historyDays = historyDaysReader?.int(in: Self.historyDaysRange) ?? 90
        if let override = overrides.historyDays {
            historyDays = override
            if !Self.historyDaysRange.contains(override) {
                (historyDaysReader ?? root).error("\(overrides.historyDaysName) takes \(Self.historyDaysRange.lowerBound) to "
                    + "\(Self.historyDaysRange.upperBound) days of history, as history_days does; got \(override)")
            }
        }
        checkHistoryStart(historyDays: historyDays, at: historyDaysReader ?? asOfReader,
                          named: overrides.historyDays == nil ? nil : overrides.historyDaysName)
        self.historyDays = historyDays
        let locale = m.optional("locale")?.parse(expecting: "en_GB (the only locale supported so far)") {
            $0 == "en_GB" ? $0 : nil
        } ?? "en_GB"
        let currency = m.optional("currency")?.parse(expecting: "GBP (the only currency supported so far)") {
            $0 == "GBP" ? $0 : nil
        } ?? "GBP"
        let demoPassword = m.required("demo_password")?.parse(expecting: "a password of 1 to 72 bytes (bcrypt's limit)") {
            (1...72).contains($0.utf8.count) ? $0 : nil
        }
        let passwordCost = m.optional("password_cost")?.int(in: 4...14) ?? 12
        let platformReader = m.required("platform")
        if platformReader == nil { plans.acceptsAnyReference = true }
        let platform = platformReader.flatMap(self.platform)
        // With fleets, the explicit restaurants may be absent or an empty list.
        let fleetsReader = m.optional("fleets")
        let restaurantsReader = fleetsReader == nil ? m.required("restaurants") : m.optional("restaurants")
        var restaurants: [Scenario.Restaurant]?
        if checkRestaurantCount(restaurantsReader) {
            if fleetsReader == nil {
                restaurants = restaurantsReader?.nonEmptyList(of: "restaurant", restaurant)
            } else {
                restaurants = restaurantsReader.map { $0.list(restaurant) } ?? []
            }
        }
        let effectiveSeed: UInt64? = overrides.seed ?? seed
        let explicitCount = restaurants?.count ?? 0
        let fleets = fleetsReader.flatMap { self.fleets($0, seed: effectiveSeed, explicitCount: explicitCount) }
        let allSlugs = restaurants.map { $0.map(\.slug) + (fleets?.restaurants.map(\.facts.slug) ?? []) }
        let legacy = legacy(m.optional("legacy"), restaurantSlugs: allSlugs)
        guard !log.hasErrors, let seed, let asOf, let demoPassword, let platform, let restaurants,
              fleetsReader == nil || fleets != nil
        else { return nil }
        return Scenario(
            name: name ?? defaultName, seed: overrides.seed ?? seed, asOf: asOf, historyDays: historyDays, locale: locale,
            currency: currency, demoPassword: demoPassword, passwordCost: passwordCost,
            platform: platform,
            restaurants: Scenario.Restaurants(entries: restaurants.map(Scenario.Restaurants.Entry.written)
                + (fleets?.restaurants ?? []).map(Scenario.Restaurants.Entry.drawn)),
            fleets: fleets?.fleets ?? [],
            warnings: [], sourceSHA256: nil, asOfTime: overrides.asOf == nil ? nil : overrides.asOfTime, legacy: legacy)
    }

    /// Logs an error when the history would start before the first supported day.
    func checkHistoryStart(historyDays: Int, at reader: ValueReader?, named daysName: String? = nil) {
        guard let asOf, let reader, Self.historyDaysRange.contains(historyDays) else { return }
        let start = asOf.adding(days: -(historyDays - 1))
        guard start < Scenario.supportedDays.lowerBound else { return }
        let name = asOfName == "as_of" ? "as_of" : "\(asOfName) (\(asOf))"
        let days = daysName.map { "\(historyDays) days of history (\($0))" } ?? "\(historyDays) days of history"
        reader.error("\(days) up to \(name) would start on \(start), "
            + "before \(Scenario.supportedDays.lowerBound), the earliest date supported")
    }

    /// Letters, digits, `.`, `_` and `-`: safe as a file name on every system.
    static func fileName(_ text: String) -> String? {
        let safe = !text.isEmpty && !text.hasPrefix(".") && text.count <= 100 && text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
        }
        return safe ? text : nil
    }

    // MARK: Platform

    static let platformKeys = ["name", "slug", "owner", "settings", "plans"]
    static let personKeys = ["first_name", "last_name", "email", "phone"]
    static let planKeys = ["name", "commission_rate", "service_fee_rate", "monthly_fee", "max_restaurants", "features"]

    func platform(_ value: ValueReader) -> Scenario.Platform? {
        guard let m = value.mapping(keys: Self.platformKeys) else {
            self.plans.acceptsAnyReference = true
            return nil
        }
        let name = m.string("name")
        let slug = m.required("slug")?.slug()
        let owner = m.mapping("owner", keys: Self.personKeys, required: true).flatMap(self.person)
        let settings = m.mapping("settings", keys: nil).map { settings in
            settings.values.compactMap { key, value -> Scenario.Setting? in
                guard key.unicodeScalars.count <= 100 else {
                    value.error("expected a setting key of at most 100 characters, got \(key.unicodeScalars.count)")
                    return nil
                }
                return value.setting().map { Scenario.Setting(key: key, value: $0.value, type: $0.type) }
            }
        } ?? []
        let plans = m.required("plans")?.nonEmptyList(of: "plan", self.plan)
        if plans == nil { self.plans.acceptsAnyReference = true }
        guard let name, let slug, let owner, let plans else { return nil }
        return Scenario.Platform(name: name, slug: slug, owner: owner, settings: settings, plans: plans)
    }

    /// A named person with a login: first and last name, a reserved email unique among all users,
    /// and an optional drama phone number.
    func person(_ m: MappingReader) -> Scenario.Person? {
        let firstName = m.string("first_name", maxLength: 100)
        let lastName = m.string("last_name", maxLength: 100)
        let emailReader = m.required("email")
        let email = emailReader?.email()
        userEmails.insert(email, at: emailReader)
        let phone = m.optional("phone")?.phone()
        guard let firstName, let lastName, let email else { return nil }
        return Scenario.Person(firstName: firstName, lastName: lastName, email: email, phone: phone)
    }

    func plan(_ value: ValueReader) -> Scenario.Plan? {
        guard let m = value.mapping(keys: Self.planKeys) else { return nil }
        let nameReader = m.required("name")
        let name = nameReader?.string(maxLength: 100)
        plans.insert(name, at: nameReader)
        let commissionRate = m.required("commission_rate")?.rate()
        let serviceFeeRate = m.optional("service_fee_rate")?.rate() ?? .zero
        let monthlyFee = m.optional("monthly_fee")?.money() ?? .zero
        let maxRestaurants = m.optional("max_restaurants")?.parse(expecting: "a whole number of 0 or more, or unlimited") {
            text -> Int?? in
            if text == "unlimited" { return .some(nil) }
            guard let number = ValueReader.wholeNumber(text), number >= 0 else { return nil }
            return .some(number)
        } ?? nil
        let features = m.optional("features").flatMap { features -> JSONText? in
            guard case .mapping = features.node else {
                features.error("expected a mapping of feature flags, got \(features.found)")
                return nil
            }
            return features.json()
        } ?? .object([])
        if let name, planCapacity[name] == nil { planCapacity[name] = (maxRestaurants, 0) }
        guard let name, let commissionRate else { return nil }
        return Scenario.Plan(name: name, commissionRate: commissionRate, serviceFeeRate: serviceFeeRate,
                             monthlyFee: monthlyFee, maxRestaurants: maxRestaurants, features: features)
    }

    /// Checks a restaurant's `plan:` against the plans and their `max_restaurants`.
    func subscribe(to plan: String?, at reader: ValueReader?) {
        guard let plan, let reader else { return }
        plans.checkReference(plan, at: reader)
        guard var capacity = planCapacity[plan] else { return }
        capacity.used += 1
        planCapacity[plan] = capacity
        if let max = capacity.maxRestaurants, capacity.used > max {
            let allowed = max == 1 ? "1 restaurant" : "\(max) restaurants"
            reader.error("plan \(quoted(plan)) allows at most \(allowed) (max_restaurants), and this is restaurant number \(capacity.used) on it")
        }
    }
}

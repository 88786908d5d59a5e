/// Writes a ``Scenario`` back as scenario YAML: every key the parser reads, so the text parses to
/// the same scenario and generates the same data (`seedkit expand`). Fleets are written out as
/// the explicit restaurants they expand to.
///
/// Strings are always double-quoted (a name such as `null` or `no` stays a name); numbers,
/// dates, times and booleans are plain. Plain and quoted differ only where the parser types
/// values, in platform settings and plan features.
public enum ScenarioYAML {
    /// The scenario as YAML text.
    public static func text(of scenario: Scenario) -> String {
        YAMLText.render(node(of: scenario))
    }

    static func node(of scenario: Scenario) -> YAMLNode {
        let w = Writer(mark: SourceMark(line: 0, column: 0))
        return w.map([
            ("name", w.text(scenario.name)), ("seed", w.plain(String(scenario.seed))), ("as_of", w.day(scenario.asOf)),
            ("history_days", w.int(scenario.historyDays)), ("locale", w.text(scenario.locale)),
            ("currency", w.text(scenario.currency)), ("demo_password", w.text(scenario.demoPassword)),
            ("password_cost", w.int(scenario.passwordCost)), ("platform", w.platform(scenario.platform)),
            ("restaurants", .sequence(scenario.restaurants.map(w.restaurant), mark: w.mark)),
            ("legacy", scenario.legacy == .clean ? nil : w.legacy(scenario.legacy)),
        ])
    }

    /// A restaurant as the node its YAML would be, every node marked at `mark` (where a fleet
    /// restaurant's diagnostics point: its fleet).
    static func node(of restaurant: Scenario.Restaurant, at mark: SourceMark) -> YAMLNode {
        Writer(mark: mark).restaurant(restaurant)
    }

    /// Builds nodes, all at one mark.
    struct Writer {
        let mark: SourceMark

        func text(_ value: String) -> YAMLNode { .scalar(.init(string: value, style: .doubleQuoted, mark: mark)) }
        func plain(_ value: String) -> YAMLNode { .scalar(.init(string: value, style: .plain, mark: mark)) }
        func int(_ value: Int) -> YAMLNode { plain(String(value)) }
        func bool(_ value: Bool) -> YAMLNode { plain(value ? "true" : "false") }
        func money(_ value: Money) -> YAMLNode { plain(value.description) }
        func rate(_ value: Rate) -> YAMLNode { plain(value.description) }
        func day(_ value: Day) -> YAMLNode { plain(value.description) }
        func time(_ value: TimeOfDay) -> YAMLNode { plain(hoursAndMinutes(value)) }
        func list(_ values: [YAMLNode]) -> YAMLNode { .sequence(values, mark: mark) }
        func texts(_ values: [String]) -> YAMLNode { list(values.map(text)) }

        /// A mapping of the pairs whose value is present, in order.
        func map(_ pairs: [(String, YAMLNode?)]) -> YAMLNode {
            .mapping(pairs.compactMap { key, value in value.map { (key: plain(key), value: $0) } }, mark: mark)
        }

        func periods(_ periods: [Scenario.OpeningHours.Period]) -> YAMLNode {
            periods.isEmpty ? text("closed")
                : text(periods.map { "\(hoursAndMinutes($0.open))-\(hoursAndMinutes($0.close))" }.joined(separator: ", "))
        }

        func weights(_ weights: [(String, Int)]) -> YAMLNode { map(weights.map { ($0.0, int($0.1)) }) }

        func range(_ range: ClosedRange<Int>) -> YAMLNode { plain("\(range.lowerBound)-\(range.upperBound)") }

        func json(_ json: JSONText) -> YAMLNode {
            switch json {
            case .string(let value): text(value)
            case .integer(let value): plain(String(value))
            case .decimal(let value): plain(value.description)
            case .bool(let value): bool(value)
            case .null: plain("null")
            case .array(let elements): list(elements.map(self.json))
            case .object(let members): .mapping(members.map { (key: text($0.0), value: self.json($0.1)) }, mark: mark)
            }
        }

        func person(_ person: Scenario.Person) -> [(String, YAMLNode?)] {
            [("first_name", text(person.firstName)), ("last_name", text(person.lastName)), ("email", text(person.email)),
             ("phone", person.phone.map(text))]
        }

        func platform(_ platform: Scenario.Platform) -> YAMLNode {
            map([
                ("name", text(platform.name)), ("slug", text(platform.slug)), ("owner", map(person(platform.owner))),
                ("settings", platform.settings.isEmpty ? nil : .mapping(platform.settings.map { (key: text($0.key), value: setting($0)) }, mark: mark)),
                ("plans", list(platform.plans.map { plan in
                    map([("name", text(plan.name)), ("commission_rate", rate(plan.commissionRate)),
                         ("service_fee_rate", rate(plan.serviceFeeRate)), ("monthly_fee", money(plan.monthlyFee)),
                         ("max_restaurants", plan.maxRestaurants.map(int) ?? plain("unlimited")), ("features", json(plan.features))])
                })),
            ])
        }

        /// The `legacy:` section (written only when it is not the clean default).
        func legacy(_ legacy: Scenario.Legacy) -> YAMLNode {
            func share(_ rate: Rate) -> YAMLNode { plain(rate.description + "%") }
            return map([
                ("customers_per_restaurant", int(legacy.customersPerRestaurant)),
                ("customers_with_several_restaurants", share(legacy.customersWithSeveralRestaurants)),
                ("customers_without_email", share(legacy.customersWithoutEmail)),
                ("reservations_without_total", share(legacy.reservationsWithoutTotal)),
                ("first_staff_not_admin", texts(legacy.firstStaffNotAdmin)),
                ("inactive_restaurants", texts(legacy.inactiveRestaurants)),
            ])
        }

        /// A setting's value written so it is read back with the same type.
        func setting(_ setting: Scenario.Setting) -> YAMLNode {
            switch setting.type {
            case "number", "boolean": plain(setting.value)
            case "json": JSONText.parse(setting.value).map(json) ?? text(setting.value)
            default: text(setting.value)
            }
        }
    }
}

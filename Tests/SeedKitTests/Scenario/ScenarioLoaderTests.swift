import Testing
@testable import SeedKit

@Suite struct ScenarioLoaderTests {
    @Test("the shipped Mexican demo loads with the seed document's values")
    func mexicanDemo() throws {
        let scenario = try ScenarioLoader.load(contentsOf: ScenarioText.shipped("mexican-demo"))
        #expect(scenario.name == "mexican-demo")
        #expect(scenario.seed == 20_250_526)
        #expect(scenario.asOf == Day(iso: "2025-06-30"))
        #expect(scenario.historyDays == 90 && scenario.passwordCost == 12)
        #expect(scenario.demoPassword == "FynloDemo2025!")

        let platform = scenario.platform
        #expect(platform.slug == "fynlo")
        #expect(platform.owner.email == "admin@fynlo.example" && platform.owner.phone == "+44 20 7946 0000")
        #expect(platform.plans.map(\.name) == ["basic", "premium", "enterprise"])
        #expect(platform.plans.map(\.commissionRate.description) == ["8.00", "6.00", "4.00"])
        #expect(platform.plans.map(\.monthlyFee.minorUnits) == [0, 4999, 19999])
        #expect(platform.plans.map(\.maxRestaurants) == [10, 50, nil])
        #expect(platform.plans[0].features.rendered == #"{"pos":true,"inventory":true,"employees":true,"analytics":"basic"}"#)
        #expect(platform.settings.map { "\($0.key)=\($0.value):\($0.type)" } == [
            "default_currency=GBP:string", "default_locale=en_GB:string", "default_vat_rate=20:number",
            "service_fee_rate=12.5:number", #"payment_methods=["card","cash","apple_pay"]:json"#,
        ])

        let restaurant = try #require(scenario.restaurants.first)
        #expect(scenario.restaurants.count == 1)
        #expect(restaurant.slug == "fynlo-mexican" && restaurant.plan == "basic")
        #expect(restaurant.businessType == "mexican_restaurant")
        #expect(restaurant.openedOn == Day(iso: "2024-09-02"))
        #expect(restaurant.tax.vatRate == Rate(hundredthsOfPercent: 2000) && restaurant.tax.pricesIncludeVAT)
        #expect(restaurant.serviceCharge.rate.description == "12.50" && restaurant.serviceCharge.appliesTo == [.dineIn])
        #expect(restaurant.categories.map(\.name) == ["Snacks", "Tacos", "Special Tacos", "Burritos", "Sides", "Drinks"])
        #expect(restaurant.categories.map { $0.icon ?? "" } == ["🧀", "🌮", "⭐", "🌯", "🍟", "🍺"])
        #expect(restaurant.categories.map(\.displayOrder) == [1, 2, 3, 4, 5, 6])
        #expect(restaurant.items.count == 20)
        #expect(restaurant.items.first?.price == Money(minorUnits: 500))
        #expect(restaurant.items.first { $0.sku == "FYNLO-CORONA" }?.price.description == "3.80")
        #expect(restaurant.items.allSatisfy { $0.trackInventory })
        #expect(restaurant.suppliers.map(\.leadTimeDays) == [2, 4, 3, 1])
        #expect(restaurant.staff.count == 6)
        #expect(restaurant.staff.map(\.role) == [.manager, .cashier, .cook, .server, .cashier, .cook])
        #expect(restaurant.staff[2].hourlyRate?.description == "16.75")
        #expect(restaurant.inventory.wastageRate.description == "2.50" && restaurant.inventory.unitMeasure == "each")
        #expect(restaurant.openingHours.periods[3] == [.init(open: TimeOfDay(hour: 12, minute: 0)!, close: TimeOfDay(hour: 22, minute: 30)!)])
        // Ours, not the seed's: 3.7 times its demand, so its staff cost 25–35 % of sales (Scenarios/README.md).
        #expect(restaurant.demand.ordersPerDay == [66, 66, 74, 85, 114, 132, 99])
        #expect(restaurant.staff.map(\.ageBand) == [.twentyOneAndOver, .twentyOneAndOver, .twentyOneAndOver, .eighteenToTwenty,
                                                   .eighteenToTwenty, .twentyOneAndOver])
        #expect(restaurant.demand.lunchPeak == TimeOfDay(hour: 12, minute: 45))
        #expect(restaurant.demand.paymentMethods.map(\.0) == ["card", "apple_pay", "cash"])
        #expect(restaurant.demand.partySize == 1...6)
        #expect(restaurant.demand.refundRate.description == "0.50")
    }

    @Test("the shipped Italian pair loads: two restaurants on different plans")
    func italianPair() throws {
        let scenario = try ScenarioLoader.load(contentsOf: ScenarioText.shipped("italian-pair"))
        #expect(scenario.restaurants.count == 2)
        #expect(Set(scenario.restaurants.map(\.plan)).count == 2)
        #expect(scenario.restaurants.contains { !$0.tax.pricesIncludeVAT })
        #expect(scenario.restaurants.flatMap(\.items).contains { $0.vatRate == .zero })
        #expect(scenario.restaurants.allSatisfy { !$0.generatedStaff.isEmpty && !$0.staff.isEmpty })
        #expect(scenario.restaurants.contains { $0.openingHours.periods.contains([]) })
        #expect(scenario.restaurants.contains { $0.openingHours.periods.contains { $0.count == 2 } })
    }

    @Test("scalars are read as written, never by YAML 1.1's guesses")
    func rawScalars() throws {
        let yaml = ScenarioText.minimal(replacing: "slug: demo\n", with: """
            slug: demo
              settings: {opens: 12:45, delivery: no, quoted: "20", octal: 010, on: on}

            """)
        let scenario = try #require(loaded(yaml))
        #expect(scenario.platform.settings.map { "\($0.key)=\($0.value):\($0.type)" } == [
            "opens=12:45:string", "delivery=no:string", "quoted=20:string", "octal=10:number", "on=on:string",
        ])
        let hours = try #require(loaded(ScenarioText.minimal + "    opening_hours: {monday: 12:45-22:00, tuesday: closed, wednesday: closed, thursday: closed, friday: closed, saturday: closed, sunday: closed}\n"))
        #expect(hours.restaurants[0].openingHours.periods[0].first?.open == TimeOfDay(hour: 12, minute: 45))
    }

    @Test("settings and features become canonical JSON in the order written")
    func json() throws {
        let yaml = ScenarioText.minimal(replacing: "slug: demo\n", with: """
            slug: demo
              settings:
                hours: {open: 12:00, days: [1, 2.50], note: ~}
                quoted: "true"
                flag: false

            """).replacingOccurrences(of: "commission_rate: 8}", with: "commission_rate: 8, features: {pos: true, seats: 40, tier: \"2\"}}")
        let platform = try #require(loaded(yaml)?.platform)
        #expect(platform.settings.map { "\($0.key)=\($0.value):\($0.type)" } == [
            #"hours={"open":"12:00","days":[1,2.50],"note":null}:json"#, "quoted=true:string", "flag=false:boolean",
        ])
        #expect(platform.plans[0].features.rendered == #"{"pos":true,"seats":40,"tier":"2"}"#)
    }

    @Test("defaults fill every optional key")
    func defaults() throws {
        let scenario = try #require(loaded(ScenarioText.minimal))
        #expect(scenario.name == "x" && scenario.historyDays == 90 && scenario.passwordCost == 12)
        #expect(scenario.locale == "en_GB" && scenario.currency == "GBP")
        let plan = scenario.platform.plans[0]
        #expect(plan.serviceFeeRate == .zero && plan.monthlyFee == .zero && plan.maxRestaurants == nil)
        #expect(plan.features.rendered == "{}")
        let restaurant = scenario.restaurants[0]
        #expect(restaurant.businessType == "restaurant")
        #expect(restaurant.tax.vatRate.description == "20.00" && restaurant.tax.pricesIncludeVAT)
        #expect(restaurant.serviceCharge.rate == .zero && restaurant.serviceCharge.appliesTo == [.dineIn])
        #expect(!restaurant.serviceCharge.bearsVAT)
        #expect(restaurant.openingHours.periods.allSatisfy { $0.map(\.open.description) == ["12:00:00"] })
        #expect(restaurant.items[0].trackInventory && restaurant.categories[0].displayOrder == 1)
        #expect(restaurant.inventory.wastageRate.description == "2.00" && restaurant.inventory.unitMeasure == "each")
        #expect(restaurant.demand.partySize == 1...4 && restaurant.demand.ordersPerDay.count == 7)
    }

    @Test("service charge, staff and demand keys override their defaults")
    func overrides() throws {
        let yaml = ScenarioText.minimal + """
                service_charge: {rate: 10, applies_to: [dine_in, delivery], bears_vat: true}
                suppliers:
                  - {name: Acme, phone: 07700 900123, lead_time_days: 0}
                staff:
                  - {first_name: Bo, last_name: Boss, email: bo@diner.test, role: restaurant_owner, salary: 42000, hire_date: 2024-01-02}
                generated_staff:
                  - {role: server, count: 3, employment_type: contract}
                demand:
                  orders_per_day: 12
                  order_types: {takeaway: 1}
                  party_size: 2
                  monthly_growth: -5

            """
        let restaurant = try #require(loaded(yaml)?.restaurants.first)
        #expect(restaurant.serviceCharge.appliesTo == [.dineIn, .delivery] && restaurant.serviceCharge.bearsVAT)
        #expect(restaurant.suppliers[0].phone == "+44 7700 900123" && restaurant.suppliers[0].leadTimeDays == 0)
        #expect(restaurant.staff[0].role == .restaurantOwner && restaurant.staff[0].employmentType == .partTime)
        #expect(restaurant.staff[0].salary?.description == "42000.00")
        #expect(restaurant.generatedStaff[0].count == 3 && restaurant.generatedStaff[0].employmentType == .contract)
        #expect(restaurant.demand.ordersPerDay == Array(repeating: 12, count: 7))
        #expect(restaurant.demand.orderTypes.map(\.0) == [.takeaway])
        #expect(restaurant.demand.partySize == 2...2 && restaurant.demand.monthlyGrowth.description == "-5.00")
    }

    @Test("a name: key names the scenario; otherwise the file does")
    func names() throws {
        #expect(loaded("name: pair-2\n" + ScenarioText.minimal)?.name == "pair-2")
        #expect(loaded(ScenarioText.minimal, path: "/tmp/some.dir/my-demo.yaml")?.name == "my-demo")
    }
}

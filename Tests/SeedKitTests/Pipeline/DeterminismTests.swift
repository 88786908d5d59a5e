import Testing
@testable import SeedKit

/// Same scenario + seed + as-of → the same rows; other inputs change only what they should.
@Suite struct DeterminismTests {
    let pair: Scenario

    init() throws {
        pair = try ScenarioLoader.load(contentsOf: Repository.scenario("italian-pair"))
    }

    @Test("two runs generate identical rows")
    func identicalRuns() throws {
        #expect(try GeneratedRows(pair).rows == GeneratedRows(pair).rows)
    }

    @Test("a different seed generates different data")
    func differentSeed() throws {
        let reseeded = pair.overriding(seed: pair.seed + 1)
        #expect(try GeneratedRows(pair).rows != GeneratedRows(reseeded).rows)
    }

    @Test("editing one restaurant's menu and staff changes nothing generated for the other")
    func editingOneTenant() throws {
        var edited = pair
        edited.restaurants[1].items.removeFirst()
        edited.restaurants[1].items[0].price = Money(minorUnits: 99_99)
        edited.restaurants[1].generatedStaff[0].count += 2
        edited.restaurants[1].staff.removeLast()
        let before = try GeneratedRows(pair), after = try GeneratedRows(edited)
        #expect(before.rows(ofRestaurant: 1) == after.rows(ofRestaurant: 1))
        #expect(before.rows(ofRestaurant: 2) != after.rows(ofRestaurant: 2))
    }

    @Test("appending a restaurant changes no existing row, ids included, beyond the platform's restaurant count")
    func appendingATenant() throws {
        var extended = pair
        var newcomer = pair.restaurants[0]
        newcomer.slug = "newcomer"
        newcomer.name = "Newcomer"
        newcomer.staff = newcomer.staff.map { member in
            var member = member
            member.person.email = "new." + member.person.email
            return member
        }
        extended.restaurants.append(newcomer)
        let before = try GeneratedRows(pair).rows
        let after = try GeneratedRows(extended).rows
        // The platform's roll-ups count and sum every restaurant, the newcomer included.
        let rollUps = ["total_restaurants", "monthly_revenue"].map(Schema.builtIn.table(.platforms).index(of:))
        func comparable(_ row: Row) -> Row {
            guard row.table == .platforms else { return row }
            var values = row.values
            for index in rollUps { values[index] = .null }
            return Row(row.table, values)
        }
        let kept = Set(after.map(comparable))
        let changed = before.map(comparable).filter { !kept.contains($0) }
        #expect(changed.isEmpty, "\(changed.count) rows changed, e.g. \(changed.prefix(2))")
        #expect(after.count > before.count)
    }
}

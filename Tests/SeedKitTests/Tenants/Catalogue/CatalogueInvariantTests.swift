import Testing
@testable import SeedKit

/// Properties every generated catalogue has, whatever the scenario.
@Suite struct CatalogueInvariantTests {
    static let scenarios = ["mexican-demo", "italian-pair"]

    @Test("every row fills its table's columns and leaves no NOT NULL column empty", arguments: scenarios)
    func rowsFitTheSchema(name: String) throws {
        let generated = try GeneratedRows.shipped(name)
        #expect(!generated.rows.isEmpty)
        for row in generated.rows {
            let table = Schema.builtIn.table(row.table)
            #expect(row.values.count == table.columns.count)
            for (column, value) in zip(table.columns, row.values) where !column.isNullable {
                #expect(value != .null, "\(table.name.rawValue).\(column.name) is NULL")
            }
        }
    }

    @Test("ids ascend within each table and are unique", arguments: scenarios)
    func idsAscend(name: String) throws {
        let generated = try GeneratedRows.shipped(name)
        for table in TableName.allCases {
            let ids = generated.table(table).map { row -> Int64 in
                guard case .integer(let id) = row.values[0] else { Issue.record("id is not an integer"); return 0 }
                return id
            }
            #expect(ids == ids.sorted() && Set(ids).count == ids.count, "\(table.rawValue)")
        }
    }

    @Test("generated people have reserved emails and phone numbers from Ofcom's drama ranges")
    func reservedContacts() throws {
        let generated = try GeneratedRows.shipped("italian-pair")
        let phones = generated.table(.users).compactMap { row -> String? in
            if case .text(let phone) = GeneratedRows.value(row, "phone") { return phone } else { return nil }
        } + generated.table(.employees).compactMap { row -> String? in
            if case .text(let phone) = GeneratedRows.value(row, "emergency_contact_phone") { return phone } else { return nil }
        }
        #expect(!phones.isEmpty)
        for phone in phones {
            #expect(phone.hasPrefix("+44 7700 900") || phone.hasPrefix("+44 20 7946 0"), "\(phone)")
        }
        for row in generated.table(.users) {
            guard case .text(let email) = GeneratedRows.value(row, "email") else { Issue.record("no email"); continue }
            let domain = String(email.split(separator: "@").last!)
            #expect(domain.hasSuffix(".example") || domain == "example.com" || domain.hasSuffix(".test"), "\(email)")
        }
    }

    @Test("every user logs in with the demo password through one real bcrypt hash")
    func realPasswordHashes() throws {
        let scenario = try ScenarioLoader.load(contentsOf: Repository.fixture("tiny.yaml"))
        let hashes = Set(try GeneratedRows(scenario).table(.users).map { GeneratedRows.value($0, "password_hash") })
        #expect(hashes.count == 1)
        guard case .text(let hash)? = hashes.first else { Issue.record("no hash"); return }
        #expect(hash.hasPrefix("$2b$04$"))
        #expect(PasswordHasher.verify("tiny-demo", against: hash))
        #expect(!PasswordHasher.verify("wrong", against: hash))
    }

    @Test("each tracked item's stock equals the sum of its ledger, which never goes below zero", arguments: scenarios)
    func stockMatchesLedger(name: String) throws {
        let generated = try GeneratedRows.shipped(name)
        var balance: [SQLValue: Int64] = [:]
        var lowest: [SQLValue: Int64] = [:]
        // Movements arrive in time order within each restaurant.
        for movement in generated.table(.stockMovements) {
            guard case .decimal(let quantity) = GeneratedRows.value(movement, "quantity") else { continue }
            let item = GeneratedRows.value(movement, "inventory_item_id")
            balance[item, default: 0] += quantity.units
            lowest[item] = min(lowest[item] ?? 0, balance[item]!)
        }
        let items = generated.table(.inventoryItems)
        #expect(!items.isEmpty)
        for item in items {
            guard case .decimal(let stock) = GeneratedRows.value(item, "current_stock") else { Issue.record("no stock"); continue }
            let id = GeneratedRows.value(item, "id")
            #expect(balance[id] == stock.units)
            #expect(lowest[id] == 0)
        }
    }
}

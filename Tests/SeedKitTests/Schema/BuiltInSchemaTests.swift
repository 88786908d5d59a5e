import Foundation
import Testing
@testable import SeedKit

@Suite struct BuiltInSchemaTests {
    let schema = Schema.builtIn

    @Test("every CREATE TABLE of the built-in schema stands verbatim in the seed document")
    func verbatimFromTheSeed() throws {
        let document = try String(contentsOf: Repository.root.deletingLastPathComponent()
            .appendingPathComponent("shared/seeds/digitalocean-data-migration-guide.md"), encoding: .utf8)
        let statements = seedSchemaDDL.matches(of: /CREATE TABLE [^\n]*\n(?:[^\n]*\n)*?\);/).map { String($0.output) }
        #expect(statements.count == 24)
        for statement in statements {
            #expect(document.contains(statement), "not in the seed document: \(statement.prefix(60))")
        }
    }

    @Test("has the seed's 24 tables, each referencing only tables before it")
    func twentyFourTablesInDependencyOrder() {
        #expect(schema.tables.count == 24)
        #expect(schema.tables.first?.name == .platforms)
        #expect(schema.tables.last?.name == .dailyReports)
        for table in schema.tables {
            for column in table.columns {
                if let reference = column.reference {
                    #expect(reference.table <= table.name, "\(table.name.rawValue).\(column.name) references a later table")
                }
            }
        }
    }

    @Test("keeps the seed's columns, types, defaults and keys")
    func seedColumns() {
        let users = schema.table(.users)
        #expect(users.columnNames == ["id", "restaurant_id", "platform_id", "email", "password_hash", "first_name",
                                      "last_name", "phone", "role", "is_active", "last_login", "created_at", "updated_at"])
        #expect(users.column("id").type == .serial && users.column("id").isPrimaryKey)
        #expect(users.column("email").type == .varchar(255) && users.column("email").isNotNull)
        #expect(users.uniqueConstraints == [["email"]])
        #expect(users.column("restaurant_id").reference?.table == .restaurants)
        #expect(users.column("restaurant_id").reference?.onDelete == "CASCADE")
        #expect(users.checks.map(\.name) == ["users_tenant_check"])
        #expect(users.checks.first?.expression
            == "((role = 'platform_owner' AND restaurant_id IS NULL) OR (role != 'platform_owner' AND restaurant_id IS NOT NULL))")

        let plans = schema.table(.subscriptionPlans)
        #expect(plans.column("features").type == .jsonb && plans.column("features").defaultExpression == "'{}'")
        #expect(plans.column("commission_rate").type == .decimal(precision: 5, scale: 2))
        #expect(schema.table(.products).column("category_id").reference?.onDelete == "SET NULL")
        #expect(schema.table(.performanceMetrics).uniqueConstraints
            == [["restaurant_id", "employee_id", "metric_date", "metric_type"]])
        #expect(schema.table(.commissionRecords).column("order_id").reference == nil, "the seed leaves it unconstrained")
        #expect(schema.table(.shifts).column("start_time").type == .time)
    }

    @Test("counts every column of the seed: 272 in all")
    func columnCount() {
        #expect(schema.tables.map(\.columns.count).reduce(0, +) == 272)
    }
}

@Suite struct TableNameTests {
    @Test("each table's position is its place in dependency order")
    func positions() {
        #expect(TableName.allCases.map(\.position) == Array(0..<24))
    }
}

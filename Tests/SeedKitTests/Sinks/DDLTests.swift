import Foundation
import Testing
@testable import SeedKit

@Suite struct DDLTests {
    private let users = Schema.builtIn.table(.users)
    private let tenantCheck = "CONSTRAINT users_tenant_check CHECK ((role = 'platform_owner' AND restaurant_id IS NULL) OR "
        + "(role != 'platform_owner' AND restaurant_id IS NOT NULL))"

    @Test("PostgreSQL creates users with types, NOT NULL, defaults and its check, and nothing else")
    func postgresUsers() {
        #expect(PostgresDDL.createTable(users) == """
            CREATE TABLE users (
                id SERIAL,
                restaurant_id INTEGER,
                platform_id INTEGER,
                email VARCHAR(255) NOT NULL,
                password_hash VARCHAR(255) NOT NULL,
                first_name VARCHAR(100) NOT NULL,
                last_name VARCHAR(100) NOT NULL,
                phone VARCHAR(50),
                role VARCHAR(50) NOT NULL,
                is_active BOOLEAN DEFAULT true,
                last_login TIMESTAMP,
                created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
                updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
                \(tenantCheck)
            );
            """)
    }

    @Test("SQLite creates users with its rowid key, foreign keys and check inline, but no unique constraint")
    func sqliteUsers() {
        #expect(SQLiteDDL.createTable(users) == """
            CREATE TABLE users (
                id INTEGER PRIMARY KEY,
                restaurant_id INTEGER REFERENCES restaurants(id) ON DELETE CASCADE,
                platform_id INTEGER REFERENCES platforms(id) ON DELETE CASCADE,
                email VARCHAR(255) NOT NULL,
                password_hash VARCHAR(255) NOT NULL,
                first_name VARCHAR(100) NOT NULL,
                last_name VARCHAR(100) NOT NULL,
                phone VARCHAR(50),
                role VARCHAR(50) NOT NULL,
                is_active BOOLEAN DEFAULT true,
                last_login TIMESTAMP,
                created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
                updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
                \(tenantCheck)
            );
            """)
    }

    @Test("PostgreSQL tables carry no key, unique constraint or foreign key before the data")
    func postgresTablesAreBare() {
        let text = PostgresDDL.createTables(.builtIn).joined(separator: "\n")
        for keyword in ["PRIMARY KEY", "REFERENCES", "UNIQUE"] {
            #expect(!text.contains(keyword), "\(keyword) in the tables")
        }
        #expect(text.components(separatedBy: "CREATE TABLE").count - 1 == 24)
    }

    @Test("PostgreSQL adds unnamed keys, then indexes, then foreign keys after the data")
    func postgresAfterData() throws {
        let statements = PostgresDDL.afterData(.builtIn)
        #expect(statements.contains("ALTER TABLE ONLY platforms ADD PRIMARY KEY (id);"))
        #expect(statements.contains("ALTER TABLE ONLY platforms ADD UNIQUE (slug);"))
        #expect(statements.contains("ALTER TABLE ONLY performance_metrics ADD UNIQUE (restaurant_id, employee_id, metric_date, metric_type);"))
        #expect(statements.contains("CREATE INDEX idx_users_email ON users (email);"))
        #expect(statements.contains("ALTER TABLE ONLY products ADD FOREIGN KEY (category_id) REFERENCES categories(id) ON DELETE SET NULL;"))
        #expect(statements.contains("ALTER TABLE ONLY user_permissions ADD FOREIGN KEY (granted_by) REFERENCES users(id);"))
        let firstForeignKey = try #require(statements.firstIndex { $0.contains("FOREIGN KEY") })
        let lastKey = try #require(statements.lastIndex { $0.contains("PRIMARY KEY") || $0.contains("UNIQUE") })
        let lastIndex = try #require(statements.lastIndex { $0.hasPrefix("CREATE INDEX") })
        #expect(lastKey < firstForeignKey && lastIndex < firstForeignKey)
        #expect(statements.filter { $0.contains("PRIMARY KEY") }.count == 24)
    }

    @Test("SQLite names unique indexes as PostgreSQL names unique constraints, shortened to 63 bytes")
    func sqliteUniqueIndexNames() {
        let statements = SQLiteDDL.afterData(.builtIn)
        #expect(statements.contains("CREATE UNIQUE INDEX platforms_slug_key ON platforms (slug);"))
        #expect(statements.contains("CREATE UNIQUE INDEX platform_settings_platform_id_setting_key_key ON platform_settings (platform_id, setting_key);"))
        #expect(statements.contains("CREATE UNIQUE INDEX performance_metrics_restaurant_id_employee_id_metric_date_m_key "
            + "ON performance_metrics (restaurant_id, employee_id, metric_date, metric_type);"))
        #expect(statements.contains("CREATE INDEX idx_orders_status ON orders (status);"))
        #expect(SQLiteDDL.postgresDefaultName(table: String(repeating: "t", count: 60), columns: ["c"], label: "key")
            == String(repeating: "t", count: 57) + "_c_key")
    }

    @Test("the SQLite schema text loads into sqlite3 and defines every table and index")
    func sqliteSchemaLoads() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let database = directory.appendingPathComponent("schema.sqlite")
            let text = DDL.schemaText(.builtIn, dialect: .sqlite)
            #expect(text.hasPrefix("-- SeedKit schema for SQLite"))
            let counts = try SinkFixture.sqlite3(database, script: text + """
                SELECT type, count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' GROUP BY type ORDER BY type;
                """)
            let uniques = Schema.builtIn.tables.map(\.uniqueConstraints.count).reduce(0, +)
            #expect(counts == "index|\(uniques + Schema.builtIn.indexes.count)\ntable|24\n")
        }
    }

    @Test("PostgreSQL sequences continue after the largest id, or start at 1 for empty tables")
    func sequenceResets() {
        let text = PostgresDDL.sequenceResets(maxIDs: [.platforms: 3, .orders: 120_000])
        let lines = text.split(separator: "\n")
        #expect(lines.count == 24 + 4)
        #expect(lines.prefix(3) == ["DO $$", "BEGIN", "    PERFORM pg_catalog.setval('platforms_id_seq', 3, true);"])
        #expect(lines.contains("    PERFORM pg_catalog.setval('orders_id_seq', 120000, true);"))
        #expect(lines.contains("    PERFORM pg_catalog.setval('users_id_seq', 1, false);"))
        #expect(lines.suffix(2) == ["END", "$$;"])
    }

    @Test("the schema text is the tables followed by what comes after the data", arguments: SQLDialect.allCases)
    func schemaText(dialect: SQLDialect) {
        let text = DDL.schemaText(.builtIn, dialect: dialect)
        for statement in DDL.createTables(.builtIn, dialect: dialect) + DDL.afterData(.builtIn, dialect: dialect) {
            #expect(text.contains(statement + "\n"))
        }
    }
}

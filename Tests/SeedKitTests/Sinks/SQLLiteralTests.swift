import Testing
@testable import SeedKit

@Suite struct SQLLiteralTests {
    @Test("quotes text with single quotes doubled and backslashes, tabs and newlines left literal", arguments: SQLDialect.allCases)
    func quotesText(dialect: SQLDialect) {
        #expect(SQLLiteral.render(.text("O'Brien's"), dialect: dialect) == "'O''Brien''s'")
        #expect(SQLLiteral.render(.text(#"back\slash"#), dialect: dialect) == #"'back\slash'"#)
        #expect(SQLLiteral.render(.text("tab\there\nnew"), dialect: dialect) == "'tab\there\nnew'")
        #expect(SQLLiteral.render(.text("🌮 ''"), dialect: dialect) == "'🌮 '''''")
        #expect(SQLLiteral.render(.text(""), dialect: dialect) == "''")
    }

    @Test("splices carriage returns into SQLite strings, because the sqlite3 shell drops them before a newline")
    func carriageReturns() {
        #expect(SQLLiteral.render(.text("a\r\nb"), dialect: .sqlite) == "'a'||char(13)||'\nb'")
        #expect(SQLLiteral.render(.text("a\r\nb"), dialect: .postgres) == "'a\r\nb'")
    }

    @Test("writes NULL, integers and decimals unquoted, as exact text", arguments: SQLDialect.allCases)
    func numbers(dialect: SQLDialect) {
        #expect(SQLLiteral.render(.null, dialect: dialect) == "NULL")
        #expect(SQLLiteral.render(.integer(-7), dialect: dialect) == "-7")
        #expect(SQLLiteral.render(.decimal(FixedDecimal(units: 1250, scale: 2)), dialect: dialect) == "12.50")
        #expect(SQLLiteral.render(.decimal(FixedDecimal(units: 0, scale: 2)), dialect: dialect) == "0.00")
    }

    @Test("writes booleans as true/false for PostgreSQL and 1/0 for SQLite")
    func booleans() {
        #expect(SQLLiteral.render(.boolean(true), dialect: .postgres) == "true")
        #expect(SQLLiteral.render(.boolean(false), dialect: .postgres) == "false")
        #expect(SQLLiteral.render(.boolean(true), dialect: .sqlite) == "1")
        #expect(SQLLiteral.render(.boolean(false), dialect: .sqlite) == "0")
    }

    @Test("quotes dates, times, timestamps and JSON", arguments: SQLDialect.allCases)
    func quotedValues(dialect: SQLDialect) {
        let day = Day(year: 2024, month: 1, day: 5)!
        let time = TimeOfDay(hour: 18, minute: 30)!
        #expect(SQLLiteral.render(.date(day), dialect: dialect) == "'2024-01-05'")
        #expect(SQLLiteral.render(.time(time), dialect: dialect) == "'18:30:00'")
        #expect(SQLLiteral.render(.timestamp(Timestamp(day: day, time: time)), dialect: dialect) == "'2024-01-05 18:30:00'")
        #expect(SQLLiteral.render(.json(#"{"name":"O'Hara"}"#), dialect: dialect) == #"'{"name":"O''Hara"}'"#)
    }
}

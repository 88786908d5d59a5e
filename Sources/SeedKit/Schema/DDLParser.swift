/// Reads the subset of PostgreSQL DDL the seed document uses (`CREATE TABLE` with column types,
/// `PRIMARY KEY`, `NOT NULL`, `UNIQUE`, `DEFAULT`, `REFERENCES … ON DELETE …`, table-level
/// `UNIQUE(…)` and `CONSTRAINT name CHECK (…)`) into ``Table`` values.
///
/// It parses SeedKit's own embedded text, so anything it does not understand is a programmer
/// error, reported with the statement it stopped at.
struct DDLParser {
    private var tokens: [Token]
    private var position = 0

    enum Token: Equatable {
        case word(String)
        case number(String)
        case quoted(String)
        case symbol(String)
    }

    static func parseTables(_ ddl: String) -> [Table] {
        var parser = DDLParser(tokens: tokenize(ddl))
        var tables: [Table] = []
        while !parser.atEnd {
            tables.append(parser.createTable())
        }
        return tables
    }

    private init(tokens: [Token]) { self.tokens = tokens }

    private var atEnd: Bool { position >= tokens.count }

    private mutating func createTable() -> Table {
        expectWord("CREATE"); expectWord("TABLE")
        let tableName = identifier()
        guard let name = TableName(rawValue: tableName) else { preconditionFailure("unknown table \(tableName)") }
        expect(.symbol("("))
        var columns: [Column] = []
        var uniques: [[String]] = []
        var checks: [Table.Check] = []
        repeat {
            if peekWord("UNIQUE") {
                advance()
                uniques.append(parenthesizedIdentifiers())
            } else if peekWord("CONSTRAINT") {
                advance()
                let constraintName = identifier()
                expectWord("CHECK")
                checks.append(Table.Check(name: constraintName, expression: parenthesizedText()))
            } else {
                let column = self.column(in: name)
                if column.unique { uniques.append([column.column.name]) }
                columns.append(column.column)
            }
        } while consume(.symbol(","))
        expect(.symbol(")"))
        expect(.symbol(";"))
        // Single-column UNIQUE constraints come first, as PostgreSQL lists them.
        return Table(name: name, columns: columns, uniqueConstraints: uniques, checks: checks)
    }

    private mutating func column(in table: TableName) -> (column: Column, unique: Bool) {
        let name = identifier()
        let type = columnType()
        var primaryKey = false, notNull = false, unique = false
        var defaultExpression: String?
        var reference: ForeignKey?
        while case .word(let word)? = peek {
            advance()
            switch word.uppercased() {
            case "PRIMARY": expectWord("KEY"); primaryKey = true
            case "NOT": expectWord("NULL"); notNull = true
            case "UNIQUE": unique = true
            case "DEFAULT": defaultExpression = defaultText()
            case "REFERENCES":
                let target = identifier()
                guard let targetTable = TableName(rawValue: target) else { preconditionFailure("unknown table \(target)") }
                let targetColumn = parenthesizedIdentifiers()[0]
                var onDelete: String?
                if peekWord("ON") {
                    advance(); expectWord("DELETE")
                    onDelete = identifier().uppercased()
                    if onDelete == "SET" { onDelete = "SET " + identifier().uppercased() }
                }
                reference = ForeignKey(table: targetTable, column: targetColumn, onDelete: onDelete)
            default: preconditionFailure("\(table.rawValue).\(name): unexpected \(word)")
            }
        }
        let column = Column(name: name, type: type, isPrimaryKey: primaryKey, isNotNull: notNull,
                            defaultExpression: defaultExpression, reference: reference)
        return (column, unique)
    }

    private mutating func columnType() -> ColumnType {
        let name = identifier().uppercased()
        switch name {
        case "SERIAL": return .serial
        case "INTEGER": return .integer
        case "TEXT": return .text
        case "BOOLEAN": return .boolean
        case "DATE": return .date
        case "TIME": return .time
        case "TIMESTAMP": return .timestamp
        case "JSONB": return .jsonb
        case "VARCHAR":
            expect(.symbol("("))
            let length = number()
            expect(.symbol(")"))
            return .varchar(length)
        case "DECIMAL":
            expect(.symbol("("))
            let precision = number()
            expect(.symbol(","))
            let scale = number()
            expect(.symbol(")"))
            return .decimal(precision: precision, scale: scale)
        default: preconditionFailure("unknown column type \(name)")
        }
    }

    private mutating func defaultText() -> String {
        switch next() {
        case .word(let word): return word
        case .number(let number): return number
        case .quoted(let text): return "'" + text + "'"  // the seed's defaults hold no quotes
        case let token: preconditionFailure("unexpected default \(String(describing: token))")
        }
    }

    private mutating func parenthesizedIdentifiers() -> [String] {
        expect(.symbol("("))
        var names = [identifier()]
        while consume(.symbol(",")) { names.append(identifier()) }
        expect(.symbol(")"))
        return names
    }

    /// The text between balanced parentheses, tokens joined by single spaces.
    private mutating func parenthesizedText() -> String {
        expect(.symbol("("))
        var depth = 1
        var parts: [String] = []
        while true {
            let token = next()
            if token == .symbol("(") { depth += 1 }
            if token == .symbol(")") { depth -= 1; if depth == 0 { break } }
            switch token {
            case .word(let text), .number(let text): parts.append(text)
            case .quoted(let text): parts.append("'" + text + "'")
            case .symbol(let symbol): parts.append(symbol)
            }
        }
        var text = ""
        for part in parts {
            let glue = text.isEmpty || text.hasSuffix("(") || part == ")" ? "" : " "
            text += glue + part
        }
        return "(" + text + ")"
    }

    // MARK: Tokens

    private var peek: Token? { atEnd ? nil : tokens[position] }
    private mutating func advance() { position += 1 }
    private mutating func next() -> Token {
        precondition(!atEnd, "unexpected end of DDL")
        defer { position += 1 }
        return tokens[position]
    }
    private func peekWord(_ word: String) -> Bool {
        if case .word(let found)? = peek { return found.uppercased() == word }
        return false
    }
    private mutating func consume(_ token: Token) -> Bool {
        guard peek == token else { return false }
        advance()
        return true
    }
    private mutating func expect(_ token: Token) {
        let found = next()
        precondition(found == token, "expected \(token), found \(found) at token \(position)")
    }
    private mutating func expectWord(_ word: String) {
        guard case .word(let found) = next(), found.uppercased() == word else {
            preconditionFailure("expected \(word) at token \(position)")
        }
    }
    private mutating func identifier() -> String {
        guard case .word(let word) = next() else { preconditionFailure("expected a name at token \(position)") }
        return word
    }
    private mutating func number() -> Int {
        guard case .number(let text) = next(), let value = Int(text) else { preconditionFailure("expected a number") }
        return value
    }

    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var characters = Substring(text)
        while let character = characters.first {
            if character == "-" && characters.hasPrefix("--") {
                characters = characters.drop(while: { $0 != "\n" })
            } else if character.isWhitespace {
                characters = characters.dropFirst()
            } else if character == "'" {
                let body = characters.dropFirst().prefix(while: { $0 != "'" })
                tokens.append(.quoted(String(body)))
                characters = characters.dropFirst(body.count + 2)
            } else if character.isLetter || character == "_" {
                let word = characters.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
                tokens.append(.word(String(word)))
                characters = characters.dropFirst(word.count)
            } else if character.isNumber {
                let number = characters.prefix(while: { $0.isNumber || $0 == "." })
                tokens.append(.number(String(number)))
                characters = characters.dropFirst(number.count)
            } else if "!=<>:".contains(character) {
                let symbol = characters.prefix(while: { "!=<>:".contains($0) })
                tokens.append(.symbol(String(symbol)))
                characters = characters.dropFirst(symbol.count)
            } else {
                tokens.append(.symbol(String(character)))
                characters = characters.dropFirst()
            }
        }
        return tokens
    }
}

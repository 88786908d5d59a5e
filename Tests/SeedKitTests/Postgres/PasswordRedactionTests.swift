import Testing
@testable import SeedKit

/// No password reaches the terminal, whatever the connection string looks like.
@Suite struct PasswordRedactionTests {
    @Test("the password field of anything URI- or key=value-shaped is masked", arguments: [
        ("postgres://user:secret@127.0.0.1/db", "postgres://user:********@127.0.0.1/db"),
        (#"cannot tell what kind of target "postgress://user:secret@h:5/db" is"#,
         #"cannot tell what kind of target "postgress://user:********@h:5/db" is"#),
        ("postgres://user:Pw@888@127.0.0.1/db", "postgres://user:********@127.0.0.1/db"),
        ("postgres://user:two words@h/db", "postgres://user:********@h/db"),
        ("postgres://user@h/db?password=secret&sslmode=require", "postgres://user@h/db?password=********&sslmode=require"),
        ("host=h password=secret dbname=x", "host=h password=******** dbname=x"),
        ("host=h password = 'two \\' words' dbname=x", "host=h password = '********' dbname=x"),
        ("PGPASSWORD=secret sslpassword=key", "PGPASSWORD=******** sslpassword=********"),
        ("postgres://127.0.0.1:5432/db and https://example.com/a:b", "postgres://127.0.0.1:5432/db and https://example.com/a:b"),
    ])
    func masked(text: String, expected: String) {
        #expect(PasswordRedaction.redacting(text) == expected)
    }

    @Test("a one-letter password is masked where it is a password, not in every word")
    func oneLetterPassword() {
        let message = #"could not connect to PostgreSQL as u@127.0.0.1:1/db: connection refused; is the server "#
            + "running and accepting TCP/IP connections on 127.0.0.1:1?"
        #expect(PostgresAddress.redacting(message, secrets: PostgresAddress.secrets(in: "postgres://u:e@127.0.0.1:1/db"))
            == message)
        #expect(PasswordRedaction.redacting("postgres://u:e@127.0.0.1:1/db") == "postgres://u:********@127.0.0.1:1/db")
    }

    @Test("a URI whose password has an unencoded @ is refused before libpq reads it")
    func unencodedAt() throws {
        let error = try #require(throws: PostgresError.self) {
            _ = try PostgresConnection("postgres://user:Pw@888@127.0.0.1:1/db")
        }
        #expect(error.description == #"the PostgreSQL connection string is not valid: its user name or password contains "#
            + #"an "@" that is not percent-encoded; write it as %40; write a postgres://user@host:port/database URI, or "#
            + #"key=value pairs such as "host=localhost dbname=app""#)
    }
}

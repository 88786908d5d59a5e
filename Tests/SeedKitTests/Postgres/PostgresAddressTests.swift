import Testing
@testable import SeedKit

/// How a connection string is described in messages: where it points, never its password.
@Suite struct PostgresAddressTests {
    @Test("a URI names user, host, port and database; the summary reads as a sentence")
    func uri() {
        let address = PostgresAddress(connection: "postgres://app:s3cret@db.example:6543/shop")
        #expect(address.description == "app@db.example:6543/shop")
        #expect(address.summary == "shop on db.example:6543 as app")
        #expect(OutputTarget.postgres(connection: "postgres://app:s3cret@db.example:6543/shop").summary
            == "PostgreSQL database shop on db.example:6543 as app")
    }

    @Test("a key=value string with a socket directory, and the database defaulting to the user")
    func keywords() {
        let address = PostgresAddress(connection: "host=/var/run/postgresql user=seed port=5433")
        #expect(address.description == "seed@/var/run/postgresql:5433/seed")
        #expect(address.isSocket)
    }

    @Test("passwords are found in URIs (also percent-encoded) and key=value strings, and redacted where libpq quotes them",
          arguments: [
            ("postgres://app:p%40ss-word@h/db", ["p@ss-word", "p%40ss-word"]),
            ("host=h password='two words' dbname=x", ["two words"]),
            ("host=h password=plain dbname=x", ["plain"]),
            ("postgres://app:bad%zz-secret@h/db", ["bad%zz-secret"]),
            ("host=h dbname=x", []),
          ])
    func secrets(connection: String, expected: [String]) {
        let secrets = PostgresAddress.secrets(in: connection)
        #expect(Set(secrets) == Set(expected))
        for secret in expected {
            #expect(PostgresAddress.redacting("echo \"\(secret)\" echo", secrets: secrets) == "echo \"********\" echo")
        }
    }
}

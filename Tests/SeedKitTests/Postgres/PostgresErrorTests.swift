import Foundation
import Testing
@testable import SeedKit

/// Connection and server errors are one clear sentence, with the SQLSTATE where the server gave
/// one and what to do, and never the password of the connection string.
@Suite struct PostgresErrorTests {
    /// Opens a sink on `connection` and returns the error it fails with.
    func failure(_ connection: String, replace: Bool = false,
                 sourceLocation: SourceLocation = #_sourceLocation) throws -> PostgresError {
        try #require(throws: PostgresError.self, sourceLocation: sourceLocation) {
            try PostgresSink(connection: connection, replace: replace).open(schema: .builtIn)
        }
    }

    @Test("a refused connection says where it tried and asks whether the server runs there, without the password")
    func connectionRefused() throws {
        let server = try PasswordRefusingServer()
        server.stop()  // now nothing listens on its port
        let error = try failure("postgres://app:s3cret-pw@127.0.0.1:\(server.port)/app")
        #expect(error.description == "could not connect to PostgreSQL as app@127.0.0.1:\(server.port)/app: connection "
            + "refused; is the server running and accepting TCP/IP connections on 127.0.0.1:\(server.port)?")

        let cli = try PostgresFixture.generate(Repository.fixture("tiny.yaml"), out: "postgres://app:s3cret-pw@127.0.0.1:\(server.port)/app")
        #expect(cli.status == 74)
        #expect(cli.stderr == "seedkit: error: \(error.description)\n")
        #expect(!cli.stderr.contains("s3cret") && !cli.stdout.contains("s3cret"))
    }

    @Test("a wrong password is 28P01 with what to check; the password went to the server but not into the message")
    func wrongPassword() throws {
        let server = try PasswordRefusingServer()
        defer { server.stop() }
        let uri = "postgres://app:s3cret-pw@127.0.0.1:\(server.port)/app?sslmode=prefer"
        let error = try failure(uri)
        #expect(error == .connectionFailed(
            target: "app@127.0.0.1:\(server.port)/app", sqlState: "28P01",
            message: "password authentication failed for user \"app\"",
            advice: "check the user name and password (in the connection string, PGPASSWORD or ~/.pgpass)"))
        #expect(error.description == "could not connect to PostgreSQL as app@127.0.0.1:\(server.port)/app: password "
            + "authentication failed for user \"app\" (SQLSTATE 28P01); check the user name and password (in the "
            + "connection string, PGPASSWORD or ~/.pgpass)")
        #expect(server.passwords == ["s3cret-pw"])

        let cli = try PostgresFixture.generate(Repository.fixture("tiny.yaml"), out: "host=127.0.0.1 port=\(server.port) "
            + "user=app dbname=app password='s3cret-pw'")
        #expect(cli.status == 74)
        #expect(cli.stderr.contains("(SQLSTATE 28P01)"))
        #expect(!cli.stderr.contains("s3cret"))
    }

    @Test("a missing database is 3D000 and says how to create it")
    func missingDatabase() throws {
        let cluster = try PostgresFixture.cluster()
        let error = try failure("postgres://postgres:s3cret-pw@127.0.0.1:\(cluster.port)/no_such_db")
        #expect(error.description == "could not connect to PostgreSQL as postgres@127.0.0.1:\(cluster.port)/no_such_db: "
            + "database \"no_such_db\" does not exist (SQLSTATE 3D000); create the database first (createdb no_such_db) "
            + "or name one that exists")
    }

    @Test("an unknown user is 28000 and points at the user name and pg_hba.conf")
    func unknownUser() throws {
        let cluster = try PostgresFixture.cluster()
        let error = try failure("host=127.0.0.1 port=\(cluster.port) user=nobody_here dbname=postgres password=s3cret-pw")
        #expect(error.description.hasPrefix("could not connect to PostgreSQL as nobody_here@127.0.0.1:\(cluster.port)/postgres: "
            + "role \"nobody_here\" does not exist (SQLSTATE 28000); check the user name"))
        #expect(!error.description.contains("s3cret"))
    }

    @Test("a user without the privilege to create tables gets 42501, what to do, the statement; nothing changes")
    func permissionDenied() throws {
        let (cluster, database, _) = try PostgresFixture.database()
        let user = "weak_\(database)"
        try cluster.psql(database: database, command: "CREATE ROLE \(user) LOGIN")
        defer { _ = try? cluster.psql(database: "postgres", command: "DROP ROLE \(user)") }
        let error = try failure(cluster.connectionURI(database: database, user: user))
        #expect(error.description.hasPrefix("PostgreSQL refused the load: permission denied for schema public "
            + "(SQLSTATE 42501); connect as a user with that privilege, such as the database's owner, or grant it"))
        #expect(error.description.contains("Nothing was changed.\n"))
        #expect(error.description.contains("\n  while running: CREATE TABLE platforms ( …"))
        #expect(try PostgresFixture.tables(cluster, database) == [])
    }

    @Test("a user who may create schemas but not tables in public is stopped at the first CREATE TABLE; nothing is left")
    func schemaPrivilegeWithoutTablePrivilege() throws {
        let (cluster, database, _) = try PostgresFixture.database()
        let user = "schemer_\(database)"
        try cluster.psql(database: database, command: "CREATE ROLE \(user) LOGIN; GRANT CREATE ON DATABASE \(database) TO \(user)")
        defer { _ = try? cluster.psql(database: "postgres", command: "DROP OWNED BY \(user) CASCADE; DROP ROLE \(user)") }
        let sink = PostgresSink(connection: cluster.connectionURI(database: database, user: user), replace: false)
        defer { sink.abort() }  // were it opened, its locks would hold up dropping the role
        let error = try #require(throws: PostgresError.self) { try sink.open(schema: .builtIn) }
        #expect(error.description.hasPrefix("PostgreSQL refused the load: permission denied for schema public (SQLSTATE 42501)"))
        #expect(error.description.contains("\n  while running: CREATE TABLE platforms ( …"))
        #expect(try PostgresFixture.tables(cluster, database) == [])
        #expect(try cluster.psql(database: database, command: "SELECT count(*) FROM pg_namespace WHERE nspname = 'seedkit_load'") == "0")
    }

    @Test("a malformed connection string is reported with libpq's reason, without its password")
    func malformedConnectionString() throws {
        let error = try failure("postgres://app:p%zz-s3cret@localhost/app")
        #expect(error.description.hasPrefix("the PostgreSQL connection string is not valid: invalid percent-encoded token: "))
        #expect(!error.description.contains("s3cret"))
        let keywords = try failure("host=localhost dbname=app colour=blue password=s3cret")
        #expect(keywords == .invalidConnectionString(message: "invalid connection option \"colour\""))
    }
}

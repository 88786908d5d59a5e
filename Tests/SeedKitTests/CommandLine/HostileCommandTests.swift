import Foundation
import Testing
@testable import SeedKit

/// The command line under hostile or mistaken input: no password printed, overrides checked,
/// warnings shown.
@Suite struct HostileCommandTests {
    let tiny = Repository.fixture("tiny.yaml")

    @Test("a mistyped scheme exits 64 without printing the password")
    func mistypedScheme() throws {
        let result = try SeedKitBinary.run(["generate", tiny, "--out", "postgress://user:secret@127.0.0.1/db"])
        #expect(result.status == 64)
        #expect(result.stderr == #"seedkit: error: cannot tell what kind of target "postgress://user:********@127.0.0.1/db" "#
            + "is: use a path ending in .sqlite or .db, a path ending in .sql with --dialect, or a postgres:// URI\n")
    }

    @Test("verify of a mistyped URI does not print the password")
    func verifyMistypedScheme() throws {
        let result = try SeedKitBinary.run(["verify", "postgress://user:secret@127.0.0.1/db"])
        #expect(result.status == 66)
        #expect(!result.stderr.contains("secret"))
        #expect(result.stderr.contains("postgress://user:********@127.0.0.1/db"))
    }

    @Test("argument errors quoting a connection string mask its password")
    func argumentErrors() throws {
        let result = try SeedKitBinary.run(["generate", tiny, "postgres://user:secret@127.0.0.1/db"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: Unexpected argument 'postgres://user:********@127.0.0.1/db'"))
    }

    @Test("a one-letter password leaves the message's words alone")
    func oneLetterPassword() throws {
        let result = try SeedKitBinary.run(["generate", tiny, "--out", "postgres://u:e@127.0.0.1:1/db?connect_timeout=2"])
        #expect(result.status == 74)
        #expect(result.stderr.hasPrefix("seedkit: error: could not connect to PostgreSQL as u@127.0.0.1:1/db: connection refused"))
        #expect(!result.stderr.contains("*"))
    }

    @Test("--as-of outside the years 1900 to 9999 is refused, naming the option")
    func asOfRange() throws {
        let result = try SeedKitBinary.run(["generate", tiny, "--as-of", "0001-01-01", "--out", "/nonexistent/x.sql"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(#"Error: --as-of takes a date from 1900-01-01 to 9999-12-31; got "0001-01-01""#))
    }

    @Test("--as-of before a restaurant opened is refused like the file's own as_of, naming the option")
    func asOfBeforeOpening() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let result = try SeedKitBinary.run(["generate", tiny, "--as-of", "2024-01-01"], in: directory.path)
            #expect(result.status == 65)
            #expect(result.stderr.hasPrefix("\(tiny):27:16: error: restaurants[0].opened_on: expected a date on or before "
                + #"--as-of (2024-01-01), got "2024-11-04""#))
            #expect(try SinkFixture.fileNames(in: directory) == [])
        }
    }

    @Test("validate prints warnings, then ok")
    func warnings() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("x.yaml").path
            try ScenarioText.minimal.write(toFile: path, atomically: true, encoding: .utf8)
            let result = try SeedKitBinary.run(["validate", path])
            #expect(result.status == 0)
            #expect(result.stdout == "ok\n")
            #expect(result.stderr.hasPrefix("\(path):11:5: warning: restaurants[0]: the restaurant has no staff"))
        }
    }
}

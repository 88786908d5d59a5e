import Foundation
import Testing
@testable import SeedKit

/// The progress line on a terminal (`script` gives the binary one), and the text it shows.
@Suite struct ProgressLineTests {
    /// Runs `seedkit arguments…` with a terminal on its stdin, stdout and stderr, and returns
    /// what the terminal received.
    func onTerminal(_ arguments: [String], noColor: Bool) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = noColor ? "1" : nil
        environment["TERM"] = "xterm"
        let command = ([SeedKitBinary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let result = try ProcessRunner.capture("script", ["-q", "-e", "-c", command, "/dev/null"], environment: environment)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        return result.stdout
    }

    @Test("on a terminal a run shows restaurants, days and rows/s on one line, cleared before the summary")
    func drawnAndCleared() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("tiny.sqlite").path
            let plain = try onTerminal(["generate", Repository.fixture("tiny.yaml"), "--out", out, "--days", "20"], noColor: true)
            #expect(plain.contains("\r\u{1B}[2K0/1 restaurants · 0/"), "drawn from the start")
            #expect(plain.contains(" rows/s"))
            #expect(plain.contains("\r\u{1B}[2KGenerated tiny"), "cleared before the summary")
            #expect(!plain.contains("\u{1B}[1m"), "NO_COLOR: no bold")
            let bold = try onTerminal(["generate", Repository.fixture("tiny.yaml"), "--out", out, "--replace"], noColor: false)
            #expect(bold.contains("\u{1B}[1m0/1 restaurants"))
            let quiet = try onTerminal(["generate", Repository.fixture("tiny.yaml"), "--out", out, "--replace", "-q"], noColor: true)
            #expect(quiet.isEmpty, "--quiet: \(quiet.debugDescription)")
        }
    }

    @Test("the line counts open days over every restaurant and estimates the time left")
    func text() throws {
        let scenario = try ScenarioLoader.load(contentsOf: Repository.fixture("tiny.yaml"))
        var progress = GenerationProgress(scenario: scenario)
        // 29 to 31 March 2025: Saturday, Sunday (closed), Monday.
        #expect(progress.restaurants == 1 && progress.days == 2)
        progress.daysDone = 1
        progress.rows = 5_000
        #expect(progress.line(elapsed: .seconds(2)) == "0/1 restaurants · 1/2 days · 2,500 rows/s · 0:02 left")
        #expect(GenerationProgress.clockText(3_723) == "1:02:03")
    }
}

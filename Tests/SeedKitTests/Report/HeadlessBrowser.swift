import Foundation
import Testing

/// Debian's Chromium, headless, for tests that open a page as a browser would. `scripts/bootstrap`
/// installs it; a machine without it fails the tests that need it rather than skipping them.
enum HeadlessBrowser {
    /// The browser's name on `PATH`.
    static let executable = "chromium"

    /// The page's DOM after it has loaded and its scripts have run, and what the browser logged
    /// (console messages included) on standard error.
    static func dumpDOM(of page: URL) throws -> (dom: String, log: String) {
        let output = try run(["--enable-logging=stderr", "--v=0", "--dump-dom", page.absoluteString])
        return (output.stdout, output.stderr)
    }

    /// A PNG of the page at `width` × `height` CSS pixels, written to `file`.
    static func screenshot(of page: URL, to file: URL, width: Int, height: Int) throws {
        try? FileManager.default.removeItem(at: file)
        _ = try run(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(file.path)", page.absoluteString])
    }

    /// Runs the browser with a profile of its own (other browsers on the machine keep theirs).
    private static func run(_ arguments: [String]) throws -> ProcessRunner.Output {
        guard ProcessRunner.which(executable) != nil else {
            throw ProcessRunner.Failure(command: executable, status: nil,
                                        stderr: "chromium is not installed: run scripts/bootstrap (the report's browser test needs it)")
        }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("seedkit-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = profile.path
        return try ProcessRunner.run(executable, [
            "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(profile.path)",
        ] + arguments, environment: environment)
    }

    /// The console messages (errors, uncaught exceptions, anything a page logs) in a log from
    /// ``dumpDOM(of:)``: Chromium logs them all at one level, and a report page has no script.
    static func consoleMessages(in log: String) -> [String] {
        log.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") }
    }
}

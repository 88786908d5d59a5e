import Foundation
import SeedKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one progress line a long run shows on standard error: only when standard error is a
/// terminal and the run is not `--quiet`, at most ten times a second, cleared at the end. Bold
/// and dim, unless `NO_COLOR` is set or the terminal is dumb.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    private var drawn = false
    private let colour: Bool
    /// Ten updates a second at most.
    static let interval = Duration.milliseconds(100)

    private init(environment: [String: String]) {
        started = clock.now
        colour = environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
    }

    /// A progress line, or nil when none should be shown.
    static func make(quiet: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> ProgressLine? {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return nil }
        return ProgressLine(environment: environment)
    }

    /// The observer to hand the library.
    var observer: GenerationProgress.Observer { { [self] progress in update(progress) } }

    func update(_ progress: GenerationProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = clock.now
        if progress.finished { return }
        // The last line before the commit is always drawn: the commit may take a while.
        if let lastDrawn, now - lastDrawn < Self.interval, !progress.finishing { return }
        lastDrawn = now
        let text = progress.line(elapsed: now - started)
        let styled = colour ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + styled).utf8))
        drawn = true
    }

    /// Removes the line, leaving the cursor where it was before it.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        drawn = false
    }
}

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Turns Ctrl-C (SIGINT) and SIGTERM into an orderly stop: the generation in progress throws
/// ``GenerationInterrupted`` at the next row, its sink discards everything, and the destination
/// is left as it was, without temporary files.
public enum Interruption {
    nonisolated(unsafe) private static var signalled: sig_atomic_t = 0

    /// Installs the handlers; called once by the command line before it generates.
    public static func install() {
        signal(SIGINT) { _ in Interruption.signalled = 1 }
        signal(SIGTERM) { _ in Interruption.signalled = 1 }
    }

    /// Whether a stop was asked for.
    static var isRequested: Bool { signalled != 0 }

    /// Throws when a stop was asked for.
    static func check() throws(GenerationInterrupted) {
        if signalled != 0 { throw GenerationInterrupted() }
    }
}

/// The user interrupted a generation; nothing was written.
public struct GenerationInterrupted: Error, CustomStringConvertible {
    public var description: String { "interrupted; nothing was written" }
}

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Turns Ctrl-C (SIGINT) and SIGTERM into an orderly stop: once ``install()`` has run,
/// ``cancellation`` is requested, the generation and the sinks given it throw
/// ``GenerationInterrupted`` at their next check, the sink discards everything, and the
/// destination is left as it was, without temporary files.
public enum Interruption {
    nonisolated(unsafe) private static var signalled: sig_atomic_t = 0

    /// Installs the handlers; called once by the command line before it generates.
    public static func install() {
        signal(SIGINT) { _ in Interruption.signalled = 1 }
        signal(SIGTERM) { _ in Interruption.signalled = 1 }
    }

    /// Requested once SIGINT or SIGTERM has arrived.
    public static let cancellation = Cancellation { signalled != 0 }
}

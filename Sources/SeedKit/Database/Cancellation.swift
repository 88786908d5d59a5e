/// Whether the user has asked to stop (Ctrl-C, SIGTERM), handed down as a value to whatever
/// loops or waits: the generation between batches, a database wait between polls.
///
/// The command line makes one from its signal handlers (``Interruption/cancellation``); a
/// library caller passes its own, or none (``never``).
public struct Cancellation: Sendable {
    private let requested: @Sendable () -> Bool

    /// A cancellation that is requested whenever `requested` returns true.
    public init(_ requested: @escaping @Sendable () -> Bool) { self.requested = requested }

    /// Never requested.
    public static let never = Cancellation { false }

    /// Whether a stop was asked for.
    public var isRequested: Bool { requested() }

    /// Throws ``GenerationInterrupted`` when a stop was asked for.
    public func check() throws(GenerationInterrupted) {
        if requested() { throw GenerationInterrupted() }
    }
}

/// The user interrupted the work; nothing was written.
public struct GenerationInterrupted: Error, CustomStringConvertible {
    public init() {}
    public var description: String { "interrupted; nothing was written" }
}

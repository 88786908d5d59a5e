internal import Foundation

/// The bcrypt hashes a run's logins carry: the scenario's demo password and each restaurant's
/// own, each computed once.
///
/// A bcrypt hash at the usual costs takes a fifth of a second, and every restaurant's first rows
/// need one. Computed up front, that is a fifth of a second with every core but one idle. So a
/// run writing encoded rows asks for them *deferred*: the hashes are computed on a thread of
/// their own while the restaurants are generated, the rows carry a placeholder of the same length
/// (the hash's real 29-character setting, then ``marker`` and the hash's number), and the thread
/// that writes the rows puts each real hash in place (``resolve(_:)``) before they reach the
/// sink, waiting for it only if it is not ready yet. Either way the bytes written are the same.
///
/// The thread computes the hashes in their order (the scenario's first, then the restaurants'
/// in theirs), which is the order the rows need them in, and hands over each as it is done: the
/// first rows wait for one or two hashes, not for all of them.
final class PasswordHashes: @unchecked Sendable {
    /// What stands for a hash's 31-character checksum until it is known: 24 characters, then
    /// the hash's number in 7 digits.
    static let marker = Array("SeedKitPendingBcryptHash".utf8)

    private let settings: [String]
    private let deferred: Bool
    private let condition = NSCondition()
    /// The hashes computed so far, in order.
    private var hashes: [String] = []
    private var failure: (any Error)?

    /// Hashes of `passwords` (each with its salt) at `cost`, computed now, or with `deferred`
    /// on a thread of their own.
    init(_ passwords: [(password: String, salt: [UInt8])], cost: Int, deferred: Bool) throws {
        let settings = try passwords.map { try PasswordHasher.setting(cost: cost, salt: $0.salt) }
        self.settings = settings
        self.deferred = deferred
        guard deferred else {
            hashes = try zip(passwords, settings).map { try PasswordHasher.bcrypt($0.0.password, setting: $0.1) }
            return
        }
        let thread = Thread { [self] in
            for (password, setting) in zip(passwords, settings) {
                let outcome = Result { try PasswordHasher.bcrypt(password.password, setting: setting) }
                condition.lock()
                switch outcome {
                case .success(let hash): hashes.append(hash)
                case .failure(let error): failure = error
                }
                condition.broadcast()
                condition.unlock()
                if case .failure = outcome { return }
            }
        }
        thread.start()
    }

    /// The text a row carries for hash `index`: the hash, or while deferred its placeholder.
    func text(_ index: Int) -> String {
        guard deferred else { return hashes[index] }
        let number = String(index)
        return settings[index] + String(decoding: Self.marker, as: UTF8.self) + String(repeating: "0", count: 7 - number.count) + number
    }

    /// How many hashes are computed so far (for tests).
    var computedCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return hashes.count
    }

    /// Hash `index`, once computed.
    private func computed(_ index: Int) throws -> String {
        condition.lock()
        defer { condition.unlock() }
        while hashes.count <= index && failure == nil { condition.wait() }
        if hashes.count <= index, let failure { throw failure }
        return hashes[index]
    }

    /// Puts the real hash in place of every placeholder in the `users` rows of `batch`. Only
    /// those rows carry hashes; the others are not searched.
    func resolve(_ batch: inout EncodedRows) throws {
        guard deferred else { return }
        var start = 0
        for row in batch.rows {
            defer { start = row.end }
            guard row.table == .users else { continue }
            try replacePlaceholders(in: &batch.bytes, from: start, to: row.end)
        }
    }

    /// Puts the real hash in place of every placeholder in `bytes`, encoded `users` rows.
    func resolve(users bytes: inout [UInt8]) throws {
        guard deferred else { return }
        try replacePlaceholders(in: &bytes, from: 0, to: bytes.count)
    }

    /// Puts the real hash in place of every placeholder between `from` and `end` (a hash is as
    /// long as its placeholder, so nothing moves).
    private func replacePlaceholders(in bytes: inout [UInt8], from: Int, to end: Int) throws {
        var from = from
        while let at = Self.markerPosition(in: bytes, from: from, to: end) {
            let digits = bytes[(at + Self.marker.count)..<(at + Self.marker.count + 7)]
            let index = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            let checksum = try computed(index).utf8.suffix(31)
            bytes.replaceSubrange(at..<(at + 31), with: checksum)
            from = at + 31
        }
    }

    private static func markerPosition(in bytes: [UInt8], from: Int, to end: Int) -> Int? {
        let length = marker.count + 7
        guard end - from >= length else { return nil }
        let first = marker[0]
        var at = from
        while at <= end - length {
            if bytes[at] == first && bytes[at..<(at + marker.count)].elementsEqual(marker) { return at }
            at += 1
        }
        return nil
    }
}

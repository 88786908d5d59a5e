internal import CCrypt

/// Real bcrypt hashes (`$2b$`) through libcrypt, so generated users can log in with the
/// scenario's demo password.
///
/// The salt comes from the scenario's random streams, so the hash is the same on every run.
public enum PasswordHasher {
    /// The bcrypt hash of `password` at `cost` with a 16-byte `salt`.
    public static func bcrypt(_ password: String, cost: Int, salt: [UInt8]) throws -> String {
        try bcrypt(password, setting: setting(cost: cost, salt: salt))
    }

    /// The first 29 characters of every bcrypt hash at `cost` with `salt`: `$2b$`, the cost, `$`
    /// and the salt in bcrypt's base 64. The 31 after them are the checksum.
    public static func setting(cost: Int, salt: [UInt8]) throws -> String {
        precondition(salt.count == 16, "bcrypt takes a 16-byte salt")
        var setting = [CChar](repeating: 0, count: 192)  // CRYPT_GENSALT_OUTPUT_SIZE
        let prefixOK = salt.withUnsafeBufferPointer { bytes in
            crypt_gensalt_rn("$2b$", UInt(cost), bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                             Int32(bytes.count), &setting, Int32(setting.count)) != nil
        }
        guard prefixOK else { throw PasswordHashError(message: "libcrypt cannot make a bcrypt salt at cost \(cost)") }
        return String(cString: setting)
    }

    /// The bcrypt hash of `password` with a `setting` from ``setting(cost:salt:)``.
    static func bcrypt(_ password: String, setting: String) throws -> String {
        let scratch = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<crypt_data>.size, alignment: 16)
        defer { scratch.deallocate() }
        scratch.initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<crypt_data>.size)
        guard let hashed = crypt_rn(password, setting, scratch, Int32(MemoryLayout<crypt_data>.size)) else {
            throw PasswordHashError(message: "libcrypt could not hash the demo password with bcrypt")
        }
        let result = String(cString: hashed)
        guard result.hasPrefix("$2b$"), result.utf8.count == 60 else { throw PasswordHashError(message: "libcrypt returned an unexpected hash") }
        return result
    }

    /// Whether `password` matches a bcrypt `hash` (used by tests to prove logins work).
    public static func verify(_ password: String, against hash: String) -> Bool {
        let scratch = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<crypt_data>.size, alignment: 16)
        defer { scratch.deallocate() }
        scratch.initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<crypt_data>.size)
        guard let hashed = crypt_rn(password, hash, scratch, Int32(MemoryLayout<crypt_data>.size)) else { return false }
        return String(cString: hashed) == hash
    }
}

/// libcrypt refused to hash.
public struct PasswordHashError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

import Testing
@testable import SeedKit

/// Deferred password hashes: rows carry a placeholder of the hash's length, and the writing
/// thread puts the real hash in its place, so the bytes are those of hashing up front.
@Suite struct PasswordHashesTests {
    static let passwords: [(password: String, salt: [UInt8])] = [
        ("FynloDemo2025!", Array(0..<16)), ("CasaOaxaca!", Array(repeating: 7, count: 16)),
    ]

    @Test("a placeholder keeps the hash's setting and length, and resolving it gives the hash computed up front")
    func placeholderResolves() throws {
        let eager = try PasswordHashes(Self.passwords, cost: 4, deferred: false)
        let deferred = try PasswordHashes(Self.passwords, cost: 4, deferred: true)
        for index in 0..<2 {
            let hash = eager.text(index), placeholder = deferred.text(index)
            #expect(hash.utf8.count == 60 && placeholder.utf8.count == 60)
            #expect(placeholder.prefix(29) == hash.prefix(29))
            #expect(placeholder != hash)
            #expect(PasswordHasher.verify(Self.passwords[index].password, against: hash))
        }
        // Two users rows around a row of another table that happens to hold the same text.
        var batch = EncodedRows()
        for (table, index) in [(TableName.users, 1), (.products, 0), (.users, 0)] {
            batch.bytes.append(contentsOf: Array("\(index)\tname\t\(deferred.text(index))\tend\n".utf8))
            batch.endRow(table: table, id: Int64(index))
        }
        try deferred.resolve(&batch)
        let lines = String(decoding: batch.bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines[0] == "1\tname\t\(eager.text(1))\tend")
        #expect(lines[1] == "0\tname\t\(deferred.text(0))\tend", "only users rows carry hashes")
        #expect(lines[2] == "0\tname\t\(eager.text(0))\tend")
    }

    @Test("deferred hashes are handed over one by one, in order: the first rows need not wait for the last hash")
    func handedOverInOrder() throws {
        // At cost 12 a hash takes a quarter of a second or more: the first is resolved long
        // before the other two are done.
        let passwords = (0..<3).map { (password: "Password\($0)!", salt: Array(repeating: UInt8($0), count: 16)) }
        let deferred = try PasswordHashes(passwords, cost: 12, deferred: true)
        var batch = EncodedRows()
        batch.bytes.append(contentsOf: Array(deferred.text(0).utf8))
        batch.endRow(table: .users, id: 1)
        try deferred.resolve(&batch)
        #expect(PasswordHasher.verify(passwords[0].password, against: String(decoding: batch.bytes, as: UTF8.self)))
        #expect(deferred.computedCount < passwords.count, "the first hash came before the last was computed")
    }

    @Test("a block of users rows gets every hash in place, as the SQL file writes it")
    func blockResolves() throws {
        let eager = try PasswordHashes(Self.passwords, cost: 4, deferred: false)
        let deferred = try PasswordHashes(Self.passwords, cost: 4, deferred: true)
        var block = Array("1\t\(deferred.text(1))\n2\t\(deferred.text(0))\n".utf8)
        try deferred.resolve(users: &block)
        #expect(String(decoding: block, as: UTF8.self) == "1\t\(eager.text(1))\n2\t\(eager.text(0))\n")
    }

    @Test("hashing up front leaves rows as they are")
    func eagerResolveChangesNothing() throws {
        let eager = try PasswordHashes(Self.passwords, cost: 4, deferred: false)
        var batch = EncodedRows()
        batch.bytes.append(contentsOf: Array(eager.text(0).utf8))
        batch.endRow(table: .users, id: 1)
        let before = batch.bytes
        try eager.resolve(&batch)
        #expect(batch.bytes == before)
    }
}

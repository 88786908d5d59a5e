import Testing
@testable import SeedKit

@Suite struct ProvenanceTests {
    @Test("SHA-256 matches the FIPS 180-4 examples and a multi-block message")
    func sha256Vectors() {
        #expect(SHA256.hex(of: Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000))
            == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test("a loaded scenario's provenance names its file's hash, its seed and as-of date, and this SeedKit")
    func loadedScenario() throws {
        let scenario = try ScenarioLoader.load(contentsOf: Repository.fixture("tiny.yaml"))
        let provenance = Provenance(of: scenario)
        #expect(provenance.scenarioName == "tiny")
        #expect(provenance.scenarioSHA256?.count == 64)
        #expect(provenance.summary == "scenario tiny (sha256 \(provenance.scenarioSHA256!)), seed \(scenario.seed), as of 2025-03-31, SeedKit \(SeedKitVersion.current)")
    }
}

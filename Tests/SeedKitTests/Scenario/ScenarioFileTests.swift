import Foundation
import Testing
@testable import SeedKit

/// A file that cannot be read as a scenario says why, with its path and what to do.
@Suite struct ScenarioFileTests {
    /// The one-line description of loading the file at `path`.
    private func failure(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        do {
            _ = try ScenarioLoader.load(contentsOf: path)
            Issue.record("expected \(path) to be refused", sourceLocation: sourceLocation)
            return ""
        } catch {
            return String(describing: error).split(separator: "\n").first.map(String.init) ?? ""
        }
    }

    private func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UUID().uuidString).yaml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a file that is not UTF-8 is refused with the offset of the first bad byte")
    func notUTF8() throws {
        let path = try file(Array("seed: 1\nname: caf".utf8) + [0xE9] + Array("\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(failure(path) == "\(path): error: cannot read the scenario: it is not UTF-8 text: the byte at offset 17 "
            + "(0xE9) is not valid UTF-8; save the file as UTF-8")
    }

    @Test("a UTF-16 file is recognised by its byte-order mark")
    func utf16() throws {
        let path = try file([0xFF, 0xFE] + Array("s\0e\0".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(failure(path) == "\(path): error: cannot read the scenario: it is UTF-16 text, not UTF-8; save it as UTF-8")
    }

    @Test("/dev/null reads as an empty scenario, not as a permission problem")
    func devNull() {
        #expect(failure("/dev/null") == "/dev/null:1:1: error: the scenario is empty; it must be a mapping with at least "
            + "seed, as_of, demo_password, platform and restaurants")
    }

    @Test("a directory is named as one")
    func directory() {
        #expect(failure("/tmp") == "/tmp: error: cannot read the scenario: it is a directory, not a scenario file")
    }

    @Test("binary content is refused at its first control character")
    func binary() throws {
        let path = try file(Array("seed: 1\n".utf8) + [0x01, 0x02])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(failure(path) == "\(path):2:1: error: invalid YAML: control characters are not allowed")
    }
}

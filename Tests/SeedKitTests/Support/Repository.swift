import Foundation

/// Paths in this repository, found from this file's location, so tests run from any directory.
enum Repository {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// A shipped scenario, e.g. `scenario("mexican-demo")`.
    static func scenario(_ name: String) -> String {
        root.appendingPathComponent("Scenarios/\(name).yaml").path
    }

    /// A test fixture file.
    static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Tests/SeedKitTests/Fixtures/\(name)").path
    }
}

extension Repository {
    /// Writes a copy of the scenario at `path` with one piece of its text replaced (which must
    /// be there) into `directory`, and returns the copy's path.
    static func scenarioVariant(of path: String, replacing old: String, with new: String, in directory: URL,
                                named name: String) throws -> String {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        precondition(text.contains(old), "\(path) has no \(old)")
        let variant = directory.appendingPathComponent(name)
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: variant)
        return variant.path
    }
}

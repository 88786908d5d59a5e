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

import Foundation

/// The built `seedkit` executable, run as a user would run it.
enum SeedKitBinary {
    /// `swift test` builds every product next to the test bundle.
    static let path: String = {
        var directory = Bundle.main.bundleURL
        if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
        return directory.appendingPathComponent("seedkit").path
    }()

    /// Runs `seedkit arguments…` in `directory` (the repository root by default).
    static func run(_ arguments: [String], in directory: String = Repository.root.path,
                    environment: [String: String]? = nil) throws -> ProcessRunner.Output {
        try ProcessRunner.capture(path, arguments, environment: environment, directory: directory)
    }
}

internal import Foundation

extension ReportData {
    /// Generates `scenario` into a temporary SQLite database, reads the report out of it (the
    /// same code path as a database's report) and deletes it. The demo password, which no
    /// database holds, comes from the scenario.
    public init(generating scenario: Scenario, jobs: Int = 1, cancellation: Cancellation = .never,
                progress: GenerationProgress.Observer? = nil) throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("seedkit-report-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw SinkError.io(path: directory.path, message: "cannot create a temporary folder: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("\(scenario.name).sqlite").path
        let sink = SQLiteSink(path: path, replace: false)
        sink.provenance = Provenance(of: scenario)
        let generation = Generation(scenario: scenario, jobs: jobs, cancellation: cancellation)
        if let progress {
            try generation.run(into: ProgressSink(wrapping: sink, scenario: scenario, observer: progress))
        } else {
            try generation.run(into: sink)
        }
        try self.init(reading: SQLiteReader(path: path), expectations: RealismExpectations(scenario: scenario))
        provenance = Provenance(of: scenario)
        demoPassword = scenario.demoPassword
        realismFromScenario = true
    }
}

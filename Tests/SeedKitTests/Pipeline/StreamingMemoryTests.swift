import Foundation
import Testing
@testable import SeedKit

/// Rows stream from the generators to the sink: a year of history needs no more memory than a
/// month.
@Suite struct StreamingMemoryTests {
    /// Peak resident memory of `seedkit generate` for the Mexican demo with `days` of history.
    func peakMemory(days: Int, in directory: URL) throws -> Int {
        let scenario = try Repository.scenarioVariant(of: Repository.scenario("mexican-demo"), replacing: "history_days: 90",
                                                      with: "history_days: \(days)", in: directory, named: "days-\(days).yaml")
        let out = directory.appendingPathComponent("days-\(days).sql").path
        return try peakMemory(of: ["generate", scenario, "--out", out, "--dialect", "postgres"])
    }

    /// Peak resident memory of `seedkit` run with `arguments`, in kilobytes.
    func peakMemory(of arguments: [String]) throws -> Int {
        let devNull = open("/dev/null", O_WRONLY)
        defer { close(devNull) }
        let pid = try ProcessRunner.spawn(SeedKitBinary.path, arguments, stdout: devNull, stderr: devNull)
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        #expect(status == 0)
        return usage.ru_maxrss  // kilobytes on Linux
    }

    @Test("a scenario of 1,000 fleet restaurants loads in about the memory of one of 20: fleet restaurants are drawn when read")
    func memoryDoesNotGrowWithFleetSize() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let peaks = try [20, 1000].map { count in
                let scenario = try Repository.scenarioVariant(of: Repository.root.appendingPathComponent("Benchmarks/platform-1000.yaml").path,
                                                              replacing: "count: 1000", with: "count: \(count)", in: directory,
                                                              named: "platform-\(count).yaml")
                return try peakMemory(of: ["validate", scenario])
            }
            // Kept whole, the 980 more restaurants took 10 MB (about 10 KB each); drawn, under 2 MB.
            #expect(Double(peaks[1]) <= Double(peaks[0]) * 1.1, "20 restaurants: \(peaks[0]) KB, 1,000: \(peaks[1]) KB")
        }
    }

    @Test("peak memory for 365 days of history stays within 25 % (+8 MB) of 30 days'")
    func memoryDoesNotGrowWithHistory() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            let month = try peakMemory(days: 30, in: directory)
            let year = try peakMemory(days: 365, in: directory)
            #expect(Double(year) <= Double(month) * 1.25 + 8_192, "30 days: \(month) KB, 365 days: \(year) KB")
            // The year really is twelve times the data.
            let sizes = try [30, 365].map { days in
                try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("days-\(days).sql").path)[.size] as! Int
            }
            #expect(sizes[1] > 8 * sizes[0])
        }
    }
}

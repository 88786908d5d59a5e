import Foundation
import Testing
@testable import SeedKit

/// Ctrl-C during `generate` leaves the destination as it was, with no temporary file behind.
@Suite struct InterruptionTests {
    @Test("an interrupted generate exits 130 and writes nothing")
    func interruptedWritesNothing() throws {
        try SinkFixture.withTemporaryDirectory { directory in
            // bcrypt at cost 14 takes about a second, before the first row: time enough to interrupt.
            let scenario = try Repository.scenarioVariant(of: Repository.fixture("tiny.yaml"), replacing: "password_cost: 4",
                                                          with: "password_cost: 14", in: directory, named: "slow.yaml")
            let out = directory.appendingPathComponent("out.sqlite").path
            let devNull = open("/dev/null", O_WRONLY)
            defer { close(devNull) }
            let pid = try ProcessRunner.spawn(SeedKitBinary.path, ["generate", scenario, "--out", out],
                                              stdout: devNull, stderr: devNull)
            usleep(300_000)
            kill(pid, SIGINT)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            #expect((status >> 8) & 0xFF == 130, "exit status \(status)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["slow.yaml"])
        }
    }
}

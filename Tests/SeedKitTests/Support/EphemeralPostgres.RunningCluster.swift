import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The cluster of this process, which the exit handler tears down. A global, because `atexit`
/// takes a C function, which cannot capture the cluster.
final class RunningCluster: @unchecked Sendable {
    static let current = RunningCluster()

    /// How a wait for the server to start ended; the cases that failed carry the server's log.
    enum Readiness {
        case ready
        case exited(log: String)
        case timedOut(log: String)
    }

    private let lock = NSLock()
    private var adopted: String?
    private var server: pid_t?
    private var watchdog: (pid: pid_t, pipe: Int32)?

    /// The cluster's directory; it holds the Unix socket, the log and `data`.
    var directory: String { lock.withLock { adopted ?? "" } }
    var data: String { directory + "/data" }
    var log: String { directory + "/postgres.log" }

    /// Takes charge of a cluster directory: it is removed at exit, or by a watchdog if this
    /// process dies without running its exit handlers (a crash, a signal).
    func adopt(directory: String) {
        lock.withLock { adopted = directory }
        startWatchdog(directory: directory)
    }

    /// Waits until the server, this process's child `server`, accepts connections (its
    /// `postmaster.pid` says "ready", as `pg_ctl -w` checks), exits, or `timeout` passes; a
    /// server that did not become ready is stopped and reaped.
    func waitUntilReady(server: pid_t, timeout: Duration) -> Readiness {
        lock.withLock { self.server = server }
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if Self.reap(server) {
                lock.withLock { self.server = nil }
                return .exited(log: readLog())
            }
            let status = (try? String(contentsOfFile: data + "/postmaster.pid", encoding: .utf8))?
                .split(separator: "\n", omittingEmptySubsequences: false)
            if let status, status.count > 7, status[7].trimmingCharacters(in: .whitespaces) == "ready" { return .ready }
            usleep(20_000)
        }
        stopServer()
        return .timedOut(log: readLog())
    }

    /// Stops the server, if one runs, removes the directory and lets the watchdog finish,
    /// which has nothing left to do then. Safe to call more than once.
    func tearDown() {
        stopServer()
        let (directory, watchdog) = lock.withLock {
            defer { (adopted, self.watchdog) = (nil, nil) }
            return (adopted, self.watchdog)
        }
        if let directory { try? FileManager.default.removeItem(atPath: directory) }
        if let watchdog {
            close(watchdog.pipe)
            waitpid(watchdog.pid, nil, 0)
        }
    }

    /// What `pg_ctl stop -m immediate` does: SIGQUIT to the postmaster (named in its pid file;
    /// as root our child is `runuser`, which does not pass the signal on); then reaps our child,
    /// waiting at most 10 s before killing it.
    func stopServer() {
        guard let server = lock.withLock({ server }) else { return }
        let pidFile = try? String(contentsOfFile: data + "/postmaster.pid", encoding: .utf8)
        let postmaster = pidFile?.split(separator: "\n").first.flatMap { pid_t($0) } ?? server
        kill(postmaster, SIGQUIT)
        var stopped = false
        for _ in 0..<500 {
            stopped = Self.reap(server)
            if stopped { break }
            usleep(20_000)
        }
        if !stopped {
            kill(postmaster, SIGKILL)
            kill(server, SIGKILL)
            waitpid(server, nil, 0)
        }
        lock.withLock { self.server = nil }
    }

    /// Whether our child `pid` has exited, reaping it if so.
    private static func reap(_ pid: pid_t) -> Bool {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        return result == pid || (result == -1 && errno == ECHILD)
    }

    private func readLog() -> String {
        (try? String(contentsOfFile: log, encoding: .utf8)) ?? "(no log at \(log))"
    }

    /// A shell that stops the server and removes the directory once this process is gone
    /// however it ended (a crash, SIGKILL): it waits for the end of a pipe whose only writer is
    /// this process. It runs in its own process group and ignores the signals a terminal or CI
    /// sends on interrupt or timeout.
    private func startWatchdog(directory: String) {
        let script = """
            trap '' HUP INT QUIT TERM
            while read -r _; do :; done
            pid=$(head -n 1 "$1/data/postmaster.pid" 2>/dev/null)
            if [ -n "$pid" ] && kill -QUIT "$pid" 2>/dev/null; then
                n=0
                while kill -0 "$pid" 2>/dev/null && [ "$n" -lt 50 ]; do sleep 0.2; n=$((n + 1)); done
            fi
            rm -rf "$1"
            """
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
        let watchdog = try? ProcessRunner.spawn(
            "/bin/sh", ["-c", script, "seedkit-postgres-watchdog", directory],
            stdin: ends[0], stdout: null, stderr: null, newProcessGroup: true)
        close(null)
        close(ends[0])
        guard let watchdog else {
            close(ends[1])
            return
        }
        lock.withLock { self.watchdog = (watchdog, ends[1]) }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A throwaway PostgreSQL cluster for tests that need a real server.
///
/// One cluster serves the whole test process: ``shared()`` runs `initdb` and starts `postgres`
/// on first use, in a fresh temporary directory (in memory under /dev/shm when it has room),
/// listening on a free port on 127.0.0.1 only, with trust authentication, UTF8, `C` locale,
/// UTC and durability turned off for speed. Tests run in parallel, so each one takes its own
/// empty database from ``createDatabase()``.
///
/// When the process runs as root the server programs run as the `postgres` OS user (PostgreSQL
/// refuses root) and the directory belongs to that user. The server is a child of this process
/// (not daemonized by `pg_ctl`), so that this process reaps it and no zombie is left behind. It
/// is stopped like `pg_ctl stop -m immediate` and the directory removed when the process exits
/// (an `atexit` handler), or by a watchdog shell if the process dies without exiting normally.
/// Missing binaries are an error, never a reason to skip.
final class EphemeralPostgres: Sendable {
    /// The TCP port the server listens on, on 127.0.0.1.
    let port: Int
    /// The directory holding the server's Unix socket (and, below it, the cluster itself).
    let socketDirectory: String
    /// The directory of the PostgreSQL programs in use, e.g. `/usr/lib/postgresql/15/bin`.
    let binDirectory: String

    private let psqlPath: String
    private let clientEnvironment: [String: String]
    private let names = DatabaseNames()

    private static let startup = Result { try EphemeralPostgres() }

    /// The cluster of this test process, started on first call; later calls return the same
    /// cluster, or rethrow the same startup error without trying again.
    static func shared() throws -> EphemeralPostgres { try startup.get() }

    /// Creates a fresh, empty database (a copy of `template0`) and returns its name.
    func createDatabase() throws -> String {
        let name = names.next()
        try psql(database: "postgres", command: #"CREATE DATABASE "\#(name)" TEMPLATE template0"#)
        return name
    }

    /// A libpq URI for a database of this cluster over TCP; no password is needed (trust).
    func connectionURI(database: String, user: String = "postgres") -> String {
        "postgres://\(user)@127.0.0.1:\(port)/\(database)"
    }

    /// Runs a SQL file with `psql`, stopping at the first error, and returns what it printed.
    /// Throws ``ProcessRunner/Failure`` carrying psql's stderr (the server's message) on error.
    @discardableResult
    func psql(database: String, file: String) throws -> String {
        try ProcessRunner.run(psqlPath, connection(database) + ["-f", file], environment: clientEnvironment).stdout
    }

    /// Runs one SQL command with `psql -At` (unaligned, tuples only) and returns its output
    /// without the trailing newline: one row a line, columns separated by `|`.
    @discardableResult
    func psql(database: String, command: String) throws -> String {
        let output = try ProcessRunner.run(psqlPath, connection(database) + ["-At", "-c", command], environment: clientEnvironment)
        var text = output.stdout[...]
        while text.last == "\n" { text = text.dropLast() }
        return String(text)
    }

    private func connection(_ database: String) -> [String] {
        ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", socketDirectory, "-p", "\(port)", "-U", "postgres", "-d", database]
    }

    private init() throws {
        binDirectory = try Self.findBinDirectory()
        let bundledPSQL = binDirectory + "/psql"
        let psql = FileManager.default.isExecutableFile(atPath: bundledPSQL) ? bundledPSQL : ProcessRunner.which("psql")
        guard let psql else {
            throw StartError("psql was not found; install it with `apt-get install -y postgresql-client`")
        }
        psqlPath = psql
        clientEnvironment = Self.environment(["PGCLIENTENCODING": "UTF8", "PGCONNECT_TIMEOUT": "10"])

        let owner = try ServerOwner.current()
        let directory = try owner.makeDirectory()
        socketDirectory = directory
        let cluster = RunningCluster.current
        cluster.adopt(directory: directory)
        atexit { RunningCluster.current.tearDown() }
        do {
            let data = directory + "/data"
            let environment = Self.environment([:])
            try owner.run(
                binDirectory + "/initdb",
                ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions"],
                environment: environment, directory: directory)
            try Self.configure(data: data, socketDirectory: directory)
            port = try Self.start(owner: owner, postgres: binDirectory + "/postgres", cluster: cluster, environment: environment)
        } catch {
            cluster.tearDown()
            throw error
        }
    }

    private static func configure(data: String, socketDirectory: String) throws {
        let settings = """

            # EphemeralPostgres: a throwaway test cluster, fast rather than durable.
            listen_addresses = '127.0.0.1'
            unix_socket_directories = '\(socketDirectory.replacingOccurrences(of: "'", with: "''"))'
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            wal_level = minimal
            max_wal_senders = 0
            timezone = 'UTC'
            lc_messages = 'C'

            """
        let path = data + "/postgresql.conf"
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(settings.utf8))
        } catch {
            throw StartError("could not configure \(path): \(error)")
        }
    }

    /// Starts the server on a free port and waits until it accepts connections, retrying with
    /// another port if one is taken between finding it and the server binding it.
    private static func start(owner: ServerOwner, postgres: String, cluster: RunningCluster, environment: [String: String]) throws -> Int {
        for attempt in 1...3 {
            let port = try freePort()
            let logFile = open(cluster.log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            guard logFile >= 0 else { throw StartError("could not open \(cluster.log) (errno \(errno))") }
            let server = Result {
                try owner.spawn(postgres, ["-D", cluster.data, "-p", "\(port)"], environment: environment, directory: cluster.directory, output: logFile)
            }
            close(logFile)
            switch cluster.waitUntilReady(server: try server.get(), timeout: .seconds(30)) {
            case .ready:
                return port
            case .exited(let log) where attempt < 3 && log.contains("could not bind"):
                continue
            case .exited(let log):
                throw StartError("PostgreSQL exited while starting; its log:\n\(log.suffix(4000))")
            case .timedOut(let log):
                throw StartError("PostgreSQL did not accept connections within 30 seconds; its log:\n\(log.suffix(4000))")
            }
        }
        preconditionFailure("the loop returns or throws on its last attempt")
    }

    /// The newest `/usr/lib/postgresql/*/bin` with `initdb` and `postgres`, else their directory
    /// on `PATH` (Homebrew, Postgres.app); throws with how to install them if there is none.
    static func findBinDirectory(root: String = "/usr/lib/postgresql", searchPath: String? = nil) throws -> String {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let installed = versions
            .map { (version: $0.split(separator: ".").map { Int($0) ?? 0 }, bin: "\(root)/\($0)/bin") }
            .filter { hasServer($0.bin) }
            .max { $0.version.lexicographicallyPrecedes($1.version) }
        if let installed { return installed.bin }
        if let initdb = ProcessRunner.which("initdb", searchPath: searchPath) {
            let bin = URL(fileURLWithPath: initdb).resolvingSymlinksInPath().deletingLastPathComponent().path
            if hasServer(bin) { return bin }
        }
        throw StartError("""
            the PostgreSQL server programs (initdb, postgres) were not found under \(root)/*/bin or on PATH. \
            The tests run a real PostgreSQL server and fail without one: install it with \
            `apt-get install -y postgresql` (or run scripts/bootstrap).
            """)
    }

    private static func hasServer(_ bin: String) -> Bool {
        ["initdb", "postgres"].allSatisfy { FileManager.default.isExecutableFile(atPath: "\(bin)/\($0)") }
    }

    /// This process's environment without `PG*` variables that could point psql or the server
    /// elsewhere, with English messages, plus `extra`.
    private static func environment(_ extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }
        environment["LC_ALL"] = "C"
        environment.merge(extra) { $1 }
        return environment
    }

    /// A TCP port on 127.0.0.1 that nothing listens on: the kernel picks it for a bound socket.
    private static func freePort() throws -> Int {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw StartError("could not open a socket to find a free port (errno \(errno))") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let found = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard found else { throw StartError("could not bind a socket to 127.0.0.1 to find a free port (errno \(errno))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

extension EphemeralPostgres {
    /// Why the cluster could not be started.
    struct StartError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = "EphemeralPostgres: " + description }
    }
}

/// Unique database names: a counter for order, a random part so that names never repeat
/// across runs that might share a server.
private final class DatabaseNames: @unchecked Sendable {
    private let lock = NSLock()
    private var counter = 0

    func next() -> String {
        let number = lock.withLock {
            counter += 1
            return counter
        }
        let random = String(UInt32.random(in: 0...0xFFFFFF), radix: 16)
        return "t_\(number)_\(random)"
    }
}

/// Who runs the server programs: this process's user, or the `postgres` OS user when this
/// process is root, since PostgreSQL refuses to run as root.
private struct ServerOwner {
    /// The `postgres` user's ids when switching to it; nil when running the programs directly.
    let postgres: (uid: uid_t, gid: gid_t)?

    static func current() throws -> ServerOwner {
        guard geteuid() == 0 else { return ServerOwner(postgres: nil) }
        guard let entry = getpwnam("postgres") else {
            throw EphemeralPostgres.StartError("""
                running as root, the server must run as the `postgres` OS user, which does not exist; \
                `apt-get install -y postgresql` creates it
                """)
        }
        return ServerOwner(postgres: (entry.pointee.pw_uid, entry.pointee.pw_gid))
    }

    /// A new private directory that the server's user owns: in memory under /dev/shm when it
    /// has room (creating a database there takes a fifth of the time it takes on disk), else
    /// under the temporary directory; as root under /tmp, which `postgres` can reach whatever
    /// root's TMPDIR is.
    func makeDirectory() throws -> String {
        var base = Self.hasRoom("/dev/shm") ? "/dev/shm" : postgres == nil ? NSTemporaryDirectory() : "/tmp"
        while base.count > 1, base.hasSuffix("/") { base.removeLast() }
        var template = Array("\(base)/seedkit-pg-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else {
            throw EphemeralPostgres.StartError("could not create a temporary directory in \(base) (errno \(errno))")
        }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        if let postgres, chown(path, postgres.uid, postgres.gid) != 0 {
            let error = errno
            try? FileManager.default.removeItem(atPath: path)
            throw EphemeralPostgres.StartError("could not give \(path) to the postgres user (errno \(error))")
        }
        return path
    }

    /// Whether `path` is a writable file system with 2 GiB free, room for many test databases
    /// (a container's /dev/shm often has 64 MiB).
    private static func hasRoom(_ path: String) -> Bool {
        var stats = statvfs()
        guard access(path, W_OK) == 0, statvfs(path, &stats) == 0 else { return false }
        return UInt64(stats.f_bavail) * UInt64(stats.f_frsize) >= 2 << 30
    }

    /// Runs a server program as the server's user, to completion.
    func run(_ executable: String, _ arguments: [String], environment: [String: String], directory: String) throws {
        let (executable, arguments) = command(executable, arguments)
        try ProcessRunner.run(executable, arguments, environment: environment, directory: directory)
    }

    /// Starts a server program as the server's user, with stdout and stderr on `output`, and
    /// returns the id of this process's child: the program, or `runuser` or `su` running it.
    func spawn(_ executable: String, _ arguments: [String], environment: [String: String], directory: String, output: Int32) throws -> pid_t {
        let (executable, arguments) = command(executable, arguments)
        return try ProcessRunner.spawn(executable, arguments, environment: environment, directory: directory, stdout: output, stderr: output)
    }

    private func command(_ executable: String, _ arguments: [String]) -> (String, [String]) {
        guard postgres != nil else { return (executable, arguments) }
        let runuser = ["runuser", "/usr/sbin/runuser", "/sbin/runuser"].lazy.compactMap { ProcessRunner.which($0) }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        if let runuser { return (runuser, ["-u", "postgres", "--", executable] + arguments) }
        // `--` first: su would otherwise take the program's options (`-D`) for its own.
        return ("su", ["-s", "/bin/sh", "-c", #"exec "$0" "$@""#, "--", "postgres", executable] + arguments)
    }
}

/// The cluster of this process, which the exit handler tears down. A global, because `atexit`
/// takes a C function, which cannot capture the cluster.
private final class RunningCluster: @unchecked Sendable {
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

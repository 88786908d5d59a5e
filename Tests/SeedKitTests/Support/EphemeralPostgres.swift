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

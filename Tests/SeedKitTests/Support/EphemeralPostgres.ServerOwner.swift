import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who runs the server programs: this process's user, or the `postgres` OS user when this
/// process is root, since PostgreSQL refuses to run as root.
struct ServerOwner {
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

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion and captures what it prints, for tests that drive real tools
/// (`psql`, `initdb`, `pg_ctl`, the built `seedkit` binary).
///
/// It uses `posix_spawn` and `waitpid` rather than Foundation's `Process`, which on Linux waits
/// for a socket that every descendant inherits: a daemon the program starts (`pg_ctl start`
/// leaves a postmaster) would keep it open and `waitUntilExit()` would never return. For the
/// same reason the child gets no descriptor but stdin (`/dev/null`), stdout and stderr, and
/// these go to temporary files rather than pipes.
enum ProcessRunner {
    /// What a finished program printed, and how it exited.
    struct Output: Sendable {
        /// The exit status, or 128 + the signal number if a signal killed the program.
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// A program that could not be started or exited with a non-zero status.
    struct Failure: Error, CustomStringConvertible {
        let command: String
        let status: Int32?
        let stderr: String

        var description: String {
            let outcome = status.map { "exited with status \($0)" } ?? "could not be run"
            let detail = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            return "`\(command)` \(outcome)" + (detail.isEmpty ? "" : ":\n\(detail)")
        }
    }

    /// Runs `executable` (a path, or a name looked up on `PATH`) and returns its output; throws
    /// ``Failure`` with the command line and its stderr when it exits with a non-zero status.
    @discardableResult
    static func run(
        _ executable: String,
        _ arguments: [String],
        environment: [String: String]? = nil,
        directory: String? = nil
    ) throws -> Output {
        let output = try capture(executable, arguments, environment: environment, directory: directory)
        guard output.status == 0 else {
            throw Failure(
                command: commandLine(executable, arguments),
                status: output.status,
                stderr: output.stderr.isEmpty ? output.stdout : output.stderr
            )
        }
        return output
    }

    /// Runs `executable` and returns its output whatever its exit status.
    static func capture(
        _ executable: String,
        _ arguments: [String],
        environment: [String: String]? = nil,
        directory: String? = nil
    ) throws -> Output {
        let command = commandLine(executable, arguments)
        let stdout = try CaptureFile(command: command)
        defer { stdout.remove() }
        let stderr = try CaptureFile(command: command)
        defer { stderr.remove() }

        let pid = try spawn(executable, arguments, environment: environment, directory: directory, stdout: stdout.descriptor, stderr: stderr.descriptor)
        stdout.closeDescriptor()
        stderr.closeDescriptor()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw Failure(command: command, status: nil, stderr: "waitpid: \(String(cString: strerror(errno)))") }
        }
        let signal = status & 0x7F
        return Output(
            status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
            stdout: try stdout.text(),
            stderr: try stderr.text() + (signal == 0 ? "" : "\n(killed by signal \(signal))")
        )
    }

    /// Starts `executable` with stdin from `stdin` (by default `/dev/null`), stdout and stderr
    /// on the given descriptors, no other descriptor, and the default signal mask; returns its
    /// process id without waiting. With `newProcessGroup` it leaves this process's group, so signals sent
    /// to the group (a terminal's Ctrl-C, a CI timeout) do not reach it.
    static func spawn(
        _ executable: String,
        _ arguments: [String],
        environment: [String: String]? = nil,
        directory: String? = nil,
        stdin: Int32? = nil,
        stdout: Int32,
        stderr: Int32,
        newProcessGroup: Bool = false
    ) throws -> pid_t {
        let command = commandLine(executable, arguments)
        guard let path = which(executable) else {
            throw Failure(command: command, status: nil, stderr: "\(executable) was not found on PATH")
        }
        var actions = SpawnActions()
        defer { actions.destroy() }
        var attributes = SpawnAttributes(newProcessGroup: newProcessGroup)
        defer { attributes.destroy() }
        if let stdin {
            posix_spawn_file_actions_adddup2(&actions.value, stdin, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions.value, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions.value, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions.value, stderr, 2)
        actions.closeFrom(3)
        if let directory { actions.changeDirectory(to: directory) }

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let variables = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let envp = variables.map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }

        var pid = pid_t()
        let result = posix_spawn(&pid, path, &actions.value, &attributes.value, argv, envp)
        guard result == 0 else {
            throw Failure(command: command, status: nil, stderr: String(cString: strerror(result)))
        }
        return pid
    }

    /// The full path of `name` on `searchPath` (by default `PATH`), or nil; a name with a slash
    /// is returned as it is.
    static func which(_ name: String, searchPath: String? = nil) -> String? {
        if name.contains("/") { return name }
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":")
            .map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The command as a shell would show it, for error messages.
    static func commandLine(_ executable: String, _ arguments: [String]) -> String {
        ([executable] + arguments).map(quoted).joined(separator: " ")
    }

    private static func quoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:@,+%".contains($0) }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}

/// A temporary file that receives one stream of a child process.
private final class CaptureFile {
    let path: String
    private(set) var descriptor: Int32

    init(command: String) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("seedkit-output-\(UUID().uuidString)").path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw ProcessRunner.Failure(command: command, status: nil, stderr: "could not create \(path): \(String(cString: strerror(errno)))")
        }
    }

    func text() throws -> String {
        do {
            return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        } catch {
            throw ProcessRunner.Failure(command: "read \(path)", status: nil, stderr: "\(error)")
        }
    }

    func closeDescriptor() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }

    func remove() {
        closeDescriptor()
        unlink(path)
    }
}

/// `posix_spawn` file actions, with the two non-standard ones this file needs.
private struct SpawnActions {
    #if canImport(Darwin)
    var value: posix_spawn_file_actions_t = nil
    #else
    var value = posix_spawn_file_actions_t()
    #endif

    init() { posix_spawn_file_actions_init(&value) }

    mutating func destroy() { posix_spawn_file_actions_destroy(&value) }

    /// Closes every descriptor from `lowest` up in the child. On Darwin the attributes'
    /// `POSIX_SPAWN_CLOEXEC_DEFAULT` does it.
    mutating func closeFrom(_ lowest: Int32) {
        #if canImport(Glibc)
        _ = glibcAddCloseFrom?(&value, lowest)
        #endif
    }

    mutating func changeDirectory(to path: String) {
        #if canImport(Darwin)
        posix_spawn_file_actions_addchdir_np(&value, path)
        #else
        _ = glibcAddChdir?(&value, path)
        #endif
    }
}

/// `posix_spawn` attributes: an empty signal mask and default SIGPIPE, whatever this process
/// (a test runner with its own threads and handlers) has.
private struct SpawnAttributes {
    #if canImport(Darwin)
    var value: posix_spawnattr_t = nil
    #else
    var value = posix_spawnattr_t()
    #endif

    init(newProcessGroup: Bool) {
        posix_spawnattr_init(&value)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)
        if newProcessGroup {
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
            posix_spawnattr_setpgroup(&value, 0)
        }
        #if canImport(Darwin)
        flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        posix_spawnattr_setflags(&value, Int16(flags))
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&value, &mask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&value, &defaults)
    }

    mutating func destroy() { posix_spawnattr_destroy(&value) }
}

#if canImport(Glibc)
// glibc has had these since 2.34 and 2.29, but declares them only under _GNU_SOURCE, which
// Swift's Glibc module does not define; look them up, and do without on an older libc.
private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
private let glibcAddCloseFrom = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np").map { unsafeBitCast($0, to: AddCloseFrom.self) }
private let glibcAddChdir = dlsym(nil, "posix_spawn_file_actions_addchdir_np").map { unsafeBitCast($0, to: AddChdir.self) }
#endif

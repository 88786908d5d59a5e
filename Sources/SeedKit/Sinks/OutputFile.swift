internal import Foundation

/// A file that appears at its destination only when finished: it is written under a temporary
/// name in the same directory (`.<name>.partial-<pid>`), then made durable and renamed into place.
///
/// Readers of the destination never see a half-written file, and a failed or abandoned run
/// leaves the destination exactly as it was.
final class OutputFile {
    /// The destination, as the user gave it (used in messages).
    let path: String
    /// Where the content is written until ``commit()``.
    let temporaryPath: String
    private let directory: String
    private let replace: Bool
    private var isSettled = false

    /// Checks the destination and prepares its directory.
    ///
    /// - Throws: ``SinkError/destinationExists(path:)`` when the destination exists and
    ///   `replace` is false; ``SinkError/io(path:message:)`` when the directory cannot be made.
    init(path: String, replace: Bool) throws {
        let url = URL(fileURLWithPath: path)
        self.path = path
        self.replace = replace
        self.directory = url.deletingLastPathComponent().path
        self.temporaryPath = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())").path
        if !replace && FileManager.default.fileExists(atPath: path) {
            throw SinkError.destinationExists(path: path)
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw SinkError.foundation("create the directory \(directory)", path: path, error: error)
        }
        Self.removeStaleTemporaryFiles(in: directory)
        // Creating the file now, rather than when writing starts, says plainly when the folder is
        // not writable (a file left by an earlier process with the same id is ours to reuse).
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw SinkError.io(path: path, message: "cannot create a file in the folder \(directory) (\(reason)); "
                + "write to a folder where you may create files")
        }
        close(descriptor)
    }

    /// Removes the temporary files that killed runs left in `directory`: names of the form
    /// `.<name>.partial-<pid>` whose process is gone. A running process's file, and anything not
    /// a regular file, is left alone.
    static func removeStaleTemporaryFiles(in directory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(".") {
            guard let marker = name.range(of: ".partial-", options: .backwards), marker.lowerBound > name.index(after: name.startIndex),
                  let pid = pid_t(name[marker.upperBound...]), pid > 0, pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            let file = (directory as NSString).appendingPathComponent(name)
            var status = stat()
            guard lstat(file, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            unlink(file)
        }
    }

    deinit { discard() }

    /// Flushes the finished temporary file to disk and renames it to the destination.
    ///
    /// Without `replace`, the move refuses to overwrite a destination that appeared meanwhile.
    func commit() throws {
        precondition(!isSettled, "an output file is committed or discarded once")
        try syncFile(at: temporaryPath)
        if replace {
            guard rename(temporaryPath, path) == 0 else { throw SinkError.posix("move the finished file into place", path: path) }
        } else if link(temporaryPath, path) == 0 {
            unlink(temporaryPath)
        } else if errno == EEXIST {
            throw SinkError.destinationExists(path: path)
        } else if FileManager.default.fileExists(atPath: path) {
            throw SinkError.destinationExists(path: path)
        } else {
            // Some file systems have no hard links; a plain rename is the next best thing.
            guard rename(temporaryPath, path) == 0 else { throw SinkError.posix("move the finished file into place", path: path) }
        }
        isSettled = true
        try? syncFile(at: directory)  // makes the rename durable; not every file system allows it
    }

    /// Removes the temporary file. Safe to call more than once.
    func discard() {
        guard !isSettled else { return }
        isSettled = true
        unlink(temporaryPath)
    }

    private func syncFile(at syncPath: String) throws {
        let descriptor = open(syncPath, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SinkError.posix("open \(syncPath) to flush it", path: path) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw SinkError.posix("flush \(syncPath) to disk", path: path) }
    }
}

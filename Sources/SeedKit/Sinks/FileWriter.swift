internal import Foundation

/// Writes bytes to a new file through one large, reused buffer, starting the write-out to disk
/// as the file grows (``WriteBehind``).
///
/// Callers append straight into ``buffer`` and call ``flushIfFull()`` now and then, so a row
/// costs no allocation and the file sees few, large writes.
final class FileWriter {
    /// Bytes not yet written. Append to it freely.
    var buffer: [UInt8] = []
    private let filePath: String
    private let reportedPath: String
    private var descriptor: Int32
    private let capacity: Int
    /// Bytes written to the file so far, and where the range not yet handed to ``WriteBehind`` starts.
    private var written = 0
    private var writeBehindStart = 0

    /// Creates (or truncates) the file at `path`; errors name `reportedPath`, the user's path.
    init(path: String, reportedPath: String, capacity: Int = 256 * 1024) throws {
        self.filePath = path
        self.reportedPath = reportedPath
        self.capacity = capacity
        self.descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SinkError.posix("create \(path)", path: reportedPath) }
        buffer.reserveCapacity(capacity + capacity / 4)
    }

    deinit { if descriptor >= 0 { Foundation.close(descriptor) } }

    /// Appends the UTF-8 bytes of `text`.
    func write(_ text: String) { buffer.appendUTF8(text) }

    /// Writes the buffer out once it holds at least the capacity.
    func flushIfFull() throws {
        if buffer.count >= capacity { try flush() }
    }

    /// Appends `bytes`. A run of at least a quarter of the buffer goes to the file directly, after
    /// what is buffered, instead of being copied into the buffer first.
    func write(_ bytes: [UInt8]) throws {
        guard bytes.count >= capacity / 4 else { return buffer.append(contentsOf: bytes) }
        try flush()
        try bytes.withUnsafeBytes { try writeOut($0) }
    }

    /// Writes out everything buffered.
    func flush() throws {
        try buffer.withUnsafeBytes { try writeOut($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `bytes` to the file, and starts the write-out to disk of each finished range.
    private func writeOut(_ bytes: UnsafeRawBufferPointer) throws {
        precondition(descriptor >= 0, "write after close")
        if let code = writeFully(bytes, to: descriptor) {
            throw SinkError.posix("write to \(filePath)", path: reportedPath, errno: code)
        }
        written += bytes.count
        if written - writeBehindStart >= WriteBehind.rangeSize {
            WriteBehind.start(descriptor: descriptor, offset: writeBehindStart, count: written - writeBehindStart)
            writeBehindStart = written
        }
    }

    /// Writes out everything buffered and closes the file.
    func close() throws {
        guard descriptor >= 0 else { return }
        try flush()
        let result = Foundation.close(descriptor)
        descriptor = -1
        guard result == 0 else { throw SinkError.posix("close \(filePath)", path: reportedPath) }
    }

    /// Closes the file without writing what is buffered.
    func closeDiscarding() {
        guard descriptor >= 0 else { return }
        Foundation.close(descriptor)
        descriptor = -1
        buffer.removeAll()
    }
}

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif
internal import Foundation

/// An anonymous temporary file that values are appended to and read back from, in order, as they
/// lie in memory: no encoding, one copy each way.
///
/// ``OrderedWorkers`` spills a restaurant's batches here while the restaurant is ahead of the one
/// being written, so its worker keeps generating instead of waiting, without holding the batches
/// in memory. The file is unlinked as soon as it is created: nothing is left behind, whether the
/// run ends, fails or is killed.
final class SpillFile {
    private let descriptor: Int32
    /// Where the next record is appended.
    private(set) var end: Int = 0

    struct Failure: Error, CustomStringConvertible {
        let operation: String
        let code: Int32
        var description: String { "could not \(operation) a temporary spill file: \(String(cString: strerror(code)))" }
    }

    init() throws {
        let directory = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(directory)/seedkit-spill-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Failure(operation: "create", code: errno) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Starts the file over: what is appended next is written over what it holds.
    func reuse() {
        end = 0
    }

    /// Appends `values` as they lie in memory, with nothing around them: the reader must know
    /// their type and count (see ``values(_:count:at:)``). Only this process reads them back.
    func append<Value: BitwiseCopyable>(contentsOf values: [Value]) throws {
        try values.withUnsafeBytes { try write($0, at: end) }
        end += values.count * MemoryLayout<Value>.stride
    }

    /// The `count` values of type `Value` appended at `offset`, and where what follows them starts.
    func values<Value: BitwiseCopyable>(_: Value.Type, count: Int, at offset: Int) throws -> (values: [Value], next: Int) {
        let values = try [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
            try read(into: UnsafeMutableRawBufferPointer(buffer), at: offset)
            initialized = count
        }
        return (values, offset + count * MemoryLayout<Value>.stride)
    }

    private func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws {
        guard bytes.count > 0 else { return }
        if let code = writeFully(bytes, to: descriptor, at: offset) { throw Failure(operation: "write", code: code) }
    }

    private func read(into bytes: UnsafeMutableRawBufferPointer, at offset: Int) throws {
        guard bytes.count > 0 else { return }
        try transfer(bytes.count, "read") { done in
            pread(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
        }
    }

    /// Repeats `step` (given how many bytes are done, it moves more and says how many) until
    /// `count` bytes are done, retrying when interrupted.
    private func transfer(_ count: Int, _ operation: String, _ step: (Int) -> Int) throws {
        var done = 0
        while done < count {
            let result = step(done)
            if result < 0 {
                if errno == EINTR { continue }
                throw Failure(operation: operation, code: errno)
            }
            guard result > 0 else { throw Failure(operation: operation, code: EIO) }
            done += result
        }
    }
}

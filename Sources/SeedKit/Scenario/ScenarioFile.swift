#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Reads a scenario file's text, at most ``maximumBytes`` of it, as UTF-8.
///
/// Read with POSIX calls, so that each failure can be said plainly with the path (Foundation's
/// reasons on Linux are `NSCocoaErrorDomain` noise), and so that a device, a pipe or a huge file
/// costs no more than the limit.
enum ScenarioFile {
    /// The largest scenario SeedKit reads: 10 MiB.
    static let maximumBytes = 10 * 1024 * 1024

    /// Why a file cannot be read as a scenario, in words for ``ScenarioDiagnostic``.
    struct Unreadable: Error {
        let reason: String
    }

    /// The text of the file at `path`.
    static func text(at path: String) throws(Unreadable) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Unreadable(reason: reason(errno: errno)) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw Unreadable(reason: "it is a directory, not a scenario file")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= maximumBytes {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Unreadable(reason: reason(errno: errno))
            }
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        guard bytes.count <= maximumBytes else { throw Unreadable(reason: tooLarge) }
        return try decode(bytes)
    }

    /// `bytes` as UTF-8 text; otherwise where the first byte that is not UTF-8 is.
    static func decode(_ bytes: [UInt8]) throws(Unreadable) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw Unreadable(reason: "it is UTF-16 text, not UTF-8; save it as UTF-8")
        }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .emptyInput:
                return String(decoding: bytes, as: UTF8.self)
            case .error:
                let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
                throw Unreadable(reason: "it is not UTF-8 text: the byte at offset \(offset) (\(byte)) is not valid UTF-8; "
                    + "save the file as UTF-8")
            }
        }
    }

    static let tooLarge = "it is larger than 10 MiB, the most a scenario may be"

    private static func reason(errno code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES, EPERM: "permission denied: make the file readable, or copy it somewhere you can read"
        case EISDIR: "it is a directory, not a scenario file"
        default: String(cString: strerror(code))
        }
    }
}

internal import Foundation

/// Why a sink could not write its target.
public enum SinkError: Error, Equatable, CustomStringConvertible {
    /// The destination file exists and replacing it was not asked for.
    case destinationExists(path: String)
    /// A file operation failed; `message` says which and why.
    case io(path: String, message: String)
    /// SQLite failed: its extended result code, its message, and the statement it was running.
    case sqlite(code: Int32, message: String, statement: String?)

    public var description: String {
        switch self {
        case .destinationExists(let path):
            return "\(path) already exists"
        case .io(let path, let message):
            return "\(path): \(message)"
        case .sqlite(let code, let message, let statement):
            var text = "SQLite error \(code): \(message)"
            if let statement { text += "\nwhile running: \(statement.prefix(500))" }
            return text
        }
    }

    /// An `.io` error for a failed POSIX call: `could not <action>: <strerror(errno)>`, and what
    /// to do when the disk is full or read-only.
    static func posix(_ action: String, path: String, errno code: Int32 = errno) -> SinkError {
        .io(path: path, message: "could not \(action): \(String(cString: strerror(code)))" + (advice(errno: code) ?? ""))
    }

    private static func advice(errno code: Int32) -> String? {
        switch code {
        case ENOSPC, EDQUOT: "; free some space on the disk and try again"
        case EROFS: "; the file system is read-only: write somewhere else"
        case EACCES, EPERM: "; write to a folder where you may create files"
        default: nil
        }
    }

    /// A SQLite error while building the file at `path`, with the path and what to do when the
    /// disk is full; other errors as they are.
    static func locating(_ error: any Error, path: String, temporaryPath: String) -> any Error {
        guard case .sqlite(let code, let message, _) = error as? SinkError else { return error }
        switch code & 0xFF {
        case 13:  // SQLITE_FULL
            return SinkError.io(path: path, message: "the disk is full: SQLite could not write \(temporaryPath) "
                + "(SQLite error \(code): \(message)); free some space on the disk and try again")
        case 10:  // SQLITE_IOERR
            return SinkError.io(path: path, message: "SQLite could not write \(temporaryPath) (SQLite error \(code): \(message))")
        default:
            return error
        }
    }

    /// An `.io` error for a failed Foundation call, with the operating system's reason instead of
    /// the `NSCocoaErrorDomain` text Foundation prints on Linux.
    static func foundation(_ action: String, path: String, error: any Error) -> SinkError {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain {
            return posix(action, path: path, errno: Int32(underlying.code))
        }
        if nsError.domain == NSPOSIXErrorDomain {
            return posix(action, path: path, errno: Int32(nsError.code))
        }
        return .io(path: path, message: "could not \(action): \(nsError.localizedDescription)")
    }
}

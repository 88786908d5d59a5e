internal import Foundation

/// Writes all of `bytes` to an open file, retrying when a signal interrupts the call: at
/// `offset` (`pwrite`), or at the file's position when it is `nil` (`write`). Returns `errno`
/// when the system refuses, `nil` when every byte is written.
func writeFully(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, at offset: Int? = nil) -> Int32? {
    var done = 0
    while done < bytes.count {
        let start = bytes.baseAddress! + done
        let result = offset.map { pwrite(descriptor, start, bytes.count - done, off_t($0 + done)) }
            ?? Foundation.write(descriptor, start, bytes.count - done)
        if result < 0 {
            if errno == EINTR { continue }
            return errno
        }
        done += result
    }
    return nil
}

internal import Foundation

/// Writes all of `bytes` to an open file, retrying when a signal interrupts the call: at
/// `offset` (`pwrite`), or at the file's position when it is `nil` (`write`). Returns `errno`
/// when the system refuses, `nil` when every byte is written.
///
/// Each call writes at most ``largestFileWrite`` bytes. On this project's machines (Linux 6, ext4)
/// the kernel's copy into the page cache costs several times more, and varies several times more,
/// for larger writes: 183 MB written by `pwrite` took 0.06–0.08 s in 64 KiB calls, against
/// 0.05–0.73 s in 1 MiB calls and 0.10–0.64 s in 256 KiB calls (three runs each, twice, in one
/// process, alternating), most likely the large page-cache folios that big writes allocate.
func writeFully(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, at offset: Int? = nil) -> Int32? {
    var done = 0
    while done < bytes.count {
        let start = bytes.baseAddress! + done
        let count = min(bytes.count - done, largestFileWrite)
        let result = offset.map { pwrite(descriptor, start, count, off_t($0 + done)) }
            ?? Foundation.write(descriptor, start, count)
        if result < 0 {
            if errno == EINTR { continue }
            return errno
        }
        done += result
    }
    return nil
}

/// The most bytes ``writeFully(_:to:at:)`` hands the kernel in one call.
let largestFileWrite = 64 << 10

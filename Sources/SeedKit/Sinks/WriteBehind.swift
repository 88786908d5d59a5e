#if canImport(Glibc)
internal import Glibc
#endif

/// Asks the kernel to start writing a finished range of a file to disk, without waiting for it.
///
/// A large output file written in one go otherwise reaches the disk only when it is made durable
/// at the end (`fsync`, or ext4 flushing a file on `close`), so that whole write-out would happen
/// after the last row, while nothing else runs. Started range by range as the file grows, the
/// write-out overlaps generation, as PostgreSQL's `backend_flush_after` does. Linux only
/// (`sync_file_range(2)`); elsewhere, and when the call fails, the final flush does it all.
enum WriteBehind {
    /// Bytes written before the range so far is handed to the kernel.
    static let rangeSize = 8 << 20

    /// Starts the write-out of `count` bytes of `descriptor`'s file from `offset`.
    static func start(descriptor: Int32, offset: Int, count: Int) {
        #if os(Linux)
        _ = syncFileRange?(descriptor, Int64(offset), Int64(count), startWrite)
        #endif
    }

    #if os(Linux)
    /// `SYNC_FILE_RANGE_WRITE`: start writing dirty pages in the range, do not wait.
    private static let startWrite: UInt32 = 2
    private typealias SyncFileRange = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32
    /// glibc declares `sync_file_range` only under `_GNU_SOURCE`, which Swift's Glibc module
    /// does not define, so it is looked up by name (`RTLD_DEFAULT` is the null handle).
    private static let syncFileRange: SyncFileRange? = dlsym(nil, "sync_file_range").map {
        unsafeBitCast($0, to: SyncFileRange.self)
    }
    #endif
}

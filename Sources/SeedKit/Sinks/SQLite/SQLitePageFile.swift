internal import Foundation

/// A SQLite database file opened for writing pages straight into it: new pages are appended at
/// its end, numbered on from the pages it already has, and any page can be rewritten in place.
final class SQLitePageFile {
    let pageSize: Int
    /// Bytes of each page b-trees may use (the page size less the reserved bytes at its end).
    let usableSize: Int
    /// How many pages the file has.
    private(set) var pageCount: Int
    private let path: String
    private let reportedPath: String
    private var descriptor: Int32
    /// Where the range not yet handed to ``WriteBehind`` starts.
    private var writeBehindStart: Int

    /// Opens the database at `path`, which SQLite has made and closed; errors name `reportedPath`.
    init(path: String, reportedPath: String) throws {
        self.path = path
        self.reportedPath = reportedPath
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { throw SinkError.posix("open \(path)", path: reportedPath) }
        self.descriptor = descriptor
        var header = [UInt8](repeating: 0, count: 100)
        let read = header.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 100, 0) }
        guard read == 100 else {
            Foundation.close(descriptor)
            throw SinkError.io(path: reportedPath, message: "could not read the header SQLite wrote to \(path)")
        }
        let size = Int(header[16]) << 8 | Int(header[17])
        pageSize = size == 1 ? 65_536 : size
        usableSize = pageSize - Int(header[20])
        pageCount = Int(header[28]) << 24 | Int(header[29]) << 16 | Int(header[30]) << 8 | Int(header[31])
        writeBehindStart = pageCount * pageSize
    }

    deinit { if descriptor >= 0 { Foundation.close(descriptor) } }

    /// The page holding the byte at 1 GiB, where SQLite places its file locks: it is in the file
    /// but never holds data (the "lock-byte page", section 1.3 of "Database File Format").
    var lockBytePage: Int { Self.pendingByte / pageSize + 1 }
    private static let pendingByte = 0x4000_0000

    /// The numbers the next `count` pages appended will get: the next ones, past the lock-byte page.
    func numbersOfNextPages(_ count: Int) -> [Int] {
        var numbers: [Int] = []
        numbers.reserveCapacity(count)
        var number = pageCount
        while numbers.count < count {
            number += 1
            if number != lockBytePage { numbers.append(number) }
        }
        return numbers
    }

    /// Appends whole pages (a multiple of the page size), leaving the lock-byte page empty when
    /// they reach it, and returns their numbers (``numbersOfNextPages(_:)``).
    @discardableResult
    func append(_ pages: UnsafeRawBufferPointer) throws -> [Int] {
        precondition(pages.count % pageSize == 0, "pages come whole")
        let numbers = numbersOfNextPages(pages.count / pageSize)
        if let last = numbers.last, (pageCount + 1...last).contains(lockBytePage) {
            // The pages before the lock-byte page, the page itself (zeros), and the pages after it.
            let before = (lockBytePage - pageCount - 1) * pageSize
            try write(UnsafeRawBufferPointer(rebasing: pages[..<before]), at: pageCount * pageSize)
            try [UInt8](repeating: 0, count: pageSize).withUnsafeBytes { try write($0, at: (lockBytePage - 1) * pageSize) }
            try write(UnsafeRawBufferPointer(rebasing: pages[before...]), at: lockBytePage * pageSize)
        } else {
            try write(pages, at: pageCount * pageSize)
        }
        pageCount = numbers.last ?? pageCount
        let end = pageCount * pageSize
        if end - writeBehindStart >= WriteBehind.rangeSize {
            WriteBehind.start(descriptor: descriptor, offset: writeBehindStart, count: end - writeBehindStart)
            writeBehindStart = end
        }
        return numbers
    }

    /// Rewrites page `number` (from 1), which the file already has.
    func rewrite(page number: Int, with page: UnsafeRawBufferPointer) throws {
        precondition(page.count == pageSize && (1...pageCount).contains(number), "page \(number) rewritten whole")
        try write(page, at: (number - 1) * pageSize)
    }

    /// Records the page count in the header (offset 28), which SQLite trusts while the change
    /// counter (offset 24) equals the "version valid for" number (offset 92), as SQLite left them,
    /// and closes the file.
    func close() throws {
        guard descriptor >= 0 else { return }
        var count = UInt32(pageCount).bigEndian
        try withUnsafeBytes(of: &count) { try write($0, at: 28) }
        let result = Foundation.close(descriptor)
        descriptor = -1
        guard result == 0 else { throw SinkError.posix("close \(path)", path: reportedPath) }
    }

    /// Closes the file without finishing it (it is about to be deleted).
    func closeDiscarding() {
        guard descriptor >= 0 else { return }
        Foundation.close(descriptor)
        descriptor = -1
    }

    private func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws {
        precondition(descriptor >= 0, "write after close")
        if let code = writeFully(bytes, to: descriptor, at: offset) {
            throw SinkError.posix("write to \(path)", path: reportedPath, errno: code)
        }
    }
}

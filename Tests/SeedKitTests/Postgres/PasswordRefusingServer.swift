import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stand-in PostgreSQL server that refuses every password the way PostgreSQL does: it
/// declines TLS, asks for the password in clear text, receives it, and answers with a `FATAL`
/// `28P01` error. The test cluster trusts every connection and is shared by every test, so a
/// real password failure needs a server of its own; this is the smallest one.
final class PasswordRefusingServer: @unchecked Sendable {
    /// The port it listens on, on 127.0.0.1.
    let port: Int
    private let listener: Int32
    private let lock = NSLock()
    private var received: [String] = []

    init() throws {
        #if canImport(Glibc)
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let listener = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && listen(listener, 8) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        guard listener >= 0, bound else { throw ProcessRunner.Failure(command: "listen", status: nil, stderr: "errno \(errno)") }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptConnections() }
        thread.start()
    }

    /// The passwords clients sent.
    var passwords: [String] { lock.withLock { received } }

    /// Stops listening; the accepting thread ends.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptConnections() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            serve(client)
            close(client)
        }
    }

    private func serve(_ client: Int32) {
        // SSLRequest and GSSENCRequest come first, each 8 bytes: decline them with 'N'.
        while true {
            guard let header = read(client, 8) else { return }
            let length = Int(Self.int32(header[0..<4])), code = Self.int32(header[4..<8])
            if code == 80_877_103 || code == 80_877_104 {
                guard write(client, [UInt8(ascii: "N")]) else { return }
                continue
            }
            guard length >= 8, read(client, length - 8) != nil else { return }
            break
        }
        // AuthenticationCleartextPassword, then the client's PasswordMessage ('p', length, text\0).
        guard write(client, [UInt8(ascii: "R")] + Self.bytes(8) + Self.bytes(3)),
              let header = read(client, 5), header[0] == UInt8(ascii: "p"),
              let body = read(client, Int(Self.int32(header[1..<5])) - 4) else { return }
        lock.withLock { received.append(String(decoding: body.prefix { $0 != 0 }, as: UTF8.self)) }
        var fields: [UInt8] = []
        for (code, value) in [("S", "FATAL"), ("V", "FATAL"), ("C", "28P01"), ("M", "password authentication failed for user \"app\"")] {
            fields += Array(code.utf8) + Array(value.utf8) + [0]
        }
        fields.append(0)
        _ = write(client, [UInt8(ascii: "E")] + Self.bytes(Int32(fields.count + 4)) + fields)
    }

    private func read(_ client: Int32, _ count: Int) -> [UInt8]? {
        guard count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { recv(client, $0.baseAddress! + done, count - done, 0) }
            guard got > 0 else { return nil }
            done += got
        }
        return bytes
    }

    private func write(_ client: Int32, _ bytes: [UInt8]) -> Bool {
        #if canImport(Glibc)
        let flags = Int32(MSG_NOSIGNAL)
        #else
        let flags: Int32 = 0
        #endif
        return bytes.withUnsafeBytes { send(client, $0.baseAddress!, bytes.count, flags) == bytes.count }
    }

    private static func int32(_ bytes: ArraySlice<UInt8>) -> Int32 {
        bytes.reduce(0) { $0 << 8 | Int32($1) }
    }

    private static func bytes(_ value: Int32) -> [UInt8] {
        [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) }
    }
}

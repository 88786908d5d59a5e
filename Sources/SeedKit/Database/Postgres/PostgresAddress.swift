internal import CLibPQ

/// Where a libpq connection string points (user, host, port and database), for messages and
/// summaries, which must never show the connection's password.
struct PostgresAddress: Equatable, Sendable, CustomStringConvertible {
    let user: String
    /// A host name or address, a Unix-socket directory, or nil for libpq's default socket.
    let host: String?
    let port: String
    let database: String

    /// The address `connection` (a URI or `key=value` string) names, with what it leaves out
    /// taken from the `PG*` environment variables and libpq's defaults, as libpq itself does.
    init(connection: String) {
        let given = Self.options(PQconninfoParse(connection, nil))
        let defaults = Self.options(PQconndefaults())
        func value(_ keyword: String) -> String? {
            [given[keyword], defaults[keyword]].lazy.compactMap { $0 }.first { !$0.isEmpty }
        }
        user = value("user") ?? "?"
        host = value("host") ?? value("hostaddr")
        port = value("port") ?? "5432"
        database = value("dbname") ?? user
    }

    /// The address an attempted connection actually used.
    init(handle: OpaquePointer, fallback: PostgresAddress) {
        func value(_ text: UnsafeMutablePointer<CChar>?) -> String? {
            text.map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        user = value(PQuser(handle)) ?? fallback.user
        host = value(PQhost(handle)) ?? fallback.host
        port = value(PQport(handle)) ?? fallback.port
        database = value(PQdb(handle)) ?? fallback.database
    }

    /// libpq's reason why `connection` is neither a URI nor `key=value` pairs, or nil if it is one.
    static func syntaxError(in connection: String) -> String? {
        var error: UnsafeMutablePointer<CChar>?
        if let options = PQconninfoParse(connection, &error) {
            PQconninfoFree(options)
            return nil
        }
        defer { PQfreemem(error) }
        let message = error.map { String(cString: $0) } ?? "libpq could not read it"
        return String(message.prefix { $0 != "\n" })
    }

    /// `host:port`, or the socket directory and port.
    var server: String { "\(host ?? "the default socket"):\(port)" }

    /// Whether the connection goes through a Unix socket rather than TCP/IP.
    var isSocket: Bool { host.map { $0.hasPrefix("/") || $0.hasPrefix("@") } ?? true }

    /// Whether the server runs on this machine: reached by a Unix socket or a loopback address.
    var isOnThisMachine: Bool { isSocket || ["localhost", "127.0.0.1", "::1"].contains(host ?? "") }

    /// `user@host:port/database`.
    var description: String { "\(user)@\(server)/\(database)" }

    /// `app on localhost:5432 as user`, for the summary line.
    var summary: String { "\(database) on \(server) as \(user)" }

    /// Every secret in `connection` as it may appear in text: the values libpq marks as
    /// passwords, and, should libpq fail to parse the string, whatever sits where a URI or a
    /// `password=` setting puts one, both raw and percent-decoded.
    static func secrets(in connection: String) -> [String] {
        var secrets: [String] = []
        if let parsed = PQconninfoParse(connection, nil) {
            defer { PQconninfoFree(parsed) }
            var option = parsed
            while let keyword = option.pointee.keyword {
                if let value = option.pointee.val, let display = option.pointee.dispchar,
                   String(cString: display) == "*", String(cString: keyword).hasSuffix("password") {
                    secrets.append(String(cString: value))
                }
                option += 1
            }
        }
        if let scheme = connection.range(of: "://"),
           let at = connection[scheme.upperBound...].lastIndex(of: "@") {
            let userInfo = connection[scheme.upperBound..<at]
            if let colon = userInfo.firstIndex(of: ":") {
                secrets.append(String(userInfo[userInfo.index(after: colon)...]))
            }
        }
        for marker in ["password=", "password ="] {
            var rest = connection[...]
            while let found = rest.range(of: marker) {
                rest = rest[found.upperBound...].drop { $0 == " " }
                let quoted = rest.first == "'"
                let value = quoted ? rest.dropFirst().prefix { $0 != "'" } : rest.prefix { $0 != " " && $0 != "&" }
                secrets.append(String(value))
            }
        }
        let decoded = secrets.compactMap { $0.percentDecoded }
        return Array(Set((secrets + decoded).filter { !$0.isEmpty })).sorted { $0.count > $1.count }
    }

    /// `text` with its password fields masked (``PasswordRedaction``), and any of `secrets`
    /// that libpq quotes whole in a message (`"secret"`) masked too: never the secrets' text
    /// wherever it occurs, which would star every `e` of a password `e`.
    static func redacting(_ text: String, secrets: [String]) -> String {
        var text = PasswordRedaction.redacting(text)
        for secret in secrets where !secret.isEmpty {
            for quote in ["\"", "'"] {
                text = text.replacing(quote + secret + quote, with: quote + PasswordRedaction.mask + quote)
            }
        }
        return text
    }

    /// Why a URI's password must be written differently, or nil: an `@` in it that is not
    /// percent-encoded makes libpq take the rest of the password for the host name, and print it.
    static func unencodedAt(in connection: String) -> String? {
        guard let scheme = connection.range(of: "://") else { return nil }
        let authority = connection[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" }
        guard authority.filter({ $0 == "@" }).count > 1 else { return nil }
        return "its user name or password contains an \"@\" that is not percent-encoded; write it as %40"
    }

    /// The options libpq returned, by keyword; frees them.
    private static func options(_ list: UnsafeMutablePointer<PQconninfoOption>?) -> [String: String] {
        guard let list else { return [:] }
        defer { PQconninfoFree(list) }
        var values: [String: String] = [:]
        var option = list
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val { values[String(cString: keyword)] = String(cString: value) }
            option += 1
        }
        return values
    }
}

extension String {
    /// Decodes `%XX` escapes as a URI does, or returns nil if one is malformed.
    fileprivate var percentDecoded: String? {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%") {
                let hexEnd = utf8.index(index, offsetBy: 3, limitedBy: utf8.endIndex) ?? utf8.endIndex
                guard utf8.distance(from: index, to: hexEnd) == 3,
                      let value = UInt8(String(decoding: utf8[utf8.index(after: index)..<hexEnd], as: UTF8.self), radix: 16)
                else { return nil }
                bytes.append(value)
                index = hexEnd
            } else {
                bytes.append(byte)
                index = utf8.index(after: index)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension PostgresError {
    /// A ``connectionFailed(target:sqlState:message:advice:)`` from libpq's message for a failed
    /// connection, written with verbose errors so that a refusal by the server carries its
    /// SQLSTATE:
    ///
    ///     connection to server at "127.0.0.1", port 5432 failed: FATAL:  3D000: database "x" does not exist
    ///     LOCATION:  InitPostgres, postinit.c:948
    ///
    /// The `connection to server … failed:` prefix, `LOCATION` lines and libpq's indented hints
    /// are dropped: the target and the advice say it once, in SeedKit's words.
    static func connectionFailure(libpqMessage: String, address: PostgresAddress) -> PostgresError {
        var reasons: [String] = []
        var sqlState: String?
        for line in libpqMessage.split(separator: "\n") {
            guard !line.hasPrefix("\t"), !line.hasPrefix("LOCATION:"), !line.allSatisfy(\.isWhitespace) else { continue }
            var reason = line[...]
            if line.hasPrefix("connection to server"), let failed = line.range(of: "failed: ") {
                reason = line[failed.upperBound...]
            }
            for severity in ["FATAL:  ", "ERROR:  "] where reason.hasPrefix(severity) {
                reason = reason.dropFirst(severity.count)
            }
            if let code = Self.leadingSQLState(reason) {
                sqlState = sqlState ?? code
                reason = reason.dropFirst(7)
            }
            let text = Self.sentenceCase(reason.trimmingSpaces())
            if !text.isEmpty, !reasons.contains(text) { reasons.append(text) }
        }
        let message = reasons.isEmpty ? "libpq gave no reason" : reasons.joined(separator: "; ")
        return .connectionFailed(target: address.description, sqlState: sqlState, message: message,
                                 advice: connectionAdvice(sqlState: sqlState, message: message, address: address))
    }

    /// What to do about a failed connection.
    private static func connectionAdvice(sqlState: String?, message: String, address: PostgresAddress) -> String {
        switch sqlState {
        case "28P01":
            return "check the user name and password (in the connection string, PGPASSWORD or ~/.pgpass)"
        case "28000":
            return "check the user name, and that the server's pg_hba.conf lets this user connect to this database from here"
        case "3D000":
            return "create the database first (createdb \(address.database)) or name one that exists"
        case "53300":
            return "the server has no free connection: wait for others to close, or raise max_connections"
        case "57P03":
            return "the server is starting up or shutting down: try again in a moment"
        case .some:
            return "see the server's message"
        case nil:
            break
        }
        let message = message.lowercased()
        if message.contains("connection refused") {
            return address.isSocket
                ? "is the server running and accepting connections on the socket in \(address.host ?? "the default directory")?"
                : "is the server running and accepting TCP/IP connections on \(address.server)?"
        }
        if message.contains("no such file or directory") {
            return "is the server running on this machine, with its socket in \(address.host ?? "the default directory")? "
                + "(name the socket's directory with host=…)"
        }
        if message.contains("translate host name") {
            return "check the host name in the connection string"
        }
        if message.contains("timeout expired") {
            return "the server did not answer in time: check the host, the port and any firewall in between"
        }
        return "check the connection string, and that the server is reachable from here"
    }

    /// `XXXXX` when `text` starts with a SQLSTATE and `: `.
    private static func leadingSQLState(_ text: Substring) -> String? {
        let code = text.prefix(5)
        guard code.count == 5, code.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }),
              text.dropFirst(5).hasPrefix(": ") else { return nil }
        return String(code)
    }

    /// libpq's own messages start with a capital (`Connection refused`); in the middle of
    /// SeedKit's sentence they read better in lower case, unless they start with an acronym.
    private static func sentenceCase(_ text: Substring) -> String {
        guard let first = text.first, first.isUppercase, let second = text.dropFirst().first, second.isLowercase else {
            return String(text)
        }
        return first.lowercased() + text.dropFirst()
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var text = self
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}

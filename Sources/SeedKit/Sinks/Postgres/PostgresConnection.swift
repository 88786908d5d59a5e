internal import CLibPQ
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// An open connection to a PostgreSQL server: owns libpq's `PGconn*` and closes it when released.
final class PostgresConnection {
    private(set) var handle: OpaquePointer?
    /// Where the connection goes, for messages.
    let address: PostgresAddress
    /// The connection string's passwords, removed from any text that reaches a message.
    private let secrets: [String]

    /// Connects with a libpq URI or `key=value` string; libpq adds the `PG*` environment
    /// variables and its defaults. Waits at most the connection's `connect_timeout`, and stops
    /// waiting when the user interrupts.
    init(_ connection: String) throws {
        secrets = PostgresAddress.secrets(in: connection)
        if let message = PostgresAddress.unencodedAt(in: connection) ?? PostgresAddress.syntaxError(in: connection) {
            throw PostgresError.invalidConnectionString(message: PostgresAddress.redacting(message, secrets: secrets))
        }
        let given = PostgresAddress(connection: connection)
        guard let handle = PQconnectStart(connection) else {
            throw PostgresError.connectionFailed(target: given.description, sqlState: nil, message: "libpq is out of memory",
                                                 advice: "free some memory and try again")
        }
        // Verbose errors carry the SQLSTATE of a connection the server refuses (28P01, 3D000…).
        PQsetErrorVerbosity(handle, PQERRORS_VERBOSE)
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
        self.handle = handle
        address = PostgresAddress(handle: handle, fallback: given)
        let failure: String?
        do {
            failure = try Self.finishConnecting(handle)
        } catch {
            close()
            throw error
        }
        if let failure {
            let message = PostgresAddress.redacting(failure, secrets: secrets)
            close()
            throw PostgresError.connectionFailure(libpqMessage: message, address: address)
        }
        PQsetErrorVerbosity(handle, PQERRORS_DEFAULT)
    }

    deinit { close() }

    /// Runs `sql` and returns the rows of its result, each value as text or nil for `NULL`.
    @discardableResult
    func execute(_ sql: String) throws -> [[String?]] {
        let result = PQexec(liveHandle, sql)
        defer { PQclear(result) }
        try check(result, statement: sql, accepting: [PGRES_COMMAND_OK, PGRES_TUPLES_OK])
        guard let result else { return [] }
        return (0..<PQntuples(result)).map { row in
            (0..<PQnfields(result)).map { column in
                PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
            }
        }
    }

    /// Throws the error `result` reports unless its status is one of `accepting`: the server's
    /// error with its SQLSTATE and fields, or ``PostgresError/connectionLost(message:statement:)``
    /// when libpq failed without one.
    func check(_ result: OpaquePointer?, statement: String?, accepting: [ExecStatusType]) throws {
        guard let result else { throw lostConnection(statement: statement) }
        if accepting.contains(PQresultStatus(result)) { return }
        func field(_ code: UInt8) -> String? {
            PQresultErrorField(result, Int32(code)).map { PostgresAddress.redacting(String(cString: $0), secrets: secrets) }
        }
        guard let sqlState = field(UInt8(ascii: "C")) else {
            let message = String(cString: PQresultErrorMessage(result))
            throw message.isEmpty ? lostConnection(statement: statement) : PostgresError.connectionLost(
                message: firstLine(message), statement: statement)
        }
        throw PostgresError.server(
            sqlState: sqlState, message: field(UInt8(ascii: "M")) ?? "no message",
            detail: field(UInt8(ascii: "D")), hint: field(UInt8(ascii: "H")), context: field(UInt8(ascii: "W")),
            statement: statement)
    }

    /// The connection's own error, for a failure without a result from the server.
    func lostConnection(statement: String?) -> PostgresError {
        let message = handle.map { String(cString: PQerrorMessage($0)) } ?? ""
        return .connectionLost(message: message.isEmpty ? "the connection is closed" : firstLine(message), statement: statement)
    }

    /// Closes the connection; the server rolls back a transaction still open.
    func close() {
        guard let handle else { return }
        PQfinish(handle)
        self.handle = nil
    }

    var liveHandle: OpaquePointer {
        guard let handle else { preconditionFailure("the PostgreSQL connection is closed") }
        return handle
    }

    private func firstLine(_ message: String) -> String {
        let line = message.split(separator: "\n").first.map(String.init) ?? message
        return PostgresAddress.redacting(line, secrets: secrets)
    }

    /// Drives `PQconnectPoll` to the end, as libpq's documentation describes; returns nil once
    /// connected, or libpq's message when the connection failed or timed out.
    private static func finishConnecting(_ handle: OpaquePointer) throws -> String? {
        var polling = PGRES_POLLING_WRITING
        let deadline = connectTimeout(handle).map { ContinuousClock.now + .seconds($0) }
        while PQstatus(handle) != CONNECTION_BAD {
            if polling == PGRES_POLLING_OK { return nil }
            if polling == PGRES_POLLING_FAILED { break }
            let socket = PQsocket(handle)
            guard socket >= 0 else { break }
            let events = polling == PGRES_POLLING_READING ? POLLIN : POLLOUT
            var descriptor = pollfd(fd: socket, events: Int16(events), revents: 0)
            var wait: Int32 = -1
            if let deadline {
                let left = ContinuousClock.now.duration(to: deadline).components
                wait = Int32(max(0, left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000))
            }
            let ready = poll(&descriptor, 1, wait)
            if ready < 0 && errno == EINTR {
                try Interruption.check()
                continue
            }
            if ready == 0 { return "timeout expired" }
            polling = PQconnectPoll(handle)
        }
        let message = String(cString: PQerrorMessage(handle))
        return message.isEmpty ? "the connection failed" : message
    }

    /// The `connect_timeout` in force (from the string or `PGCONNECT_TIMEOUT`), in seconds, at
    /// least 2 as libpq has it; nil to wait as long as the network does.
    private static func connectTimeout(_ handle: OpaquePointer) -> Int? {
        guard let options = PQconninfo(handle) else { return nil }
        defer { PQconninfoFree(options) }
        var option = options
        while let keyword = option.pointee.keyword {
            if String(cString: keyword) == "connect_timeout" {
                guard let value = option.pointee.val, let seconds = Int(String(cString: value)), seconds > 0 else { return nil }
                return max(seconds, 2)
            }
            option += 1
        }
        return nil
    }
}

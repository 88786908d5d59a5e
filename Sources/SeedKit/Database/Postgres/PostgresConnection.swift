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
    /// Checked while waiting for the server: a requested stop cancels the statement.
    let cancellation: Cancellation

    /// Connects with a libpq URI or `key=value` string; libpq adds the `PG*` environment
    /// variables and its defaults. Waits at most the connection's `connect_timeout` (10 seconds
    /// when none is set), and stops waiting when the user interrupts.
    init(_ connection: String, cancellation: Cancellation = .never) throws {
        self.cancellation = cancellation
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
            failure = try Self.finishConnecting(handle, cancellation: cancellation)
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
        do {
            // Waiting on another session's lock is bounded, unless the user set a bound (PGOPTIONS).
            if try execute("SELECT pg_catalog.current_setting('lock_timeout')").first?.first == "0" {
                try execute("SET lock_timeout = '\(Self.lockTimeout)'")
            }
        } catch {
            close()
            throw error
        }
    }

    /// How long a statement waits for another session's lock when the session has no
    /// `lock_timeout` of its own: long enough for another load to finish, not for ever.
    static let lockTimeout = "60s"

    deinit { close() }

    /// Runs `sql` (one or more statements) and returns the rows of its last result, each value as
    /// text or nil for `NULL`.
    ///
    /// Waits for the server without blocking signals: when the user interrupts, the statement is
    /// cancelled on the server and ``GenerationInterrupted`` thrown, within a fraction of a
    /// second, however long the statement would have waited (for a lock, say). `interruptible:
    /// false` is for cleaning up after an interruption (`ROLLBACK`).
    @discardableResult
    func execute(_ sql: String, interruptible: Bool = true) throws -> [[String?]] {
        guard PQsendQuery(liveHandle, sql) == 1 else { throw lostConnection(statement: sql) }
        var rows: [[String?]] = []
        var failure: (any Error)?
        while let result = try nextResult(statement: sql, interruptible: interruptible) {
            defer { PQclear(result) }
            guard failure == nil else { continue }
            do {
                try check(result, statement: sql, accepting: [PGRES_COMMAND_OK, PGRES_TUPLES_OK])
                rows = (0..<PQntuples(result)).map { row in
                    (0..<PQnfields(result)).map { column in
                        PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
                    }
                }
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return rows
    }

    /// The next result of the statement in progress, or nil when it has none left; waits in
    /// short polls so that an interruption is seen within ``pollInterval`` milliseconds.
    func nextResult(statement: String?, interruptible: Bool = true) throws -> OpaquePointer? {
        let handle = liveHandle
        while PQisBusy(handle) == 1 {
            if interruptible && cancellation.isRequested {
                cancelStatement()
                throw GenerationInterrupted()
            }
            var descriptor = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, Self.pollInterval) < 0 && errno != EINTR { throw lostConnection(statement: statement) }
            guard PQconsumeInput(handle) == 1 else { throw lostConnection(statement: statement) }
        }
        return PQgetResult(handle)
    }

    /// How long one wait for the server lasts before SeedKit checks for an interruption, in ms.
    static let pollInterval: Int32 = 100

    /// Asks the server to cancel the statement in progress, then reads what is left of its
    /// results (for at most a few seconds), so the connection can roll back. Never throws.
    func cancelStatement() {
        guard let handle else { return }
        if let cancel = PQgetCancel(handle) {
            var message = [CChar](repeating: 0, count: 256)
            _ = PQcancel(cancel, &message, Int32(message.count))
            PQfreeCancel(cancel)
        }
        let deadline = ContinuousClock.now + .seconds(3)
        while ContinuousClock.now < deadline {
            if PQisBusy(handle) == 1 {
                var descriptor = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
                _ = poll(&descriptor, 1, Self.pollInterval)
                guard PQconsumeInput(handle) == 1 else { return }
                continue
            }
            guard let result = PQgetResult(handle) else { return }
            let status = PQresultStatus(result)
            PQclear(result)
            if status == PGRES_COPY_IN { PQputCopyEnd(handle, "SeedKit was interrupted") }
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

    /// How long a connection may take when the connection string and `PGCONNECT_TIMEOUT` set no
    /// `connect_timeout`, in seconds.
    static let defaultConnectTimeout = 10

    /// Drives `PQconnectPoll` to the end, as libpq's documentation describes; returns nil once
    /// connected, or libpq's message when the connection failed or timed out. Waits in short
    /// polls, so an interruption stops it at once.
    private static func finishConnecting(_ handle: OpaquePointer, cancellation: Cancellation) throws -> String? {
        var polling = PGRES_POLLING_WRITING
        let deadline = ContinuousClock.now + .seconds(connectTimeout(handle) ?? defaultConnectTimeout)
        while PQstatus(handle) != CONNECTION_BAD {
            if polling == PGRES_POLLING_OK { return nil }
            if polling == PGRES_POLLING_FAILED { break }
            let socket = PQsocket(handle)
            guard socket >= 0 else { break }
            let events = polling == PGRES_POLLING_READING ? POLLIN : POLLOUT
            var descriptor = pollfd(fd: socket, events: Int16(events), revents: 0)
            let ready = poll(&descriptor, 1, pollInterval)
            try cancellation.check()
            if ready < 0 && errno == EINTR { continue }
            if ready == 0 {
                if ContinuousClock.now >= deadline { return "timeout expired" }
                continue
            }
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

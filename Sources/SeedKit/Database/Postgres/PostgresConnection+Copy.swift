internal import CLibPQ

/// `COPY … FROM STDIN`: the fastest way into PostgreSQL short of writing its files.
///
/// Data goes out in large chunks of COPY text or binary rows; libpq and the server stream them
/// without a round trip each. The server reports a bad row only when the COPY ends, so errors
/// surface from ``endCopy(statement:format:)``.
extension PostgresConnection {
    /// `COPY table (columns) FROM STDIN` in `format`; `freeze` writes the rows already frozen,
    /// allowed (and cheapest for later scans and vacuums) when the table was created or emptied
    /// in this transaction.
    static func copyStatement(table: String, columns: [String], format: CopyFormat, freeze: Bool) -> String {
        let options = [format.option, freeze ? "FREEZE" : nil].compactMap { $0 }
        return "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN"
            + (options.isEmpty ? "" : " WITH (\(options.joined(separator: ", ")))")
    }

    /// Runs a `COPY … FROM STDIN` statement and sends the format's header; the server then
    /// waits for the rows.
    func beginCopy(_ statement: String, format: CopyFormat) throws {
        guard PQsendQuery(liveHandle, statement) == 1 else { throw lostConnection(statement: statement) }
        let result = try nextResult(statement: statement)
        defer { PQclear(result) }
        try check(result, statement: statement, accepting: [PGRES_COPY_IN])
        try sendCopyData(format.header, statement: statement)
    }

    /// Sends one chunk of rows, whole rows only.
    func sendCopyData(_ bytes: [UInt8], statement: String) throws {
        guard !bytes.isEmpty else { return }
        let handle = liveHandle
        let sent = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
        }
        guard sent == 1 else {
            // libpq refuses data once the server has ended the COPY; its result says why.
            try collectResults(statement: statement)
            throw lostConnection(statement: statement)
        }
    }

    /// Sends the format's trailer and ends the COPY; returns once the server has stored every
    /// row, or throws its error.
    func endCopy(statement: String, format: CopyFormat) throws {
        try sendCopyData(format.trailer, statement: statement)
        guard PQputCopyEnd(liveHandle, nil) == 1 else { throw lostConnection(statement: statement) }
        try collectResults(statement: statement)
    }

    /// Ends the COPY with an error, so the server discards it (and fails the transaction).
    /// Never throws: it is part of cleaning up after another error.
    func abandonCopy(reason: String) {
        guard let handle, PQputCopyEnd(handle, reason) == 1 else { return }
        while let result = PQgetResult(handle) {
            let status = PQresultStatus(result)
            PQclear(result)
            if status == PGRES_COPY_IN { break }
        }
    }

    /// Reads results until libpq has none left, then throws the first error among them.
    private func collectResults(statement: String) throws {
        var failure: (any Error)?
        while let result = try nextResult(statement: statement) {
            defer { PQclear(result) }
            if PQresultStatus(result) == PGRES_COPY_IN {
                // Still copying: end it, or PQgetResult would return this result forever.
                PQputCopyEnd(liveHandle, "SeedKit stopped the COPY")
                continue
            }
            do {
                try check(result, statement: statement, accepting: [PGRES_COMMAND_OK])
            } catch {
                failure = failure ?? error
            }
        }
        if let failure { throw failure }
    }
}

import Foundation

extension PostgresSink {
    /// Sends chunks of COPY rows to the server on a thread of its own, so that generating the
    /// rows (one core) overlaps with libpq writing them and waiting on the server (another).
    ///
    /// The generating thread hands over full buffers through a queue of at most `capacity`
    /// chunks, and blocks while it is full: memory stays bounded whatever the scenario's size.
    /// The sender owns the connection until ``finish()`` or ``cancel()`` return; the condition
    /// lock orders every hand-over. The first error stops the sender and is thrown to the
    /// generating thread at its next ``send(table:statement:bytes:)`` or at ``finish()``.
    final class Sender: @unchecked Sendable {
        private struct Chunk {
            let table: TableName
            let statement: String
            /// The table's `CREATE TABLE`, run before its first COPY: a table that a COPY
            /// `FREEZE`s must be created in the same transaction, on the sender's connection.
            let creating: String?
            var bytes: [UInt8]
        }

        private let connection: PostgresConnection
        private let format: CopyFormat
        private let capacity: Int
        private let condition = NSCondition()
        // Guarded by `condition`.
        private var queue: [Chunk] = []
        private var spares: [[UInt8]] = []
        private var finishing = false
        private var cancelled = false
        private var stopped = false
        private var failure: (any Error)?
        /// The COPY in progress; only the sender thread touches it until it has stopped.
        private var copy: (table: TableName, statement: String)?

        init(connection: PostgresConnection, format: CopyFormat, capacity: Int) {
            self.connection = connection
            self.format = format
            self.capacity = capacity
            let thread = Thread { [self] in run() }
            thread.name = "SeedKit COPY sender"
            thread.start()
        }

        /// Queues a table's chunk of COPY data, waiting while the queue is full; throws the
        /// sender's error if it has failed. `creating` is the table's `CREATE TABLE` when this
        /// is its first chunk and the sender's transaction is to create it.
        func send(table: TableName, statement: String, creating: String? = nil, bytes: consuming [UInt8]) throws {
            condition.lock()
            defer { condition.unlock() }
            while queue.count >= capacity && failure == nil { condition.wait() }
            if let failure { throw failure }
            queue.append(Chunk(table: table, statement: statement, creating: creating, bytes: bytes))
            condition.broadcast()
        }

        /// An empty buffer for the next chunk: one the sender is done with, when there is one.
        func emptyBuffer() -> [UInt8] {
            condition.lock()
            defer { condition.unlock() }
            return spares.popLast() ?? []
        }

        /// Waits until every queued chunk is sent and the COPY in progress has ended; throws
        /// the first error. The connection is the caller's again afterwards.
        func finish() throws {
            condition.lock()
            defer { condition.unlock() }
            finishing = true
            condition.broadcast()
            while !stopped { condition.wait() }
            if let failure { throw failure }
        }

        /// Stops sending without ending the COPY, and waits for the sender to stop. Returns the
        /// COPY still in progress, which the caller abandons.
        func cancel() -> (table: TableName, statement: String)? {
            condition.lock()
            defer { condition.unlock() }
            cancelled = true
            condition.broadcast()
            while !stopped { condition.wait() }
            return copy
        }

        private func run() {
            while var chunk = next() {
                do {
                    try transmit(&chunk)
                } catch {
                    stop(failing: error)
                    return
                }
            }
            do {
                if !isCancelled(), let copy {
                    try connection.endCopy(statement: copy.statement, format: format)
                    self.copy = nil
                }
                stop(failing: nil)
            } catch {
                stop(failing: error)
            }
        }

        /// The next chunk, waiting for one; nil once cancelled, or finishing with none left. A
        /// queued chunk of the table whose COPY is open goes first, so that one statement takes
        /// it too: each COPY costs the server a setup of its own. Only the order of different
        /// tables' chunks changes; a table's chunks keep theirs.
        private func next() -> Chunk? {
            condition.lock()
            defer { condition.unlock() }
            while queue.isEmpty && !finishing && !cancelled { condition.wait() }
            guard !cancelled, !queue.isEmpty else { return nil }
            let open = copy.flatMap { copy in queue.firstIndex { $0.table == copy.table } }
            let chunk = queue.remove(at: open ?? 0)
            condition.broadcast()
            return chunk
        }

        private func transmit(_ chunk: inout Chunk) throws {
            if copy?.table != chunk.table {
                if let copy {
                    try connection.endCopy(statement: copy.statement, format: format)
                    self.copy = nil
                }
                if let creating = chunk.creating { try connection.execute(creating) }
                try connection.beginCopy(chunk.statement, format: format)
                copy = (chunk.table, chunk.statement)
            }
            try connection.sendCopyData(chunk.bytes, statement: chunk.statement)
            // Give the buffer back for reuse (the queue no longer holds it, so no copy is made).
            var buffer: [UInt8] = []
            swap(&buffer, &chunk.bytes)
            buffer.removeAll(keepingCapacity: true)
            condition.lock()
            if spares.count < capacity { spares.append(buffer) }
            condition.unlock()
        }

        private func isCancelled() -> Bool {
            condition.lock()
            defer { condition.unlock() }
            return cancelled
        }

        private func stop(failing error: (any Error)?) {
            condition.lock()
            defer { condition.unlock() }
            failure = failure ?? error
            stopped = true
            condition.broadcast()
        }
    }
}

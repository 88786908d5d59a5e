internal import Foundation

/// Jobs of statements spread over several connections: each job's statements run in order on
/// one connection, and a connection takes the next job as soon as it is free, so the heaviest
/// jobs, given first, start first and the rest fill in around them (as `pg_restore -j` does).
///
/// The jobs of one call must not wait for each other's locks: give each table's statements to
/// one job.
enum ParallelStatements {
    /// Runs `jobs` on `connections`, the first on this thread and the others on threads of their
    /// own, and returns when every job is done. When a statement fails, no further job starts,
    /// the running ones finish, and the error thrown is that of the failed job that comes first
    /// in `jobs`, whichever failed first in time: the same rows give the same error.
    static func run(_ jobs: [[String]], on connections: [PostgresConnection]) throws {
        precondition(!connections.isEmpty, "at least one connection")
        let queue = JobQueue(count: jobs.count)
        let helpers = connections.dropFirst().map { connection in
            let box = UncheckedBox(connection)
            return Thread.detachedRun { queue.work(jobs, on: box.value) }
        }
        queue.work(jobs, on: connections[0])
        for helper in helpers { helper.wait() }
        if let error = queue.firstError { throw error }
    }
}

/// The next job to start, and the errors, shared by the connections' threads.
private final class JobQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var next = 0
    private var errors: [(job: Int, error: any Error)] = []

    init(count: Int) { self.count = count }

    /// Takes jobs until none is left or one has failed.
    func work(_ jobs: [[String]], on connection: PostgresConnection) {
        while let job = take() {
            do {
                for statement in jobs[job] { try connection.execute(statement) }
            } catch {
                lock.withLock { errors.append((job, error)) }
            }
        }
    }

    var firstError: (any Error)? {
        lock.withLock { errors.min { $0.job < $1.job }?.error }
    }

    private func take() -> Int? {
        lock.withLock {
            guard errors.isEmpty, next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }
}

/// A connection handed to another thread, which alone uses it until it hands it back.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

extension Thread {
    /// Runs `body` on a new thread; `wait()` on what it returns gives `body`'s result.
    static func detachedRun<Result: Sendable>(_ body: @escaping @Sendable () -> Result) -> PendingResult<Result> {
        let pending = PendingResult<Result>()
        Thread.detachNewThread { pending.finish(body()) }
        return pending
    }
}

/// A result one thread hands to another.
final class PendingResult<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Value?

    func finish(_ result: Value) {
        condition.withLock {
            value = result
            condition.signal()
        }
    }

    @discardableResult
    func wait() -> Value {
        condition.withLock {
            while value == nil { condition.wait() }
            return value!
        }
    }
}

internal import Foundation

extension PostgresSink {
    /// The rows `ANALYZE` samples from a table at the default statistics target (300 × 100).
    static let analyzeSample: Int64 = 30_000

    /// `ANALYZE` of every table after `COMMIT`, in two halves of about equal size on two
    /// connections at once (the load's and a second one), so the server samples them on two
    /// cores. The data is committed, so nothing here can lose it: a half whose connection fails
    /// or is stopped is left to autovacuum, and without a second connection the load's own
    /// analyzes everything.
    ///
    /// `tables` are the table names with their sizes (the largest id, a row count's stand-in).
    /// `ANALYZE` reads a sample of at most ``analyzeSample`` rows a table, so a table weighs its
    /// rows up to that; the heaviest goes first to the lighter half.
    static func analyze(_ tables: [(name: String, size: Int64)], on connection: PostgresConnection,
                        connectionString: String, cancellation: Cancellation) {
        var halves: [[String]] = [[], []]
        var weights: [Int64] = [0, 0]
        let weighed = tables.map { (name: $0.name, weight: min(max($0.size, 1), analyzeSample)) }
        for table in weighed.sorted(by: { ($0.weight, $1.name) > ($1.weight, $0.name) }) {
            let lighter = weights[0] <= weights[1] ? 0 : 1
            halves[lighter].append(table.name)
            weights[lighter] += table.weight
        }
        let statements = halves.map { $0.isEmpty ? nil : "ANALYZE \($0.joined(separator: ", "));" }
        let second = Thread.detachedRun { () -> Bool in
            guard let statement = statements[1] else { return true }
            guard let other = try? PostgresConnection(connectionString, cancellation: cancellation) else { return false }
            defer { other.close() }
            _ = try? other.execute("SET client_min_messages = warning; SET statement_timeout = 0")
            _ = try? other.execute(statement)
            return true
        }
        if let statement = statements[0] { _ = try? connection.execute(statement) }
        if !second.wait(), let statement = statements[1] { _ = try? connection.execute(statement) }
    }
}

/// Runs every generator over a scenario and streams the rows into a sink: the platform's own
/// rows, then each selected restaurant whole (its catalogue, its history day by day, the rows
/// that sum its history up), then the platform row, which sums the restaurants up.
///
/// Map, then reduce: each restaurant is generated on its own (on up to `jobs` threads) into its
/// rows and a ``TenantSummary``; rows reach the sink in restaurant order whatever `jobs` is, so
/// the output is byte-identical for every `jobs`. Within each table, rows arrive in ascending
/// id order.
public struct Generation: Sendable {
    public let scenario: Scenario
    public let selection: TenantSelection
    /// How many restaurants are generated at once.
    public let jobs: Int
    /// Checked between batches of rows: a requested stop aborts the sink.
    public let cancellation: Cancellation
    /// Rows per batch handed from a restaurant's thread, and batches its queue holds before it
    /// waits or spills (see ``OrderedWorkers``); small values only in tests, to make them spill.
    var handOver = (batchSize: 512, queueCapacity: 8)

    public init(scenario: Scenario, selection: TenantSelection = .all, jobs: Int = 1, cancellation: Cancellation = .never) {
        self.scenario = scenario
        self.selection = selection
        self.jobs = max(1, jobs)
        self.cancellation = cancellation
    }

    /// Generates everything into `sink`, committing it only if every row was written.
    ///
    /// When the sink has an encoder, the rows are encoded on the generating threads and the
    /// sink only copies the bytes into place.
    @discardableResult
    public func run(into sink: any RowSink) throws -> RowCounts {
        var counts = RowCounts()
        // Plan first: a scenario that cannot be generated is refused before the target is touched.
        let planned = try plan()
        do {
            try sink.open(schema: .builtIn)
            if let encoder = sink.encoder {
                try generateEncoded(planned, encoder: encoder, into: sink, counts: &counts)
            } else {
                try prepare(planned, deferredHashes: false).generate(packer: { ArrayPacker<Row>() }, spill: nil) { rows in
                    try cancellation.check()
                    for row in rows {
                        counts.add(row.table)
                        try sink.write(row)
                    }
                }
            }
            try sink.commit()
        } catch {
            sink.abort()
            throw error
        }
        return counts
    }

    /// Rows encoded on the generating threads by the sink's own encoder, then written by the sink.
    private func generateEncoded<Encoder: RowEncoder>(_ planned: (plan: GenerationPlan, positions: [Int]), encoder: Encoder,
                                                      into sink: any RowSink, counts: inout RowCounts) throws {
        // Encoded rows get their password hashes as they are written (see `PasswordHashes`),
        // or, from a sink that holds its users rows back, when they leave it.
        let prepared = try prepare(planned, deferredHashes: true)
        let hashes = prepared.context.passwordHashes
        let sinkResolves = sink.resolvesPasswordHashes { try hashes.resolve(users: &$0) }
        try prepared.generate(packer: { EncodingPacker(encoder) }, spill: .encodedRows) { batch in
            try cancellation.check()
            var batch = batch
            if !sinkResolves { try hashes.resolve(&batch) }
            for row in batch.rows { counts.add(row.table) }
            try sink.write(encoded: batch)
        }
    }

    /// Calls `emit` with every row, in load order, without any sink.
    public func generate(emit: (Row) throws -> Void) throws {
        try prepare(plan(), deferredHashes: false).generate(packer: { ArrayPacker<Row>() }, spill: nil) { rows in
            for row in rows { try emit(row) }
        }
    }

    /// The ids of every restaurant, and the positions of the selected ones.
    private func plan() throws -> (plan: GenerationPlan, positions: [Int]) {
        (try GenerationPlan(scenario: scenario), try selection.positions(in: scenario))
    }

    private func prepare(_ planned: (plan: GenerationPlan, positions: [Int]), deferredHashes: Bool) throws -> Prepared {
        let (plan, positions) = planned
        let context = try GenerationContext(scenario: scenario, platformIDs: plan.layout.platform, deferredHashes: deferredHashes)
        return Prepared(plan: plan, positions: positions, context: context,
                        includesPlatform: selection.includesPlatform, jobs: jobs, handOver: handOver)
    }

    /// A run whose ids are planned and whose restaurants are chosen.
    private struct Prepared: Sendable {
        let plan: GenerationPlan
        let positions: [Int]
        let context: GenerationContext
        let includesPlatform: Bool
        let jobs: Int
        let handOver: (batchSize: Int, queueCapacity: Int)

        /// Hands every row, in load order, to `consume` in batches made by a `packer` of each
        /// generating thread; with `spill`, a restaurant ahead of the one being consumed never
        /// waits for it (see ``OrderedWorkers``).
        func generate<Packer: RowPacker>(packer: @escaping @Sendable () -> Packer, spill: SpillCodec<Packer.Batch>?,
                                         consume: (Packer.Batch) throws -> Void) throws {
            let platform = PlatformGenerator(context: context)
            let workers = OrderedWorkers<Packer, TenantSummary>(
                count: positions.count, jobs: jobs, batchSize: handOver.batchSize, queueCapacity: handOver.queueCapacity,
                spill: spill, packer: packer) {
                [self] index, output in
                let position = positions[index]
                let tenant = Tenant(restaurant: plan.scenario.restaurants[position], ids: plan.layout.tenants[position],
                                    scenario: plan.scenario, context: context)
                return try TenantGenerator(context: context).generate(tenant, emit: output.packer.emitter(batchSize: output.batchSize) { try output.handOverBatch() })
            }
            // The platform's own rows come first; the restaurants start meanwhile.
            let summaries = try workers.run(first: {
                guard includesPlatform else { return }
                let rows = packer()
                let emit = rows.emitter()
                try platform.settings(emit: emit)
                try platform.plans(emit: emit)
                try platform.ownerUser(emit: emit)
                try platform.ownerPermissions(emit: emit)
                try consume(rows.take())
            }, consume: consume)
            if includesPlatform {
                let rows = packer()
                try platform.platforms(restaurants: summaries.count,
                                       monthlyRevenue: summaries.reduce(.zero) { $0 + $1.monthlyRevenue }, emit: rows.emitter())
                try consume(rows.take())
            }
        }
    }
}

/// A sink that passes every row to another and counts them on the way, telling an observer how
/// far the run has got (``GenerationProgress``). It encodes as the sink it wraps does.
public final class ProgressSink: RowSink {
    private let sink: any RowSink
    private let observer: GenerationProgress.Observer
    private var progress: GenerationProgress
    private var rowsAtLastReport = 0
    /// Rows between two reports, besides each restaurant's end.
    static let rowsPerReport = 4096

    /// Wraps `sink` for a run over `scenario`'s `selection`.
    public init(wrapping sink: any RowSink, scenario: Scenario, selection: TenantSelection = .all,
                observer: @escaping GenerationProgress.Observer) {
        self.sink = sink
        self.observer = observer
        progress = GenerationProgress(scenario: scenario, selection: selection)
    }

    public func open(schema: Schema) throws {
        try sink.open(schema: schema)
        observer(progress)
    }

    public func write(_ row: Row) throws {
        try sink.write(row)
        count(row.table)
    }

    public var encoder: (any RowEncoder)? { sink.encoder }

    public func resolvesPasswordHashes(with resolve: @escaping (inout [UInt8]) throws -> Void) -> Bool {
        sink.resolvesPasswordHashes(with: resolve)
    }

    public func write(encoded batch: EncodedRows) throws {
        try sink.write(encoded: batch)
        for row in batch.rows { count(row.table) }
    }

    public func commit() throws {
        progress.finishing = true
        observer(progress)
        try sink.commit()
        progress.finished = true
        observer(progress)
    }

    public func abort() { sink.abort() }

    private func count(_ table: TableName) {
        progress.rows += 1
        switch table {
        case .dailyReports: progress.daysDone += 1
        case .restaurants:
            progress.restaurantsDone += 1
            report()
            return
        default: break
        }
        if progress.rows - rowsAtLastReport >= Self.rowsPerReport { report() }
    }

    private func report() {
        rowsAtLastReport = progress.rows
        observer(progress)
    }
}

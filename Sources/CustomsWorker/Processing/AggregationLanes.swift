import Kafka

/// Stage two in parallel: the metrics partitions are spread over a few lanes (by default one
/// per core), and each lane aggregates its partitions' records strictly in the order they were
/// read. Partitions have independent states, so lanes never need each other's results.
///
/// A lane takes whatever queued up while it was busy as one batch (up to `batchLimit`). Under
/// light load a batch is one record; under load batches grow, and the latest version of a busy
/// aggregate is encoded and produced once per batch instead of once per record: the work per
/// record falls as the input rate rises, instead of the other way round.
final class AggregationLanes: Sendable {
    /// A metrics message begun in the offset tracker.
    struct Work: Sendable {
        let message: KafkaConsumerMessage
        let ticket: OffsetTracker.Ticket
    }

    private let queues: [ProcessingWindow<Work>]
    let batchLimit: Int

    /// - Parameter capacity: room per lane; the offset tracker's in-flight limit bounds what
    ///   can be queued, so a capacity at least that large never makes ``submit(_:)`` wait.
    init(count: Int, capacity: Int, batchLimit: Int) {
        queues = (0..<max(1, count)).map { _ in ProcessingWindow<Work>(capacity: capacity) }
        self.batchLimit = max(1, batchLimit)
    }

    var count: Int { queues.count }

    /// Queues a record for its partition's lane; `false` once the lanes were closed.
    func submit(_ work: Work) async -> Bool {
        await queues[Int(work.message.partition.magnitude) % queues.count].push(work)
    }

    /// Runs lane `index` until ``finish()`` and its queue is empty (or ``close()``, or
    /// cancellation), handing each batch to `aggregate`.
    func run(lane index: Int, aggregate: ([Work]) async throws -> Void) async throws {
        while let batch = await queues[index].popBatch(limit: batchLimit) {
            try await aggregate(batch)
        }
    }

    /// No more records: the lanes finish what is queued, then stop.
    func finish() { for queue in queues { queue.finish() } }

    /// Stop now: what is queued is dropped (its offsets are never released, so it is redone).
    func close() { for queue in queues { queue.close() } }
}

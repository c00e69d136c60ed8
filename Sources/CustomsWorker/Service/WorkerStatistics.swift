import CustomsModel
import Kafka

/// Counters of what the worker has done, for logs, metrics endpoints, the demo and tests.
public struct WorkerCounters: Sendable, Hashable {
    /// Raw reports whose outputs are all acknowledged (dead letters included).
    public var reportsCompleted = 0
    /// Raw reports in which no figure was found (not an error), counted when they complete.
    public var reportsWithoutFigures = 0
    /// Metric records produced and acknowledged, by metric, counted when their report completes.
    public var recordsProduced: [Metric: Int] = [:]
    /// Metric records applied to aggregates (stage two), acknowledged.
    public var recordsAggregated = 0
    /// Aggregate messages produced (both kinds), acknowledged.
    public var aggregatesUpdated = 0
    /// The largest aggregate message produced, in bytes: an aggregate grows with its key's
    /// sources, and the producer refuses one over `message.max.bytes` (README, "Aggregate size").
    public var largestAggregateBytes = 0
    /// Aggregate versions not produced because a later version of the same key, made by the
    /// same batch of records, superseded them (see `WorkerConfiguration.aggregationBatchLimit`).
    public var aggregateVersionsCoalesced = 0
    /// Dead letters produced, by reason.
    public var deadLetters: [DeadLetterReason: Int] = [:]
    /// Partition assignments and revocations seen.
    public var rebalances = 0
    /// Aggregates restored from the aggregates topic on assignment.
    public var aggregatesRestored = 0
    /// Exactly-once mode: transactions committed, and aborted (then redone from the last
    /// committed offsets), and transactional calls retried after a retriable error.
    public var transactionsCommitted = 0
    public var transactionsAborted = 0
    public var transactionRetries = 0
    /// Per owned input partition, the next offset to process: the committed offset at
    /// assignment, then each offset released for commit. Tells whether the worker caught up.
    public var positions: [TopicPartition: Int64] = [:]

    /// Whether every partition in `ends` (high watermarks) has been processed up to its end.
    public func hasProcessed(upTo ends: [TopicPartition: Int64]) -> Bool {
        ends.allSatisfy { partition, end in end <= 0 || (positions[partition] ?? 0) >= end }
    }

    public var totalRecordsProduced: Int { recordsProduced.values.reduce(0, +) }
    public var totalDeadLetters: Int { deadLetters.values.reduce(0, +) }

    /// Raises ``largestAggregateBytes`` to the largest of `messages`.
    mutating func noteAggregateSizes(_ messages: [KafkaProducerMessage]) {
        for message in messages { largestAggregateBytes = max(largestAggregateBytes, message.value?.count ?? 0) }
    }
}

/// Thread-safe ``WorkerCounters`` with a way to wait for a condition on them, so callers
/// (the demo, tests) wait for an event instead of sleeping.
public final class WorkerStatistics: Sendable {
    private let counters = WaitableState(WorkerCounters())
    private let metrics = WorkerMetrics()

    public init() {}

    public var snapshot: WorkerCounters { counters.value }

    /// Applies a change and wakes the waiters whose condition now holds.
    public func update(_ change: (inout WorkerCounters) -> Void) {
        counters.update { counters in
            let before = counters
            change(&counters)
            metrics.record(from: before, to: counters)
        }
    }

    /// Waits until `predicate` holds or `timeout` passes; returns whether it holds.
    public func wait(
        until predicate: @escaping @Sendable (WorkerCounters) -> Bool, timeout: Duration
    ) async -> Bool {
        await counters.wait(until: predicate, timeout: timeout)
    }
}

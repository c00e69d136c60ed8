import Foundation
import Kafka
import Logging

/// Which of the worker's Kafka clients a statistics report comes from.
public enum KafkaClientRole: String, Sendable {
    /// The producer, and the group member that reads raw reports.
    case producer, consumer
    /// The group member that reads metric records (stage two).
    case recordConsumer = "record-consumer"
}

/// Everything the worker needs to run, typed; the executables fill it from flags, environment
/// variables and an optional file (see the README's configuration table).
public struct WorkerConfiguration: Sendable {
    /// Kafka bootstrap servers, `host:port`.
    public var brokers: [String]
    /// The consumer group shared by all replicas.
    public var groupID: String = "customs-worker"
    /// This replica's client id (shows up in broker logs and metrics).
    public var clientID: String = "customs-worker"
    public var topics: TopicNames = .default
    /// Reports whose body exceeds this go to the dead-letter topic as `oversized`.
    public var maxBodyBytes: Int = 1 << 20
    /// At most this many input messages are in flight (processed, outputs not yet acknowledged);
    /// beyond it the worker stops pulling and librdkafka's bounded prefetch fills, then pauses.
    public var maxInFlightMessages: Int = 4_096
    /// Stage two runs in this many lanes, each aggregating its share of the metrics partitions
    /// in order; by default one per core.
    public var aggregationLanes: Int = ProcessInfo.processInfo.activeProcessorCount
    /// A lane takes the records of a partition that queued up while it was busy, up to this
    /// many, as one batch, and produces each aggregate the batch changed once, at its latest
    /// version (intermediate versions are skipped, as a compacted topic would drop them anyway).
    /// 1 produces every version; under light load batches are single records either way.
    public var aggregationBatchLimit: Int = 256
    /// Memory, in bytes, for the aggregates' source lists kept as JSON between versions
    /// (`AggregateWriter`): within it, an update writes only what is new instead of the key's
    /// whole history; once it is used up, aggregates are written from scratch until lists nobody
    /// writes any more are dropped. 0 (the default) keeps none: under a backlog that touches every
    /// key, 16 MiB of lists raised the soak's peak RSS by about 40 MiB (heap fragmentation), for
    /// aggregates written about 2.4 times faster (BENCHMARKS.md).
    public var aggregateListCacheBytes: Int = 0
    /// On SIGTERM/SIGINT: how long to finish in-flight work before giving up on it.
    public var shutdownGracePeriod: Duration = .seconds(10)
    /// How long a revocation may wait for in-flight outputs of the revoked partitions.
    public var revocationTimeout: Duration = .seconds(30)
    /// How long to keep retrying the rebuild of an assigned partition's aggregates (e.g. while the
    /// broker is unreachable) before the worker stops with an error.
    public var restoreTimeout: Duration = .seconds(120)
    /// Bounds of librdkafka's own buffers, so memory stays bounded whatever the input rate:
    /// the producer's queue (`queue.buffering.max.kbytes`; a full queue makes the worker wait)
    /// and the raw-report consumer's prefetch (`queued.max.messages.kbytes`; a full one stops fetching).
    public var producerQueueMaxKBytes: Int = 8 * 1024
    /// 4 MiB: a full queue stops librdkafka's fetcher, and the consumer wakes it as soon as the
    /// queue has drained (`KafkaConsumer.fetchRestarts`), so a larger prefetch buys no speed: in
    /// the pipeline benchmark 4 MiB gave 4,685 and 5,357 reports/s at a peak RSS of 93-99 MB,
    /// 16 MiB 4,600 and 4,298 at 113-147 MB. (Before the consumer could wake the fetcher, 4 MiB
    /// idled the worker and 16 MiB was the default.)
    public var consumerPrefetchMaxKBytes: Int = 4 * 1024
    /// The same bound for the group member that reads metric records (small messages: a few
    /// thousand fit in 4 MiB).
    public var recordConsumerPrefetchMaxKBytes: Int = 4 * 1024
    /// Exactly-once mode: outputs and input offsets in one Kafka transaction (needs Kafka >= 2.5).
    public var exactlyOnce: Bool = false
    /// The stable `transactional.id` of this replica in exactly-once mode; by default
    /// `<group id>-<client id>`, so give every replica its own client id.
    public var transactionalID: String?
    /// A transaction is committed after this many input messages, or this long after it began.
    public var transactionMaxMessages: Int = 100
    public var transactionMaxDuration: Duration = .milliseconds(100)
    /// Timeout of each transactional call (init, send offsets, commit, abort).
    public var transactionCallTimeout: Duration = .seconds(30)

    /// The `transactional.id` used in exactly-once mode.
    public var effectiveTransactionalID: String { transactionalID ?? "\(groupID)-\(clientID)" }
    /// Create missing topics at start (aggregates compacted), with this many partitions.
    public var createTopics: Bool = true
    public var topicPartitions: Int = 6
    public var replicationFactor: Int = 1
    /// Raw librdkafka properties, applied last.
    public var producerProperties: [String: String] = [:]
    public var consumerProperties: [String: String] = [:]
    public var logger: Logger = Logger(label: "customs-worker")
    /// Receives librdkafka's statistics JSON of each client (for consumer lag, rebalances,
    /// producer queue depth and broker state), every ``statisticsInterval``.
    public var kafkaStatisticsHandler: (@Sendable (KafkaClientRole, String) -> Void)?
    public var statisticsInterval: Duration = .seconds(5)

    public init(brokers: [String]) {
        self.brokers = brokers
    }
}

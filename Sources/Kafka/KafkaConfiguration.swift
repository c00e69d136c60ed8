import Logging

/// Settings shared by every client: where the cluster is, who we are, and where diagnostics go.
public struct KafkaClientConfiguration: Sendable {
    /// `host:port` of one or more brokers (`bootstrap.servers`).
    public var bootstrapServers: [String]
    /// `client.id`, shown in broker logs and quotas.
    public var clientID: String
    /// Receives librdkafka's log lines (with their facility) and this client's own messages.
    /// Its log level also sets librdkafka's `log_level`, so filtered lines are never formatted.
    public var logger: Logger
    /// Called with every client-level error (non-fatal ones such as a broker going down, and fatal
    /// ones). Runs on the client's own thread: keep it short.
    public var errorHandler: (@Sendable (KafkaError) -> Void)?
    /// How often librdkafka emits its statistics JSON (`statistics.interval.ms`); needs ``statisticsHandler``.
    public var statisticsInterval: Duration
    /// Receives librdkafka's statistics JSON every ``statisticsInterval``, e.g. to export metrics.
    public var statisticsHandler: (@Sendable (String) -> Void)?
    /// Any raw librdkafka setting; applied after the typed settings, so these override them.
    public var properties: [String: String]

    /// Creates a client configuration.
    public init(
        bootstrapServers: [String], clientID: String = "customs-metrics",
        logger: Logger = Logger(label: "kafka"), properties: [String: String] = [:]
    ) {
        self.bootstrapServers = bootstrapServers
        self.clientID = clientID
        self.logger = logger
        self.errorHandler = nil
        self.statisticsInterval = .seconds(60)
        self.statisticsHandler = nil
        self.properties = properties
    }
}

/// Producer settings. The defaults favour safety: idempotent, acks from all in-sync replicas.
public struct KafkaProducerConfiguration: Sendable {
    /// Which replicas must acknowledge a write (`acks`).
    public enum Acks: String, Sendable {
        /// All in-sync replicas (required for idempotence).
        case all = "all"
        /// The leader only.
        case leader = "1"
        /// Fire and forget.
        case none = "0"
    }

    /// How keyed messages are spread over partitions (`partitioner`).
    public enum Partitioner: String, Sendable {
        /// Java-client compatible murmur2 of the key; random for null keys.
        case murmur2Random = "murmur2_random"
        /// Java-client compatible murmur2 of the key; null keys go to one partition.
        case murmur2 = "murmur2"
        /// CRC32 of the key; random for null keys (librdkafka's default).
        case consistentRandom = "consistent_random"
        /// Random partition.
        case random = "random"
    }

    /// Batch compression (`compression.codec`).
    public enum Compression: String, Sendable {
        /// No compression.
        case none, gzip, snappy, lz4, zstd
    }

    /// Common client settings.
    public var client: KafkaClientConfiguration
    /// `enable.idempotence`: no duplicates or reordering on retries.
    public var idempotence: Bool = true
    /// `acks`.
    public var acks: Acks = .all
    /// `partitioner`.
    public var partitioner: Partitioner = .murmur2Random
    /// `compression.codec`.
    public var compression: Compression = .lz4
    /// `linger.ms`: how long to wait to fill a batch.
    public var linger: Duration = .milliseconds(5)
    /// `queue.buffering.max.messages`: beyond this, ``KafkaProducer/enqueue(_:onDelivery:)`` waits.
    public var queueMaxMessages: Int = 100_000
    /// `queue.buffering.max.kbytes`: beyond this, ``KafkaProducer/enqueue(_:onDelivery:)`` waits.
    public var queueMaxKBytes: Int = 1_048_576
    /// `message.timeout.ms`: how long librdkafka retries a message before failing its delivery.
    public var messageTimeout: Duration = .seconds(300)
    /// `transactional.id`: set to enable the transactional (exactly-once) API.
    public var transactionalID: String?
    /// `transaction.timeout.ms`: how long the coordinator waits before aborting an open transaction.
    public var transactionTimeout: Duration = .seconds(60)

    /// Creates a producer configuration.
    public init(client: KafkaClientConfiguration) {
        self.client = client
    }
}

/// Consumer settings. Offsets are only ever committed after the application stores them
/// (`enable.auto.offset.store=false`), so "auto commit" never commits unprocessed messages.
public struct KafkaConsumerConfiguration: Sendable {
    /// Where to start when the group has no committed offset (`auto.offset.reset`).
    public enum AutoOffsetReset: String, Sendable {
        /// The oldest retained message.
        case earliest
        /// Only new messages.
        case latest
        /// Fail with an error instead.
        case error
    }

    /// Whether to see messages of open and aborted transactions (`isolation.level`).
    public enum IsolationLevel: String, Sendable {
        /// Only committed transactional messages.
        case readCommitted = "read_committed"
        /// Everything, including aborted transactions.
        case readUncommitted = "read_uncommitted"
    }

    /// The group's partition assignor (`partition.assignment.strategy`).
    public enum AssignmentStrategy: String, Sendable {
        /// Incremental rebalancing: unaffected partitions keep being consumed.
        case cooperativeSticky = "cooperative-sticky"
        /// Eager rebalancing, ranges of partitions per topic.
        case range = "range"
        /// Eager rebalancing, round robin.
        case roundRobin = "roundrobin"
    }

    /// Common client settings.
    public var client: KafkaClientConfiguration
    /// `group.id`; `nil` allows manual ``KafkaConsumer/assign(_:)`` only (no subscribe, no commits).
    public var groupID: String?
    /// `enable.auto.commit`: periodically commit the offsets the application stored.
    public var autoCommit: Bool = true
    /// `auto.commit.interval.ms`.
    public var autoCommitInterval: Duration = .seconds(5)
    /// `auto.offset.reset`.
    public var autoOffsetReset: AutoOffsetReset = .earliest
    /// `isolation.level`.
    public var isolationLevel: IsolationLevel = .readCommitted
    /// `partition.assignment.strategy`.
    public var assignmentStrategy: AssignmentStrategy = .cooperativeSticky
    /// `session.timeout.ms`: how long the group waits for a silent member before evicting it.
    public var sessionTimeout: Duration = .seconds(45)
    /// `heartbeat.interval.ms`.
    public var heartbeatInterval: Duration = .seconds(3)
    /// `max.poll.interval.ms`: the longest the application may stall (including full-buffer waits
    /// and slow rebalance listeners) before the consumer leaves the group.
    public var maxPollInterval: Duration = .seconds(300)
    /// `queued.max.messages.kbytes`: how much librdkafka prefetches per partition.
    public var queuedMaxMessagesKBytes: Int = 65_536
    /// `fetch.wait.max.ms`: how long a broker may hold a fetch waiting for data.
    public var fetchWaitMax: Duration = .milliseconds(500)
    /// How many messages wait between the poll thread and ``KafkaConsumer/messages`` before the
    /// poll thread stops fetching (backpressure).
    public var bufferCapacity: Int = 1024

    /// Creates a consumer configuration.
    public init(client: KafkaClientConfiguration, groupID: String?) {
        self.client = client
        self.groupID = groupID
    }
}

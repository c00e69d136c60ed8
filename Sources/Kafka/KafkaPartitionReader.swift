import CRdKafka
import Foundation
import Synchronization

/// How a ``KafkaPartitionReader`` connects and reads.
public struct KafkaPartitionReaderConfiguration: Sendable {
    /// Common client settings.
    public var client: KafkaClientConfiguration
    /// `isolation.level`: by default only committed transactional messages are read.
    public var isolationLevel: KafkaConsumerConfiguration.IsolationLevel = .readCommitted
    /// `fetch.wait.max.ms`: kept short because reads end at the log end.
    public var fetchWaitMax: Duration = .milliseconds(100)

    /// Creates a reader configuration.
    public init(client: KafkaClientConfiguration) { self.client = client }
}

/// What a ``KafkaPartitionReader`` read.
public struct KafkaPartitionReadResult: Sendable, Hashable {
    /// Messages passed to the handler.
    public var messageCount: Int
    /// The high watermark at the start of the read: every message below it was considered.
    public var highWatermark: Int64
    /// The offset after the last message handled (where a consumer should continue).
    public var nextOffset: Int64
}

/// Reads one partition from a start offset up to its high watermark at call time, then returns.
/// Use it to rebuild state from a (compacted) topic, e.g. inside a rebalance listener.
///
/// ``read(topic:partition:from:timeout:handler:)`` blocks its thread: call it from a non-pool
/// thread (a rebalance listener runs on one); from async code use
/// ``readAsync(topic:partition:from:timeout:handler:)``, which runs on the reader's own thread.
/// It has its own client, independent of any consumer, and never joins a group or commits.
public final class KafkaPartitionReader: Sendable {
    private let client: RdKafkaClient
    /// Serializes reads: the underlying consumer reads one assignment at a time.
    private let reading = Mutex(())
    private let thread: ClientThread

    /// Creates the reader's client.
    /// - Throws: ``KafkaError`` naming the offending key if the configuration is invalid.
    public init(configuration: KafkaPartitionReaderConfiguration) throws {
        var config = RdKafkaConfig(client: configuration.client)
        config.set("group.id", "reader-\(UUID().uuidString)")  // required by librdkafka, never joined
        config.set("enable.auto.commit", false)
        config.set("enable.auto.offset.store", false)
        config.set("enable.partition.eof", true)  // tells us when the log end is reached
        config.set("auto.offset.reset", "earliest")
        config.set("isolation.level", configuration.isolationLevel.rawValue)
        config.set("fetch.wait.max.ms", milliseconds: configuration.fetchWaitMax)
        config.applyOverrides(configuration.client.properties)
        client = try RdKafkaClient(type: RD_KAFKA_CONSUMER, config: config, callbacks: ClientCallbacks(client: configuration.client))
        rd_kafka_poll_set_consumer(client.rk)
        thread = ClientThread(name: "kafka-partition-reader")
    }

    deinit {
        let client = client
        thread.submit { client.destroy() }
        thread.requestStop()
    }

    /// Reads `topic[partition]` from `start` (default: the oldest message) up to the high
    /// watermark read when the call starts, calling `handler` for each message, in offset order.
    /// Blocks the calling thread.
    ///
    /// With `read_committed`, reading also stops at the end of what is readable (before an open
    /// transaction). Control records and compacted-away offsets are skipped.
    /// - Throws: ``KafkaError`` (e.g. `_TIMED_OUT` if the end is not reached within `timeout`),
    ///   or whatever `handler` throws.
    @discardableResult
    public func read(
        topic: String, partition: Int32, from start: KafkaOffset = .beginning, timeout: Duration = .seconds(30),
        handler: (KafkaConsumerMessage) throws -> Void
    ) throws -> KafkaPartitionReadResult {
        try reading.withLock { _ in
            try readLocked(topic: topic, partition: partition, from: start, timeout: timeout, handler: handler)
        }
    }

    /// Like ``read(topic:partition:from:timeout:handler:)`` but runs on the reader's own thread;
    /// `handler` is called there.
    @discardableResult
    public func readAsync(
        topic: String, partition: Int32, from start: KafkaOffset = .beginning, timeout: Duration = .seconds(30),
        handler: @escaping @Sendable (KafkaConsumerMessage) throws -> Void
    ) async throws -> KafkaPartitionReadResult {
        let result: Result<KafkaPartitionReadResult, any Error> = await withCheckedContinuation { continuation in
            let accepted = thread.submit { [self] in
                continuation.resume(returning: Result {
                    try self.read(topic: topic, partition: partition, from: start, timeout: timeout, handler: handler)
                })
            }
            if !accepted { continuation.resume(returning: .failure(KafkaError.clientClosed("partition reader"))) }
        }
        return try result.get()
    }

    private func readLocked(
        topic: String, partition: Int32, from start: KafkaOffset, timeout: Duration,
        handler: (KafkaConsumerMessage) throws -> Void
    ) throws -> KafkaPartitionReadResult {
        let deadline = ContinuousClock.now + timeout
        let rk = client.rk
        let (low, high) = try client.watermarks(topic: topic, partition: partition, timeout: timeout)
        let first: Int64
        switch start {
        case .beginning, .stored: first = low
        case .end: first = high
        case .offset(let offset): first = max(offset, low)
        }
        var result = KafkaPartitionReadResult(messageCount: 0, highWatermark: high, nextOffset: first)
        guard first < high else { return result }

        let list = TopicPartitionList.make([(TopicPartition(topic: topic, partition: partition), first)])
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = rd_kafka_assign(rk, list)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError(err, "assign \(topic)[\(partition)]") }
        // Always leave the consumer unassigned so the next read starts clean.
        defer { _ = rd_kafka_assign(rk, nil) }

        while true {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else {
                throw KafkaError(
                    code: .timedOut,
                    message: "reading \(topic)[\(partition)]: reached offset \(result.nextOffset) of \(high) in \(timeout)",
                    isRetriable: true)
            }
            guard let message = rd_kafka_consumer_poll(rk, min(100, remaining.timeoutMilliseconds)) else { continue }
            defer { rd_kafka_message_destroy(message) }
            let m = message.pointee
            if m.err == RD_KAFKA_RESP_ERR__PARTITION_EOF {
                return result  // caught up: nothing more is readable now
            }
            if m.err != RD_KAFKA_RESP_ERR_NO_ERROR {
                let error = KafkaError(
                    m.err, "read \(topic)[\(partition)]", detail: String(cString: rd_kafka_message_errstr(message)),
                    brokers: client.callbacks.brokers)
                switch error.code {
                case .unknownTopicOrPartition, .unknownPartition, .unknownTopic, .fatal: throw error
                default: client.callbacks.logger.warning("\(error)")  // transient: librdkafka retries
                }
                continue
            }
            guard m.partition == partition, m.offset >= first else { continue }  // stale prefetch
            if m.offset >= high { return result }
            try handler(KafkaConsumerMessage(message))
            result.messageCount += 1
            result.nextOffset = m.offset + 1
            if result.nextOffset >= high { return result }
        }
    }
}

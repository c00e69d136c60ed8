import CRdKafka
import Foundation

/// A Kafka consumer: group member (``subscribe(topics:)``) or manual reader (``assign(_:)``).
///
/// A dedicated poll thread fetches messages into a bounded buffer read through ``messages``, and
/// runs rebalance callbacks; a second dedicated thread runs blocking requests (commit, metadata,
/// watermarks). Offsets are committed only after the application stores them
/// (``storeOffsets(_:)``), either by auto commit or ``commit()``.
///
/// Call ``close()`` to leave the group cleanly.
public final class KafkaConsumer: Sendable {
    /// The configuration the consumer was created with.
    public let configuration: KafkaConsumerConfiguration
    let client: RdKafkaClient
    let core: ConsumerCore
    let pollThread: ClientThread
    /// Runs blocking requests so they neither block the pool nor wait behind a full buffer.
    let worker: ClientThread

    /// Creates the consumer and starts its threads. It fetches nothing until you subscribe or assign.
    /// - Parameter rebalanceListener: Called on the poll thread around every assignment change.
    /// - Throws: ``KafkaError`` naming the offending key if the configuration is invalid.
    public init(configuration: KafkaConsumerConfiguration, rebalanceListener: (any KafkaRebalanceListener)? = nil) throws {
        self.configuration = configuration
        var config = RdKafkaConfig(client: configuration.client)
        // librdkafka's consumer needs a group even for manual assignment; a private one commits nothing.
        config.set("group.id", configuration.groupID ?? "manual-\(UUID().uuidString)")
        config.set("enable.auto.commit", configuration.groupID != nil && configuration.autoCommit)
        config.set("auto.commit.interval.ms", milliseconds: configuration.autoCommitInterval)
        config.set("enable.auto.offset.store", false)
        config.set("auto.offset.reset", configuration.autoOffsetReset.rawValue)
        config.set("isolation.level", configuration.isolationLevel.rawValue)
        config.set("partition.assignment.strategy", configuration.assignmentStrategy.rawValue)
        config.set("session.timeout.ms", milliseconds: configuration.sessionTimeout)
        config.set("heartbeat.interval.ms", milliseconds: configuration.heartbeatInterval)
        config.set("max.poll.interval.ms", milliseconds: configuration.maxPollInterval)
        config.set("queued.max.messages.kbytes", configuration.queuedMaxMessagesKBytes)
        config.set("fetch.wait.max.ms", milliseconds: configuration.fetchWaitMax)
        config.applyOverrides(configuration.client.properties)
        // In force after the overrides (a property wins over the typed setting).
        let autoCommit = configuration.groupID != nil
            && (configuration.client.properties["enable.auto.commit"].map { $0 == "true" } ?? configuration.autoCommit)

        // The queue limit in force: a property override wins over the typed setting.
        let queueLimitKBytes = configuration.client.properties["queued.max.messages.kbytes"].flatMap { Int($0) }
            ?? configuration.queuedMaxMessagesKBytes
        let worker = ClientThread(name: "kafka-consumer-io")
        let core = ConsumerCore(
            bufferCapacity: configuration.bufferCapacity, queueLimitBytes: queueLimitKBytes * 1024,
            autoCommit: autoCommit, listener: rebalanceListener, logger: configuration.client.logger, io: worker)
        let client: RdKafkaClient
        do {
            client = try RdKafkaClient(
                type: RD_KAFKA_CONSUMER, config: config,
                callbacks: ClientCallbacks(
                    client: configuration.client, rebalance: core, onFatal: { [buffer = core.buffer] in buffer.finish($0) }),
                customize: ConsumerCore.installRebalanceCallback)
        } catch {
            worker.requestStop()
            throw error
        }
        // Route error, stats and rebalance events to rd_kafka_consumer_poll on the poll thread.
        rd_kafka_poll_set_consumer(client.rk)
        self.client = client
        self.core = core
        let buffer = core.buffer
        self.pollThread = ClientThread(
            name: "kafka-consumer-poll", idle: { core.pollOnce(client) },
            wake: {
                client.wakeUp()
                buffer.signalSpace()
            })
        self.worker = worker
    }

    deinit {
        // Dropped without close(): leave the group on the poll thread, without blocking the releaser.
        startClose()
    }

    /// The consumed messages. Iterate from a single task.
    public var messages: KafkaConsumerMessages { KafkaConsumerMessages(buffer: core.buffer) }

    /// Ends ``messages`` at once: its iterator returns `nil` from now on, also for messages it
    /// had already taken from the buffer, e.g. when a graceful shutdown stops taking new work.
    /// Messages fetched but not delivered are dropped; their offsets were never stored, so the
    /// partitions' next owner processes them. The consumer stays in its group until ``close()``.
    ///
    /// Cheaper than ending the loop through a merged cancellation sequence, which hands every
    /// message from one task to another.
    public func endMessages() {
        core.buffer.endDelivery()
    }

    /// Joins the group and subscribes to `topics` (names, or regexes starting with `^`).
    /// - Throws: ``KafkaError`` if the consumer has no group ID or the subscription is invalid.
    public func subscribe(topics: [String]) throws {
        guard configuration.groupID != nil else {
            throw KafkaError(
                code: .invalidArgument, message: "subscribe(topics:) needs a consumer group",
                hint: "set KafkaConsumerConfiguration.groupID, or use assign(_:) for manual assignment")
        }
        try client.withHandle("consumer") { rk throws(KafkaError) in
            let list = TopicPartitionList.make(topics.map { (TopicPartition(topic: $0, partition: -1), Int64(-1001)) })
            defer { rd_kafka_topic_partition_list_destroy(list) }
            let err = rd_kafka_subscribe(rk, list)
            if err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError(err, "subscribe to \(topics)") }
        }
        let strategy = configuration.client.properties["partition.assignment.strategy"]
            ?? configuration.assignmentStrategy.rawValue
        if strategy.contains("cooperative-sticky") { core.usesCooperativeSticky.store(true, ordering: .releasing) }
    }

    /// Replaces the assignment with `partitions`, each starting at the given offset (manual mode;
    /// no rebalance callbacks). An empty dictionary unassigns everything.
    public func assign(_ partitions: [TopicPartition: KafkaOffset]) throws {
        try client.withHandle("consumer") { rk throws(KafkaError) in
            core.buffer.replaceAssignment(Array(partitions.keys))
            let list = TopicPartitionList.make(partitions.map { ($0.key, $0.value.rawValue) })
            defer { rd_kafka_topic_partition_list_destroy(list) }
            let err = rd_kafka_assign(rk, partitions.isEmpty ? nil : list)
            if err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError(err, "assign \(partitions.keys.sorted())") }
        }
    }

    /// Stores offsets (the next offset to consume, i.e. last processed + 1) for the next commit.
    /// Non-blocking; callable from any thread.
    /// - Throws: ``KafkaError`` if a partition is not currently assigned.
    public func storeOffsets(_ offsets: [TopicPartition: Int64]) throws {
        try client.withHandle("consumer") { rk throws(KafkaError) in try ConsumerOperations.storeOffsets(rk, offsets) }
    }

    /// Commits the stored offsets and waits for the broker. Nothing stored is not an error.
    public func commit() async throws {
        try await blocking("commit") { rk throws(KafkaError) in try ConsumerOperations.commit(rk, nil) }
    }

    /// Commits `offsets` (next offset to consume) and waits for the broker.
    public func commit(_ offsets: [TopicPartition: Int64]) async throws {
        try await blocking("commit") { rk throws(KafkaError) in try ConsumerOperations.commit(rk, offsets) }
    }

    /// The group's committed offsets (next offset to consume; `-1001` if none) for `partitions`.
    public func committedOffsets(
        for partitions: [TopicPartition], timeout: Duration = .seconds(10)
    ) async throws -> [TopicPartition: Int64] {
        try await blocking("committed offsets") { rk throws(KafkaError) in
            try ConsumerOperations.committed(rk, partitions, timeout: timeout)
        }
    }

    /// Moves assigned partitions back (or forward) to the given offsets (the next offset to read),
    /// e.g. to the last committed offsets after aborting a transaction. Messages already fetched
    /// or buffered from the old positions are discarded, including those the ``messages``
    /// iterator holds: the next message of each partition comes from its new offset.
    ///
    /// Runs on the poll thread between polls, with librdkafka's legacy `rd_kafka_seek` without a
    /// timeout (2.0.2's `rd_kafka_seek_partitions` mishandles its timeout); the seek itself
    /// completes asynchronously, but messages from the old position are never delivered again.
    public func rewind(_ offsets: [TopicPartition: Int64]) async throws {
        guard !offsets.isEmpty else { return }
        let (client, buffer) = (client, core.buffer)
        try await pollThread.run("consumer") { () throws(KafkaError) in
            guard client.isOpen else { throw KafkaError.clientClosed("consumer") }
            var firstError: KafkaError?
            for (partition, offset) in offsets.sorted(by: { $0.key < $1.key }) {
                guard let rkt = rd_kafka_topic_new(client.rk, partition.topic, nil) else { continue }
                defer { rd_kafka_topic_destroy(rkt) }
                let err = rd_kafka_seek(rkt, partition.partition, offset, 0)
                if err != RD_KAFKA_RESP_ERR_NO_ERROR && firstError == nil {
                    firstError = KafkaError(err, "seek \(partition) to \(offset)")
                }
            }
            buffer.rewound(Array(offsets.keys))
            if let firstError { throw firstError }
        }
    }

    /// Stops fetching `partitions` (already buffered messages are still delivered).
    public func pause(_ partitions: [TopicPartition]) throws {
        try changePause(partitions, "pause") { rd_kafka_pause_partitions($0, $1) }
    }

    /// Resumes fetching `partitions`.
    public func resume(_ partitions: [TopicPartition]) throws {
        try changePause(partitions, "resume") { rd_kafka_resume_partitions($0, $1) }
        // The broker thread would see the resumption only when it next wakes (up to a second
        // later when nothing else is being fetched); see `ConsumerCore.wakeFetchers`. (The
        // resumption itself is applied later, on librdkafka's main thread: a wake-up that comes
        // first changes nothing, and the partition then waits for the next one.)
        core.wakeFetchers(client)
    }

    /// How many times the consumer restarted fetching because librdkafka may have stopped (see
    /// `ConsumerCore.wakeFetchers`): a sign of a backlog, for diagnostics and tests.
    public var fetchRestarts: Int { core.fetchRestarts.load(ordering: .relaxed) }

    private func changePause(
        _ partitions: [TopicPartition], _ what: String,
        _ call: (OpaquePointer, RdPartitionList) -> rd_kafka_resp_err_t
    ) throws(KafkaError) {
        try client.withHandle("consumer") { rk throws(KafkaError) in
            let list = TopicPartitionList.make(partitions)
            defer { rd_kafka_topic_partition_list_destroy(list) }
            let err = call(rk, list)
            if err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError(err, what) }
            if let error = TopicPartitionList.firstError(list, what) { throw error }
        }
    }

    /// The partition's low and high watermark (the high one is the offset the next message will get).
    public func watermarks(
        topic: String, partition: Int32, timeout: Duration = .seconds(10)
    ) async throws -> (low: Int64, high: Int64) {
        let client = client
        let pair = try await blocking("watermarks") { _ throws(KafkaError) in
            let (low, high) = try client.watermarks(topic: topic, partition: partition, timeout: timeout)
            return [low, high]
        }
        return (pair[0], pair[1])
    }

    /// The topic's partition count, from cluster metadata.
    public func partitionCount(topic: String, timeout: Duration = .seconds(10)) async throws -> Int {
        let client = client
        return try await blocking("metadata") { _ throws(KafkaError) in
            try client.partitionCount(topic: topic, timeout: timeout)
        }
    }

    /// The current assignment (empty once closed).
    public func assignment() -> [TopicPartition] {
        (try? client.withHandle("consumer") { rk in
            var list: RdPartitionList?
            guard rd_kafka_assignment(rk, &list) == RD_KAFKA_RESP_ERR_NO_ERROR, let list else { return [] }
            defer { rd_kafka_topic_partition_list_destroy(list) }
            return TopicPartitionList.partitions(list).sorted()
        }) ?? []
    }

    /// The group identity to pass to ``KafkaProducer/sendOffsetsToTransaction(offsets:groupMetadata:timeout:)``.
    public func groupMetadata() throws -> KafkaConsumerGroupMetadata {
        try client.withHandle("consumer") { rk throws(KafkaError) in
            guard let metadata = rd_kafka_consumer_group_metadata(rk) else {
                throw KafkaError(code: .state, message: "consumer has no group metadata", hint: "set a groupID")
            }
            defer { rd_kafka_consumer_group_metadata_destroy(metadata) }
            var buffer: UnsafeMutableRawPointer?
            var size = 0
            if let error = rd_kafka_consumer_group_metadata_write(metadata, &buffer, &size) {
                throw KafkaError.consuming(error, "serialize group metadata")
            }
            defer { rd_kafka_mem_free(nil, buffer) }
            return KafkaConsumerGroupMetadata(serialized: Array(UnsafeRawBufferPointer(start: buffer, count: size)))
        }
    }

    /// The fatal error librdkafka raised, if any.
    public var fatalError: KafkaError? { client.callbacks.fatalError.withLock { $0 } }

    /// Leaves the group (the listener's revoke callback runs, auto commit commits stored offsets),
    /// ends ``messages``, stops the threads and destroys the client. Idempotent.
    public func close() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let first: Bool? = core.closeWaiters.withLock { waiters in
                guard waiters != nil else { return nil }
                waiters!.append(continuation)
                return waiters!.count == 1
            }
            switch first {
            case nil: continuation.resume()  // already closed
            case true?: startClose()
            case false?: break  // the first caller's close resumes us too
            }
        }
    }

    private func startClose() {
        let (core, client, worker) = (core, client, worker)
        let accepted = pollThread.submit { core.close(client, worker: worker) }
        pollThread.requestStop()
        if !accepted { worker.requestStop() }
    }

    /// Runs a blocking request on the worker thread.
    private func blocking<T: Sendable>(
        _ what: String, _ body: @escaping @Sendable (OpaquePointer) throws(KafkaError) -> T
    ) async throws(KafkaError) -> T {
        let client = client
        return try await worker.run("consumer") { () throws(KafkaError) -> T in
            guard client.isOpen else { throw KafkaError.clientClosed("consumer") }
            return try body(client.rk)
        }
    }
}

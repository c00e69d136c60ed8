import CRdKafka

/// Observes a consumer group's rebalances. Methods run synchronously on the consumer's own poll
/// thread (never on Swift's cooperative pool), inside librdkafka's rebalance callback, so they
/// may block: e.g. wait for in-flight work and commit on revoke, rebuild state on assign.
/// While they run the consumer delivers no messages; they must finish well within
/// `max.poll.interval.ms`.
public protocol KafkaRebalanceListener: Sendable {
    /// Called before `partitions` are added to the assignment (with cooperative-sticky, only the
    /// newly added partitions; with eager protocols, the whole new assignment).
    func partitionsAssigned(_ partitions: [TopicPartition], context: KafkaRebalanceContext)
    /// Called before `partitions` are removed from the assignment. Messages of these partitions
    /// still buffered have already been discarded; commit their processed offsets here.
    func partitionsRevoked(_ partitions: [TopicPartition], context: KafkaRebalanceContext)
    /// Called instead of ``partitionsRevoked(_:context:)`` when the partitions were lost (e.g. the
    /// session timed out): another member may own them already, so committing is pointless.
    func partitionsLost(_ partitions: [TopicPartition], context: KafkaRebalanceContext)
}

extension KafkaRebalanceListener {
    /// By default, nothing to do.
    public func partitionsAssigned(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {}
    /// By default, nothing to do (auto commit, if on, commits stored offsets during the rebalance).
    public func partitionsRevoked(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {}
    /// By default, nothing to do.
    public func partitionsLost(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {}
}

/// Synchronous consumer operations for use inside a ``KafkaRebalanceListener`` callback.
/// Valid only for the duration of the callback that received it.
public struct KafkaRebalanceContext: Sendable {
    let handle: RdKafkaHandle

    /// Stores offsets (next offset to consume) for a later commit, as ``KafkaConsumer/storeOffsets(_:)``.
    public func storeOffsets(_ offsets: [TopicPartition: Int64]) throws {
        try ConsumerOperations.storeOffsets(handle.pointer, offsets)
    }

    /// Commits `offsets` (next offset to consume), waiting for the broker's answer.
    public func commitSync(_ offsets: [TopicPartition: Int64]) throws {
        try ConsumerOperations.commit(handle.pointer, offsets)
    }

    /// Commits all stored offsets, waiting for the broker's answer. Nothing stored is not an error.
    public func commitStoredSync() throws {
        try ConsumerOperations.commit(handle.pointer, nil)
    }

    /// The group's committed offsets (next offset to consume; `-1001` if none) for `partitions`.
    public func committedOffsets(
        for partitions: [TopicPartition], timeout: Duration = .seconds(10)
    ) throws -> [TopicPartition: Int64] {
        try ConsumerOperations.committed(handle.pointer, partitions, timeout: timeout)
    }
}

/// librdkafka consumer calls shared by the consumer and its rebalance context.
enum ConsumerOperations {
    static func storeOffsets(_ rk: OpaquePointer, _ offsets: [TopicPartition: Int64]) throws(KafkaError) {
        guard !offsets.isEmpty else { return }
        let list = TopicPartitionList.make(offsets.map { ($0.key, $0.value) })
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = rd_kafka_offsets_store(rk, list)
        if let error = TopicPartitionList.firstError(list, "store offset for") {
            throw KafkaError(
                code: error.code, message: error.message,
                hint: "offsets can only be stored for partitions currently assigned to this consumer")
        }
        if err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError(err, "store offsets") }
    }

    /// Forgets the stored offsets of `partitions` (stores the logical "invalid" offset), so that
    /// nothing of theirs is left for librdkafka to commit. Per-partition errors are ignored.
    static func forgetStoredOffsets(_ rk: OpaquePointer, _ partitions: [TopicPartition]) {
        guard !partitions.isEmpty else { return }
        let list = TopicPartitionList.make(partitions.map { ($0, Int64(RD_KAFKA_OFFSET_INVALID)) })
        defer { rd_kafka_topic_partition_list_destroy(list) }
        _ = rd_kafka_offsets_store(rk, list)
    }

    /// Synchronous commit of `offsets`, or of the stored offsets when `nil`.
    static func commit(_ rk: OpaquePointer, _ offsets: [TopicPartition: Int64]?) throws(KafkaError) {
        let list = offsets.map { TopicPartitionList.make($0.map { ($0.key, $0.value) }) }
        defer { list.map { rd_kafka_topic_partition_list_destroy($0) } }
        let err = rd_kafka_commit(rk, list, 0)
        if err == RD_KAFKA_RESP_ERR__NO_OFFSET || err == RD_KAFKA_RESP_ERR_NO_ERROR { return }
        throw KafkaError(err, "commit offsets")
    }

    static func committed(
        _ rk: OpaquePointer, _ partitions: [TopicPartition], timeout: Duration
    ) throws(KafkaError) -> [TopicPartition: Int64] {
        let list = TopicPartitionList.make(partitions)
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = rd_kafka_committed(rk, list, timeout.timeoutMilliseconds)
        if err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError(err, "fetch committed offsets") }
        if let error = TopicPartitionList.firstError(list, "committed offset of") { throw error }
        return TopicPartitionList.offsets(list)
    }
}

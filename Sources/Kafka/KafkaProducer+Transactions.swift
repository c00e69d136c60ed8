import CRdKafka

/// The transactional (exactly-once) API; needs ``KafkaProducerConfiguration/transactionalID``.
/// Every call runs on the producer's own thread. Errors carry librdkafka's classification:
/// retry if ``KafkaError/isRetriable``, abort if ``KafkaError/requiresAbort``, recreate the
/// producer if ``KafkaError/isFatal``.
extension KafkaProducer {
    /// Registers the transactional ID with the coordinator and fences older instances. Call once.
    public func initTransactions(timeout: Duration = .seconds(30)) async throws {
        try await transactionCall("init transactions") { rd_kafka_init_transactions($0, timeout.timeoutMilliseconds) }
    }

    /// Starts a transaction; messages produced afterwards belong to it.
    public func beginTransaction() async throws {
        try await transactionCall("begin transaction") { rd_kafka_begin_transaction($0) }
    }

    /// Adds consumed offsets (next offset to read, per partition) to the transaction, so they are
    /// committed for the consumer group if and only if the transaction commits.
    public func sendOffsetsToTransaction(
        offsets: [TopicPartition: Int64], groupMetadata: KafkaConsumerGroupMetadata,
        timeout: Duration = .seconds(30)
    ) async throws {
        try await transactionCall("send offsets to transaction") { rk in
            var metadata: OpaquePointer?
            let readError = groupMetadata.serialized.withUnsafeBytes { bytes in
                rd_kafka_consumer_group_metadata_read(&metadata, bytes.baseAddress, bytes.count)
            }
            if let readError { return readError }
            defer { rd_kafka_consumer_group_metadata_destroy(metadata) }
            let list = TopicPartitionList.make(offsets.map { ($0.key, $0.value) })
            defer { rd_kafka_topic_partition_list_destroy(list) }
            return rd_kafka_send_offsets_to_transaction(rk, list, metadata, timeout.timeoutMilliseconds)
        }
    }

    /// Flushes the transaction's messages and commits it.
    public func commitTransaction(timeout: Duration = .seconds(30)) async throws {
        try await transactionCall("commit transaction") { rd_kafka_commit_transaction($0, timeout.timeoutMilliseconds) }
    }

    /// Aborts the transaction; its messages are purged or marked aborted.
    public func abortTransaction(timeout: Duration = .seconds(30)) async throws {
        try await transactionCall("abort transaction") { rd_kafka_abort_transaction($0, timeout.timeoutMilliseconds) }
    }

    private func transactionCall(
        _ what: String, _ call: @escaping @Sendable (OpaquePointer) -> OpaquePointer?
    ) async throws {
        let brokers = configuration.client.bootstrapServers.joined(separator: ",")
        try await onPollThread(what) { rk throws(KafkaError) in
            if let error = call(rk) { throw KafkaError.consuming(error, what, brokers: brokers) }
        }
    }
}

import CRdKafka
import Logging
import Synchronization

/// A Kafka protocol API key, for ``EmbeddedBroker/pushRequestErrors(apiKey:errors:)``.
public struct KafkaAPIKey: RawRepresentable, Hashable, Sendable {
    /// The protocol's numeric API key.
    public let rawValue: Int16
    /// Wraps a numeric API key.
    public init(rawValue: Int16) { self.rawValue = rawValue }

    /// Produce.
    public static let produce = KafkaAPIKey(rawValue: 0)
    /// Fetch.
    public static let fetch = KafkaAPIKey(rawValue: 1)
    /// ListOffsets.
    public static let listOffsets = KafkaAPIKey(rawValue: 2)
    /// Metadata.
    public static let metadata = KafkaAPIKey(rawValue: 3)
    /// OffsetCommit.
    public static let offsetCommit = KafkaAPIKey(rawValue: 8)
    /// OffsetFetch.
    public static let offsetFetch = KafkaAPIKey(rawValue: 9)
    /// FindCoordinator.
    public static let findCoordinator = KafkaAPIKey(rawValue: 10)
    /// JoinGroup.
    public static let joinGroup = KafkaAPIKey(rawValue: 11)
    /// Heartbeat.
    public static let heartbeat = KafkaAPIKey(rawValue: 12)
    /// LeaveGroup.
    public static let leaveGroup = KafkaAPIKey(rawValue: 13)
    /// SyncGroup.
    public static let syncGroup = KafkaAPIKey(rawValue: 14)
    /// InitProducerId.
    public static let initProducerID = KafkaAPIKey(rawValue: 22)
    /// AddPartitionsToTxn.
    public static let addPartitionsToTxn = KafkaAPIKey(rawValue: 24)
    /// AddOffsetsToTxn.
    public static let addOffsetsToTxn = KafkaAPIKey(rawValue: 25)
    /// EndTxn.
    public static let endTxn = KafkaAPIKey(rawValue: 26)
    /// TxnOffsetCommit.
    public static let txnOffsetCommit = KafkaAPIKey(rawValue: 28)
}

/// An in-process Kafka cluster: librdkafka's mock cluster, listening on 127.0.0.1 (so other
/// processes can connect to ``bootstrapServers``), with fault injection for tests.
///
/// Limits of the librdkafka 2.0.2 mock: at most 5 MiB and 100,000 message sets kept per
/// partition; no CreateTopics (use ``createTopic(_:partitions:replicationFactor:)``); aborted
/// transactions are not hidden from read_committed readers; offsets committed inside a
/// transaction are not stored.
public final class EmbeddedBroker: Sendable {
    private let client: RdKafkaClient
    private let cluster: MockCluster
    private let running = Mutex(true)
    /// The `fetch.wait.max.ms` for consumers of an embedded broker. The 2.0.2 mock holds a fetch
    /// that finds no data for the whole wait, even when data arrives meanwhile (a real broker
    /// answers as soon as there is data), so with the default 500 ms every quiet hop can cost half
    /// a second. A short wait models a real broker's long poll, at the price of more fetch
    /// requests while idle.
    public static let consumerFetchWait: Duration = .milliseconds(2)

    /// Consumer properties for clients of an embedded broker (``consumerFetchWait``), for
    /// configurations that take librdkafka properties as strings.
    public static var consumerProperties: [String: String] {
        ["fetch.wait.max.ms": String(consumerFetchWait.milliseconds)]
    }

    /// `host:port,…` of the mock brokers.
    public let bootstrapServers: String
    /// Number of brokers; their IDs are `1...brokerCount`.
    public let brokerCount: Int

    private struct MockCluster: @unchecked Sendable {
        // The mock cluster API is thread-safe (it posts to the cluster's own thread).
        let pointer: OpaquePointer
    }

    /// Starts a mock cluster with `brokers` brokers.
    /// - Throws: ``KafkaError`` if the cluster cannot be created (e.g. no free ports).
    public init(brokers: Int = 1, logger: Logger = Logger(label: "kafka.embedded-broker")) throws {
        var clientConfiguration = KafkaClientConfiguration(bootstrapServers: [], clientID: "embedded-broker", logger: logger)
        clientConfiguration.properties = [:]
        var config = RdKafkaConfig(client: clientConfiguration)
        // The hosting handle warns that it has no bootstrap servers, which is intended here.
        config.set("log_level", min(RdKafkaConfig.syslogLevel(for: logger.logLevel), 4))
        // A private handle that only hosts the cluster; it never connects anywhere.
        client = try RdKafkaClient(type: RD_KAFKA_PRODUCER, config: config, callbacks: ClientCallbacks(client: clientConfiguration))
        guard let mock = rd_kafka_mock_cluster_new(client.rk, Int32(brokers)) else {
            client.destroy()
            throw KafkaError(code: .state, message: "could not start the mock cluster", hint: "check for free loopback ports")
        }
        cluster = MockCluster(pointer: mock)
        bootstrapServers = String(cString: rd_kafka_mock_cluster_bootstraps(mock))
        brokerCount = brokers
    }

    deinit { shutdown() }

    /// The bootstrap servers as a list, for ``KafkaClientConfiguration/bootstrapServers``.
    public var bootstrapServerList: [String] { bootstrapServers.split(separator: ",").map(String.init) }

    /// Creates a topic (the mock has no CreateTopics API).
    public func createTopic(_ name: String, partitions: Int = 1, replicationFactor: Int = 1) throws {
        let err = rd_kafka_mock_topic_create(cluster.pointer, name, Int32(partitions), Int32(replicationFactor))
        if err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError(err, "create mock topic \"\(name)\"") }
    }

    /// Makes broker `id` close its connections and refuse new ones.
    public func setBrokerDown(_ id: Int32) throws {
        try check(rd_kafka_mock_broker_set_down(cluster.pointer, id), "set broker \(id) down")
    }

    /// Makes broker `id` accept connections again.
    public func setBrokerUp(_ id: Int32) throws {
        try check(rd_kafka_mock_broker_set_up(cluster.pointer, id), "set broker \(id) up")
    }

    /// Delays every response of broker `id` by `milliseconds`.
    public func setRoundTripTime(broker id: Int32, milliseconds: Int) throws {
        try check(rd_kafka_mock_broker_set_rtt(cluster.pointer, id, Int32(milliseconds)), "set broker \(id) RTT")
    }

    /// Makes the next `errors.count` requests of `apiKey` (to any broker) fail with these codes, in order.
    public func pushRequestErrors(apiKey: KafkaAPIKey, errors: [KafkaError.Code]) {
        let codes = errors.map(\.rdValue)
        codes.withUnsafeBufferPointer { buffer in
            rd_kafka_mock_push_request_errors_array(cluster.pointer, apiKey.rawValue, buffer.count, buffer.baseAddress)
        }
    }

    /// Makes the next `errors.count` requests of `apiKey` to broker `id` fail with these codes, in
    /// order (broker errors take precedence over cluster-wide ones). Unlike
    /// ``pushRequestErrors(apiKey:errors:)`` they can be counted with
    /// ``remainingRequestErrors(broker:apiKey:)``, so a test can tell that they were all served.
    public func pushRequestErrors(broker id: Int32, apiKey: KafkaAPIKey, errors: [KafkaError.Code], roundTripMilliseconds: Int = 0) throws {
        for code in errors {
            try check(customs_mock_broker_push_request_error(cluster.pointer, id, apiKey.rawValue, code.rdValue, Int32(roundTripMilliseconds)),
                      "push \(code) for API \(apiKey.rawValue) on broker \(id)")
        }
    }

    /// How many errors pushed with ``pushRequestErrors(broker:apiKey:errors:roundTripMilliseconds:)`` are still to be returned.
    public func remainingRequestErrors(broker id: Int32, apiKey: KafkaAPIKey) throws -> Int {
        var count = 0
        try check(rd_kafka_mock_broker_error_stack_cnt(cluster.pointer, id, apiKey.rawValue, &count),
                  "error stack of broker \(id)")
        return count
    }

    /// Drops errors pushed for `apiKey` that have not been returned yet.
    public func clearRequestErrors(apiKey: KafkaAPIKey) {
        rd_kafka_mock_clear_request_errors(cluster.pointer, apiKey.rawValue)
    }

    /// Makes every request for `topic` fail with `error` (`.noError` to clear).
    public func setTopicError(_ topic: String, error: KafkaError.Code) {
        rd_kafka_mock_topic_set_error(cluster.pointer, topic, error.rdValue)
    }

    /// Moves the leadership of `topic[partition]` to broker `id`.
    public func setPartitionLeader(topic: String, partition: Int32, broker id: Int32) throws {
        try check(rd_kafka_mock_partition_set_leader(cluster.pointer, topic, partition, id), "set leader of \(topic)[\(partition)]")
    }

    /// Stops the cluster. Clients still connected see their brokers go down. Idempotent.
    public func shutdown() {
        let wasRunning = running.withLock { running in
            defer { running = false }
            return running
        }
        guard wasRunning else { return }
        rd_kafka_mock_cluster_destroy(cluster.pointer)
        client.destroy()
    }

    private func check(_ err: rd_kafka_resp_err_t, _ what: String) throws {
        if err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError(err, what) }
    }
}

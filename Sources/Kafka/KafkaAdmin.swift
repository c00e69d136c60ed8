import CRdKafka
import Foundation

/// A topic to create with ``KafkaAdmin/createTopics(_:timeout:)``.
public struct KafkaTopicSpec: Sendable, Hashable {
    /// Topic name.
    public var name: String
    /// Number of partitions.
    public var partitions: Int
    /// Number of replicas per partition.
    public var replicationFactor: Int
    /// Topic configuration, e.g. `["cleanup.policy": "compact"]`.
    public var config: [String: String]

    /// Describes a topic.
    public init(name: String, partitions: Int, replicationFactor: Int, config: [String: String] = [:]) {
        self.name = name
        self.partitions = partitions
        self.replicationFactor = replicationFactor
        self.config = config
    }
}

/// Cluster administration: topic creation and metadata. Requests run on the client's own thread.
public final class KafkaAdmin: Sendable {
    private let client: RdKafkaClient
    /// Polls the handle (serving error callbacks) between blocking admin requests.
    private let thread: ClientThread

    /// Creates the admin client.
    /// - Throws: ``KafkaError`` naming the offending key if the configuration is invalid.
    public init(configuration: KafkaClientConfiguration) throws {
        var config = RdKafkaConfig(client: configuration)
        config.applyOverrides(configuration.properties)
        let client = try RdKafkaClient(type: RD_KAFKA_PRODUCER, config: config, callbacks: ClientCallbacks(client: configuration))
        self.client = client
        thread = ClientThread(
            name: "kafka-admin",
            // Closed: sleep rather than spin until the stop request lands.
            idle: { if client.isOpen { _ = rd_kafka_poll(client.rk, 100) } else { usleep(10_000) } },
            wake: { client.wakeUp() })
    }

    deinit {
        let client = client
        thread.submit { client.destroy() }
        thread.requestStop()
    }

    /// Creates topics; ones that already exist are left as they are (not an error).
    /// - Throws: ``KafkaError`` for the first topic that could not be created, e.g. an invalid
    ///   config, too few brokers for the replication factor, or a broker without CreateTopics.
    public func createTopics(_ topics: [KafkaTopicSpec], timeout: Duration = .seconds(30)) async throws {
        guard !topics.isEmpty else { return }
        let client = client
        try await thread.run("admin client") { () throws(KafkaError) in
            guard client.isOpen else { throw KafkaError.clientClosed("admin client") }
            try Self.createTopicsBlocking(client, topics, timeout: timeout)
        }
    }

    /// The topic's partition count, from cluster metadata.
    public func partitionCount(topic: String, timeout: Duration = .seconds(10)) async throws -> Int {
        let client = client
        return try await thread.run("admin client") { () throws(KafkaError) -> Int in
            guard client.isOpen else { throw KafkaError.clientClosed("admin client") }
            return try client.partitionCount(topic: topic, timeout: timeout)
        }
    }

    /// Every topic of the cluster with its partition count. Never creates a topic, even where the
    /// broker auto-creates topics on metadata requests for a named topic.
    public func topics(timeout: Duration = .seconds(10)) async throws -> [String: Int] {
        let client = client
        return try await thread.run("admin client") { () throws(KafkaError) -> [String: Int] in
            guard client.isOpen else { throw KafkaError.clientClosed("admin client") }
            return try client.allTopicPartitionCounts(timeout: timeout)
        }
    }

    /// Destroys the client. Idempotent.
    public func shutdown() async {
        let (client, thread) = (client, thread)
        _ = try? await thread.run("admin client") { () throws(KafkaError) in
            client.destroy()
            thread.requestStop()
        }
    }

    private static func createTopicsBlocking(
        _ client: RdKafkaClient, _ topics: [KafkaTopicSpec], timeout: Duration
    ) throws(KafkaError) {
        let rk = client.rk
        var errstr = [CChar](repeating: 0, count: 512)
        var newTopics: [OpaquePointer?] = []
        defer { for topic in newTopics { rd_kafka_NewTopic_destroy(topic) } }
        for spec in topics {
            guard let topic = rd_kafka_NewTopic_new(
                spec.name, Int32(spec.partitions), Int32(spec.replicationFactor), &errstr, errstr.count)
            else {
                throw KafkaError(
                    code: .invalidArgument, message: "topic \"\(spec.name)\": \(String(cBuffer: errstr))",
                    hint: "check the partition count and replication factor")
            }
            newTopics.append(topic)
            for key in spec.config.keys.sorted() {
                let err = rd_kafka_NewTopic_set_config(topic, key, spec.config[key]!)
                if err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError(err, "topic \"\(spec.name)\" config \(key)") }
            }
        }
        let options = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS)
        defer { rd_kafka_AdminOptions_destroy(options) }
        _ = rd_kafka_AdminOptions_set_request_timeout(options, timeout.timeoutMilliseconds, &errstr, errstr.count)
        _ = rd_kafka_AdminOptions_set_operation_timeout(options, timeout.timeoutMilliseconds, &errstr, errstr.count)
        let queue = rd_kafka_queue_new(rk)
        defer { rd_kafka_queue_destroy(queue) }
        newTopics.withUnsafeMutableBufferPointer { buffer in
            rd_kafka_CreateTopics(rk, buffer.baseAddress, buffer.count, options, queue)
        }
        // The request itself times out after `timeout`; the extra second lets that answer arrive.
        guard let event = rd_kafka_queue_poll(queue, (timeout + .seconds(1)).timeoutMilliseconds) else {
            throw KafkaError(RD_KAFKA_RESP_ERR__TIMED_OUT, "create topics", brokers: client.callbacks.brokers)
        }
        defer { rd_kafka_event_destroy(event) }
        let eventError = rd_kafka_event_error(event)
        if eventError != RD_KAFKA_RESP_ERR_NO_ERROR {
            throw KafkaError(
                eventError, "create topics", detail: String(cString: rd_kafka_event_error_string(event)),
                brokers: client.callbacks.brokers)
        }
        guard let result = rd_kafka_event_CreateTopics_result(event) else {
            throw KafkaError(code: .state, message: "create topics: unexpected admin result event")
        }
        var count = 0
        guard let results = rd_kafka_CreateTopics_result_topics(result, &count) else { return }
        for topicResult in UnsafeBufferPointer(start: results, count: count) {
            let err = rd_kafka_topic_result_error(topicResult)
            if err == RD_KAFKA_RESP_ERR_NO_ERROR || err == RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS { continue }
            let name = String(cString: rd_kafka_topic_result_name(topicResult))
            let detail = rd_kafka_topic_result_error_string(topicResult).map { String(cString: $0) }
            throw KafkaError(err, "create topic \"\(name)\"", detail: detail, brokers: client.callbacks.brokers)
        }
    }
}

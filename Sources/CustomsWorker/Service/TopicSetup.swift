import Kafka

/// Creates the worker's topics when missing and checks the co-partitioning that stage two
/// relies on (aggregates partition p holds the state of metrics partition p).
public enum TopicSetup {
    /// The topic specs: the aggregates topic is log-compacted, the others are plain logs.
    public static func specs(topics: TopicNames, partitions: Int, replicationFactor: Int) -> [KafkaTopicSpec] {
        topics.all.map { name in
            KafkaTopicSpec(
                name: name, partitions: partitions, replicationFactor: replicationFactor,
                config: name == topics.aggregates ? ["cleanup.policy": "compact"] : [:])
        }
    }

    /// Creates those of the worker's topics that the cluster lacks (existing ones are left as
    /// they are; the co-partitioning check then tells whether they fit).
    public static func ensure(
        topics: TopicNames, partitions: Int, replicationFactor: Int, client: KafkaClientConfiguration
    ) async throws {
        let admin = try KafkaAdmin(configuration: client)
        do {
            let existing = try await admin.topics()
            let missing = specs(topics: topics, partitions: partitions, replicationFactor: replicationFactor)
                .filter { existing[$0.name] == nil }
            if !missing.isEmpty { try await admin.createTopics(missing) }
        } catch {
            await admin.shutdown()
            throw error
        }
        await admin.shutdown()
    }

    public static func checkCoPartitioning(topics: TopicNames, client: KafkaClientConfiguration) async throws {
        let metrics = try await partitionCount(topic: topics.metrics, client: client)
        let aggregates = try await partitionCount(topic: topics.aggregates, client: client)
        guard metrics == aggregates else {
            throw WorkerError.topicsNotCoPartitioned(metrics: topics.metrics, metricsPartitions: metrics,
                                                     aggregates: topics.aggregates, aggregatesPartitions: aggregates)
        }
    }
}

extension TopicSetup {
    /// A topic's partition count from cluster metadata, with a short-lived admin client.
    public static func partitionCount(topic: String, client: KafkaClientConfiguration) async throws -> Int {
        let admin = try KafkaAdmin(configuration: client)
        do {
            let count = try await admin.partitionCount(topic: topic)
            await admin.shutdown()
            return count
        } catch {
            await admin.shutdown()
            throw error
        }
    }
}

/// Errors that stop the worker, each saying what to do about it.
public enum WorkerError: Error, CustomStringConvertible, Sendable {
    case topicsNotCoPartitioned(metrics: String, metricsPartitions: Int, aggregates: String, aggregatesPartitions: Int)

    public var description: String {
        switch self {
        case let .topicsNotCoPartitioned(metrics, mp, aggregates, ap):
            return "\(metrics) has \(mp) partitions but \(aggregates) has \(ap): they must be equal, since aggregates "
                + "partition p holds the state of metrics partition p; recreate \(aggregates) with \(mp) partitions"
        }
    }
}

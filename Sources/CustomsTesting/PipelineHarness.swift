import CustomsModel
import CustomsWorker
import Foundation
import Kafka
import Logging
import ServiceLifecycle

/// The whole pipeline in one process on an embedded broker: for the demo, our integration
/// tests and downstream users' tests. Start it, publish reports, wait for the worker to have
/// processed them, then read the topics back.
public final class PipelineHarness: Sendable {
    public let broker: EmbeddedBroker
    public let topics: TopicNames
    public let partitions: Int
    public let logger: Logger

    /// Starts an embedded broker with the worker's topics created.
    public init(topics: TopicNames = .default, partitions: Int = 6, logger: Logger? = nil) throws {
        var quiet = Logger(label: "customs-harness")
        quiet.logLevel = .warning
        self.logger = logger ?? quiet
        self.topics = topics
        self.partitions = partitions
        broker = try EmbeddedBroker()
        for spec in TopicSetup.specs(topics: topics, partitions: partitions, replicationFactor: 1) {
            try broker.createTopic(spec.name, partitions: spec.partitions)
        }
    }

    public var client: KafkaClientConfiguration {
        KafkaClientConfiguration(bootstrapServers: [broker.bootstrapServers], clientID: "customs-harness", logger: logger)
    }

    /// A worker configuration pointing at this broker.
    public func workerConfiguration(clientID: String = "customs-worker") -> WorkerConfiguration {
        var configuration = WorkerConfiguration(brokers: [broker.bootstrapServers])
        configuration.clientID = clientID
        configuration.topics = topics
        configuration.createTopics = false
        configuration.logger = logger
        // Short commit interval and session timeout: tests and the demo move fast.
        configuration.consumerProperties = ["auto.commit.interval.ms": "200", "session.timeout.ms": "6000",
                                            "heartbeat.interval.ms": "500"]
        return configuration
    }

    /// Publishes reports as JSON to the raw topic, keyed by report id; returns how many.
    @discardableResult
    public func publish(_ reports: [RawReport]) async throws -> Int {
        let encoder = JSONEncoder()
        try await publishRaw(reports.map { report in
            (Array(report.effectiveID.utf8), Array(try encoder.encode(report)))
        })
        return reports.count
    }

    /// Publishes raw bytes (malformed input included) to the raw topic.
    public func publishRaw(_ messages: [(key: [UInt8]?, value: [UInt8])]) async throws {
        let producer = try KafkaProducer(configuration: KafkaProducerConfiguration(client: client))
        for message in messages {
            _ = try await producer.send(KafkaProducerMessage(topic: topics.rawReports, key: message.key, value: message.value))
        }
        await producer.shutdown()
    }

    /// Runs `body` while a worker runs; shuts the worker down gracefully afterwards.
    public func withWorker<T: Sendable>(
        _ configuration: WorkerConfiguration? = nil,
        _ body: @escaping @Sendable (CustomsWorkerService) async throws -> T
    ) async throws -> T {
        let worker = CustomsWorkerService(configuration: configuration ?? workerConfiguration())
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [.init(service: worker)], logger: logger))
        return try await withThrowingTaskGroup(of: T?.self) { tasks in
            tasks.addTask { try await group.run(); return nil }
            let result: T
            do {
                result = try await body(worker)
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return result
        }
    }

    /// Waits until the worker has completed `reports` raw reports and aggregated every record
    /// it produced. Returns false on timeout.
    public static func waitUntilProcessed(
        _ worker: CustomsWorkerService, reports: Int, timeout: Duration = .seconds(60)
    ) async -> Bool {
        await worker.statistics.wait(until: { counters in
            counters.reportsCompleted >= reports && counters.recordsAggregated >= counters.totalRecordsProduced
        }, timeout: timeout)
    }

    /// The latest aggregate per key on the aggregates topic.
    public func latestAggregates() async throws -> [String: AggregateMessage] {
        try await TopicReader.latestAggregates(topic: topics.aggregates, client: client)
    }

    /// Every message on a topic.
    public func messages(on topic: String) async throws -> [KafkaConsumerMessage] {
        try await TopicReader.readAll(topic: topic, client: client)
    }

    public func shutdown() {
        broker.shutdown()
    }
}

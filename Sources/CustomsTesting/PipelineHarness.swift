import CustomsModel
import CustomsWorker
import Foundation
import Kafka
import Logging
import ServiceLifecycle
import Synchronization

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
        configuration.consumerProperties.merge(EmbeddedBroker.consumerProperties) { configured, _ in configured }
        return configuration
    }

    /// Publishes reports as JSON to the raw topic, keyed by report id; returns how many.
    /// With `timestamps`, message i gets timestamp `timestamps + i` (ms), so two runs over the
    /// same input give identical aggregates, ingestion times included.
    @discardableResult
    public func publish(_ reports: [RawReport], timestamps: Int64? = nil) async throws -> Int {
        let encoder = JSONEncoder()
        try await publishRaw(reports.map { report in
            (Array(report.effectiveID.utf8), Array(try encoder.encode(report)))
        }, timestamps: timestamps)
        return reports.count
    }

    /// Publishes raw bytes (malformed input included) to the raw topic, pipelined.
    public func publishRaw(_ messages: [(key: [UInt8]?, value: [UInt8])], timestamps: Int64? = nil) async throws {
        let producer = try KafkaProducer(configuration: KafkaProducerConfiguration(client: client))
        let failures = FirstError()
        for (index, message) in messages.enumerated() {
            try await producer.enqueue(KafkaProducerMessage(
                topic: topics.rawReports, key: message.key, value: message.value,
                timestampMs: timestamps.map { $0 + Int64(index) })) { result in
                if case .failure(let error) = result { failures.record(error) }
            }
        }
        try await producer.flush(timeout: .seconds(60))
        await producer.shutdown()
        if let error = failures.first { throw error }
    }

    /// The high watermark of every partition of `topic`.
    public func ends(of topic: String) async throws -> [TopicPartition: Int64] {
        let consumer = try KafkaConsumer(configuration: KafkaConsumerConfiguration(client: client, groupID: nil))
        var ends: [TopicPartition: Int64] = [:]
        for partition in 0..<Int32(partitions) {
            ends[TopicPartition(topic: topic, partition: partition)] =
                try await consumer.watermarks(topic: topic, partition: partition).high
        }
        await consumer.close()
        return ends
    }

    /// Waits until the worker has processed the raw topic to its current end, then the metrics
    /// topic to its end (stage one has stopped adding to it by then). Event-driven: it waits on
    /// the worker's statistics, which change as offsets are released.
    public func waitUntilCaughtUp(_ worker: CustomsWorkerService, timeout: Duration = .seconds(120)) async throws -> Bool {
        let raw = try await ends(of: topics.rawReports)
        guard await worker.statistics.wait(until: { $0.hasProcessed(upTo: raw) }, timeout: timeout) else { return false }
        let metrics = try await ends(of: topics.metrics)
        return await worker.statistics.wait(until: { $0.hasProcessed(upTo: metrics) }, timeout: timeout)
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
            try await captureProducedMessages()
            return result
        }
    }

    /// Where produced messages are written for the contract check, from `CUSTOMS_CAPTURE_DIR`
    /// (`make test` sets it; `Tests/schemas/validate.py` validates every file there).
    public static var captureDirectory: URL? {
        ProcessInfo.processInfo.environment["CUSTOMS_CAPTURE_DIR"].map { URL(fileURLWithPath: $0) }
    }

    private let captureID = UUID().uuidString

    /// Writes every message now on the metrics, aggregates and dead-letter topics as JSON lines
    /// `{topic, headers, value}`, one file per topic and harness (rewritten on each call).
    public func captureProducedMessages() async throws {
        guard let directory = Self.captureDirectory else { return }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (topic, kind) in [(topics.metrics, "metrics"), (topics.aggregates, "aggregates"), (topics.deadLetters, "dead-letters")] {
            var lines = Data()
            for message in try await messages(on: topic) {
                var headers: [String: String] = [:]
                for header in message.headers { headers[header.key] = header.stringValue ?? "" }
                let value = message.value.map { String(decoding: $0, as: UTF8.self) } ?? ""
                lines.append(try JSONSerialization.data(
                    withJSONObject: ["topic": message.topic, "headers": headers, "value": value], options: [.sortedKeys]))
                lines.append(0x0a)
            }
            try lines.write(to: directory.appendingPathComponent("\(captureID).\(kind).jsonl"))
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

    /// Remembers the first error reported from a delivery callback.
    final class FirstError: Sendable {
        private let error = Mutex<(any Error)?>(nil)
        func record(_ new: any Error) { error.withLock { if $0 == nil { $0 = new } } }
        var first: (any Error)? { error.withLock { $0 } }
    }

    public func shutdown() {
        broker.shutdown()
    }
}

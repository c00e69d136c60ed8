import CustomsAggregation
import CustomsExtraction
import CustomsModel
import Kafka
import Logging
import ServiceLifecycle
import Synchronization

/// The worker: consumes raw reports and metric records from one consumer group, turns reports
/// into records (stage one) and records into aggregates (stage two), and releases an input
/// offset for commit only when every output of that message is acknowledged.
///
/// Run it in a `ServiceGroup` (graceful shutdown on SIGTERM/SIGINT), or call ``run()`` directly.
public final class CustomsWorkerService: Service, Sendable {
    public let configuration: WorkerConfiguration
    /// What the worker has done so far; waitable.
    public let statistics = WorkerStatistics()

    private let reportStage: ReportStage
    private let aggregationStage: AggregationStage
    private var logger: Logger { configuration.logger }

    public init(configuration: WorkerConfiguration, extractor: Extractor = Extractor()) {
        self.configuration = configuration
        self.reportStage = ReportStage(
            topics: configuration.topics, decoder: ReportDecoder(maxMessageBytes: configuration.maxBodyBytes),
            extractor: extractor)
        self.aggregationStage = AggregationStage(topics: configuration.topics)
    }

    public func run() async throws {
        let topics = configuration.topics
        let client = KafkaClientConfiguration(
            bootstrapServers: configuration.brokers, clientID: configuration.clientID, logger: logger)
        if configuration.createTopics {
            try await TopicSetup.ensure(topics: topics, partitions: configuration.topicPartitions,
                                        replicationFactor: configuration.replicationFactor, client: client)
        }
        try await TopicSetup.checkCoPartitioning(topics: topics, client: client)

        var producerConfiguration = KafkaProducerConfiguration(client: client)
        producerConfiguration.client.properties = configuration.producerProperties
        if let handler = configuration.kafkaStatisticsHandler {
            producerConfiguration.client.statisticsInterval = configuration.statisticsInterval
            producerConfiguration.client.statisticsHandler = { handler(.producer, $0) }
        }
        let producer = try KafkaProducer(configuration: producerConfiguration)

        let consumerHandle = ConsumerHandle()
        let statistics = self.statistics
        let tracker = OffsetTracker { offsets in
            consumerHandle.storeOffsets(offsets)
            statistics.update { $0.positions.merge(offsets) { max($0, $1) } }
        }
        let listener = RebalanceHandler(
            topics: topics, tracker: tracker, aggregation: aggregationStage, statistics: statistics,
            readerClient: client, revocationTimeout: configuration.revocationTimeout, logger: logger)
        var consumerConfiguration = KafkaConsumerConfiguration(client: client, groupID: configuration.groupID)
        consumerConfiguration.client.properties = configuration.consumerProperties
        if let handler = configuration.kafkaStatisticsHandler {
            consumerConfiguration.client.statisticsInterval = configuration.statisticsInterval
            consumerConfiguration.client.statisticsHandler = { handler(.consumer, $0) }
        }
        let consumer = try KafkaConsumer(configuration: consumerConfiguration, rebalanceListener: listener)
        consumerHandle.set(consumer)
        try consumer.subscribe(topics: [topics.rawReports, topics.metrics])
        logger.info("worker started", metadata: [
            "brokers": "\(configuration.brokers.joined(separator: ","))", "group": "\(configuration.groupID)"])

        var failure: (any Error)?
        do {
            for try await message in consumer.messages.cancelOnGracefulShutdown() {
                await tracker.waitForCapacity(limit: configuration.maxInFlightMessages)
                if let error = tracker.firstFailure { throw error }
                guard let ticket = tracker.begin(message) else { continue }
                if message.topic == topics.rawReports {
                    try await handleReport(message, ticket: ticket, producer: producer, tracker: tracker)
                } else {
                    try await handleRecord(message, ticket: ticket, producer: producer, tracker: tracker)
                }
            }
        } catch {
            failure = error
        }

        // Stop fetching, finish in-flight work, commit, leave the group.
        logger.info("worker stopping: finishing in-flight work", metadata: ["in_flight": "\(tracker.inFlightCount)"])
        let drained = await tracker.waitUntilDrained(timeout: configuration.shutdownGracePeriod)
        if !drained {
            logger.warning("grace period over with work in flight; it will be redone by the next owner",
                           metadata: ["in_flight": "\(tracker.inFlightCount)"])
        }
        do { try await consumer.commit() } catch {
            logger.debug("final commit: \(error)")
        }
        await consumer.close()
        await producer.shutdown(timeout: configuration.shutdownGracePeriod)
        if let error = failure ?? tracker.firstFailure {
            logger.error("worker stopped on an error: \(error)")
            throw error
        }
        logger.info("worker stopped")
    }

    private func handleReport(
        _ message: KafkaConsumerMessage, ticket: OffsetTracker.Ticket, producer: KafkaProducer, tracker: OffsetTracker
    ) async throws {
        let statistics = self.statistics
        switch reportStage.process(message) {
        case .deadLetter(let cause, let letter):
            logger.warning("dead-lettered a report", metadata: [
                "reason": "\(cause.reason.rawValue)", "topic": "\(message.topic)",
                "partition": "\(message.partition)", "offset": "\(message.offset)", "error": "\(cause.message)"])
            try await send(letter, ticket: ticket, producer: producer, tracker: tracker) {
                statistics.update { $0.deadLetters[cause.reason, default: 0] += 1 }
            }
        case .records(let records, let messages):
            for (record, output) in zip(records, messages) {
                let metric = record.metric
                try await send(output, ticket: ticket, producer: producer, tracker: tracker) {
                    statistics.update { $0.recordsProduced[metric, default: 0] += 1 }
                }
            }
            if records.isEmpty { statistics.update { $0.reportsWithoutFigures += 1 } }
        }
        tracker.seal(ticket) { statistics.update { $0.reportsCompleted += 1 } }
    }

    private func handleRecord(
        _ message: KafkaConsumerMessage, ticket: OffsetTracker.Ticket, producer: KafkaProducer, tracker: OffsetTracker
    ) async throws {
        let statistics = self.statistics
        switch aggregationStage.process(message) {
        case .notOwned:
            break  // revoked between fetch and processing: the new owner handles it
        case .deadLetter(let cause, let letter):
            logger.warning("dead-lettered a metrics message", metadata: [
                "reason": "\(cause.reason.rawValue)", "partition": "\(message.partition)", "offset": "\(message.offset)"])
            try await send(letter, ticket: ticket, producer: producer, tracker: tracker) {
                statistics.update { $0.deadLetters[cause.reason, default: 0] += 1 }
            }
        case .aggregates(_, let messages):
            for output in messages {
                try await send(output, ticket: ticket, producer: producer, tracker: tracker) {
                    statistics.update { $0.aggregatesUpdated += 1 }
                }
            }
        }
        tracker.seal(ticket) { statistics.update { $0.recordsAggregated += 1 } }
    }

    /// Enqueues one output of `ticket`'s message; the ticket completes when all are acknowledged.
    private func send(
        _ output: KafkaProducerMessage, ticket: OffsetTracker.Ticket, producer: KafkaProducer,
        tracker: OffsetTracker, onAcknowledged: @escaping @Sendable () -> Void
    ) async throws {
        tracker.addOutput(ticket)
        let logger = self.logger
        do {
            try await producer.enqueue(output) { result in
                switch result {
                case .success:
                    onAcknowledged()
                    tracker.delivered(ticket)
                case .failure(let error):
                    logger.error("delivery failed; stopping so that a restart redoes the uncommitted work",
                                 metadata: ["topic": "\(output.topic)", "error": "\(error)"])
                    tracker.delivered(ticket, error: error)
                }
            }
        } catch {
            tracker.delivered(ticket, error: error)
            throw error
        }
    }
}

/// A late-bound reference to the consumer, for the offset tracker's release callback (the
/// tracker exists before the consumer, whose rebalance listener needs the tracker).
final class ConsumerHandle: Sendable {
    private let consumer = Mutex<KafkaConsumer?>(nil)

    func set(_ value: KafkaConsumer) { consumer.withLock { $0 = value } }

    func storeOffsets(_ offsets: [TopicPartition: Int64]) {
        let current = consumer.withLock { $0 }
        try? current?.storeOffsets(offsets)  // fails only for partitions just revoked: harmless
    }
}

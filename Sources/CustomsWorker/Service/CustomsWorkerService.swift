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

    let reportStage: ReportStage
    let aggregationStage: AggregationStage
    var logger: Logger { configuration.logger }

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
        if configuration.exactlyOnce {
            try await TransactionalPipeline(worker: self, client: client).run()
            return
        }

        let producer = try KafkaProducer(configuration: producerConfiguration(client: client))
        let consumerHandle = ConsumerHandle()
        let statistics = self.statistics
        let tracker = OffsetTracker { offsets in
            consumerHandle.storeOffsets(offsets)
            statistics.update { $0.positions.merge(offsets) { max($0, $1) } }
        }
        let shutdown = ShutdownState()
        let listener = RebalanceHandler(
            topics: topics, tracker: tracker, aggregation: aggregationStage, statistics: statistics,
            readerClient: client, revocationTimeout: configuration.revocationTimeout,
            restoreTimeout: configuration.restoreTimeout, shutdown: shutdown, logger: logger)
        let consumer = try KafkaConsumer(configuration: consumerConfiguration(client: client), rebalanceListener: listener)
        consumerHandle.set(consumer)
        try consumer.subscribe(topics: [topics.rawReports, topics.metrics])
        logger.info("worker started", metadata: [
            "brokers": "\(configuration.brokers.joined(separator: ","))", "group": "\(configuration.groupID)"])

        // The loop runs in its own task so that a failure (a refused delivery, a partition whose
        // state cannot be rebuilt) or the end of the grace period can stop it even while it
        // waits for input or for room in the producer's queue.
        let grace = configuration.shutdownGracePeriod
        let loop = Task { try await self.consume(consumer: consumer, producer: producer, tracker: tracker) }
        let failureWatch = Task {
            await tracker.waitForFailure()
            if !Task.isCancelled { loop.cancel() }
        }
        let failure: (any Error)? = await withGracefulShutdownHandler {
            await withTaskCancellationHandler {
                do {
                    try await loop.value
                    return nil
                } catch is CancellationError {
                    return nil  // stopped by a failure (reported below) or by the end of the grace period
                } catch {
                    return error
                }
            } onCancel: {
                loop.cancel()  // cancelling run() stops the loop at once
            }
        } onGracefulShutdown: {
            // Stop fetching new work at once; what is in flight may finish within the grace period.
            let deadline = shutdown.begin(grace: grace)
            tracker.stopAccepting()
            Task {
                try? await Task.sleep(until: deadline, clock: .continuous)
                loop.cancel()
            }
        }
        failureWatch.cancel()

        // Stop fetching, finish in-flight work, commit, leave the group: all within the grace period.
        let deadline = shutdown.begin(grace: grace)
        tracker.stopAccepting()
        logger.info("worker stopping: finishing in-flight work", metadata: ["in_flight": "\(tracker.inFlightCount)"])
        let drained = await tracker.waitUntilDrained(timeout: deadline - .now)
        if !drained && tracker.firstFailure == nil {
            logger.warning("grace period over with work in flight; it will be redone by the next owner",
                           metadata: ["in_flight": "\(tracker.inFlightCount)"])
        }
        let committed = await finishes(within: shutdown.remaining(or: grace)) {
            do { try await consumer.commit() } catch {
                self.logger.warning("final commit failed; the next owner redoes the uncommitted messages",
                                    metadata: ["error": "\(error)"])
            }
        }
        // Leaving the group runs the revocation (bounded by the deadline), which commits again.
        let closed = await finishes(within: shutdown.remaining(or: grace)) { await consumer.close() }
        if !committed || !closed {
            logger.warning("grace period over before the consumer left the group", metadata: [
                "committed": "\(committed)", "closed": "\(closed)"])
        }
        await producer.shutdown(timeout: shutdown.remaining(or: grace))
        if let error = failure ?? tracker.firstFailure {
            logger.error("worker stopped on an error: \(error)")
            throw error
        }
        logger.info("worker stopped")
    }

    /// The at-least-once loop: outputs enqueued without waiting for their acknowledgement (the
    /// tracker releases offsets as acknowledgements arrive), one message at a time in the order
    /// read. Stage one's pure work (decode, extract, encode) of the next few raw reports runs
    /// ahead on the cooperative pool, so it uses every core; the sender below performs every side
    /// effect (enqueue, seal, aggregate-state update) in exactly the order the messages were read.
    private func consume(consumer: KafkaConsumer, producer: KafkaProducer, tracker: OffsetTracker) async throws {
        let topics = configuration.topics
        let reportStage = self.reportStage
        let window = ProcessingWindow<PendingMessage>(capacity: ProcessingWindow<PendingMessage>.defaultCapacity)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { window.finish() }
                for try await message in consumer.messages.cancelOnGracefulShutdown() {
                    await tracker.waitForCapacity(limit: self.configuration.maxInFlightMessages)
                    if let error = tracker.firstFailure { throw error }
                    try Task.checkCancellation()
                    guard let ticket = tracker.begin(message) else { continue }
                    let work = message.topic == topics.rawReports ? Task { reportStage.process(message) } : nil
                    guard await window.push(PendingMessage(message: message, ticket: ticket, work: work)) else { return }
                }
            }
            do {
                while let pending = await window.pop() {
                    if let error = tracker.firstFailure { throw error }
                    try Task.checkCancellation()
                    if let work = pending.work {
                        try await handleReport(pending.message, outcome: await work.value, ticket: pending.ticket,
                                               producer: producer, tracker: tracker)
                    } else {
                        try await handleRecord(pending.message, ticket: pending.ticket, producer: producer, tracker: tracker)
                    }
                }
                try Task.checkCancellation()
            } catch {
                window.close()
                throw error
            }
            try await group.waitForAll()
        }
    }

    /// A message begun in the tracker, with its stage-one work when it is a raw report.
    private struct PendingMessage: Sendable {
        let message: KafkaConsumerMessage
        let ticket: OffsetTracker.Ticket
        let work: Task<ReportStage.Outcome, Never>?
    }

    func producerConfiguration(client: KafkaClientConfiguration) -> KafkaProducerConfiguration {
        var producerConfiguration = KafkaProducerConfiguration(client: client)
        producerConfiguration.queueMaxKBytes = configuration.producerQueueMaxKBytes
        producerConfiguration.client.properties = configuration.producerProperties
        if let handler = configuration.kafkaStatisticsHandler {
            producerConfiguration.client.statisticsInterval = configuration.statisticsInterval
            producerConfiguration.client.statisticsHandler = { handler(.producer, $0) }
        }
        return producerConfiguration
    }

    func consumerConfiguration(client: KafkaClientConfiguration) -> KafkaConsumerConfiguration {
        var consumerConfiguration = KafkaConsumerConfiguration(client: client, groupID: configuration.groupID)
        consumerConfiguration.queuedMaxMessagesKBytes = configuration.consumerPrefetchMaxKBytes
        consumerConfiguration.client.properties = configuration.consumerProperties
        if let handler = configuration.kafkaStatisticsHandler {
            consumerConfiguration.client.statisticsInterval = configuration.statisticsInterval
            consumerConfiguration.client.statisticsHandler = { handler(.consumer, $0) }
        }
        return consumerConfiguration
    }

    private func handleReport(
        _ message: KafkaConsumerMessage, outcome: ReportStage.Outcome, ticket: OffsetTracker.Ticket,
        producer: KafkaProducer, tracker: OffsetTracker
    ) async throws {
        let statistics = self.statistics
        switch outcome {
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
            logger.debug("report extracted", metadata: [
                "report_id": "\(records.first?.reportID ?? "-")", "records": "\(records.count)", "topic": "\(message.topic)",
                "partition": "\(message.partition)", "offset": "\(message.offset)"])
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
        } catch is CancellationError {
            // Stopped while waiting for room (grace period over, or a failure elsewhere): the
            // message stays incomplete, so its offset is never released and it will be redone.
            throw CancellationError()
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

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
        self.aggregationStage = AggregationStage(topics: configuration.topics,
                                                 keptLists: KeptListBudget(bytes: configuration.aggregateListCacheBytes))
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
        let consumers = ConsumerHandles()
        let statistics = self.statistics
        let tracker = OffsetTracker { offsets in
            consumers.storeOffsets(offsets)
            statistics.update { $0.positions.merge(offsets) { max($0, $1) } }
        }
        let shutdown = ShutdownState()
        let listener = RebalanceHandler(
            topics: topics, tracker: tracker, aggregation: aggregationStage, statistics: statistics,
            readerClient: client, revocationTimeout: configuration.revocationTimeout,
            restoreTimeout: configuration.restoreTimeout, shutdown: shutdown, logger: logger)
        // Two members of the same group: one reads raw reports (stage one), the other metric
        // records (stage two). Each fetches on its own, so records are never queued behind a
        // backlog of raw reports (a broker serves a fetch in partition order, up to a byte
        // budget), and a busy stage one cannot starve stage two of input, or the reverse.
        let reportConsumer = try KafkaConsumer(
            configuration: consumerConfiguration(client: client, member: .reports), rebalanceListener: listener)
        let recordConsumer = try KafkaConsumer(
            configuration: consumerConfiguration(client: client, member: .records), rebalanceListener: listener)
        consumers.set(reportConsumer, for: topics.rawReports)
        consumers.set(recordConsumer, for: topics.metrics)
        try reportConsumer.subscribe(topics: [topics.rawReports])
        try recordConsumer.subscribe(topics: [topics.metrics])
        logger.info("worker started", metadata: [
            "brokers": "\(configuration.brokers.joined(separator: ","))", "group": "\(configuration.groupID)"])

        // The loop runs in its own task so that a failure (a refused delivery, a partition whose
        // state cannot be rebuilt) or the end of the grace period can stop it even while it
        // waits for input or for room in the producer's queue.
        let grace = configuration.shutdownGracePeriod
        let loop = Task {
            try await self.consume(reports: reportConsumer, records: recordConsumer, producer: producer, tracker: tracker)
        }
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
            reportConsumer.endMessages()
            recordConsumer.endMessages()
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
            for consumer in [recordConsumer, reportConsumer] {
                do { try await consumer.commit() } catch {
                    self.logger.warning("final commit failed; the next owner redoes the uncommitted messages",
                                        metadata: ["error": "\(error)"])
                }
            }
        }
        // Leaving the group runs the revocation (bounded by the deadline), which commits again.
        // The records member leaves first: its partitions are the ones whose state must be rebuilt
        // by their next owner, so they should move once, before the reports member's departure.
        let closed = await finishes(within: shutdown.remaining(or: grace)) {
            await recordConsumer.close()
            await reportConsumer.close()
        }
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
    /// tracker releases offsets as acknowledgements arrive).
    ///
    /// - Stage one's pure work (decode, extract, encode) of the next few raw reports runs ahead
    ///   on the cooperative pool, so it uses every core; the sender enqueues its outputs in the
    ///   order the reports were read.
    /// - Stage two runs in ``AggregationLanes``: the records member's reader hands each metric
    ///   record to the lane of its partition, which aggregates its partitions in order, in
    ///   parallel with the other lanes and with stage one.
    private func consume(
        reports: KafkaConsumer, records: KafkaConsumer, producer: KafkaProducer, tracker: OffsetTracker
    ) async throws {
        let reportStage = self.reportStage
        let window = ProcessingWindow<PendingReport>(capacity: ProcessingWindow<PendingReport>.defaultCapacity)
        let lanes = AggregationLanes(count: configuration.aggregationLanes, capacity: configuration.maxInFlightMessages + 1,
                                     batchLimit: configuration.aggregationBatchLimit)
        let maxInFlight = configuration.maxInFlightMessages
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { window.finish() }
                for try await message in reports.messages {
                    guard let ticket = try await Self.begin(message, tracker: tracker, maxInFlight: maxInFlight) else { continue }
                    let work = Task { reportStage.process(message) }
                    guard await window.push(PendingReport(message: message, ticket: ticket, work: work)) else { return }
                }
            }
            group.addTask {
                defer { lanes.finish() }
                for try await message in records.messages {
                    guard let ticket = try await Self.begin(message, tracker: tracker, maxInFlight: maxInFlight) else { continue }
                    guard await lanes.submit(AggregationLanes.Work(message: message, ticket: ticket)) else { return }
                }
            }
            for lane in 0..<lanes.count {
                group.addTask {
                    do {
                        try await lanes.run(lane: lane) { batch in
                            try await self.aggregate(batch, producer: producer, tracker: tracker)
                        }
                    } catch is CancellationError {
                        throw CancellationError()
                    } catch {
                        tracker.fail(error)  // wakes the failure watch, which stops the loop
                        throw error
                    }
                }
            }
            do {
                while let pending = await window.pop() {
                    if let error = tracker.firstFailure { throw error }
                    try Task.checkCancellation()
                    try await handleReport(pending.message, outcome: await pending.work.value, ticket: pending.ticket,
                                           producer: producer, tracker: tracker)
                }
                try Task.checkCancellation()
            } catch {
                window.close()
                lanes.close()
                throw error
            }
            try await group.waitForAll()
        }
    }

    /// Waits for room in the in-flight bound (the worker's backpressure), then begins `message`
    /// in the tracker; `nil` when it must be skipped (its partition is no longer owned).
    private static func begin(
        _ message: KafkaConsumerMessage, tracker: OffsetTracker, maxInFlight: Int
    ) async throws -> OffsetTracker.Ticket? {
        await tracker.waitForCapacity(limit: maxInFlight)
        if let error = tracker.firstFailure { throw error }
        try Task.checkCancellation()
        return tracker.begin(message)
    }

    /// A raw report begun in the tracker, with its stage-one work.
    private struct PendingReport: Sendable {
        let message: KafkaConsumerMessage
        let ticket: OffsetTracker.Ticket
        let work: Task<ReportStage.Outcome, Never>
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

    /// The worker's two members of the consumer group (see ``run()``).
    enum GroupMember {
        /// Reads raw reports; also the only member in exactly-once mode.
        case reports
        /// Reads metric records (stage two); its client id has a `-records` suffix.
        case records
    }

    func consumerConfiguration(client: KafkaClientConfiguration, member: GroupMember = .reports) -> KafkaConsumerConfiguration {
        var client = client
        if member == .records { client.clientID += "-records" }
        var consumerConfiguration = KafkaConsumerConfiguration(client: client, groupID: configuration.groupID)
        consumerConfiguration.queuedMaxMessagesKBytes = member == .records
            ? configuration.recordConsumerPrefetchMaxKBytes : configuration.consumerPrefetchMaxKBytes
        consumerConfiguration.client.properties = configuration.consumerProperties
        if let handler = configuration.kafkaStatisticsHandler {
            consumerConfiguration.client.statisticsInterval = configuration.statisticsInterval
            let role: KafkaClientRole = member == .records ? .recordConsumer : .consumer
            consumerConfiguration.client.statisticsHandler = { handler(role, $0) }
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
            try await send([letter], completing: [ticket], producer: producer, tracker: tracker) {
                statistics.update { $0.deadLetters[cause.reason, default: 0] += 1 }
            }
        case .records(let records, let messages):
            try await send(messages, completing: [ticket], producer: producer, tracker: tracker)
            logger.debug("report extracted", metadata: [
                "report_id": "\(records.first?.reportID ?? "-")", "records": "\(records.count)", "topic": "\(message.topic)",
                "partition": "\(message.partition)", "offset": "\(message.offset)"])
            // Counted once the report completes (every record acknowledged): one statistics update
            // per report instead of one per record, on the producer's delivery thread.
            var produced: [Metric: Int] = [:]
            for record in records { produced[record.metric, default: 0] += 1 }
            tracker.seal(ticket) { [produced] in
                statistics.update { counters in
                    counters.reportsCompleted += 1
                    counters.recordsProduced.merge(produced, uniquingKeysWith: +)
                    if produced.isEmpty { counters.reportsWithoutFigures += 1 }
                }
            }
            return
        }
        tracker.seal(ticket) { statistics.update { $0.reportsCompleted += 1 } }
    }

    /// Stage two for one lane's batch: each partition's records applied in order, then the
    /// aggregates they changed produced once each, at their latest version. Every record of the
    /// batch completes only when all of its partition's aggregate messages are acknowledged.
    private func aggregate(_ batch: [AggregationLanes.Work], producer: KafkaProducer, tracker: OffsetTracker) async throws {
        let statistics = self.statistics
        var partitions: [Int32] = []
        var works: [Int32: [AggregationLanes.Work]] = [:]
        for work in batch {
            if works[work.message.partition] == nil { partitions.append(work.message.partition) }
            works[work.message.partition, default: []].append(work)
        }
        for partition in partitions {
            let partitionWorks = works[partition]!
            let outcome = aggregationStage.process(batch: partitionWorks.map(\.message), partition: partition)
            var applied: [OffsetTracker.Ticket] = []
            for (work, disposition) in zip(partitionWorks, outcome.dispositions) {
                switch disposition {
                case .aggregated:
                    applied.append(work.ticket)
                case .notOwned:
                    break  // revoked between fetch and processing: the new owner handles it
                case .deadLetter(let cause, let letter):
                    logger.warning("dead-lettered a metrics message", metadata: [
                        "reason": "\(cause.reason.rawValue)", "partition": "\(partition)", "offset": "\(work.message.offset)"])
                    try await send([letter], completing: [work.ticket], producer: producer, tracker: tracker) {
                        statistics.update { $0.deadLetters[cause.reason, default: 0] += 1 }
                    }
                }
            }
            let coalesced = outcome.changes - outcome.aggregates.count
            try await send(outcome.aggregates, completing: applied, producer: producer, tracker: tracker) {
                statistics.update { counters in
                    counters.aggregatesUpdated += outcome.aggregates.count
                    counters.aggregateVersionsCoalesced += coalesced
                    counters.noteAggregateSizes(outcome.aggregates)
                }
            }
            // A partition's messages complete in offset order, so the last one completing means
            // they all have: one statistics update for the batch.
            let count = partitionWorks.count
            for work in partitionWorks.dropLast() { tracker.seal(work.ticket) }
            tracker.seal(partitionWorks[count - 1].ticket) { statistics.update { $0.recordsAggregated += count } }
        }
    }

    /// Enqueues outputs of input messages: a report's records (one ticket) or a batch's
    /// aggregates (the tickets of its records). Each ticket completes only once every output is
    /// acknowledged; then `onAcknowledged` runs once.
    private func send(
        _ outputs: [KafkaProducerMessage], completing tickets: [OffsetTracker.Ticket], producer: KafkaProducer,
        tracker: OffsetTracker, onAcknowledged: (@Sendable () -> Void)? = nil
    ) async throws {
        guard !outputs.isEmpty, !tickets.isEmpty else { return }
        tracker.addOutput(tickets)
        let delivery = SharedDelivery(outputs: outputs.count)
        let logger = self.logger
        for output in outputs {
            do {
                try await producer.enqueue(output) { result in
                    switch result {
                    case .success:
                        if delivery.acknowledge() {
                            onAcknowledged?()
                            tracker.delivered(tickets)
                        }
                    case .failure(let error):
                        logger.error("delivery failed; stopping so that a restart redoes the uncommitted work",
                                     metadata: ["topic": "\(output.topic)", "error": "\(error)"])
                        if delivery.refuse() { tracker.delivered(tickets, error: error) }
                    }
                }
            } catch is CancellationError {
                // Stopped while waiting for room (grace period over, or a failure elsewhere): the
                // messages stay incomplete, so their offsets are never released and they are redone.
                throw CancellationError()
            } catch {
                if delivery.refuse() { tracker.delivered(tickets, error: error) }
                throw error
            }
        }
    }
}

/// Counts the acknowledgements of outputs shared by several input messages, so that they are
/// settled exactly once: when the last output is acknowledged, or at the first refusal.
final class SharedDelivery: Sendable {
    private let state: Mutex<(remaining: Int, settled: Bool)>

    init(outputs: Int) { state = Mutex((outputs, false)) }

    /// One output was acknowledged; `true` when that settles the group (it was the last).
    func acknowledge() -> Bool {
        state.withLock { state in
            state.remaining -= 1
            guard state.remaining == 0, !state.settled else { return false }
            state.settled = true
            return true
        }
    }

    /// One output was refused; `true` when that settles the group (nothing settled it before).
    func refuse() -> Bool {
        state.withLock { state in
            defer { state.settled = true }
            return !state.settled
        }
    }
}

/// Late-bound references to the consumers, for the offset tracker's release callback (the
/// tracker exists before the consumers, whose rebalance listener needs the tracker).
final class ConsumerHandles: Sendable {
    private let consumers = Mutex<[String: KafkaConsumer]>([:])

    /// `consumer` reads `topic`: offsets of that topic are stored through it.
    func set(_ consumer: KafkaConsumer, for topic: String) { consumers.withLock { $0[topic] = consumer } }

    func storeOffsets(_ offsets: [TopicPartition: Int64]) {
        let current = consumers.withLock { $0 }
        for (topic, consumer) in current {
            let owned = offsets.filter { $0.key.topic == topic }
            if !owned.isEmpty { try? consumer.storeOffsets(owned) }  // fails only for partitions just revoked: harmless
        }
    }
}

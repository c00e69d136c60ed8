import CustomsAggregation
import CustomsModel
import Foundation
import Kafka
import Logging
import ServiceLifecycle
import Synchronization

/// Exactly-once mode (`--exactly-once`): every output of a batch of input messages and the
/// input offsets of that batch go to Kafka in one transaction, committed after
/// ``WorkerConfiguration/transactionMaxMessages`` messages or
/// ``WorkerConfiguration/transactionMaxDuration``, whichever comes first.
///
/// Errors are classified as librdkafka classifies them:
/// - retriable (``KafkaError/isRetriable``): the same call is made again, within
///   ``WorkerConfiguration/transactionCallTimeout``;
/// - abortable (``KafkaError/requiresAbort``, or a refused message inside a transaction): the
///   transaction is aborted, the consumer rewound to the offsets the last committed transaction
///   left, and the aggregate state of the partitions it touched rolled back to what that
///   transaction left, then processing resumes;
/// - fatal (``KafkaError/isFatal``, e.g. fenced by a newer instance with the same
///   `transactional.id`) and anything unclassified: the worker stops with the error.
///
/// The state of a partition is still rebuilt from the aggregates topic on assignment, reading
/// only committed messages (`read_committed`); on revocation the open transaction is committed
/// first, inside the rebalance callback.
final class TransactionalPipeline: @unchecked Sendable {
    private let worker: CustomsWorkerService
    private let client: KafkaClientConfiguration
    private var configuration: WorkerConfiguration { worker.configuration }
    private var logger: Logger { worker.logger }
    private var statistics: WorkerStatistics { worker.statistics }
    let shutdown = ShutdownState()
    private let stopRequested = Atomic<Bool>(false)

    // Shared with the rebalance listener (on the consumer's poll thread); guarded by `condition`.
    private let condition = NSCondition()
    private var transactionOpen = false
    private var commitRequested = false
    private var abortRequested = false
    private var failure: (any Error)?

    // The loop's own state (only the consuming task touches it).
    /// First offset of each input partition in the open transaction: where to rewind on abort.
    private var transactionStart: [TopicPartition: Int64] = [:]
    /// Next offset to consume per input partition: the offsets the transaction commits.
    private var transactionNext: [TopicPartition: Int64] = [:]
    /// Aggregate state of each metrics partition as the last committed transaction left it.
    private var snapshots: [Int32: AggregationState] = [:]
    private var transactionMessages = 0
    private var transactionBegan: ContinuousClock.Instant?
    /// Counters of the open transaction, applied when it commits.
    private var pending = WorkerCounters()

    init(worker: CustomsWorkerService, client: KafkaClientConfiguration) {
        self.worker = worker
        self.client = client
    }

    func run() async throws {
        var producerConfiguration = worker.producerConfiguration(client: client)
        producerConfiguration.transactionalID = configuration.effectiveTransactionalID
        let producer = try KafkaProducer(configuration: producerConfiguration)
        var consumerConfiguration = worker.consumerConfiguration(client: client)
        consumerConfiguration.autoCommit = false  // offsets are committed by the transactions
        consumerConfiguration.isolationLevel = .readCommitted
        let listener = TransactionalRebalanceListener(pipeline: self, worker: worker, client: client)
        let consumer = try KafkaConsumer(configuration: consumerConfiguration, rebalanceListener: listener)
        do {
            // Registers the transactional id and fences any older instance that used it.
            try await retrying("init transactions") {
                try await producer.initTransactions(timeout: self.configuration.transactionCallTimeout)
            }
            try consumer.subscribe(topics: [configuration.topics.rawReports, configuration.topics.metrics])
        } catch {
            logger.error("exactly-once mode could not start: \(error)")
            await consumer.close()
            await producer.shutdown(timeout: .seconds(5))
            throw error
        }
        logger.info("worker started in exactly-once mode", metadata: [
            "brokers": "\(configuration.brokers.joined(separator: ","))", "group": "\(configuration.groupID)",
            "transactional_id": "\(configuration.effectiveTransactionalID)"])

        let grace = configuration.shutdownGracePeriod
        var failure: (any Error)? = await withGracefulShutdownHandler {
            do {
                try await consume(consumer: consumer, producer: producer)
                return nil
            } catch {
                return error
            }
        } onGracefulShutdown: { [self] in
            shutdown.begin(grace: grace)
            stopRequested.store(true, ordering: .releasing)
        }

        // Finish: commit what was done (or abort it after a failure), leave the group, stop.
        shutdown.begin(grace: grace)
        if isOpen {
            if failure == nil {
                do { try await commit(producer: producer, consumer: consumer) } catch { failure = error }
            } else if producer.fatalError == nil {
                try? await producer.abortTransaction(timeout: shutdown.remaining(or: grace))
            }
        }
        settle()  // nothing is open any more: leaving the group must not wait for a transaction
        let closed = await finishes(within: shutdown.remaining(or: grace)) { await consumer.close() }
        if !closed { logger.warning("grace period over before the consumer left the group") }
        await producer.shutdown(timeout: shutdown.remaining(or: grace))
        if let error = failure {
            logger.error("worker stopped on an error: \(error)")
            throw error
        }
        logger.info("worker stopped")
    }

    // MARK: the loop

    private func consume(consumer: KafkaConsumer, producer: KafkaProducer) async throws {
        var messages = consumer.messages.makeAsyncIterator()
        while !stopRequested.load(ordering: .acquiring) {
            let wait = transactionBegan.map { configuration.transactionMaxDuration - (ContinuousClock.now - $0) }
                ?? .milliseconds(100)
            let step = try await messages.next(waitingAtMost: max(.milliseconds(1), min(.milliseconds(100), wait)))
            if let error = sharedFailure { throw error }
            switch step {
            case .end:
                return
            case .idle:
                break
            case .message(let message):
                do {
                    try await process(message, producer: producer)
                } catch let error as KafkaError where !error.isFatal && producer.fatalError == nil {
                    // A message refused inside a transaction: abort it and redo the batch.
                    try await abort(producer: producer, consumer: consumer, cause: error)
                    continue
                }
            }
            let (commitWanted, abortWanted) = requests
            if abortWanted {
                if isOpen {
                    try await abort(producer: producer, consumer: consumer, cause: nil)
                } else {
                    settle()
                }
            } else if isOpen {
                let due = transactionMessages >= configuration.transactionMaxMessages
                    || transactionBegan.map { ContinuousClock.now - $0 >= configuration.transactionMaxDuration } ?? false
                if due || commitWanted { try await commit(producer: producer, consumer: consumer) }
            } else if commitWanted {
                settle()
            }
        }
    }

    private func process(_ message: KafkaConsumerMessage, producer: KafkaProducer) async throws {
        let topics = configuration.topics
        if !isOpen {
            logger.debug("beginning a transaction")
            try await producer.beginTransaction()
            markOpen()
            transactionBegan = .now
        }
        let partition = message.topicPartition
        if transactionStart[partition] == nil { transactionStart[partition] = message.offset }
        transactionNext[partition] = message.offset + 1
        transactionMessages += 1

        var outputs: [KafkaProducerMessage] = []
        if message.topic == topics.rawReports {
            switch worker.reportStage.process(message) {
            case .deadLetter(let cause, let letter):
                logger.warning("dead-lettered a report", metadata: [
                    "reason": "\(cause.reason.rawValue)", "partition": "\(message.partition)", "offset": "\(message.offset)"])
                outputs = [letter]
                pending.deadLetters[cause.reason, default: 0] += 1
            case .records(let records, let messages):
                outputs = messages
                for record in records { pending.recordsProduced[record.metric, default: 0] += 1 }
                if records.isEmpty { pending.reportsWithoutFigures += 1 }
            }
            pending.reportsCompleted += 1
        } else {
            if snapshots[message.partition] == nil, let state = worker.aggregationStage.state(for: message.partition) {
                snapshots[message.partition] = state  // before this transaction changes it
            }
            switch worker.aggregationStage.process(message) {
            case .notOwned:
                break
            case .deadLetter(let cause, let letter):
                outputs = [letter]
                pending.deadLetters[cause.reason, default: 0] += 1
            case .aggregates(let messages):
                outputs = messages
                pending.aggregatesUpdated += messages.count
                pending.noteAggregateSizes(messages)
            }
            pending.recordsAggregated += 1
        }
        let logger = self.logger
        for output in outputs {
            // Delivery failures make the commit fail (abortable); nothing else to do here.
            try await producer.enqueue(output) { result in
                if case .failure(let error) = result {
                    logger.warning("transactional delivery failed; the transaction will abort", metadata: [
                        "topic": "\(output.topic)", "error": "\(error)"])
                }
            }
        }
    }

    private func commit(producer: KafkaProducer, consumer: KafkaConsumer) async throws {
        let offsets = transactionNext
        logger.debug("committing a transaction", metadata: ["messages": "\(transactionMessages)"])
        do {
            if !offsets.isEmpty {
                let metadata = try consumer.groupMetadata()
                try await retrying("send offsets to transaction") {
                    try await producer.sendOffsetsToTransaction(
                        offsets: offsets, groupMetadata: metadata, timeout: self.callTimeout)
                }
            }
            try await retrying("commit transaction") {
                try await producer.commitTransaction(timeout: self.callTimeout)
            }
        } catch let error as KafkaError where error.requiresAbort && !error.isFatal {
            try await abort(producer: producer, consumer: consumer, cause: error)
            return
        }
        let done = pending
        logger.debug("transaction committed", metadata: ["messages": "\(transactionMessages)", "offsets": "\(offsets.count)"])
        statistics.update { counters in
            counters.transactionsCommitted += 1
            counters.reportsCompleted += done.reportsCompleted
            counters.reportsWithoutFigures += done.reportsWithoutFigures
            counters.recordsAggregated += done.recordsAggregated
            counters.aggregatesUpdated += done.aggregatesUpdated
            counters.largestAggregateBytes = max(counters.largestAggregateBytes, done.largestAggregateBytes)
            counters.recordsProduced.merge(done.recordsProduced, uniquingKeysWith: +)
            counters.deadLetters.merge(done.deadLetters, uniquingKeysWith: +)
            counters.positions.merge(offsets) { max($0, $1) }
        }
        resetTransaction()
        settle()
    }

    private func abort(producer: KafkaProducer, consumer: KafkaConsumer, cause: KafkaError?) async throws {
        logger.warning("aborting the transaction; redoing it from the last committed offsets", metadata: [
            "error": "\(cause.map { "\($0)" } ?? "requested by a rebalance")", "messages": "\(transactionMessages)"])
        statistics.update { $0.transactionsAborted += 1 }
        try await retrying("abort transaction") {
            try await producer.abortTransaction(timeout: self.callTimeout)
        }
        // Roll the aggregates back to what the last committed transaction left.
        for (partition, snapshot) in snapshots where worker.aggregationStage.state(for: partition) != nil {
            worker.aggregationStage.install(snapshot, for: partition)
        }
        let rewind = transactionStart
        resetTransaction()
        settle()  // before touching the poll thread, which a waiting revocation may hold
        do { try await consumer.rewind(rewind) } catch {
            logger.debug("rewind after abort (partitions may have been revoked meanwhile): \(error)")
        }
    }

    private func resetTransaction() {
        transactionStart = [:]
        transactionNext = [:]
        snapshots = [:]
        transactionMessages = 0
        transactionBegan = nil
        pending = WorkerCounters()
    }

    /// Retries a transactional call after retriable errors, within the call timeout.
    private func retrying<T>(_ what: String, _ call: () async throws -> T) async throws -> T {
        let deadline = ContinuousClock.now + configuration.transactionCallTimeout
        var attempt = 0
        while true {
            do {
                return try await call()
            } catch let error as KafkaError
                where error.isRetriable && !error.isFatal && !error.requiresAbort && ContinuousClock.now < deadline {
                attempt += 1
                statistics.update { $0.transactionRetries += 1 }
                logger.warning("\(what) failed; retrying", metadata: ["attempt": "\(attempt)", "error": "\(error)"])
                try await Task.sleep(for: .milliseconds(min(1_000, 50 * attempt)))  // back off
            }
        }
    }

    private var callTimeout: Duration { shutdown.bounded(configuration.transactionCallTimeout) }

    // MARK: shared with the rebalance listener

    private var isOpen: Bool {
        condition.lock()
        defer { condition.unlock() }
        return transactionOpen
    }

    private func markOpen() {
        condition.lock()
        transactionOpen = true
        condition.unlock()
    }

    private var requests: (commit: Bool, abort: Bool) {
        condition.lock()
        defer { condition.unlock() }
        return (commitRequested, abortRequested)
    }

    private var sharedFailure: (any Error)? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }

    /// No transaction is open any more: release a revocation waiting for that.
    private func settle() {
        condition.lock()
        transactionOpen = false
        commitRequested = false
        abortRequested = false
        condition.broadcast()
        condition.unlock()
    }

    /// Called on the poll thread when partitions are revoked: asks the loop to commit its open
    /// transaction and waits (at most `timeout`) until none is open. If the wait times out, the
    /// transaction is aborted instead when the loop gets to it.
    func closeTransaction(timeout: Duration) -> Bool {
        let deadline = Date().addingTimeInterval(Double(timeout.components.seconds)
            + Double(timeout.components.attoseconds) / 1e18)
        condition.lock()
        defer { condition.unlock() }
        guard transactionOpen else { return true }
        commitRequested = true
        while transactionOpen && failure == nil {
            if !condition.wait(until: deadline) { break }
        }
        if transactionOpen { abortRequested = true }
        return !transactionOpen
    }

    /// Partitions were lost: the open transaction holds work another member may redo.
    func abandonTransaction() {
        condition.lock()
        if transactionOpen { abortRequested = true }
        condition.unlock()
    }

    /// Stops the worker (e.g. a partition whose state cannot be rebuilt).
    func fail(_ error: any Error) {
        condition.lock()
        if failure == nil { failure = error }
        condition.broadcast()
        condition.unlock()
    }
}

/// The rebalance listener of exactly-once mode.
struct TransactionalRebalanceListener: KafkaRebalanceListener {
    let pipeline: TransactionalPipeline
    let worker: CustomsWorkerService
    let client: KafkaClientConfiguration

    private var topics: TopicNames { worker.configuration.topics }
    private var logger: Logger { worker.configuration.logger }

    func partitionsAssigned(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {
        worker.statistics.update { $0.rebalances += 1 }
        var restored = 0
        for partition in partitions where partition.topic == topics.metrics {
            do {
                let values = try AggregateRestore.read(
                    topic: topics.aggregates, partition: partition.partition, client: client,
                    timeout: pipeline.shutdown.bounded(worker.configuration.restoreTimeout), logger: logger)
                let (state, _) = AggregationStage.rebuild(from: values)
                worker.aggregationStage.install(state, for: partition.partition)
                restored += state.count
            } catch {
                logger.critical("cannot rebuild the aggregates of \(partition); stopping the worker",
                                metadata: ["error": "\(error)"])
                pipeline.fail(error)
            }
        }
        let committed = (try? context.committedOffsets(for: partitions, timeout: .seconds(5))) ?? [:]
        worker.statistics.update { counters in
            counters.aggregatesRestored += restored
            for partition in partitions { counters.positions[partition] = max(0, committed[partition] ?? 0) }
        }
        logger.info("partitions assigned", metadata: [
            "partitions": "\(partitions.map(\.description).joined(separator: ","))", "aggregates_restored": "\(restored)"])
    }

    func partitionsRevoked(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {
        worker.statistics.update { $0.rebalances += 1 }
        if !pipeline.closeTransaction(timeout: pipeline.shutdown.bounded(worker.configuration.revocationTimeout)) {
            logger.warning("revocation timed out with a transaction open; it will be aborted and redone by the next owner")
        }
        worker.aggregationStage.drop(partitions.filter { $0.topic == topics.metrics }.map(\.partition))
        worker.statistics.update { counters in for partition in partitions { counters.positions[partition] = nil } }
        logger.info("partitions revoked", metadata: ["partitions": "\(partitions.map(\.description).joined(separator: ","))"])
    }

    func partitionsLost(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {
        worker.statistics.update { counters in
            counters.rebalances += 1
            for partition in partitions { counters.positions[partition] = nil }
        }
        pipeline.abandonTransaction()
        worker.aggregationStage.drop(partitions.filter { $0.topic == topics.metrics }.map(\.partition))
        logger.warning("partitions lost", metadata: ["partitions": "\(partitions.map(\.description).joined(separator: ","))"])
    }
}

/// Reads one aggregates partition back to rebuild its state, retrying while the broker is
/// unreachable, up to `timeout`. Blocks its thread (a rebalance callback's).
enum AggregateRestore {
    static func read(
        topic: String, partition: Int32, client: KafkaClientConfiguration, timeout: Duration, logger: Logger
    ) throws -> [[UInt8]] {
        let deadline = ContinuousClock.now + timeout
        var attempt = 0
        while true {
            attempt += 1
            do {
                var values: [[UInt8]] = []
                let reader = try KafkaPartitionReader(configuration: KafkaPartitionReaderConfiguration(client: client))
                let remaining = deadline - ContinuousClock.now
                try reader.read(topic: topic, partition: partition,
                                timeout: max(.seconds(1), min(.seconds(30), remaining))) { message in
                    if let value = message.value { values.append(value) }
                }
                return values
            } catch {
                guard ContinuousClock.now + .milliseconds(500) < deadline else { throw error }
                logger.warning("rebuilding aggregates of \(topic)[\(partition)] failed; retrying", metadata: [
                    "attempt": "\(attempt)", "error": "\(error)"])
                Thread.sleep(forTimeInterval: 0.5)  // on the consumer's poll thread, never the pool
            }
        }
    }
}

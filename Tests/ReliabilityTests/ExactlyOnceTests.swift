import CustomsModel
import CustomsTesting
import CustomsWorker
import Foundation
import Kafka
import ServiceLifecycle
import Testing

/// Exactly-once mode on the mock cluster: the transactional API flow (init, begin, produce,
/// send offsets with the consumer's group metadata, commit) and its error paths — retriable
/// errors retried, abortable ones aborted and redone from the last committed offsets with the
/// state rolled back, fencing fatal. What the mock cannot show (it hides no aborted message
/// from read_committed readers and stores no offset committed in a transaction) is in the README.
@Suite(.serialized, .timeLimit(.minutes(4)))
struct ExactlyOnceTests {
    static let timestamps: Int64 = 1_700_000_000_000

    @Test func batchesOutputsAndOffsetsInTransactions() async throws {
        let reports = SampleCorpus.generated(count: 400, seed: 71)
        let counters = try await Self.run(reports: reports)
        // ~100 messages per transaction: 400 reports and their records take several.
        #expect(counters.transactionsCommitted >= (reports.count + counters.totalRecordsProduced) / 100)
        #expect(counters.transactionsAborted == 0)
    }

    /// Retriable errors on the transaction coordinator's requests (EndTxn, AddPartitionsToTxn)
    /// are retried; nothing is aborted or lost.
    @Test func retriableTransactionErrorsAreRetried() async throws {
        let reports = SampleCorpus.generated(count: 200, seed: 72)
        let retriable = [15, 16, 51, 14].map { KafkaError.Code(rawValue: $0) }  // coordinator moved/loading, concurrent txns
        let counters = try await Self.run(reports: reports, faults: { broker in
            try broker.pushRequestErrors(broker: 1, apiKey: .endTxn, errors: retriable)
            try broker.pushRequestErrors(broker: 1, apiKey: .addPartitionsToTxn, errors: retriable)
        }, during: { broker in
            try await poll(.seconds(60), "the worker to meet every injected error") {
                try broker.remainingRequestErrors(broker: 1, apiKey: .endTxn) == 0
                    && broker.remainingRequestErrors(broker: 1, apiKey: .addPartitionsToTxn) == 0
            }
        })
        #expect(counters.transactionsAborted == 0)
    }

    /// An abortable error (the coordinator refuses to add a partition) aborts the transaction;
    /// the worker rewinds to the last committed offsets, rolls its state back and redoes the
    /// batch, ending with the same aggregates and no conflicting version.
    @Test(arguments: [KafkaAPIKey.addPartitionsToTxn, .endTxn])
    func abortableErrorsAbortAndRedoTheBatch(apiKey: KafkaAPIKey) async throws {
        let reports = SampleCorpus.generated(count: 300, seed: 73)
        // TOPIC_AUTHORIZATION_FAILED (AddPartitionsToTxn) and UNKNOWN_PRODUCER_ID (EndTxn) are
        // abortable for librdkafka's transaction manager.
        let code = KafkaError.Code(rawValue: apiKey == .endTxn ? 59 : 29)
        let counters = try await Self.run(reports: reports, during: { broker in
            try broker.pushRequestErrors(broker: 1, apiKey: apiKey, errors: [code])
            try await poll(.seconds(60), "the worker to meet the injected error") {
                try broker.remainingRequestErrors(broker: 1, apiKey: apiKey) == 0
            }
        }, reportsAfterFault: SampleCorpus.generated(count: 100, seed: 74).map { report in
            var report = report
            report.reportID = "late-\(report.reportID ?? "")"
            return report
        })
        #expect(counters.transactionsAborted >= 1, "no transaction was aborted: \(counters)")
    }

    /// A newer instance with the same transactional.id fences this one: the broker answers the
    /// old instance's transactional requests with PRODUCER_FENCED, a fatal error, and the
    /// worker stops with it instead of writing as a zombie. (The 2.0.2 mock does not fence by
    /// itself — a second instance's InitProducerId leaves the first one committing — so the
    /// broker's answer is injected; the second instance still shows the real-world trigger.)
    @Test func fencingStopsTheWorker() async throws {
        let harness = try PipelineHarness(partitions: 2, logger: quietLogger)
        defer { harness.shutdown() }
        try await harness.publish(SampleCorpus.generated(count: 50, seed: 75), timestamps: Self.timestamps)
        var configuration = harness.testConfiguration(clientID: "fenced")
        configuration.exactlyOnce = true
        #expect(configuration.effectiveTransactionalID == "customs-worker-fenced")
        let worker = CustomsWorkerService(configuration: configuration)
        let run = Task { try await worker.run() }
        #expect(await worker.statistics.wait(until: { $0.transactionsCommitted > 0 }, timeout: .seconds(60)))
        let committedBefore = try await withDeadline(.seconds(60), "the first batch") {
            await PipelineHarness.waitUntilProcessed(worker, reports: 50)
        }
        #expect(committedBefore)

        var newerConfiguration = KafkaProducerConfiguration(client: harness.client)
        newerConfiguration.transactionalID = configuration.effectiveTransactionalID
        let newer = try KafkaProducer(configuration: newerConfiguration)
        try await withDeadline(.seconds(45), "the newer instance's initTransactions") {
            try await newer.initTransactions(timeout: .seconds(30))
        }
        try harness.broker.pushRequestErrors(broker: 1, apiKey: .endTxn, errors: [KafkaError.Code(rawValue: 90 /* PRODUCER_FENCED */)])
        // More input, so the fenced worker must write again.
        try await harness.publish(SampleCorpus.generated(count: 50, seed: 76).map { report in
            var report = report
            report.reportID = "after-fence-\(report.reportID ?? "")"
            return report
        }, timestamps: Self.timestamps + 50)

        let outcome = try await withDeadline(.seconds(90), "the fenced worker to stop") { await run.result }
        switch outcome {
        case .success:
            Issue.record("the fenced worker stopped without an error")
        case .failure(let error):
            let kafka = try #require(error as? KafkaError, "not a Kafka error: \(error)")
            #expect(kafka.isFatal, "\(kafka)")
        }
        // It committed nothing after being fenced.
        #expect(worker.statistics.snapshot.reportsCompleted == 50)
        await newer.shutdown()
    }

    // MARK: helpers

    /// Runs an exactly-once worker over `reports` (plus `reportsAfterFault`, published after
    /// `during`), then checks the final aggregates against the fault-free reference and the log
    /// for conflicting versions.
    static func run(
        reports: [RawReport], faults: @escaping @Sendable (EmbeddedBroker) throws -> Void = { _ in },
        during: @escaping @Sendable (EmbeddedBroker) async throws -> Void = { _ in },
        reportsAfterFault: [RawReport] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> WorkerCounters {
        let harness = try PipelineHarness(partitions: 3, logger: quietLogger)
        defer { harness.shutdown() }
        try await harness.publish(reports, timestamps: timestamps)
        try faults(harness.broker)
        var configuration = harness.testConfiguration(clientID: "eos")
        configuration.exactlyOnce = true
        let total = reports.count + reportsAfterFault.count
        let counters = try await harness.withWorker(configuration) { worker in
            try await during(harness.broker)
            if !reportsAfterFault.isEmpty {
                try await harness.publish(reportsAfterFault, timestamps: timestamps + Int64(reports.count))
            }
            // Counters and positions move when transactions commit (the mock keeps no offset
            // committed in a transaction, so they are read from the worker, not the group).
            let done = await PipelineHarness.waitUntilProcessed(worker, reports: total, timeout: .seconds(120))
            let caughtUp = try await harness.waitUntilCaughtUp(worker, timeout: .seconds(120))
            #expect(done && caughtUp, "not done: \(worker.statistics.snapshot)", sourceLocation: sourceLocation)
            return worker.statistics.snapshot
        }
        #expect(counters.transactionsCommitted > 0, sourceLocation: sourceLocation)
        let aggregatesLog = try await harness.messages(on: harness.topics.aggregates)
        expectSameAggregates(try latest(of: aggregatesLog),
                             try Reference.latestAggregates(reports + reportsAfterFault, timestamps: timestamps),
                             sourceLocation: sourceLocation)
        let log = try AggregateLogCheck(aggregatesLog)
        #expect(log.conflicts.isEmpty, "same version, different aggregate: \(log.conflicts.prefix(5))", sourceLocation: sourceLocation)
        #expect(log.gaps.isEmpty, "version gaps: \(log.gaps.prefix(5))", sourceLocation: sourceLocation)
        return counters
    }
}

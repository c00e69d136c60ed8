import CustomsModel
import CustomsTesting
import CustomsWorker
import Foundation
import Kafka
import Testing

/// The worker recovers from broker faults without losing anything and without manual action:
/// each test injects one fault into the mock cluster while an in-process worker runs, then
/// checks the final aggregates against a fault-free run, the whole aggregates log for
/// conflicting versions, and the group's committed offsets against the ends of the topics.
@Suite(.serialized, .timeLimit(.minutes(4)))
struct BrokerFaultTests {
    static let timestamps: Int64 = 1_700_000_000_000

    /// The in-memory reference the other tests compare with equals a real fault-free run.
    @Test func referenceEqualsAFaultFreeRun() async throws {
        let reports = SampleCorpus.generated(count: 200, seed: 3)
        let expected = try Reference.latestAggregates(reports, timestamps: Self.timestamps)
        #expect(expected.count > 50)
        let outcome = try await Self.run(reports: reports) { _, _ in }
        expectSameAggregates(outcome.aggregates, expected)
    }

    /// The broker goes down for a few seconds (shorter than the session timeout: the worker
    /// keeps its partitions) or longer (it loses them, rejoins and rebuilds its state).
    /// Half the reports are published up front and the other half while the broker is down, so
    /// the outage always meets a worker with work still to do, however fast it has become (all
    /// 600 up front raced it: a fast worker could finish them before the outage began).
    @Test(arguments: [4, 9])
    func brokerDownThenUp(seconds: Int) async throws {
        let reports = SampleCorpus.generated(count: 600, seed: UInt64(seconds))
        let half = reports.count / 2
        let outcome = try await Self.run(reports: reports, publishedUpFront: half) { harness, worker in
            #expect(await worker.statistics.wait(until: { $0.reportsCompleted >= 20 }, timeout: .seconds(60)))
            try harness.broker.setBrokerDown(1)
            // Delivered once the broker is back, with the timestamps the reference gives them.
            async let late = harness.publish(Array(reports[half...]), timestamps: Self.timestamps + Int64(half))
            try await Task.sleep(for: .seconds(seconds))  // the outage itself, not a wait for an event
            try harness.broker.setBrokerUp(1)
            _ = try await late  // throws if a late report could not be delivered
        }
        #expect(outcome.counters.reportsCompleted >= 600)
    }

    @Test func produceRequestErrors() async throws {
        let errors: [KafkaError.Code] = [.notEnoughReplicas, .notLeaderForPartition, .requestTimedOut,
                                         KafkaError.Code(rawValue: 20 /* NOT_ENOUGH_REPLICAS_AFTER_APPEND */),
                                         .leaderNotAvailable, .notEnoughReplicas]
        try await Self.expectRecovery(from: .produce, errors: errors)
    }

    @Test func fetchRequestErrors() async throws {
        let errors: [KafkaError.Code] = [.notLeaderForPartition, KafkaError.Code(rawValue: 74 /* UNKNOWN_LEADER_EPOCH */),
                                         .requestTimedOut, .notLeaderForPartition, .leaderNotAvailable]
        try await Self.expectRecovery(from: .fetch, errors: errors)
    }

    @Test func offsetCommitRequestErrors() async throws {
        let errors = [15, 16, 14, 7, 15, 16].map { KafkaError.Code(rawValue: $0) }  // coordinator moves/loads, timeouts
        try await Self.expectRecovery(from: .offsetCommit, errors: errors)
    }

    @Test func joinGroupRequestErrors() async throws {
        let errors = [15, 16, 14, 15].map { KafkaError.Code(rawValue: $0) }  // COORDINATOR_NOT_AVAILABLE, NOT_COORDINATOR, LOAD_IN_PROGRESS
        try await Self.expectRecovery(from: .joinGroup, errors: errors)
    }

    @Test func highRoundTripTime() async throws {
        let outcome = try await Self.run(reports: SampleCorpus.generated(count: 300, seed: 21), before: { harness in
            try harness.broker.setRoundTripTime(broker: 1, milliseconds: 250)
            // The latency is real: one acknowledged message takes at least the round trip.
            let started = ContinuousClock.now
            try await produce([KafkaProducerMessage(topic: "rtt-probe", value: Array("probe".utf8))], client: harness.client)
            #expect(ContinuousClock.now - started >= .milliseconds(200))
        }, during: { _, _ in }, after: { harness in
            try harness.broker.setRoundTripTime(broker: 1, milliseconds: 0)
        })
        #expect(outcome.counters.reportsCompleted >= 300)
    }

    // MARK: helpers

    /// Pushes `errors` for `apiKey` on the (only) broker before the worker starts, and checks
    /// that the worker met every one of them and still processed everything exactly as a
    /// fault-free run.
    static func expectRecovery(from apiKey: KafkaAPIKey, errors: [KafkaError.Code]) async throws {
        let outcome = try await run(reports: SampleCorpus.generated(count: 300, seed: UInt64(apiKey.rawValue) + 100), before: { harness in
            try harness.broker.pushRequestErrors(broker: 1, apiKey: apiKey, errors: errors)
        }, during: { harness, _ in
            try await poll(.seconds(60), "the worker to meet every injected error") {
                try harness.broker.remainingRequestErrors(broker: 1, apiKey: apiKey) == 0
            }
        })
        #expect(outcome.counters.reportsCompleted >= 300)
    }

    struct Outcome {
        var counters: WorkerCounters
        var aggregates: [String: AggregateMessage]
    }

    /// Publishes `reports`, runs `before`, starts a worker, runs `during` while it works, waits
    /// until it has caught up and committed everything, then checks the outcome against the
    /// fault-free reference.
    /// `reports` are the whole input (the reference is computed from them); the first
    /// `publishedUpFront` of them (all by default) are published before the worker starts, the
    /// rest are `during`'s to publish.
    static func run(
        reports: [RawReport], publishedUpFront: Int? = nil, partitions: Int = 3,
        before: @escaping @Sendable (PipelineHarness) async throws -> Void = { _ in },
        during: @escaping @Sendable (PipelineHarness, CustomsWorkerService) async throws -> Void,
        after: @escaping @Sendable (PipelineHarness) async throws -> Void = { _ in },
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> Outcome {
        let harness = try PipelineHarness(partitions: partitions, logger: quietLogger)
        defer { harness.shutdown() }
        try harness.broker.createTopic("rtt-probe", partitions: 1)
        try await harness.publish(Array(reports.prefix(publishedUpFront ?? reports.count)), timestamps: timestamps)
        try await before(harness)
        let configuration = harness.testConfiguration()
        let counters = try await harness.withWorker(configuration) { worker in
            try await during(harness, worker)
            let caughtUp = try await harness.waitUntilCaughtUp(worker, timeout: .seconds(150))
            #expect(caughtUp, "not caught up: \(worker.statistics.snapshot)", sourceLocation: sourceLocation)
            // Offsets are committed after the fault too (auto commit every 200 ms).
            try await harness.waitUntilGroupCaughtUp(configuration.groupID, timeout: .seconds(30))
            return worker.statistics.snapshot
        }
        try await after(harness)
        let aggregates = try await harness.latestAggregates()
        expectSameAggregates(aggregates, try Reference.latestAggregates(reports, timestamps: timestamps),
                             sourceLocation: sourceLocation)
        let log = try AggregateLogCheck(try await harness.messages(on: harness.topics.aggregates))
        #expect(log.conflicts.isEmpty, "same version, different aggregate: \(log.conflicts.prefix(5))", sourceLocation: sourceLocation)
        #expect(log.regressions.isEmpty, "version regressions: \(log.regressions.prefix(5))", sourceLocation: sourceLocation)
        return Outcome(counters: counters, aggregates: aggregates)
    }
}

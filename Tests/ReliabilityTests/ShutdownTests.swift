import CustomsModel
import CustomsTesting
import CustomsWorker
import Foundation
import Kafka
import Testing

/// The real `customs-worker` binary on SIGTERM and SIGINT: it stops fetching, finishes what is
/// in flight, commits, leaves the group and exits 0 within the grace period, and the offsets it
/// committed cover exactly what it processed.
@Suite(.serialized, .timeLimit(.minutes(4)))
struct ShutdownTests {
    static let timestamps: Int64 = 1_700_000_000_000

    @Test(arguments: [SIGTERM, SIGINT])
    func signalStopsTheWorkerCleanlyWithinTheGracePeriod(signal: Int32) async throws {
        let harness = try PipelineHarness(partitions: 3, logger: quietLogger)
        defer { harness.shutdown() }
        let children = Children()
        defer { children.terminateAll() }
        let topics = harness.topics
        let group = "shutdown-\(signal)"
        let reports = SampleCorpus.generated(count: 2_000, seed: UInt64(signal))
        try await harness.publish(Array(reports[..<300]), timestamps: Self.timestamps)

        // Slow acknowledgements and few messages in flight, so that the signal comes mid-stream.
        try harness.broker.setRoundTripTime(broker: 1, milliseconds: 30)
        let grace = 10.0
        let worker = try ChildWorker(name: "worker", arguments: ChildWorker.arguments(
            brokers: harness.broker.bootstrapServers, group: group, clientID: "graceful", grace: grace,
            extra: ["--max-in-flight", "16"]))
        children.add(worker)
        try worker.start()
        let assigned = await worker.waitForLog("partitions assigned", timeout: .seconds(60))
        try #require(assigned, "the worker never got partitions:\n\(worker.tail)")
        // More input while it works, then the signal mid-stream.
        try await harness.publish(Array(reports[300...]), timestamps: Self.timestamps + 300)
        try await poll(.seconds(60), "the worker to make progress") {
            let committed = try await committedOffsets(group: group, topics: [topics.rawReports], partitions: 3, client: harness.client)
            return committed.values.reduce(0, +) >= 100
        }
        let signalled = ContinuousClock.now
        worker.signal(signal)
        let status = await worker.waitForExit(timeout: .seconds(grace + 5))
        let took = ContinuousClock.now - signalled
        #expect(status == 0, "exit status \(status.map(String.init) ?? "none (still running)"):\n\(worker.tail)")
        #expect(took <= .seconds(grace), "took \(took) to stop, grace period \(grace) s")
        #expect(!worker.logged("worker stopped").isEmpty, "no clean stop logged:\n\(worker.tail)")
        // It left the group: closing the consumer ran the revocation (which commits) after the
        // signal. (The mock cluster does not show group membership, and makes the next member
        // wait session.timeout.ms - 1 s after the last one leaves, so timing cannot tell.)
        let stopping = worker.lines.firstIndex { $0.contains("\"msg\":\"worker stopping: finishing in-flight work\"") }
        let revoked = worker.lines.lastIndex { $0.contains("\"msg\":\"partitions revoked\"") }
        #expect(stopping != nil && revoked != nil && revoked! > stopping!, "no revocation at shutdown:\n\(worker.tail)")
        try harness.broker.setRoundTripTime(broker: 1, milliseconds: 0)

        // What it committed, and what it did (its outputs carry their inputs).
        let committed = try await committedOffsets(
            group: group, topics: [topics.rawReports, topics.metrics], partitions: 3, client: harness.client)
        let raw = try await harness.messages(on: topics.rawReports)
        var rawOffset: [String: (TopicPartition, Int64)] = [:]
        for message in raw { rawOffset[String(decoding: message.key ?? [], as: UTF8.self)] = (message.topicPartition, message.offset) }
        let metricsBefore = try await harness.messages(on: topics.metrics)
        let aggregatesBefore = try await harness.messages(on: topics.aggregates)
        #expect(!metricsBefore.isEmpty)
        let processedReports = Set(metricsBefore.compactMap { $0.headers.first { $0.key == "customs.report_id" }?.stringValue })
        // Every report it turned into records lies below the committed offset of its partition …
        for id in processedReports {
            guard let (partition, offset) = rawOffset[id] else { continue }
            #expect(offset < committed[partition] ?? 0, "report \(id) at \(partition)@\(offset) processed but not committed")
        }
        // … and every record it aggregated lies below the committed offset of its metrics partition.
        for message in aggregatesBefore {
            guard let input = message.headers.first(where: { $0.key == "customs.input.offset" })?.stringValue.flatMap(Int64.init)
            else { continue }
            let partition = TopicPartition(topic: topics.metrics, partition: message.partition)
            #expect(input < committed[partition] ?? 0, "record \(partition)@\(input) aggregated but not committed")
        }
        #expect(committed.filter { $0.key.topic == topics.rawReports }.values.reduce(0, +) < Int64(reports.count),
                "the signal should have come with work left")

        // A new member redoes nothing: the reports it turns into records are all new ones, and
        // the final aggregates are those of an uninterrupted run.
        let configuration = harness.testConfiguration(clientID: "successor", group: group)
        let counters = try await harness.withWorker(configuration) { successor in
            let caughtUp = try await harness.waitUntilCaughtUp(successor, timeout: .seconds(120))
            #expect(caughtUp)
            return successor.statistics.snapshot
        }
        let metricsAfter = try await harness.messages(on: topics.metrics)
        let before = Set(metricsBefore.map { "\($0.partition)@\($0.offset)" })
        let redone = Set(metricsAfter.filter { !before.contains("\($0.partition)@\($0.offset)") }
            .compactMap { $0.headers.first { $0.key == "customs.report_id" }?.stringValue }).intersection(processedReports)
        #expect(redone.isEmpty, "reports processed again after the shutdown: \(redone.sorted().prefix(5))")
        let uncommittedRaw = raw.filter { $0.offset >= committed[$0.topicPartition] ?? 0 }.count
        #expect(counters.reportsCompleted == uncommittedRaw)
        expectSameAggregates(try await harness.latestAggregates(),
                             try Reference.latestAggregates(reports, timestamps: Self.timestamps))
        let log = try AggregateLogCheck(try await harness.messages(on: topics.aggregates))
        #expect(log.conflicts.isEmpty && log.regressions.isEmpty && log.identicalRepeats == 0,
                "conflicts \(log.conflicts.prefix(3)), regressions \(log.regressions.prefix(3)), repeats \(log.identicalRepeats)")
    }
}

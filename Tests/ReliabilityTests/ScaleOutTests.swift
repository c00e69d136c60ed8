import CustomsModel
import CustomsTesting
import CustomsWorker
import Foundation
import Kafka
import Testing

/// Scale-out with real processes: three `customs-worker` replicas in one group share six
/// partitions per topic; one is SIGKILLed and another added while input keeps arriving. The
/// partitions that move have their state rebuilt from the aggregates topic, nothing is lost,
/// and the final aggregates are those of a single worker.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct ScaleOutTests {
    static let timestamps: Int64 = 1_700_000_000_000

    @Test func killingOneReplicaAndAddingAnotherChangesNoAggregate() async throws {
        let reports = SampleCorpus.generated(count: 1_200, seed: 606)

        // A single in-process worker over the same input.
        let single = try PipelineHarness(partitions: 6, logger: quietLogger)
        defer { single.shutdown() }
        try await single.publish(reports, timestamps: Self.timestamps)
        _ = try await single.withWorker(single.testConfiguration()) { worker in
            let caughtUp = try await single.waitUntilCaughtUp(worker, timeout: .seconds(120))
            #expect(caughtUp)
        }
        let expected = try await single.latestAggregates()

        let harness = try PipelineHarness(partitions: 6, logger: quietLogger)
        defer { harness.shutdown() }
        let children = Children()
        defer { children.terminateAll() }
        let group = "scale-out"
        // Slower acknowledgements and few messages in flight stretch the run over the changes.
        try harness.broker.setRoundTripTime(broker: 1, milliseconds: 20)
        func replica(_ name: String) throws -> ChildWorker {
            let child = try ChildWorker(name: name, arguments: ChildWorker.arguments(
                brokers: harness.broker.bootstrapServers, group: group, clientID: name, grace: 10,
                extra: ["--max-in-flight", "8"]))
            children.add(child)
            try child.start()
            return child
        }
        func publish(_ range: Range<Int>) async throws {
            try await harness.publish(Array(reports[range]), timestamps: Self.timestamps + Int64(range.lowerBound))
        }

        try await publish(0..<400)
        let a = try replica("replica-a"), b = try replica("replica-b"), c = try replica("replica-c")
        for child in [a, b, c] {
            let assigned = await child.waitForLog("partitions assigned", timeout: .seconds(90))
            try #require(assigned, "\(child.name) never got partitions:\n\(child.tail)")
        }
        // Every replica has aggregated records (so the state of the partitions that will move is
        // not empty) before one of them dies.
        try await poll(.seconds(60), "the three replicas to make progress") {
            let committed = try await committedOffsets(group: group, topics: [harness.topics.metrics], partitions: 6, client: harness.client)
            return committed.count == 6 && committed.values.allSatisfy { $0 > 0 }
        }

        // One replica dies mid-run; more input; a new replica joins; more input.
        b.signal(SIGKILL)
        #expect(await b.waitForExit(timeout: .seconds(10)) == 128 + SIGKILL)
        try await publish(400..<800)
        let d = try replica("replica-d")
        let joined = await d.waitForLog("partitions assigned", timeout: .seconds(90))
        try #require(joined, "replica-d never got partitions:\n\(d.tail)")
        try await publish(800..<1_200)

        try harness.broker.setRoundTripTime(broker: 1, milliseconds: 0)
        try await harness.waitUntilGroupCaughtUp(group, timeout: .seconds(180))
        for child in [a, c, d] { child.signal(SIGTERM) }
        for child in [a, c, d] {
            #expect(await child.waitForExit(timeout: .seconds(15)) == 0, "\(child.name):\n\(child.tail)")
        }

        // The partitions that moved were rebuilt from the aggregates topic.
        let restores = [a, c, d].flatMap { $0.logged("partitions assigned") }.compactMap { line -> Int? in
            guard let data = line.data(using: .utf8),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let text = object["aggregates_restored"] as? String else { return nil }
            return Int(text)
        }
        #expect(restores.contains { $0 > 0 }, "no replica rebuilt any state: \(restores)")

        let actual = try await harness.latestAggregates()
        expectSameAggregates(actual, expected)
        let log = try AggregateLogCheck(try await harness.messages(on: harness.topics.aggregates))
        #expect(log.conflicts.isEmpty, "same version, different aggregate: \(log.conflicts.prefix(5))")
        #expect(log.regressions.isEmpty, "version regressions: \(log.regressions.prefix(5))")
    }
}

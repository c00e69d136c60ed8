import CustomsModel
import CustomsTesting
import CustomsWorker
import Foundation
import Kafka
import Testing

/// Crash safety with the real binary: the `customs-worker` executable, SIGKILLed at random
/// (seeded) moments again and again and restarted each time, ends with exactly the aggregates
/// of a run that was never interrupted, and never writes two different aggregates with the same
/// version. Long (a few minutes: each restart waits for the killed member's session to expire),
/// so it runs when CUSTOMS_LONG_TESTS=1.
@Suite(.serialized, .timeLimit(.minutes(15)))
struct CrashTests {
    static let timestamps: Int64 = 1_700_000_000_000

    @Test(.enabled(if: longTestsEnabled, "set CUSTOMS_LONG_TESTS=1 to run the kill -9 test"))
    func killedAtRandomMomentsAndRestartedGivesTheUninterruptedResult() async throws {
        let reports = SampleCorpus.generated(count: 2_000, seed: 99)
        let kills = 24
        var random = SeededGenerator(seed: 424_242)

        // The uninterrupted run, in process.
        let reference = try PipelineHarness(partitions: 6, logger: quietLogger)
        defer { reference.shutdown() }
        try await reference.publish(reports, timestamps: Self.timestamps)
        _ = try await reference.withWorker(reference.testConfiguration()) { worker in
            let caughtUp = try await reference.waitUntilCaughtUp(worker, timeout: .seconds(180))
            #expect(caughtUp)
        }
        let expected = try await reference.latestAggregates()
        expectSameAggregates(expected, try Reference.latestAggregates(reports, timestamps: Self.timestamps))

        // The interrupted run: input arrives in chunks while workers are killed and restarted.
        let harness = try PipelineHarness(partitions: 6, logger: quietLogger)
        defer { harness.shutdown() }
        let children = Children()
        defer { children.terminateAll() }
        let group = "crash-test"
        let chunk = 80
        var published = 200
        try await harness.publish(Array(reports[..<published]), timestamps: Self.timestamps)
        var interrupted = 0
        var early = 0
        for round in 0..<kills {
            let worker = try ChildWorker(name: "crash-\(round)", arguments: ChildWorker.arguments(
                brokers: harness.broker.bootstrapServers, group: group, clientID: "crash-\(round)"))
            children.add(worker)
            try worker.start()
            if random.next() % 4 == 0 {
                // Any moment of start-up: connecting, joining, rebuilding state, first messages.
                early += 1
                try await Task.sleep(for: .milliseconds(Int(random.next() % 3_000)))
            } else {
                let assigned = await worker.waitForLog("partitions assigned", timeout: .seconds(60))
                try #require(assigned, "worker \(round) never got partitions:\n\(worker.tail)")
                if published < reports.count {
                    let next = min(reports.count, published + chunk)
                    try await harness.publish(Array(reports[published..<next]), timestamps: Self.timestamps + Int64(published))
                    published = next
                }
                try await Task.sleep(for: .milliseconds(Int(random.next() % 1_200)))  // the random moment
            }
            worker.signal(SIGKILL)
            let status = await worker.waitForExit(timeout: .seconds(10))
            #expect(status == 128 + SIGKILL, "worker \(round) exit status \(status.map(String.init) ?? "none")")
            if try await !harness.groupHasCommittedEverything(group, topics: [harness.topics.rawReports, harness.topics.metrics]) {
                interrupted += 1
            }
        }
        if published < reports.count {
            try await harness.publish(Array(reports[published...]), timestamps: Self.timestamps + Int64(published))
        }
        #expect(interrupted >= kills / 2, "only \(interrupted) of \(kills) kills interrupted unfinished work")
        #expect(early > 0)

        // A last worker (the real binary too) catches up.
        let last = try ChildWorker(name: "final", arguments: ChildWorker.arguments(
            brokers: harness.broker.bootstrapServers, group: group, clientID: "final"))
        children.add(last)
        try last.start()
        try await harness.waitUntilGroupCaughtUp(group, timeout: .seconds(300))
        last.signal(SIGTERM)
        #expect(await last.waitForExit(timeout: .seconds(15)) == 0, "final worker:\n\(last.tail)")

        // Every report is reflected, exactly as in the uninterrupted run …
        let actual = try await harness.latestAggregates()
        expectSameAggregates(actual, expected)
        #expect(sourceReportIDs(actual) == sourceReportIDs(expected))
        #expect(sourceReportIDs(actual).count >= reports.count * 9 / 10)
        // … and no key ever had two different aggregates with the same version.
        let log = try AggregateLogCheck(try await harness.messages(on: harness.topics.aggregates))
        #expect(log.conflicts.isEmpty, "same version, different aggregate: \(log.conflicts.prefix(5))")
        #expect(log.regressions.isEmpty, "version regressions: \(log.regressions.prefix(5))")
        print("crash test: \(kills) kills (\(early) during start-up, \(interrupted) with work unfinished), "
              + "\(log.messages) aggregate messages, \(log.identicalRepeats) identical re-sends")
    }
}

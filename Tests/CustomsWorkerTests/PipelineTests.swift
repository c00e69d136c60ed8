import CustomsModel
import CustomsTesting
import CustomsWorker
import Foundation
import Kafka
import Testing

/// End to end through the embedded broker: publish the samples, run the worker, read the
/// metrics, aggregates and dead-letter topics back.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct PipelineTests {
    @Test func consumersOfTheEmbeddedBrokerWaitBriefly() throws {
        // The mock holds a fetch that finds nothing for the whole fetch.wait.max.ms (500 ms by
        // default): the harness's worker takes the embedded broker's short wait.
        let harness = try PipelineHarness(partitions: 1)
        defer { harness.shutdown() }
        let wait = harness.workerConfiguration().consumerProperties["fetch.wait.max.ms"]
        #expect(wait == EmbeddedBroker.consumerProperties["fetch.wait.max.ms"])
        #expect(wait.flatMap { Int($0) }.map { $0 > 0 && $0 <= 10 } == true, "\(wait ?? "none")")
    }

    @Test func samplesBecomeRecordsAndAggregates() async throws {
        let harness = try PipelineHarness()
        defer { harness.shutdown() }
        let published = try await harness.publish(SampleReports.all)
        try await harness.publishRaw([(key: Array("broken".utf8), value: SampleReports.malformed)])
        let counters = try await harness.withWorker { worker in
            let done = await PipelineHarness.waitUntilProcessed(worker, reports: published + 1)
            #expect(done, "worker did not finish: \(worker.statistics.snapshot)")
            return worker.statistics.snapshot
        }
        #expect(counters.deadLetters[.malformedJSON] == 1)

        // Metric records: keyed by office, one per figure, decodable, with the right values.
        let metrics = try await harness.messages(on: harness.topics.metrics)
        let decoder = JSONDecoder()
        let records = try metrics.map { try decoder.decode(MetricRecord.self, from: Data(#require($0.value))) }
        #expect(records.count == counters.totalRecordsProduced)
        for (message, record) in zip(metrics, records) {
            #expect(message.key.map { String(decoding: $0, as: UTF8.self) } == record.office)
        }
        let revenue = records.filter { $0.office == "vn.lang-son" && $0.metric == .revenue && $0.period == .year(2020) }
        #expect(Set(revenue.map(\.reportID)) == ["sample-lang-son-2020", "sample-lang-son-2020-recap"])
        #expect(revenue.allSatisfy { $0.value == 4_290_300_000_000 })
        // Every record of one office lands in one partition.
        let partitionsByOffice = Dictionary(grouping: metrics) { $0.key ?? [] }.mapValues { Set($0.map(\.partition)) }
        #expect(partitionsByOffice.values.allSatisfy { $0.count == 1 })

        // Aggregates: the Lạng Sơn 2020 revenue seen by both reports, agreeing.
        let aggregates = try await harness.latestAggregates()
        let key = AggregateKey(office: "vn.lang-son", metric: .revenue, flow: nil, targetKind: nil, basis: .actual,
                               period: .year(2020)).description
        guard case .value(let aggregate)? = aggregates[key] else {
            Issue.record("no aggregate for \(key); keys: \(aggregates.keys.sorted())")
            return
        }
        #expect(aggregate.value == 4_290_300_000_000)
        #expect(aggregate.observations == 2)
        #expect(aggregate.conflict == false)
        #expect(aggregate.version == 2)
        #expect(aggregate.changePct == 15.8)
        // The largest aggregate produced is reported (the message limit's early warning).
        let aggregateMessages = try await harness.messages(on: harness.topics.aggregates)
        #expect(counters.largestAggregateBytes > 0)
        #expect(counters.largestAggregateBytes == aggregateMessages.map { $0.value?.count ?? 0 }.max())

        // The dead letter keeps the input and says why.
        let letters = try await harness.messages(on: harness.topics.deadLetters)
        #expect(letters.count == 1)
        let letter = try #require(letters.first)
        #expect(letter.value == SampleReports.malformed)
        #expect(letter.key == Array("broken".utf8))
        let headers = Dictionary(letter.headers.map { ($0.key, $0.stringValue ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(headers[DeadLetterHeader.reason] == "malformed_json")
        #expect(headers[DeadLetterHeader.sourceTopic] == harness.topics.rawReports)
        #expect(headers[DeadLetterHeader.sourceOffset] != nil)

    }

    /// Run with every version produced (`aggregationBatchLimit` 1) and with the default batches (256).
    @Test(arguments: [1, 256])
    func replayingTheSameReportsAddsNoVersion(batchLimit: Int) async throws {
        let harness = try PipelineHarness(partitions: 2)
        defer { harness.shutdown() }
        try await harness.publish(SampleReports.all)
        try await harness.publish(SampleReports.all)  // the scraper sent everything twice
        var configuration = harness.workerConfiguration()
        configuration.aggregationBatchLimit = batchLimit
        _ = try await harness.withWorker(configuration) { worker in
            #expect(await PipelineHarness.waitUntilProcessed(worker, reports: 2 * SampleReports.all.count))
        }
        let messages = try await harness.messages(on: harness.topics.aggregates)
        let decoder = JSONDecoder()
        var versions: [String: [Int]] = [:]
        for message in messages {
            let aggregate = try decoder.decode(AggregateMessage.self, from: Data(try #require(message.value)))
            versions[aggregate.messageKey, default: []].append(aggregate.version)
        }
        for (key, list) in versions {
            if batchLimit == 1 {
                // Every version, 1, 2, ... with no repeats: the replay produced nothing new.
                #expect(list == Array(1...list.count), "\(key): \(list)")
            } else {
                // Batches may skip versions, never repeat or reorder them.
                #expect(list == list.sorted() && Set(list).count == list.count, "\(key): \(list)")
            }
        }
        let revenueKey = "vn.lang-son|revenue|||actual|2020-01-01|2020-12-31"
        #expect(versions[revenueKey]?.last == 2)
        if batchLimit == 1 { #expect(versions[revenueKey] == [1, 2]) }
    }

    /// Stops a worker midway, starts a new one in the same group, and checks the final aggregates
    /// equal those of an uninterrupted run over the same input (same bytes, same timestamps).
    /// "Midway" is made certain: the second half of the input is published only once the first
    /// worker has finished the first half and stopped (stopping it after "some" reports raced a
    /// worker that could finish all 800 in one batch).
    @Test func restartGivesTheSameAggregatesAsAnUninterruptedRun() async throws {
        let reports = SampleCorpus.generated(count: 800, seed: 7)
        let timestamps: Int64 = 1_700_000_000_000

        let reference = try PipelineHarness(partitions: 3)
        defer { reference.shutdown() }
        try await reference.publish(reports, timestamps: timestamps)
        _ = try await reference.withWorker { worker in
            let caughtUp = try await reference.waitUntilCaughtUp(worker)
            #expect(caughtUp)
        }
        let expected = try await reference.latestAggregates()
        #expect(expected.count > 50)

        let interrupted = try PipelineHarness(partitions: 3)
        defer { interrupted.shutdown() }
        let half = reports.count / 2
        try await interrupted.publish(Array(reports[..<half]), timestamps: timestamps)
        let firstRun = try await interrupted.withWorker { worker in
            let caughtUp = try await interrupted.waitUntilCaughtUp(worker)
            #expect(caughtUp)
            return worker.statistics.snapshot.reportsCompleted
        }
        #expect(firstRun > 0 && firstRun <= half, "the first worker should have done only the first half")
        // The rest, with the timestamps the uninterrupted run gave it.
        try await interrupted.publish(Array(reports[half...]), timestamps: timestamps + Int64(half))
        _ = try await interrupted.withWorker { worker in
            let caughtUp = try await interrupted.waitUntilCaughtUp(worker)
            #expect(caughtUp)
        }
        let actual = try await interrupted.latestAggregates()
        #expect(actual.count == expected.count)
        for (key, aggregate) in expected {
            #expect(actual[key] == aggregate, "\(key)")
        }
    }
}

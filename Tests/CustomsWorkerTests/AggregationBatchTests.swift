import CustomsAggregation
import CustomsModel
import CustomsTesting
import Foundation
import Kafka
import Testing
@testable import CustomsWorker

/// Stage two in batches (`AggregationStage.process(batch:partition:)`) against the same records
/// applied one by one: the same latest aggregate per key, one message per changed key per batch,
/// and headers that name the records each message is the first to include.
@Suite struct AggregationBatchTests {
    let topics = TopicNames.default

    /// Metric-record messages of generated reports, all on metrics partition 0, in order.
    func recordMessages(reports: Int, seed: UInt64) throws -> [KafkaConsumerMessage] {
        let stage = ReportStage(topics: topics, decoder: ReportDecoder())
        let encoder = JSONEncoder()
        var messages: [KafkaConsumerMessage] = []
        for (index, report) in SampleCorpus.generated(count: reports, seed: seed).enumerated() {
            let input = KafkaConsumerMessage(
                topic: topics.rawReports, partition: 0, offset: Int64(index), key: nil,
                value: Array(try encoder.encode(report)), headers: [], timestampMs: 1_700_000_000_000 + Int64(index))
            guard case .records(_, let outputs) = stage.process(input) else { continue }
            for output in outputs {
                messages.append(KafkaConsumerMessage(
                    topic: topics.metrics, partition: 0, offset: Int64(messages.count), key: output.key,
                    value: output.value, headers: output.headers, timestampMs: 0))
            }
        }
        return messages
    }

    func decode(_ message: KafkaProducerMessage) throws -> AggregateMessage {
        try JSONDecoder().decode(AggregateMessage.self, from: Data(try #require(message.value)))
    }

    func header(_ name: String, _ message: KafkaProducerMessage) -> Int64? {
        message.headers.first { $0.key == name }?.stringValue.flatMap { Int64($0) }
    }

    @Test(arguments: [1, 7, 64, 1_000])
    func batchesEndWithTheAggregatesOfRecordByRecord(batchSize: Int) throws {
        let records = try recordMessages(reports: 400, seed: 11)
        // The reference: the pure state machine, one record at a time.
        var reference = AggregationState()
        var expected: [String: AggregateMessage] = [:]
        var versions = 0
        var lastChange: [String: Int64] = [:]
        for record in records {
            let changed = reference.apply(try JSONDecoder().decode(MetricRecord.self, from: Data(try #require(record.value))))
            versions += changed.count
            for aggregate in changed {
                expected[aggregate.messageKey] = aggregate
                lastChange[aggregate.messageKey] = record.offset
            }
        }

        let batched = AggregationStage(topics: topics)
        batched.install(AggregationState(), for: 0)
        var actual: [String: AggregateMessage] = [:]
        var changes = 0
        var produced = 0
        var start = 0
        while start < records.count {
            let batch = Array(records[start..<min(records.count, start + batchSize)])
            let outcome = batched.process(batch: batch, partition: 0)
            #expect(outcome.dispositions.count == batch.count)
            #expect(outcome.dispositions.allSatisfy { if case .aggregated = $0 { true } else { false } })
            changes += outcome.changes
            produced += outcome.aggregates.count
            var keysInBatch = Set<String>()
            for message in outcome.aggregates {
                let aggregate = try decode(message)
                #expect(keysInBatch.insert(aggregate.messageKey).inserted, "one message per key and batch")
                #expect(message.partition == 0 && message.topic == topics.aggregates)
                #expect(message.key == Array(aggregate.messageKey.utf8))
                #expect(header(AggregateHeader.version, message) == Int64(aggregate.version))
                // The last input offset is the batch's last change of this key, within the batch.
                let last = try #require(header(AggregateHeader.inputOffset, message))
                let first = header(AggregateHeader.firstInputOffset, message) ?? last
                #expect(batch.first!.offset <= first && first <= last && last <= batch.last!.offset)
                if batch.count == records.count {
                    #expect(last == lastChange[aggregate.messageKey], "one batch: the message names the key's last change")
                }
                if (actual[aggregate.messageKey]?.version ?? 0) >= aggregate.version {
                    Issue.record("\(aggregate.messageKey): version \(aggregate.version) is not newer")
                }
                actual[aggregate.messageKey] = aggregate
            }
            start += batchSize
        }
        #expect(actual == expected)
        #expect(changes == versions, "every version is counted, produced or not")
        if batchSize == 1 { #expect(produced == versions) } else { #expect(produced < versions) }
    }

    @Test func badRecordsAreDeadLetteredInPlaceAndUnownedPartitionsSkipped() throws {
        var records = Array(try recordMessages(reports: 20, seed: 3).prefix(12))
        records.insert(KafkaConsumerMessage(topic: topics.metrics, partition: 0, offset: 99, key: nil,
                                            value: Array("not a record".utf8), headers: [], timestampMs: 0), at: 5)
        let stage = AggregationStage(topics: topics)
        stage.install(AggregationState(), for: 0)
        let outcome = stage.process(batch: records, partition: 0, now: { 0 })
        for (index, disposition) in outcome.dispositions.enumerated() {
            switch disposition {
            case .deadLetter(let cause, let letter):
                #expect(index == 5)
                #expect(cause.reason == .schemaViolation)
                #expect(letter.topic == topics.deadLetters && letter.value == Array("not a record".utf8))
            case .aggregated: #expect(index != 5)
            case .notOwned: Issue.record("partition 0 is owned")
            }
        }
        #expect(!outcome.aggregates.isEmpty)

        let unowned = stage.process(batch: records, partition: 1)
        #expect(unowned.aggregates.isEmpty && unowned.changes == 0)
        for (index, disposition) in unowned.dispositions.enumerated() {
            switch disposition {
            case .deadLetter: #expect(index == 5)
            case .notOwned: #expect(index != 5)
            case .aggregated: Issue.record("partition 1 is not owned")
            }
        }
    }
}

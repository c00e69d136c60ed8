import CustomsModel
import CustomsTesting
import CustomsWorker
import Foundation
import Kafka
import Testing

/// Bad input never stops the worker and is never dropped silently: every kind goes to the
/// dead-letter topic, through the broker, with the input unchanged and headers saying why,
/// where from and when.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct DeadLetterTests {
    @Test func everyKindOfBadInputIsDeadLetteredAndTheWorkerKeepsGoing() async throws {
        let harness = try PipelineHarness(partitions: 3, logger: quietLogger)
        defer { harness.shutdown() }
        let topics = harness.topics
        let limit = 64 * 1024
        let good = SampleCorpus.generated(count: 30, seed: 11)
        let encoder = JSONEncoder()
        func json(_ object: [String: Any]) -> [UInt8] { Array(try! JSONSerialization.data(withJSONObject: object)) }
        let valid: [String: Any] = ["report_id": "x", "url": "https://example.invalid/x", "body": "Năm 2020, Cục Hải quan Lạng Sơn thu 4.290,3 tỷ đồng."]

        // (key, value, expected reason); every bad message carries an input header that must survive.
        var bad: [(key: String, value: [UInt8]?, reason: DeadLetterReason)] = [
            ("bad-json", Array(#"{"report_id": "bad-json", "body": "#.utf8), .malformedJSON),
            ("bad-utf8", Array(#"{"report_id":"bad-utf8","body":"caf"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8), .invalidUTF8),
            ("no-value", nil, .missingBody),
            ("no-body", json(["report_id": "no-body", "url": "https://example.invalid/no-body"]), .missingBody),
            ("empty-body", json(["report_id": "empty-body", "body": "  \n "]), .emptyBody),
            ("oversized", json(["report_id": "oversized", "body": String(repeating: "Hải quan ", count: 8_000)]), .oversized),
            ("schema-version", json(valid.merging(["report_id": "schema-version", "schema_version": 99]) { $1 }), .unknownSchemaVersion),
            ("schema-violation", json(["report_id": "schema-violation", "body": 42]), .schemaViolation),
        ]
        var random = SeededGenerator(seed: 20_261_201)
        bad.shuffle(using: &random)
        #expect(Set(bad.map(\.reason)).count == 7)

        // Interleave: good, bad, good, ... so the worker must keep going after each bad one.
        var messages: [KafkaProducerMessage] = []
        var goodIndex = 0
        for letter in bad {
            for _ in 0..<3 {
                let report = good[goodIndex]
                goodIndex += 1
                messages.append(KafkaProducerMessage(
                    topic: topics.rawReports, key: Array(report.effectiveID.utf8), value: Array(try encoder.encode(report))))
            }
            messages.append(KafkaProducerMessage(
                topic: topics.rawReports, key: Array(letter.key.utf8), value: letter.value,
                headers: [KafkaHeader(key: "scraper", string: "test-\(letter.key)"), KafkaHeader(key: "binary", value: [0, 0xFF, 7])]))
        }
        for report in good[goodIndex...] {
            messages.append(KafkaProducerMessage(
                topic: topics.rawReports, key: Array(report.effectiveID.utf8), value: Array(try encoder.encode(report))))
        }
        try await produce(messages, client: harness.client)

        var configuration = harness.testConfiguration()
        configuration.maxBodyBytes = limit
        let counters = try await harness.withWorker(configuration) { worker in
            let caughtUp = try await harness.waitUntilCaughtUp(worker, timeout: .seconds(90))
            #expect(caughtUp, "\(worker.statistics.snapshot)")
            return worker.statistics.snapshot
        }

        // Counted by reason, and every good report done.
        var expectedCounts: [DeadLetterReason: Int] = [:]
        for letter in bad { expectedCounts[letter.reason, default: 0] += 1 }
        #expect(counters.deadLetters == expectedCounts)
        #expect(counters.reportsCompleted == good.count + bad.count)

        // Each dead letter: the input's key, value and headers unchanged, plus the reason headers.
        let raw = try await harness.messages(on: topics.rawReports)
        let letters = try await harness.messages(on: topics.deadLetters)
        #expect(letters.count == bad.count)
        let before = Clock.unixMilliseconds() - 10 * 60 * 1000
        for expected in bad {
            let key = Array(expected.key.utf8)
            guard let letter = letters.first(where: { $0.key == key }), let input = raw.first(where: { $0.key == key }) else {
                Issue.record("no dead letter for \(expected.key)")
                continue
            }
            #expect(letter.value == expected.value, "\(expected.key): value changed")
            #expect(Array(letter.headers.prefix(input.headers.count)) == input.headers, "\(expected.key): input headers lost")
            let headers = Dictionary(letter.headers.map { ($0.key, $0.stringValue ?? "") }, uniquingKeysWith: { a, _ in a })
            #expect(headers[DeadLetterHeader.reason] == expected.reason.rawValue, "\(expected.key)")
            #expect(headers[DeadLetterHeader.errorClass] == expected.reason.errorClass, "\(expected.key)")
            #expect(!(headers[DeadLetterHeader.errorMessage] ?? "").isEmpty, "\(expected.key)")
            #expect(headers[DeadLetterHeader.sourceTopic] == topics.rawReports)
            #expect(headers[DeadLetterHeader.sourcePartition] == String(input.partition), "\(expected.key)")
            #expect(headers[DeadLetterHeader.sourceOffset] == String(input.offset), "\(expected.key)")
            let stamp = headers[DeadLetterHeader.timestamp].flatMap(Self.milliseconds)
            #expect(stamp.map { $0 >= before } == true, "\(expected.key): timestamp \(headers[DeadLetterHeader.timestamp] ?? "none")")
            #expect(headers["scraper"] == "test-\(expected.key)")
        }

        // The good reports were all aggregated as without the bad ones.
        let aggregates = try await harness.latestAggregates()
        #expect(sourceReportIDs(aggregates).isSuperset(of: Set(good.map(\.effectiveID))))
    }

    /// The default body limit is 1 MiB: one byte more is oversized (decoder level, as a 1 MiB
    /// message needs broker settings the end-to-end test above avoids with a smaller limit).
    @Test func defaultBodyLimitIsOneMebibyte() throws {
        let decoder = ReportDecoder()
        #expect(decoder.maxMessageBytes == 1 << 20)
        #expect(WorkerConfiguration(brokers: []).maxBodyBytes == 1 << 20)
        func report(bodyBytes: Int) -> [UInt8] {
            Array(try! JSONEncoder().encode(RawReport(reportID: "big", body: String(repeating: "a", count: bodyBytes))))
        }
        if case .failure(let cause) = decoder.decode(report(bodyBytes: 1 << 20)) { Issue.record("1 MiB refused: \(cause)") }
        guard case .failure(let cause) = decoder.decode(report(bodyBytes: (1 << 20) + 1)) else {
            Issue.record("a body over 1 MiB was accepted")
            return
        }
        #expect(cause.reason == .oversized)
    }

    static func milliseconds(_ rfc3339: String) -> Int64? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let date = formatter.date(from: rfc3339) ?? ISO8601DateFormatter().date(from: rfc3339)
        return date.map { Int64($0.timeIntervalSince1970 * 1000) }
    }
}

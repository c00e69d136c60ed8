import CustomsExtraction
import CustomsModel
import Foundation
import Kafka

/// Stage one: a raw report message becomes metric-record messages keyed by office, or one
/// dead letter. Pure apart from the clock in the dead letter's timestamp header.
public struct ReportStage: Sendable {
    public var topics: TopicNames
    public var decoder: ReportDecoder
    public var extractor: Extractor
    private let extractionTimer = ExtractionTiming.timer()

    public init(topics: TopicNames, decoder: ReportDecoder, extractor: Extractor = Extractor()) {
        self.topics = topics
        self.decoder = decoder
        self.extractor = extractor
    }

    /// What one raw message turns into.
    public enum Outcome: Sendable {
        case records([MetricRecord], [KafkaProducerMessage])
        case deadLetter(DeadLetterCause, KafkaProducerMessage)
    }

    public func process(_ message: KafkaConsumerMessage, now: () -> Int64 = Clock.unixMilliseconds) -> Outcome {
        switch decoder.decode(message.value) {
        case .failure(let cause):
            return .deadLetter(cause, DeadLetters.message(for: message, cause: cause, topic: topics.deadLetters, now: now()))
        case .success(let report):
            let ingestedAt = Timestamp.rfc3339(milliseconds: message.timestampMs)
            let started = ContinuousClock.now
            var records = extractor.extract(report)
            extractionTimer.record(duration: ContinuousClock.now - started)
            for index in records.indices { records[index].ingestedAt = ingestedAt }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var messages: [KafkaProducerMessage] = []
            messages.reserveCapacity(records.count)
            var writer = OutputJSON.Writer(capacity: 1024)
            for record in records {
                // Encoding our own value type cannot fail; a failure would be a bug worth a crash report.
                let value = writer.encode(record) ?? (try? encoder.encode(record)).map(Array.init) ?? []
                messages.append(KafkaProducerMessage(
                    topic: topics.metrics, key: Array(record.office.utf8), value: value,
                    headers: [KafkaHeader(key: "customs.report_id", string: record.reportID),
                              KafkaHeader(key: "customs.record_id", string: record.recordID)]))
            }
            return .records(records, messages)
        }
    }
}

/// Builds dead-letter messages: the input's key, value and headers unchanged, plus headers
/// saying why, where from and when (the KIP-1034 pattern).
public enum DeadLetters {
    public static func message(
        for input: KafkaConsumerMessage, cause: DeadLetterCause, topic: String, now: Int64
    ) -> KafkaProducerMessage {
        var headers = input.headers
        headers.append(KafkaHeader(key: DeadLetterHeader.reason, string: cause.reason.rawValue))
        headers.append(KafkaHeader(key: DeadLetterHeader.errorClass, string: cause.reason.errorClass))
        headers.append(KafkaHeader(key: DeadLetterHeader.errorMessage, string: cause.message))
        headers.append(KafkaHeader(key: DeadLetterHeader.sourceTopic, string: input.topic))
        headers.append(KafkaHeader(key: DeadLetterHeader.sourcePartition, string: String(input.partition)))
        headers.append(KafkaHeader(key: DeadLetterHeader.sourceOffset, string: String(input.offset)))
        headers.append(KafkaHeader(key: DeadLetterHeader.timestamp, string: Timestamp.rfc3339(milliseconds: now)))
        return KafkaProducerMessage(topic: topic, key: input.key, value: input.value, headers: headers)
    }
}

/// Wall-clock helpers kept in one place so tests can see where time enters.
public enum Clock {
    @Sendable public static func unixMilliseconds() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1000).rounded())
    }
}

import CustomsAggregation
import CustomsModel
import Foundation
import Kafka
import Synchronization

/// Stage two: metric records of one metrics partition update that partition's aggregates,
/// produced to the same partition number of the (co-partitioned, compacted) aggregates topic.
///
/// The state of a partition exists only while the partition is assigned: it is rebuilt from
/// the aggregates topic on assignment (``install(_:for:)``) and dropped on revocation, so any
/// replica can take over any partition and nothing is kept on local disk.
public final class AggregationStage: Sendable {
    public let topics: TopicNames
    private let states = Mutex<[Int32: AggregationState]>([:])

    public init(topics: TopicNames) {
        self.topics = topics
    }

    /// What one metrics message turns into.
    public enum Outcome: Sendable {
        /// Aggregates changed by the record (none on a replay).
        case aggregates([AggregateMessage], [KafkaProducerMessage])
        /// A message on the metrics topic that is not a metric record (written by someone else).
        case deadLetter(DeadLetterCause, KafkaProducerMessage)
        /// The partition is not (or no longer) owned here.
        case notOwned
    }

    /// Installs the state rebuilt for a newly assigned metrics partition.
    public func install(_ state: AggregationState, for partition: Int32) {
        states.withLock { $0[partition] = state }
    }

    /// The state of an owned partition (a value: keeping it is a cheap snapshot, copied only
    /// when the live state changes), e.g. to roll back an aborted transaction.
    public func state(for partition: Int32) -> AggregationState? {
        states.withLock { $0[partition] }
    }

    /// Drops the state of revoked partitions.
    public func drop(_ partitions: [Int32]) {
        states.withLock { states in for p in partitions { states[p] = nil } }
    }

    /// Aggregates currently held, over all owned partitions.
    public var aggregateCount: Int { states.withLock { $0.values.reduce(0) { $0 + $1.count } } }

    public func process(_ message: KafkaConsumerMessage, now: () -> Int64 = Clock.unixMilliseconds) -> Outcome {
        let record: MetricRecord
        do {
            let bytes = message.value ?? []
            // Records as stage one writes them are parsed directly; anything else as before.
            record = try MetricRecordFastPath.parse(bytes) ?? JSONDecoder().decode(MetricRecord.self, from: Data(bytes))
        } catch {
            let cause = DeadLetterCause(.schemaViolation, "not a metric record: \(error)")
            return .deadLetter(cause, DeadLetters.message(for: message, cause: cause, topic: topics.deadLetters, now: now()))
        }
        // Mutated in place: copying the state out and back would copy all of it for every record.
        let changed: [AggregateMessage]? = states.withLock { states in
            states[message.partition]?.apply(record)
        }
        guard let changed else { return .notOwned }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let messages = changed.map { aggregate in
            KafkaProducerMessage(
                topic: topics.aggregates, partition: message.partition, key: Array(aggregate.messageKey.utf8),
                value: OutputJSON.encode(aggregate) ?? (try? encoder.encode(aggregate)).map(Array.init) ?? [],
                headers: [KafkaHeader(key: "customs.aggregate.version", string: String(aggregate.version)),
                          KafkaHeader(key: "customs.input.offset", string: String(message.offset))])
        }
        return .aggregates(changed, messages)
    }

    /// Rebuilds a partition's state from the aggregate messages read back from its aggregates
    /// partition; messages that do not decode are skipped (and counted by the caller).
    public static func rebuild(from values: [[UInt8]]) -> (state: AggregationState, skipped: Int) {
        var state = AggregationState()
        var skipped = 0
        let decoder = JSONDecoder()
        for value in values {
            if let message = try? decoder.decode(AggregateMessage.self, from: Data(value)) {
                state.restore(message)
            } else {
                skipped += 1
            }
        }
        return (state, skipped)
    }
}

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
    /// One lock per partition, so that the lanes aggregating different partitions never wait
    /// for each other; the outer lock only guards which partitions are owned.
    private let states = Mutex<[Int32: PartitionState]>([:])

    private final class PartitionState: Sendable {
        let state: Mutex<AggregationState>
        /// Writes this state's aggregates; it belongs to this lineage of states (a rolled-back or
        /// rebuilt state is installed with a new one).
        let writer: Mutex<AggregateWriter>
        init(_ state: AggregationState, keptLists: KeptListBudget) {
            self.state = Mutex(state)
            writer = Mutex(AggregateWriter(budget: keptLists))
        }
    }

    /// What the partitions' kept aggregate lists may take (see ``AggregateWriter``).
    public let keptLists: KeptListBudget

    public init(topics: TopicNames, keptLists: KeptListBudget = KeptListBudget(bytes: 0)) {
        self.topics = topics
        self.keptLists = keptLists
    }

    /// What one metrics message turns into.
    public enum Outcome: Sendable {
        /// Messages of the aggregates the record changed (none on a replay).
        case aggregates([KafkaProducerMessage])
        /// A message on the metrics topic that is not a metric record (written by someone else).
        case deadLetter(DeadLetterCause, KafkaProducerMessage)
        /// The partition is not (or no longer) owned here.
        case notOwned
    }

    /// What a batch of one partition's metrics messages turns into.
    public struct BatchOutcome: Sendable {
        /// What became of one input message of the batch.
        public enum Disposition: Sendable {
            /// Applied to the partition's state (changing nothing when it was a replay).
            case aggregated
            case deadLetter(DeadLetterCause, KafkaProducerMessage)
            /// The partition is not (or no longer) owned here: the new owner processes it.
            case notOwned
        }

        /// One per input message, in input order.
        public var dispositions: [Disposition] = []
        /// The latest version of every aggregate the batch changed, one message per key, in the
        /// order of their last change. Intermediate versions are not produced: on the compacted
        /// aggregates topic only the latest version of a key is the current value.
        public var aggregates: [KafkaProducerMessage] = []
        /// Versions created by the batch (at least `aggregates.count`).
        public var changes = 0
    }

    /// Installs the state rebuilt for a newly assigned metrics partition.
    public func install(_ state: AggregationState, for partition: Int32) {
        let box = PartitionState(state, keptLists: keptLists)
        states.withLock { $0[partition] = box }
    }

    /// The state of an owned partition (a value: keeping it is a cheap snapshot, copied only
    /// when the live state changes), e.g. to roll back an aborted transaction.
    public func state(for partition: Int32) -> AggregationState? {
        owned(partition)?.state.withLock { $0 }
    }

    /// Drops the state of revoked partitions.
    public func drop(_ partitions: [Int32]) {
        states.withLock { states in for p in partitions { states[p] = nil } }
    }

    /// Aggregates currently held, over all owned partitions.
    public var aggregateCount: Int {
        states.withLock { Array($0.values) }.reduce(0) { total, box in total + box.state.withLock { $0.count } }
    }

    private func owned(_ partition: Int32) -> PartitionState? { states.withLock { $0[partition] } }

    /// One message: a batch of one, which produces every version it makes.
    public func process(_ message: KafkaConsumerMessage, now: () -> Int64 = Clock.unixMilliseconds) -> Outcome {
        let outcome = process(batch: [message], partition: message.partition, now: now)
        switch outcome.dispositions[0] {
        case .aggregated: return .aggregates(outcome.aggregates)
        case .deadLetter(let cause, let letter): return .deadLetter(cause, letter)
        case .notOwned: return .notOwned
        }
    }

    /// Applies a batch of consecutive messages of one metrics partition, in order, and returns
    /// one message per changed aggregate with its latest version (see ``BatchOutcome``). The
    /// latest state after the batch is the same as after applying its messages one by one.
    public func process(batch messages: [KafkaConsumerMessage], partition: Int32,
                        now: () -> Int64 = Clock.unixMilliseconds) -> BatchOutcome {
        var outcome = BatchOutcome()
        outcome.dispositions.reserveCapacity(messages.count)
        var records: [(index: Int, record: MetricRecord)] = []
        records.reserveCapacity(messages.count)
        // Parsed before taking the partition's lock: parsing is most of the work and needs no state.
        for (index, message) in messages.enumerated() {
            switch parse(message, now: now) {
            case .failure(let letter): outcome.dispositions.append(.deadLetter(letter.cause, letter.message))
            case .success(let record):
                outcome.dispositions.append(.aggregated)
                records.append((index, record))
            }
        }
        guard let box = owned(partition) else {
            for (index, _) in records { outcome.dispositions[index] = .notOwned }
            return outcome
        }
        // Per changed key, where its changes were; not the aggregate itself: holding a copy while
        // later records of the batch change the same key would make each change copy the key's
        // arrays (copy-on-write), over and over for a busy key.
        struct Changed {
            var firstOffset: Int64
            var lastOffset: Int64
            var order: Int
        }
        // Keyed by the aggregate's identity, not its message key: that String would be built and
        // hashed for every change, where the key's own hash is two combines.
        var changed: [StateKey: Changed] = [:]
        func touch(_ entry: inout Changed, offset: Int64, order: Int) {
            entry.lastOffset = offset
            entry.order = order
        }
        var order = 0
        // Mutated in place: copying the state out and back would copy all of it for every record.
        let latest: [(AggregateMessage, Changed)] = box.state.withLock { state in
            for (index, record) in records {
                let offset = messages[index].offset
                for aggregate in state.apply(record) {
                    order += 1
                    // One look-up: a new key starts at this record, a known one moves its end here.
                    touch(&changed[StateKey(aggregate), default: Changed(firstOffset: offset, lastOffset: offset, order: order)],
                          offset: offset, order: order)
                }
            }
            return changed.sorted { $0.value.order < $1.value.order }.compactMap { key, entry in
                key.current(in: state).map { ($0, entry) }
            }
        }
        outcome.changes = order
        // Encoded outside the state's lock (the aggregates are values, independent of the live
        // state), under the writer's: a partition's batches run one at a time, so it is not contended.
        outcome.aggregates = box.writer.withLock { writer in
            latest.map { aggregate, entry in
                encode(aggregate, with: &writer, partition: partition, firstOffset: entry.firstOffset,
                       lastOffset: entry.lastOffset)
            }
        }
        return outcome
    }

    /// Which aggregate of a partition's state a message is, to read its latest version back.
    private enum StateKey: Hashable {
        case value(AggregateKey)
        case yearProgress(YearProgressKey)

        init(_ message: AggregateMessage) {
            switch message {
            case .value(let aggregate): self = .value(aggregate.key)
            case .yearProgress(let entry): self = .yearProgress(entry.key)
            }
        }

        func current(in state: AggregationState) -> AggregateMessage? {
            switch self {
            case .value(let key): return state.values[key].map(AggregateMessage.value)
            case .yearProgress(let key): return state.progress[key].map(AggregateMessage.yearProgress)
            }
        }
    }

    private struct Letter: Error {
        let cause: DeadLetterCause
        let message: KafkaProducerMessage
    }

    private func parse(_ message: KafkaConsumerMessage, now: () -> Int64) -> Result<MetricRecord, Letter> {
        do {
            let bytes = message.value ?? []
            // Records as stage one writes them are parsed directly; anything else as before.
            return .success(try MetricRecordFastPath.parse(bytes) ?? JSONDecoder().decode(MetricRecord.self, from: Data(bytes)))
        } catch {
            let cause = DeadLetterCause(.schemaViolation, "not a metric record: \(error)")
            return .failure(Letter(cause: cause, message: DeadLetters.message(
                for: message, cause: cause, topic: topics.deadLetters, now: now())))
        }
    }

    /// The aggregates-topic message of one aggregate version. Its headers name the range of
    /// input offsets (of the metrics partition) whose records this version is the first to
    /// include, for lineage and latency measurement.
    private func encode(_ aggregate: AggregateMessage, with writer: inout AggregateWriter, partition: Int32,
                        firstOffset: Int64, lastOffset: Int64) -> KafkaProducerMessage {
        var headers = [KafkaHeader(key: AggregateHeader.version, string: String(aggregate.version)),
                       KafkaHeader(key: AggregateHeader.inputOffset, string: String(lastOffset))]
        if firstOffset != lastOffset {
            headers.append(KafkaHeader(key: AggregateHeader.firstInputOffset, string: String(firstOffset)))
        }
        return KafkaProducerMessage(
            topic: topics.aggregates, partition: partition, key: Array(aggregate.messageKey.utf8),
            value: writer.encode(aggregate) ?? Self.fallbackEncode(aggregate), headers: headers)
    }

    private static func fallbackEncode(_ aggregate: AggregateMessage) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding our own value type cannot fail; a failure would be a bug worth a crash report.
        return (try? encoder.encode(aggregate)).map(Array.init) ?? []
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

/// Headers of the messages on the aggregates topic.
public enum AggregateHeader {
    /// The aggregate's version, as in its JSON.
    public static let version = "customs.aggregate.version"
    /// The metrics-partition offset of the last record included in this version.
    public static let inputOffset = "customs.input.offset"
    /// When this version is the first to include several records (a coalesced batch): the
    /// offset of the earliest of them. Absent when it includes one record only.
    public static let firstInputOffset = "customs.input.first_offset"
}

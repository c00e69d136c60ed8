import CustomsAggregation
import Foundation
import Kafka
import Logging

/// Runs inside librdkafka's rebalance callback, on the consumer's own thread (never the
/// cooperative pool), so that partitions change hands only at a clean point:
///
/// - on revocation: stop taking messages of the revoked partitions, wait for their in-flight
///   outputs, commit their offsets, then drop their aggregate state;
/// - on assignment: rebuild the state of each newly assigned metrics partition from the
///   co-partitioned aggregates partition before any of its records is processed.
struct RebalanceHandler: KafkaRebalanceListener {
    let topics: TopicNames
    let tracker: OffsetTracker
    let aggregation: AggregationStage
    let statistics: WorkerStatistics
    let readerClient: KafkaClientConfiguration
    let revocationTimeout: Duration
    /// How long to keep retrying the rebuild of a partition's state (e.g. while the broker is
    /// unreachable) before stopping the worker.
    let restoreTimeout: Duration
    let shutdown: ShutdownState
    let logger: Logger

    func partitionsAssigned(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {
        statistics.update { $0.rebalances += 1 }
        var restored = 0
        var usable: [TopicPartition] = []
        for partition in partitions {
            guard partition.topic == topics.metrics else {
                usable.append(partition)
                continue
            }
            do {
                let values = try readAggregates(partition: partition.partition)
                let (state, skipped) = AggregationStage.rebuild(from: values)
                aggregation.install(state, for: partition.partition)
                restored += state.count
                usable.append(partition)
                if skipped > 0 {
                    logger.warning("skipped undecodable aggregates while restoring",
                                   metadata: ["partition": "\(partition.partition)", "skipped": "\(skipped)"])
                }
            } catch {
                // Without its state the partition would produce wrong versions: never process it,
                // and stop the worker so that a restart (or another replica) takes it over.
                logger.critical("cannot rebuild the aggregates of \(partition); stopping the worker", metadata: [
                    "error": "\(error)"])
                tracker.fail(error)
            }
        }
        tracker.assign(usable)
        let committed = committedOffsets(usable, context: context)
        statistics.update { counters in
            counters.aggregatesRestored += restored
            for partition in usable { counters.positions[partition] = max(0, committed[partition] ?? 0) }
        }
        logger.info("partitions assigned", metadata: [
            "partitions": "\(partitions.map(\.description).joined(separator: ","))", "aggregates_restored": "\(restored)"])
    }

    func partitionsRevoked(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {
        statistics.update { $0.rebalances += 1 }
        // At shutdown, the revocation that leaving the group runs must fit in the grace period.
        let complete = tracker.revoke(partitions, timeout: shutdown.bounded(revocationTimeout))
        if !complete {
            logger.warning("revocation timed out with outputs in flight; the next owner redoes them",
                           metadata: ["partitions": "\(partitions.map(\.description).joined(separator: ","))"])
        }
        do { try context.commitStoredSync() } catch {
            logger.warning("commit on revocation failed; the next owner redoes the uncommitted messages",
                           metadata: ["error": "\(error)"])
        }
        aggregation.drop(partitions.filter { $0.topic == topics.metrics }.map(\.partition))
        statistics.update { counters in for partition in partitions { counters.positions[partition] = nil } }
        logger.info("partitions revoked", metadata: ["partitions": "\(partitions.map(\.description).joined(separator: ","))"])
    }

    func partitionsLost(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {
        // Lost means another member may already own them: committing would be wrong. But the
        // outputs already sent must land first (bounded): the next owner, often this worker, rebuilds
        // the state from the aggregates topic, and one read before they land would redo their
        // records from an older state, writing versions that go back (after a broker outage longer
        // than the session timeout, the producer delivers its queue just as the group re-forms).
        statistics.update { counters in
            counters.rebalances += 1
            for partition in partitions { counters.positions[partition] = nil }
        }
        if !tracker.revoke(partitions, timeout: shutdown.bounded(revocationTimeout)) {
            logger.warning("lost partitions still had outputs in flight; their next owner may redo them from an older state",
                           metadata: ["partitions": "\(partitions.map(\.description).joined(separator: ","))"])
        }
        aggregation.drop(partitions.filter { $0.topic == topics.metrics }.map(\.partition))
        logger.warning("partitions lost", metadata: ["partitions": "\(partitions.map(\.description).joined(separator: ","))"])
    }

    /// The group's committed offsets, retried briefly (they only feed the statistics' positions).
    private func committedOffsets(_ partitions: [TopicPartition], context: KafkaRebalanceContext) -> [TopicPartition: Int64] {
        guard !partitions.isEmpty else { return [:] }
        for attempt in 1...3 {
            do { return try context.committedOffsets(for: partitions, timeout: .seconds(5)) } catch {
                logger.debug("committed offsets (attempt \(attempt)): \(error)")
            }
        }
        return [:]
    }

    /// Every aggregate message of one aggregates partition, up to its current end. Retries while
    /// the broker is unreachable, up to ``restoreTimeout`` (less at shutdown).
    private func readAggregates(partition: Int32) throws -> [[UInt8]] {
        try AggregateRestore.read(topic: topics.aggregates, partition: partition, client: readerClient,
                                  timeout: shutdown.bounded(restoreTimeout), logger: logger)
    }
}

import CustomsAggregation
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
    let logger: Logger

    func partitionsAssigned(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {
        statistics.update { $0.rebalances += 1 }
        var restored = 0
        for partition in partitions where partition.topic == topics.metrics {
            let values = readAggregates(partition: partition.partition)
            let (state, skipped) = AggregationStage.rebuild(from: values)
            aggregation.install(state, for: partition.partition)
            restored += state.count
            if skipped > 0 {
                logger.warning("skipped undecodable aggregates while restoring",
                               metadata: ["partition": "\(partition.partition)", "skipped": "\(skipped)"])
            }
        }
        tracker.assign(partitions)
        let committed = (try? context.committedOffsets(for: partitions)) ?? [:]
        statistics.update { counters in
            counters.aggregatesRestored += restored
            for partition in partitions { counters.positions[partition] = max(0, committed[partition] ?? 0) }
        }
        logger.info("partitions assigned", metadata: [
            "partitions": "\(partitions.map(\.description).joined(separator: ","))", "aggregates_restored": "\(restored)"])
    }

    func partitionsRevoked(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {
        statistics.update { $0.rebalances += 1 }
        let complete = tracker.revoke(partitions, timeout: revocationTimeout)
        if !complete {
            logger.warning("revocation timed out with outputs in flight; the next owner redoes them",
                           metadata: ["partitions": "\(partitions.map(\.description).joined(separator: ","))"])
        }
        do { try context.commitStoredSync() } catch {
            logger.debug("commit on revocation: \(error)")  // nothing stored yet, or group already gone
        }
        aggregation.drop(partitions.filter { $0.topic == topics.metrics }.map(\.partition))
        statistics.update { counters in for partition in partitions { counters.positions[partition] = nil } }
        logger.info("partitions revoked", metadata: ["partitions": "\(partitions.map(\.description).joined(separator: ","))"])
    }

    func partitionsLost(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {
        // Lost means another member may already own them: committing would be wrong.
        statistics.update { $0.rebalances += 1 }
        _ = tracker.revoke(partitions, timeout: .zero)
        aggregation.drop(partitions.filter { $0.topic == topics.metrics }.map(\.partition))
        logger.warning("partitions lost", metadata: ["partitions": "\(partitions.map(\.description).joined(separator: ","))"])
    }

    /// Every aggregate message of one aggregates partition, up to its current end.
    private func readAggregates(partition: Int32) -> [[UInt8]] {
        var values: [[UInt8]] = []
        do {
            let reader = try KafkaPartitionReader(configuration: KafkaPartitionReaderConfiguration(client: readerClient))
            try reader.read(topic: topics.aggregates, partition: partition) { message in
                if let value = message.value { values.append(value) }
            }
        } catch {
            // Without its state the partition would produce wrong versions: better to stop.
            logger.critical("cannot rebuild aggregates of partition \(partition): \(error)")
            fatalError("cannot rebuild aggregate state of \(topics.aggregates)[\(partition)]: \(error)")
        }
        return values
    }
}

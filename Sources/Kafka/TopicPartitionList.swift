import CRdKafka

typealias RdPartitionList = UnsafeMutablePointer<rd_kafka_topic_partition_list_t>

/// Conversions between Swift collections and `rd_kafka_topic_partition_list_t`.
enum TopicPartitionList {
    /// A new list the caller must free with `rd_kafka_topic_partition_list_destroy`.
    static func make<S: Sequence>(_ entries: S) -> RdPartitionList where S.Element == (TopicPartition, Int64) {
        let list = rd_kafka_topic_partition_list_new(16)!
        for (tp, offset) in entries {
            let element = rd_kafka_topic_partition_list_add(list, tp.topic, tp.partition)!
            element.pointee.offset = offset
        }
        return list
    }

    static func make(_ partitions: [TopicPartition]) -> RdPartitionList {
        make(partitions.map { ($0, Int64(-1001)) })  // RD_KAFKA_OFFSET_INVALID: "no offset given"
    }

    static func elements(_ list: RdPartitionList) -> UnsafeMutableBufferPointer<rd_kafka_topic_partition_t> {
        UnsafeMutableBufferPointer(start: list.pointee.elems, count: Int(list.pointee.cnt))
    }

    static func partitions(_ list: RdPartitionList) -> [TopicPartition] {
        elements(list).map { TopicPartition(topic: String(cString: $0.topic), partition: $0.partition) }
    }

    static func offsets(_ list: RdPartitionList) -> [TopicPartition: Int64] {
        var result: [TopicPartition: Int64] = [:]
        for element in elements(list) {
            result[TopicPartition(topic: String(cString: element.topic), partition: element.partition)] = element.offset
        }
        return result
    }

    /// The first per-partition error, e.g. after `rd_kafka_offsets_store`.
    static func firstError(_ list: RdPartitionList, _ context: String) -> KafkaError? {
        for element in elements(list) where element.err != RD_KAFKA_RESP_ERR_NO_ERROR {
            return KafkaError(element.err, "\(context) \(String(cString: element.topic))[\(element.partition)]")
        }
        return nil
    }
}

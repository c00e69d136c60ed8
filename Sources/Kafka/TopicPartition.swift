/// One partition of one topic.
public struct TopicPartition: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// The topic name.
    public var topic: String
    /// The partition number.
    public var partition: Int32

    /// Names a partition of a topic.
    public init(topic: String, partition: Int32) {
        self.topic = topic
        self.partition = partition
    }

    /// `topic[partition]`, as librdkafka prints it.
    public var description: String { "\(topic)[\(partition)]" }

    /// Orders by topic, then partition, so logs and tests are deterministic.
    public static func < (lhs: TopicPartition, rhs: TopicPartition) -> Bool {
        (lhs.topic, lhs.partition) < (rhs.topic, rhs.partition)
    }
}

/// Where a manually assigned partition starts reading.
public enum KafkaOffset: Hashable, Sendable {
    /// The oldest retained message.
    case beginning
    /// Only messages produced after the assignment.
    case end
    /// The group's committed offset (falling back to `auto.offset.reset`).
    case stored
    /// An absolute offset: the next message to read.
    case offset(Int64)

    var rawValue: Int64 {
        switch self {
        case .beginning: return -2  // RD_KAFKA_OFFSET_BEGINNING
        case .end: return -1  // RD_KAFKA_OFFSET_END
        case .stored: return -1000  // RD_KAFKA_OFFSET_STORED
        case .offset(let value): return value
        }
    }
}

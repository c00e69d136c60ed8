/// A message to produce.
public struct KafkaProducerMessage: Sendable, Hashable {
    /// Destination topic.
    public var topic: String
    /// Destination partition; `nil` lets the configured partitioner choose from the key.
    public var partition: Int32?
    /// Message key; `nil` is a null key.
    public var key: [UInt8]?
    /// Message value; `nil` is a null value (a tombstone on compacted topics).
    public var value: [UInt8]?
    /// Record headers, in order.
    public var headers: [KafkaHeader]
    /// Create time in milliseconds since the Unix epoch; `nil` lets librdkafka stamp it.
    public var timestampMs: Int64?

    /// Creates a message.
    public init(
        topic: String, partition: Int32? = nil, key: [UInt8]? = nil, value: [UInt8]?,
        headers: [KafkaHeader] = [], timestampMs: Int64? = nil
    ) {
        self.topic = topic
        self.partition = partition
        self.key = key
        self.value = value
        self.headers = headers
        self.timestampMs = timestampMs
    }
}

/// A consumed message.
public struct KafkaConsumerMessage: Sendable, Hashable {
    /// Source topic.
    public var topic: String
    /// Source partition.
    public var partition: Int32
    /// The message's offset; store `offset + 1` to mark it processed.
    public var offset: Int64
    /// Message key, `nil` if null.
    public var key: [UInt8]?
    /// Message value, `nil` if null (a tombstone).
    public var value: [UInt8]?
    /// Record headers, in order.
    public var headers: [KafkaHeader]
    /// Timestamp in milliseconds since the Unix epoch (create or log-append time), `-1` if unavailable.
    public var timestampMs: Int64

    /// Creates a message (the consumer does this; public for tests and adapters).
    public init(
        topic: String, partition: Int32, offset: Int64, key: [UInt8]?, value: [UInt8]?,
        headers: [KafkaHeader], timestampMs: Int64
    ) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.key = key
        self.value = value
        self.headers = headers
        self.timestampMs = timestampMs
    }

    /// The partition this message came from.
    public var topicPartition: TopicPartition { TopicPartition(topic: topic, partition: partition) }
}

/// Where a produced message was stored.
public struct DeliveryReport: Sendable, Hashable {
    /// The topic written to.
    public var topic: String
    /// The partition written to.
    public var partition: Int32
    /// The message's offset in that partition (`-1` if the broker did not say, e.g. acks=0).
    public var offset: Int64

    /// Creates a report.
    public init(topic: String, partition: Int32, offset: Int64) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
    }
}

/// A consumer's group identity (`rd_kafka_consumer_group_metadata`), serialized so it is a plain value;
/// pass it to ``KafkaProducer/sendOffsetsToTransaction(offsets:groupMetadata:timeout:)``.
public struct KafkaConsumerGroupMetadata: Sendable, Hashable {
    /// librdkafka's serialized form (`rd_kafka_consumer_group_metadata_write`).
    public let serialized: [UInt8]
}

import CustomsModel
import Foundation
import Kafka
import Synchronization

/// Messages gathered on a reader's thread and handed back after the read returns.
final class Collected: Sendable {
    private let storage = Mutex<[KafkaConsumerMessage]>([])
    func append(_ message: KafkaConsumerMessage) { storage.withLock { $0.append(message) } }
    var messages: [KafkaConsumerMessage] { storage.withLock { $0 } }
}

/// Reads whole topics back: for tools, the demo and tests (not on the worker's hot path).
public enum TopicReader {
    /// Every message of every partition of `topic`, up to each partition's end at call time.
    public static func readAll(topic: String, client: KafkaClientConfiguration) async throws -> [KafkaConsumerMessage] {
        let count = try await TopicSetup.partitionCount(topic: topic, client: client)
        let reader = try KafkaPartitionReader(configuration: KafkaPartitionReaderConfiguration(client: client))
        let collected = Collected()
        for partition in 0..<count {
            try await reader.readAsync(topic: topic, partition: Int32(partition)) { collected.append($0) }
        }
        return collected.messages
    }

    /// The latest aggregate per key, as a compacted topic would keep it (the highest version wins,
    /// so an uncompacted log gives the same answer).
    public static func latestAggregates(topic: String, client: KafkaClientConfiguration) async throws -> [String: AggregateMessage] {
        var latest: [String: AggregateMessage] = [:]
        let decoder = JSONDecoder()
        for message in try await readAll(topic: topic, client: client) {
            guard let value = message.value,
                  let aggregate = try? decoder.decode(AggregateMessage.self, from: Data(value)) else { continue }
            if (latest[aggregate.messageKey]?.version ?? 0) < aggregate.version {
                latest[aggregate.messageKey] = aggregate
            }
        }
        return latest
    }
}

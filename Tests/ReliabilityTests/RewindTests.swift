import CustomsTesting
import Foundation
import Kafka
import Testing

/// ``KafkaConsumer/rewind(_:)``, which exactly-once mode uses after an abort: the next messages
/// of a rewound partition come from the new offset, none from the old position.
@Suite(.timeLimit(.minutes(2)))
struct RewindTests {
    @Test func rewindRedeliversFromTheGivenOffset() async throws {
        let broker = try EmbeddedBroker()
        defer { broker.shutdown() }
        try broker.createTopic("rewind", partitions: 1)
        let client = KafkaClientConfiguration(bootstrapServers: broker.bootstrapServerList, clientID: "rewind", logger: quietLogger)
        try await produce((0..<200).map { KafkaProducerMessage(topic: "rewind", value: Array("m\($0)".utf8)) }, client: client)
        var configuration = KafkaConsumerConfiguration(client: client, groupID: "rewind-group")
        configuration.sessionTimeout = .milliseconds(6000)
        configuration.heartbeatInterval = .milliseconds(500)
        let consumer = try KafkaConsumer(configuration: configuration)
        try consumer.subscribe(topics: ["rewind"])
        let offsets = try await withDeadline(.seconds(30), "the rewound messages") {
            var seen: [Int64] = []
            var iterator = consumer.messages.makeAsyncIterator()
            var rewound = false
            while seen.count < 150 {
                guard case .message(let message) = try await iterator.next(waitingAtMost: .milliseconds(100)) else { continue }
                seen.append(message.offset)
                if message.offset == 120 && !rewound {
                    rewound = true
                    try await consumer.rewind([TopicPartition(topic: "rewind", partition: 0): 50])
                }
            }
            return seen
        }
        await consumer.close()
        #expect(Array(offsets.prefix(121)) == Array(0...120))
        #expect(Array(offsets.dropFirst(121).prefix(29)) == Array(50..<79), "after the rewind: \(offsets.dropFirst(121).prefix(10))")
    }
}


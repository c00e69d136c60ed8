import ArgumentParser
import CustomsWorker
import Foundation
import Kafka

/// `customsctl tail`: a topic's messages as JSON lines.
struct TailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tail",
        abstract: "Print a topic's messages as JSON lines {topic, partition, offset, key, headers, value}.",
        discussion: "`value` is parsed when it is JSON, else given as a string. Without --until-end it follows the topic until SIGINT/SIGTERM.")

    @Option(help: "Kafka bootstrap servers, HOST:PORT,... (env CUSTOMS_BROKERS).")
    var brokers: String?

    @Option(help: "Topic to read.")
    var topic: String

    @Flag(help: "Start at the beginning of each partition instead of its end.")
    var fromBeginning = false

    @Flag(help: "Stop once every partition's end (as of the start) is reached.")
    var untilEnd = false

    @Flag(help: "Keep printing new messages until SIGINT/SIGTERM (the default without --until-end).")
    var follow = false

    func validate() throws {
        if untilEnd && follow { throw ValidationError("--until-end and --follow exclude each other") }
    }

    func run() async throws {
        let client = KafkaClientConfiguration(bootstrapServers: try Brokers.resolve(brokers), clientID: "customsctl-tail")
        let partitions = try await TopicSetup.partitionCount(topic: topic, client: client)

        if untilEnd {
            // From the end, "until the end" is nothing: only --from-beginning has messages to print.
            guard fromBeginning else { return }
            let reader = try KafkaPartitionReader(configuration: KafkaPartitionReaderConfiguration(client: client))
            for partition in 0..<partitions {
                try await reader.readAsync(topic: topic, partition: Int32(partition)) { message in
                    try MessageLine.print(message)
                }
            }
            return
        }

        let consumer = try KafkaConsumer(configuration: KafkaConsumerConfiguration(client: client, groupID: nil))
        var assignment: [TopicPartition: KafkaOffset] = [:]
        for partition in 0..<partitions {
            assignment[TopicPartition(topic: topic, partition: Int32(partition))] = fromBeginning ? .beginning : .end
        }
        try consumer.assign(assignment)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for try await message in consumer.messages { try MessageLine.print(message) }
            }
            group.addTask { await Signals.waitForTermination() }
            _ = try await group.next()
            group.cancelAll()
        }
        await consumer.close()
    }
}

/// One message as a JSON line.
enum MessageLine {
    static func object(_ message: KafkaConsumerMessage) -> [String: Any] {
        func text(_ bytes: [UInt8]?) -> Any { bytes.map { String(decoding: $0, as: UTF8.self) } ?? NSNull() }
        var headers: [[String: Any]] = []
        for header in message.headers { headers.append(["key": header.key, "value": text(header.value)]) }
        var value: Any = NSNull()
        if let bytes = message.value {
            value = (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) ?? text(bytes)
        }
        return ["topic": message.topic, "partition": Int(message.partition), "offset": Int(message.offset),
                "key": text(message.key), "headers": headers, "value": value, "timestamp_ms": Int(message.timestampMs)]
    }

    static func print(_ message: KafkaConsumerMessage) throws {
        let data = try JSONSerialization.data(withJSONObject: object(message), options: [.sortedKeys, .withoutEscapingSlashes])
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}

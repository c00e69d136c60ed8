// A downstream consumer in a few lines: follow the compacted aggregates topic and keep the
// current value of every key, decoding messages with the shared model module alone.
//
//   swift run aggregates-consumer-example 127.0.0.1:9092
import CustomsModel
import Foundation
import Kafka

let brokers = CommandLine.arguments.dropFirst().first ?? ProcessInfo.processInfo.environment["CUSTOMS_BROKERS"] ?? "127.0.0.1:9092"
let consumer = try KafkaConsumer(configuration: KafkaConsumerConfiguration(
    client: KafkaClientConfiguration(bootstrapServers: [brokers], clientID: "aggregates-consumer-example"),
    groupID: "aggregates-consumer-example"))
try consumer.subscribe(topics: [DefaultTopics.aggregates])

var current: [String: AggregateMessage] = [:]
let decoder = JSONDecoder()
for try await message in consumer.messages {
    guard let value = message.value, let aggregate = try? decoder.decode(AggregateMessage.self, from: Data(value)) else {
        continue  // a tombstone, or a kind this build does not know
    }
    // The latest version per key is the current value (a compacted topic keeps only that one).
    guard (current[aggregate.messageKey]?.version ?? 0) < aggregate.version else { continue }
    current[aggregate.messageKey] = aggregate
    if case .value(let a) = aggregate {
        print("\(a.key.office) \(a.key.metric.rawValue) \(a.key.period): \(a.value) \(a.unit.rawValue)"
              + " from \(a.observations) report(s)\(a.conflict ? ", conflicting" : "") (v\(a.version))")
    }
}

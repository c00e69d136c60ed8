import CustomsTesting
import Foundation
import Logging
import Synchronization

@testable import Kafka

// Deadlines (`withDeadline`, `poll`, `TimedOut`) come from CustomsTesting.

/// Collects `count` messages from the consumer, or fails after `limit`.
func collect(_ consumer: KafkaConsumer, count: Int, within limit: Duration = .seconds(15)) async throws -> [KafkaConsumerMessage] {
    try await withDeadline(limit, "\(count) messages") {
        var received: [KafkaConsumerMessage] = []
        for try await message in consumer.messages {
            received.append(message)
            if received.count == count { break }
        }
        return received
    }
}

/// A thread-safe box for test bookkeeping.
final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>
    init(_ value: Value) { mutex = Mutex(value) }
    func withLock<R: Sendable>(_ body: (inout Value) -> R) -> R { mutex.withLock { body(&$0) } }
    var value: Value { mutex.withLock { $0 } }
}

let testLogger: Logger = {
    var logger = Logger(label: "kafka-tests")
    logger.logLevel = ProcessInfo.processInfo.environment["KAFKA_TEST_LOG"].map { Logger.Level(rawValue: $0) ?? .warning } ?? .error
    return logger
}()

func clientConfiguration(_ broker: EmbeddedBroker, _ properties: [String: String] = [:]) -> KafkaClientConfiguration {
    KafkaClientConfiguration(bootstrapServers: broker.bootstrapServerList, clientID: "kafka-tests", logger: testLogger, properties: properties)
}

func makeProducer(_ broker: EmbeddedBroker, _ adjust: (inout KafkaProducerConfiguration) -> Void = { _ in }) throws -> KafkaProducer {
    var configuration = KafkaProducerConfiguration(client: clientConfiguration(broker))
    configuration.linger = .milliseconds(1)
    if let debug = ProcessInfo.processInfo.environment["KAFKA_TEST_DEBUG"] { configuration.client.properties["debug"] = debug }
    adjust(&configuration)
    return try KafkaProducer(configuration: configuration)
}

func makeConsumer(
    _ broker: EmbeddedBroker, group: String?, listener: (any KafkaRebalanceListener)? = nil,
    _ adjust: (inout KafkaConsumerConfiguration) -> Void = { _ in }
) throws -> KafkaConsumer {
    var configuration = KafkaConsumerConfiguration(client: clientConfiguration(broker), groupID: group)
    if let debug = ProcessInfo.processInfo.environment["KAFKA_TEST_DEBUG"] { configuration.client.properties["debug"] = debug }
    configuration.fetchWaitMax = .milliseconds(50)
    // The mock waits session.timeout.ms - 1 s to complete a rebalance, so keep it short, but above
    // its fixed 3 s initial join delay (it expires members that stay silent that long).
    configuration.sessionTimeout = .milliseconds(3500)
    configuration.heartbeatInterval = .milliseconds(300)
    adjust(&configuration)
    return try KafkaConsumer(configuration: configuration, rebalanceListener: listener)
}

func bytes(_ string: String) -> [UInt8] { Array(string.utf8) }
func text(_ bytes: [UInt8]?) -> String? { bytes.map { String(decoding: $0, as: UTF8.self) } }

/// Log lines at warning level and above, kept for a test to read.
final class CapturedWarnings: Sendable {
    private let lines = Mutex<[String]>([])

    var all: [String] { lines.withLock { $0 } }

    /// A logger that keeps warnings here (and drops the rest).
    func logger(label: String) -> Logger {
        Logger(label: label) { _ in Handler(sink: self) }
    }

    fileprivate func append(_ line: String) { lines.withLock { $0.append(line) } }

    private struct Handler: LogHandler {
        let sink: CapturedWarnings
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .warning

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let facility = event.metadata?["rdkafka.facility"].map { "\($0) " } ?? ""
            sink.append("\(event.level) \(facility)\(event.message)")
        }
    }
}

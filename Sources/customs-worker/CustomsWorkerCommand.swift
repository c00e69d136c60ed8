import ArgumentParser
import CustomsWorker
import Foundation
import Kafka
import Logging
import ServiceLifecycle

/// `customs-worker`: the service. Every option can also come from an environment variable.
@main
struct CustomsWorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customs-worker",
        abstract: "Extracts customs metrics from raw reports on Kafka and keeps their aggregates.",
        discussion: """
        Consumes raw reports, produces one metric record per figure to the metrics topic (keyed by office), \
        aggregates the records and produces the aggregates to the compacted aggregates topic. \
        Stops gracefully on SIGTERM or SIGINT. Options fall back to the environment variables shown.
        """)

    @Option(help: "Kafka bootstrap servers, HOST:PORT,... (env CUSTOMS_BROKERS).")
    var brokers: String?

    @Flag(help: "Start an embedded broker (librdkafka's mock cluster) in-process and use it.")
    var embeddedBroker = false

    @Option(help: "Consumer group id shared by all replicas (env CUSTOMS_GROUP_ID).")
    var groupId: String?

    @Option(help: "Client id of this replica (env CUSTOMS_CLIENT_ID).")
    var clientId: String?

    @Option(help: "Raw reports topic (env CUSTOMS_TOPIC_RAW).")
    var rawTopic: String?

    @Option(help: "Metric records topic (env CUSTOMS_TOPIC_METRICS).")
    var metricsTopic: String?

    @Option(help: "Aggregates topic, log-compacted (env CUSTOMS_TOPIC_AGGREGATES).")
    var aggregatesTopic: String?

    @Option(help: "Dead-letter topic (env CUSTOMS_TOPIC_DLQ).")
    var dlqTopic: String?

    @Option(help: "Partitions for topics the worker creates (env CUSTOMS_PARTITIONS).")
    var partitions: Int?

    @Flag(help: "Do not create missing topics at start.")
    var noCreateTopics = false

    @Option(help: "Largest accepted report body in bytes (env CUSTOMS_MAX_BODY_BYTES).")
    var maxBodyBytes: Int?

    @Option(help: "Most input messages in flight before the worker stops pulling (env CUSTOMS_MAX_IN_FLIGHT).")
    var maxInFlight: Int?

    @Option(help: "Seconds to finish in-flight work on SIGTERM/SIGINT (env CUSTOMS_SHUTDOWN_GRACE_SECONDS).")
    var shutdownGraceSeconds: Double?

    @Option(name: .customLong("kafka-property"), parsing: .singleValue,
            help: "A raw librdkafka property KEY=VALUE for both clients (repeatable).")
    var kafkaProperties: [String] = []

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (env CUSTOMS_LOG_LEVEL).")
    var logLevel: String?

    @Option(help: "Log format: json (one object per line) or text; default json unless stderr is a terminal (env CUSTOMS_LOG_FORMAT).")
    var logFormat: String?

    mutating func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        func setting(_ flag: String?, _ variable: String) -> String? { flag ?? environment[variable] }

        let level = setting(logLevel, "CUSTOMS_LOG_LEVEL") ?? "info"
        guard let parsedLevel = Logger.Level(rawValue: level) else {
            throw ValidationError("log level '\(level)' is not one of trace, debug, info, notice, warning, error, critical")
        }
        let format = setting(logFormat, "CUSTOMS_LOG_FORMAT") ?? (isatty(STDERR_FILENO) != 0 ? "text" : "json")
        switch format {
        case "json":
            LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: parsedLevel) }
        case "text":
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = parsedLevel
                return handler
            }
        default:
            throw ValidationError("log format '\(format)' is not one of json, text")
        }
        var logger = Logger(label: "customs-worker")
        logger.logLevel = parsedLevel

        var broker: EmbeddedBroker?
        let bootstrap: String
        if embeddedBroker {
            let embedded = try EmbeddedBroker()
            broker = embedded
            bootstrap = embedded.bootstrapServers
            print(bootstrap)
            logger.info("embedded broker listening", metadata: ["bootstrap": "\(bootstrap)"])
        } else if let value = setting(brokers, "CUSTOMS_BROKERS"), !value.isEmpty {
            bootstrap = value
        } else {
            throw ValidationError("no brokers: pass --brokers HOST:PORT (or set CUSTOMS_BROKERS), or --embedded-broker")
        }

        var configuration = WorkerConfiguration(brokers: bootstrap.split(separator: ",").map(String.init))
        configuration.logger = logger
        if let v = setting(groupId, "CUSTOMS_GROUP_ID") { configuration.groupID = v }
        if let v = setting(clientId, "CUSTOMS_CLIENT_ID") { configuration.clientID = v }
        if let v = setting(rawTopic, "CUSTOMS_TOPIC_RAW") { configuration.topics.rawReports = v }
        if let v = setting(metricsTopic, "CUSTOMS_TOPIC_METRICS") { configuration.topics.metrics = v }
        if let v = setting(aggregatesTopic, "CUSTOMS_TOPIC_AGGREGATES") { configuration.topics.aggregates = v }
        if let v = setting(dlqTopic, "CUSTOMS_TOPIC_DLQ") { configuration.topics.deadLetters = v }
        configuration.topicPartitions = try Self.positive(partitions, environment["CUSTOMS_PARTITIONS"], "partitions") ?? 6
        configuration.maxBodyBytes = try Self.positive(maxBodyBytes, environment["CUSTOMS_MAX_BODY_BYTES"], "max-body-bytes") ?? 1 << 20
        configuration.maxInFlightMessages = try Self.positive(maxInFlight, environment["CUSTOMS_MAX_IN_FLIGHT"], "max-in-flight") ?? 4_096
        if let text = shutdownGraceSeconds.map({ String($0) }) ?? environment["CUSTOMS_SHUTDOWN_GRACE_SECONDS"] {
            guard let seconds = Double(text), seconds >= 0 else {
                throw ValidationError("shutdown-grace-seconds must be a number of seconds >= 0, got '\(text)'")
            }
            configuration.shutdownGracePeriod = .milliseconds(Int64(seconds * 1000))
        }
        configuration.createTopics = !noCreateTopics
        for property in kafkaProperties {
            guard let equals = property.firstIndex(of: "=") else {
                throw ValidationError("--kafka-property takes KEY=VALUE, got '\(property)'")
            }
            let key = String(property[..<equals]), value = String(property[property.index(after: equals)...])
            configuration.producerProperties[key] = value
            configuration.consumerProperties[key] = value
        }
        if let broker {
            for spec in TopicSetup.specs(topics: configuration.topics, partitions: configuration.topicPartitions,
                                         replicationFactor: 1) {
                try broker.createTopic(spec.name, partitions: spec.partitions)
            }
            configuration.createTopics = false
        }

        let worker = CustomsWorkerService(configuration: configuration)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [.init(service: worker)],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
        broker?.shutdown()
    }

    static func positive(_ flag: Int?, _ variable: String?, _ name: String) throws -> Int? {
        if let flag {
            guard flag > 0 else { throw ValidationError("\(name) must be a positive whole number, got \(flag)") }
            return flag
        }
        guard let variable else { return nil }
        guard let value = Int(variable), value > 0 else {
            throw ValidationError("\(name) must be a positive whole number, got '\(variable)'")
        }
        return value
    }
}

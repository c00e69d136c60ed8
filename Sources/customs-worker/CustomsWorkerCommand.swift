import ArgumentParser
import CustomsObservability
import CustomsWorker
import Foundation
import Kafka
import Logging
import Metrics
import Prometheus
import ServiceLifecycle

/// `customs-worker`: the service. Settings come from flags, then environment variables, then
/// an optional JSON config file (see the README's configuration table).
@main
struct CustomsWorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customs-worker",
        abstract: "Extracts customs metrics from raw reports on Kafka and keeps their aggregates.",
        discussion: """
        Consumes raw reports, produces one metric record per figure to the metrics topic (keyed by office), \
        aggregates the records and produces the aggregates to the compacted aggregates topic. Serves \
        /metrics, /health/live and /health/ready. Stops gracefully on SIGTERM or SIGINT. \
        Every option falls back to its environment variable, then to the config file.
        """)

    @Option(help: "Kafka bootstrap servers, HOST:PORT,... (env CUSTOMS_BROKERS).")
    var brokers: String?

    @Flag(help: "Start an embedded broker (librdkafka's mock cluster) in-process and use it.")
    var embeddedBroker = false

    @Option(help: "A JSON file of settings, keyed as in the README (env CUSTOMS_CONFIG).")
    var config: String?

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
    var partitions: String?

    @Flag(help: "Do not create missing topics at start (env CUSTOMS_CREATE_TOPICS=false).")
    var noCreateTopics = false

    @Option(help: "Largest accepted report body in bytes (env CUSTOMS_MAX_BODY_BYTES).")
    var maxBodyBytes: String?

    @Option(help: "Most input messages in flight before the worker stops pulling (env CUSTOMS_MAX_IN_FLIGHT).")
    var maxInFlight: String?

    @Option(help: "Most metric records of a partition aggregated as one batch, each changed aggregate produced once at its latest version; 1 produces every version (env CUSTOMS_AGGREGATION_BATCH_LIMIT).")
    var aggregationBatchLimit: String?

    @Option(help: "MiB of aggregate source lists kept as JSON between versions, so that an update does not rewrite a key's whole history; 0 writes every aggregate from scratch (env CUSTOMS_AGGREGATE_LIST_CACHE_MB).")
    var aggregateListCacheMb: String?

    @Option(help: "Seconds to finish in-flight work on SIGTERM/SIGINT (env CUSTOMS_SHUTDOWN_GRACE_SECONDS).")
    var shutdownGraceSeconds: String?

    @Flag(help: "Exactly-once mode: outputs and input offsets in one Kafka transaction per batch (env CUSTOMS_EXACTLY_ONCE=true; needs Kafka >= 2.5).")
    var exactlyOnce = false

    @Option(help: "Port of /metrics and /health/* (env CUSTOMS_HTTP_PORT).")
    var httpPort: String?

    @Option(help: "Address the HTTP endpoints bind (env CUSTOMS_HTTP_HOST).")
    var httpHost: String?

    @Option(help: "Seconds between librdkafka statistics for lag and readiness (env CUSTOMS_METRICS_INTERVAL_SECONDS).")
    var metricsIntervalSeconds: String?

    @Option(name: .customLong("kafka-property"), parsing: .singleValue,
            help: "A raw librdkafka property KEY=VALUE for both clients (repeatable).")
    var kafkaProperties: [String] = []

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (env CUSTOMS_LOG_LEVEL).")
    var logLevel: String?

    @Option(help: "Log format: json or text; default json unless stderr is a terminal (env CUSTOMS_LOG_FORMAT).")
    var logFormat: String?

    /// Flags given on the command line, by setting key.
    var flags: [String: String] {
        var flags: [String: String] = [:]
        let given: [(String, String?)] = [
            ("brokers", brokers), ("group_id", groupId), ("client_id", clientId), ("raw_topic", rawTopic),
            ("metrics_topic", metricsTopic), ("aggregates_topic", aggregatesTopic), ("dlq_topic", dlqTopic),
            ("partitions", partitions), ("max_body_bytes", maxBodyBytes), ("max_in_flight", maxInFlight),
            ("aggregation_batch_limit", aggregationBatchLimit), ("aggregate_list_cache_mb", aggregateListCacheMb),
            ("shutdown_grace_seconds", shutdownGraceSeconds), ("http_port", httpPort), ("http_host", httpHost),
            ("metrics_interval_seconds", metricsIntervalSeconds), ("log_level", logLevel), ("log_format", logFormat),
        ]
        for case let (key, value?) in given { flags[key] = value }
        if noCreateTopics { flags["create_topics"] = "false" }
        if exactlyOnce { flags["exactly_once"] = "true" }
        return flags
    }

    mutating func run() async throws {
        MemoryTuning.limitMallocArenas()
        let environment = ProcessInfo.processInfo.environment
        let settings: WorkerSettings
        do {
            settings = try WorkerSettings(flags: flags, environment: environment, file: config ?? environment["CUSTOMS_CONFIG"])
        } catch {
            throw ValidationError("\(error)")
        }
        do {
            try await run(settings: settings)
        } catch let error as WorkerSettings.InvalidSetting {
            throw ValidationError(error.description)
        }
    }

    func run(settings: WorkerSettings) async throws {
        let level = try settings.logLevel()
        let format = try settings.logFormat() ?? (isatty(STDERR_FILENO) != 0 ? "text" : "json")
        LoggingSystem.bootstrap { label in
            if format == "json" { return JSONLogHandler(label: label, level: level) }
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        var logger = Logger(label: "customs-worker")
        logger.logLevel = level
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        // Extraction takes microseconds: the default buckets (5 ms and up) would say nothing.
        factory.durationHistogramBuckets["customs_extraction_duration_seconds"] = [
            .microseconds(10), .microseconds(25), .microseconds(50), .microseconds(100), .microseconds(250),
            .microseconds(500), .milliseconds(1), .milliseconds(2.5), .milliseconds(5), .milliseconds(10), .milliseconds(50),
        ]
        MetricsSystem.bootstrap(factory)

        var broker: EmbeddedBroker?
        let servers: [String]
        if embeddedBroker {
            let embedded = try EmbeddedBroker()
            broker = embedded
            servers = embedded.bootstrapServerList
            FileHandle.standardOutput.write(Data((embedded.bootstrapServers + "\n").utf8))
            logger.info("embedded broker listening", metadata: ["bootstrap": "\(embedded.bootstrapServers)"])
        } else {
            servers = try settings.brokers()
        }

        var configuration = try settings.workerConfiguration(brokers: servers, logger: logger)
        if broker != nil {
            // The mock holds empty fetches for the whole wait; a configured wait or `--kafka-property` still wins.
            configuration.consumerProperties.merge(EmbeddedBroker.consumerProperties) { configured, _ in configured }
        }
        for property in kafkaProperties {
            guard let equals = property.firstIndex(of: "="), equals != property.startIndex else {
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
        let kafka = KafkaStatisticsMetrics()
        let serviceLogger = logger
        configuration.kafkaStatisticsHandler = { role, json in kafka.ingest(json, from: role) }

        let worker = CustomsWorkerService(configuration: configuration)
        let operations = OperationsServer(
            configuration: OperationsConfiguration(
                host: try settings.nonEmpty("http_host"), port: try settings.int("http_port", in: 0...65535)),
            registry: registry, statistics: worker.statistics, kafka: kafka, logger: logger,
            onListening: { port in serviceLogger.info("operations endpoints listening", metadata: ["port": "\(port)"]) })
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [
                    .init(service: worker),
                    // When the worker stops (error or not), the endpoints go too.
                    .init(service: operations, successTerminationBehavior: .gracefullyShutdownGroup),
                ],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
        broker?.shutdown()
    }
}

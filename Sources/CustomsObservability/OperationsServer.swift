import CustomsWorker
import Hummingbird
import Logging
import Prometheus
import ServiceLifecycle

/// Where the operations endpoints listen.
public struct OperationsConfiguration: Sendable {
    public var host: String = "0.0.0.0"
    /// 0 picks a free port (tests); the bound port is reported through `onListening`.
    public var port: Int = 9464

    public init(host: String = "0.0.0.0", port: Int = 9464) {
        self.host = host
        self.port = port
    }
}

/// `/metrics` (Prometheus text format), `/health/live` and `/health/ready`, as a Service that
/// runs in the worker's ServiceGroup and stops with it.
///
/// Ready means: the worker owns at least one partition, and the producer's latest librdkafka
/// statistics show a broker up. Anything else answers 503 with the reason, so an orchestrator
/// stops routing to (or restarts) a replica that cannot make progress.
public struct OperationsServer: Service {
    public let configuration: OperationsConfiguration
    let registry: PrometheusCollectorRegistry
    let statistics: WorkerStatistics
    let kafka: KafkaStatisticsMetrics
    let logger: Logger
    let onListening: @Sendable (Int) async -> Void

    public init(
        configuration: OperationsConfiguration, registry: PrometheusCollectorRegistry,
        statistics: WorkerStatistics, kafka: KafkaStatisticsMetrics, logger: Logger,
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) {
        self.configuration = configuration
        self.registry = registry
        self.statistics = statistics
        self.kafka = kafka
        self.logger = logger
        self.onListening = onListening
    }

    /// Why the worker is not ready, or `nil` when it is.
    public static func notReadyReason(statistics: WorkerCounters, kafka: KafkaStatisticsMetrics) -> String? {
        if statistics.positions.isEmpty { return "no partitions assigned" }
        if kafka.producerReports == 0 { return "producer connectivity not known yet" }
        if !kafka.producerConnected { return "producer has no broker connection" }
        return nil
    }

    public func run() async throws {
        let router = Router()
        let (registry, statistics, kafka) = (registry, statistics, kafka)
        router.get("metrics") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
        router.get("health/live") { _, _ -> Response in
            Response(status: .ok, headers: [.contentType: "text/plain"], body: ResponseBody(byteBuffer: ByteBuffer(string: "live\n")))
        }
        router.get("health/ready") { _, _ -> Response in
            if let reason = Self.notReadyReason(statistics: statistics.snapshot, kafka: kafka) {
                return Response(status: .serviceUnavailable, headers: [.contentType: "text/plain"],
                                body: ResponseBody(byteBuffer: ByteBuffer(string: "not ready: \(reason)\n")))
            }
            return Response(status: .ok, headers: [.contentType: "text/plain"], body: ResponseBody(byteBuffer: ByteBuffer(string: "ready\n")))
        }
        let onListening = onListening
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                    serverName: "customs-worker"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.run()
    }
}

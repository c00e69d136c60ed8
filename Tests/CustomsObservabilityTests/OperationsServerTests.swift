import CustomsModel
import CustomsObservability
import CustomsTesting
import CustomsWorker
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import Synchronization
import Testing

/// The operations endpoints on a running worker: live metric values, and readiness that
/// follows partition assignment and broker reachability.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct OperationsServerTests {
    /// The port the server bound, handed from its callback to the test.
    final class Port: Sendable {
        let value = Mutex<Int?>(nil)
    }

    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()

    func get(_ port: Int, _ path: String) async throws -> (Int, String) {
        let url = URL(string: "http://127.0.0.1:\(port)\(path)")!
        let (data, response) = try await URLSession.shared.data(from: url)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Polls an endpoint until `accept` holds or the deadline passes (the server has no push).
    func waitFor(_ port: Int, _ path: String, timeout: Duration = .seconds(30),
                 _ accept: (Int, String) -> Bool) async throws -> (Int, String) {
        let deadline = ContinuousClock.now + timeout
        var last = (0, "")
        while ContinuousClock.now < deadline {
            last = (try? await get(port, path)) ?? (0, "")
            if accept(last.0, last.1) { return last }
            try await Task.sleep(for: .milliseconds(100))
        }
        return last
    }

    @Test func metricsAndReadinessOnARunningWorker() async throws {
        let registry = Self.registry
        let harness = try PipelineHarness(partitions: 2)
        defer { harness.shutdown() }
        let kafka = KafkaStatisticsMetrics()
        var configuration = harness.workerConfiguration()
        configuration.statisticsInterval = .milliseconds(200)
        configuration.kafkaStatisticsHandler = { role, json in kafka.ingest(json, from: role) }
        let worker = CustomsWorkerService(configuration: configuration)
        let port = Port()
        let server = OperationsServer(
            configuration: OperationsConfiguration(host: "127.0.0.1", port: 0), registry: registry,
            statistics: worker.statistics, kafka: kafka, logger: harness.logger,
            onListening: { bound in port.value.withLock { $0 = bound } })
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [.init(service: worker), .init(service: server)], logger: harness.logger))

        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            try await harness.publish(SampleReports.all)
            #expect(await PipelineHarness.waitUntilProcessed(worker, reports: SampleReports.all.count))
            let bound = try #require(port.value.withLock { $0 })

            #expect(try await get(bound, "/health/live").0 == 200)
            let ready = try await waitFor(bound, "/health/ready") { status, _ in status == 200 }
            #expect(ready.0 == 200, "readiness: \(ready.1)")

            let (status, text) = try await waitFor(bound, "/metrics") { _, body in body.contains("customs_consumer_lag") }
            #expect(status == 200)
            // The metrics backend is process-wide and other suites' workers may add to it too,
            // so the counter is at least this worker's count.
            #expect((Self.value(of: "customs_reports_consumed_total", in: text) ?? 0) >= Double(SampleReports.all.count))
            #expect(text.contains(#"customs_records_produced_total{metric="revenue"}"#))
            #expect(text.contains("customs_aggregates_updated_total"))
            #expect(text.contains("customs_extraction_duration_seconds"))
            #expect(text.contains("customs_consumer_lag{"))
            #expect(text.contains("customs_producer_queue_messages"))
            #expect(text.contains("customs_rebalances_total"))

            // The broker goes away: readiness turns 503 once the producer sees no broker up.
            try harness.broker.setBrokerDown(1)
            let down = try await waitFor(bound, "/health/ready") { status, _ in status == 503 }
            #expect(down.0 == 503, "readiness with the broker down: \(down.1)")
            #expect(down.1.contains("broker"))
            try harness.broker.setBrokerUp(1)
            let back = try await waitFor(bound, "/health/ready") { status, _ in status == 200 }
            #expect(back.0 == 200, "readiness after the broker came back: \(back.1)")

            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }

    /// The value of an unlabelled sample in Prometheus text format.
    static func value(of name: String, in text: String) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix(name + " ") {
            return Double(line.dropFirst(name.count + 1))
        }
        return nil
    }

    @Test func statisticsParsing() {
        let kafka = KafkaStatisticsMetrics()
        #expect(kafka.producerReports == 0)
        kafka.ingest(#"{"msg_cnt":3,"brokers":{"127.0.0.1:9092/1":{"nodeid":1,"state":"UP"},"GroupCoordinator":{"nodeid":-1,"state":"UP"}}}"#, from: .producer)
        #expect(kafka.producerConnected)
        kafka.ingest(#"{"msg_cnt":3,"brokers":{"127.0.0.1:9092/1":{"nodeid":1,"state":"CONNECT"}}}"#, from: .producer)
        #expect(!kafka.producerConnected)
        #expect(kafka.producerReports == 2)
        kafka.ingest("not json", from: .producer)
        #expect(kafka.producerReports == 2)
    }
}

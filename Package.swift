// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "customs-metrics",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "CustomsModel", targets: ["CustomsModel"]),
        .library(name: "CustomsExtraction", targets: ["CustomsExtraction"]),
        .library(name: "CustomsAggregation", targets: ["CustomsAggregation"]),
        .library(name: "Kafka", targets: ["Kafka"]),
        .library(name: "CustomsWorker", targets: ["CustomsWorker"]),
        .library(name: "CustomsTesting", targets: ["CustomsTesting"]),
        .executable(name: "customs-worker", targets: ["customs-worker"]),
        .executable(name: "customsctl", targets: ["customsctl"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
    ],
    targets: [
        // librdkafka's C API (rdkafka.h, rdkafka_mock.h), found through pkg-config.
        .systemLibrary(
            name: "CRdKafka",
            pkgConfig: "rdkafka",
            providers: [.apt(["librdkafka-dev"])]
        ),
        // The Swift Kafka client: every librdkafka call lives here.
        .target(
            name: "Kafka",
            dependencies: ["CRdKafka", .product(name: "Logging", package: "swift-log")]
        ),
        // The shared model: events, records, aggregates, offices. Foundation only.
        .target(name: "CustomsModel"),
        // Text to metric records: pure and deterministic.
        .target(name: "CustomsExtraction", dependencies: ["CustomsModel"]),
        // Metric records to keyed aggregates: a pure, restorable state machine.
        .target(name: "CustomsAggregation", dependencies: ["CustomsModel"]),
        // Wiring: consume, decode, extract, aggregate, produce, commit, dead letters.
        .target(
            name: "CustomsWorker",
            dependencies: [
                "Kafka", "CustomsModel", "CustomsExtraction", "CustomsAggregation",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        // The operational surface: Prometheus metrics from swift-metrics and librdkafka's
        // statistics, and /metrics, /health/live, /health/ready over HTTP.
        .target(
            name: "CustomsObservability",
            dependencies: [
                "CustomsWorker", "Kafka",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // Fixtures for our tests and downstream users' tests: sample reports, broker helpers, deadlines.
        .target(name: "CustomsTesting", dependencies: ["Kafka", "CustomsModel", "CustomsWorker", "SeededRandom"]),
        // SplitMix64, seeded: shared by the test fixtures and the extraction benchmark.
        .target(name: "SeededRandom"),
        // Benchmarks that print figures (run in release): extraction now, the pipeline later.
        .executableTarget(name: "customs-bench", dependencies: ["CustomsExtraction", "CustomsModel", "SeededRandom"]),
        .executableTarget(name: "customs-pipeline-bench", dependencies: ["CustomsWorker", "CustomsTesting", "Kafka", "CustomsModel", "CustomsExtraction", "CustomsAggregation"]),
        .executableTarget(name: "customs-soak", dependencies: ["CustomsWorker", "CustomsTesting", "Kafka", "CustomsModel", .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")]),
        .executableTarget(
            name: "customs-worker",
            dependencies: [
                "CustomsWorker", "CustomsObservability",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "customsctl",
            dependencies: [
                "CustomsWorker", "CustomsTesting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // How a downstream Swift service reads the aggregates with the shared model.
        .executableTarget(
            name: "aggregates-consumer-example", dependencies: ["Kafka", "CustomsModel"],
            path: "Examples/AggregatesConsumer"),
        .testTarget(name: "CustomsModelTests", dependencies: ["CustomsModel"]),
        .testTarget(name: "CustomsExtractionTests", dependencies: ["CustomsExtraction", "CustomsTesting"]),
        .testTarget(name: "CustomsAggregationTests", dependencies: ["CustomsAggregation", "CustomsTesting"]),
        .testTarget(name: "KafkaTests", dependencies: ["Kafka", "CustomsTesting"]),
        .testTarget(name: "CustomsWorkerTests", dependencies: ["CustomsWorker", "CustomsTesting"]),
        .testTarget(name: "CustomsObservabilityTests", dependencies: ["CustomsObservability", "CustomsTesting"]),
        .testTarget(name: "ReliabilityTests", dependencies: ["CustomsWorker", "CustomsTesting", "Kafka"]),
    ]
)

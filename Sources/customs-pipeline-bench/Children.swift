import CustomsModel
import CustomsWorker
import Foundation
import Kafka
import Logging
import ServiceLifecycle
import Synchronization

// The benchmark's child processes. Each prints protocol lines on stdout for the parent:
//   ready                      subscribed and assigned: the parent may start publishing
//   done t=NS k=v...           every expected input fully processed (all outputs acknowledged)
//   exit hwm_kb=K cpu_s=S      after a graceful stop (SIGTERM)

func quietLogger(_ label: String) -> Logger {
    var logger = Logger(label: label)
    logger.logLevel = ProcessInfo.processInfo.environment["BENCH_LOG_DEBUG"] != nil ? .debug : .warning
    return logger
}

func option(_ args: [String], _ name: String) -> String? {
    guard let index = args.firstIndex(of: name), index + 1 < args.count else { return nil }
    return args[index + 1]
}

func benchTopics(prefix: String) -> TopicNames {
    TopicNames(rawReports: "\(prefix).reports.raw", metrics: "\(prefix).metrics", aggregates: "\(prefix).aggregates",
               deadLetters: "\(prefix).reports.dlq")
}

/// `worker`: the real CustomsWorkerService, configured as `customs-worker --embedded-broker` is, with
/// the run's `fetch.wait.max.ms` (see BENCHMARKS.md: the mock broker holds an empty fetch for the whole wait).
func runWorkerChild(_ args: [String]) async throws {
    MemoryTuning.limitMallocArenas()  // as the worker's executable does
    if ProcessInfo.processInfo.environment["BENCH_LOG_DEBUG"] != nil { LoggingSystem.bootstrap(StreamLogHandler.standardError) }
    guard let brokers = option(args, "--brokers"), let prefix = option(args, "--prefix"),
          let expect = option(args, "--expect").flatMap(Int.init),
          let partitions = option(args, "--partitions").flatMap(Int.init) else {
        throw BenchFailure("worker: --brokers --prefix --expect --partitions are required")
    }
    var configuration = WorkerConfiguration(brokers: [brokers])
    configuration.clientID = "bench-worker"
    configuration.groupID = "bench-worker-\(prefix)"
    configuration.topics = benchTopics(prefix: prefix)
    configuration.createTopics = false
    configuration.logger = quietLogger("customs-worker")
    if let wait = option(args, "--fetch-wait-ms") {
        configuration.consumerProperties["fetch.wait.max.ms"] = wait
    }
    if let megabytes = option(args, "--aggregate-list-cache-mb").flatMap(Int.init) {
        configuration.aggregateListCacheBytes = megabytes << 20
    }
    for (index, arg) in args.enumerated() where index + 1 < args.count {
        let pair = args[index + 1].split(separator: "=", maxSplits: 1).map(String.init)
        guard pair.count == 2 else { continue }
        if arg == "--consumer-property" { configuration.consumerProperties[pair[0]] = pair[1] }
        if arg == "--producer-property" { configuration.producerProperties[pair[0]] = pair[1] }
    }
    let worker = CustomsWorkerService(configuration: configuration)
    let group = ServiceGroup(configuration: ServiceGroupConfiguration(
        services: [.init(service: worker)], gracefulShutdownSignals: [.sigterm], logger: configuration.logger))
    let cpuAtStart = cpuSeconds()
    let watcher = Task {
        let statistics = worker.statistics
        guard await statistics.wait(until: { $0.positions.count >= 2 * partitions }, timeout: .seconds(60)) else {
            emit("failed not assigned: \(statistics.snapshot)")
            return
        }
        emit("ready")
        // The parent sends one warm-up report first: fetch sessions and the producer are then
        // in their steady state when measuring starts.
        _ = await statistics.wait(until: { counters in
            counters.reportsCompleted >= 1 && counters.recordsAggregated >= counters.totalRecordsProduced
        }, timeout: .seconds(60))
        emit("warm")
        let cpuReady = cpuSeconds()
        let finished = await statistics.wait(until: { counters in
            counters.reportsCompleted >= expect && counters.recordsAggregated >= counters.totalRecordsProduced
        }, timeout: .seconds(600))
        let now = wallNanos()
        let c = statistics.snapshot
        emit("done t=\(now) ok=\(finished) reports=\(c.reportsCompleted) records=\(c.totalRecordsProduced) "
            + "aggregated=\(c.recordsAggregated) aggregates=\(c.aggregatesUpdated) dead=\(c.totalDeadLetters) "
            + "hwm_kb=\(procStatusKB("VmHWM")) rss_kb=\(procStatusKB("VmRSS")) cpu_s=\(fmt(cpuSeconds() - cpuReady, 2))")
    }
    try await group.run()
    watcher.cancel()
    emit("exit hwm_kb=\(procStatusKB("VmHWM")) cpu_s=\(fmt(cpuSeconds() - cpuAtStart, 2))")
}

/// Prints `ready` once all partitions are assigned.
final class ReadyListener: KafkaRebalanceListener {
    let partitions: Int
    let assigned = Atomic<Int>(0)
    init(partitions: Int) { self.partitions = partitions }
    func partitionsAssigned(_ list: [TopicPartition], context: KafkaRebalanceContext) {
        let total = assigned.add(list.count, ordering: .relaxed).newValue
        if total >= partitions { emit("ready") }
    }
}

/// `passthrough`: the no-op baseline through the same Kafka module: consume each raw report,
/// produce it unchanged (same key and value) to another topic; done when all are acknowledged.
func runPassthroughChild(_ args: [String]) async throws {
    guard let brokers = option(args, "--brokers"), let input = option(args, "--input"),
          let output = option(args, "--output"), let expect = option(args, "--expect").flatMap(Int.init),
          let partitions = option(args, "--partitions").flatMap(Int.init) else {
        throw BenchFailure("passthrough: --brokers --input --output --expect --partitions are required")
    }
    let client = KafkaClientConfiguration(bootstrapServers: [brokers], clientID: "bench-passthrough",
                                          logger: quietLogger("passthrough"))
    var consumerConfiguration = KafkaConsumerConfiguration(client: client, groupID: "bench-passthrough-\(input)")
    if let wait = option(args, "--fetch-wait-ms") { consumerConfiguration.client.properties["fetch.wait.max.ms"] = wait }
    let consumer = try KafkaConsumer(configuration: consumerConfiguration,
                                     rebalanceListener: ReadyListener(partitions: partitions))
    let producer = try KafkaProducer(configuration: KafkaProducerConfiguration(client: client))
    try consumer.subscribe(topics: [input])
    let acknowledged = Atomic<Int>(0)
    let cpuAtStart = cpuSeconds()
    for try await message in consumer.messages {
        try await producer.enqueue(KafkaProducerMessage(topic: output, key: message.key, value: message.value)) { result in
            guard case .success = result else { emit("failed delivery: \(result)"); return }
            let count = acknowledged.add(1, ordering: .relaxed).newValue
            if count == 1 { emit("warm") }
            if count == expect {
                emit("done t=\(wallNanos()) ok=true reports=\(count) hwm_kb=\(procStatusKB("VmHWM")) "
                    + "cpu_s=\(fmt(cpuSeconds() - cpuAtStart, 2))")
            }
        }
    }
}

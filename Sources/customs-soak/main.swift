// customs-soak: the backpressure soak. The worker runs in this process; a child process (this
// same executable with --serve) hosts the embedded broker and publishes the reports as fast
// as it can, so the input rate is whatever the machine allows and this process's memory is
// the worker's alone. Prints the peak resident set size (VmHWM) and fails above the limit.
//
//   swift run -c release customs-soak [--reports 50000] [--limit-mb 200] [--partitions 6]

import CustomsModel
import CustomsTesting
import CustomsWorker
import Foundation
import Kafka
import Logging
import ServiceLifecycle

struct Options {
    var reports = 50_000
    var limitMB = 200.0
    var partitions = 6
    var serve = false
    var maxInFlight: Int?
    var producerQueueKB: Int?
    var prefetchKB: Int?
    var aggregateListCacheMB: Int?

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--reports": reports = Int(iterator.next() ?? "") ?? reports
            case "--limit-mb": limitMB = Double(iterator.next() ?? "") ?? limitMB
            case "--partitions": partitions = Int(iterator.next() ?? "") ?? partitions
            case "--max-in-flight": maxInFlight = Int(iterator.next() ?? "")
            case "--producer-queue-kb": producerQueueKB = Int(iterator.next() ?? "")
            case "--prefetch-kb": prefetchKB = Int(iterator.next() ?? "")
            case "--aggregate-list-cache-mb": aggregateListCacheMB = Int(iterator.next() ?? "")
            case "--serve": serve = true
            case "-h", "--help":
                print("usage: customs-soak [--reports N] [--limit-mb MB] [--partitions P] [--max-in-flight N] [--producer-queue-kb KB] [--prefetch-kb KB] [--aggregate-list-cache-mb MB]")
                exit(0)
            default:
                FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
                exit(2)
            }
        }
    }
}

/// `VmHWM` (peak) and `VmRSS` (current) of /proc/self/status, in MiB.
func memory() -> (peak: Double, current: Double) {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
    func field(_ name: String) -> Double {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return 0 }
        let kilobytes = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Double($0) } ?? 0
        return kilobytes / 1024
    }
    return (field("VmHWM"), field("VmRSS"))
}

func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

/// Reports `gen-<chunk>-<i>`, generated a thousand at a time so the publisher holds few.
func reports(chunk: Int, count: Int) -> [RawReport] {
    SampleCorpus.generated(count: count, seed: UInt64(chunk) &+ 1).enumerated().map { index, report in
        var report = report
        report.reportID = "soak-\(chunk)-\(index)"
        report.url = "https://samples.customs-metrics.invalid/soak/\(chunk)/\(index)"
        return report
    }
}

/// The child: broker plus publisher. First stdout line: bootstrap servers; then it publishes and
/// stays up until its parent closes stdin.
func serve(_ options: Options) async throws {
    var quiet = Logger(label: "customs-soak-broker")
    quiet.logLevel = .error
    let broker = try EmbeddedBroker(logger: quiet)
    for spec in TopicSetup.specs(topics: .default, partitions: options.partitions, replicationFactor: 1) {
        try broker.createTopic(spec.name, partitions: spec.partitions)
    }
    FileHandle.standardOutput.write(Data((broker.bootstrapServers + "\n").utf8))
    var configuration = KafkaProducerConfiguration(
        client: KafkaClientConfiguration(bootstrapServers: broker.bootstrapServerList, clientID: "soak-publisher", logger: quiet))
    configuration.queueMaxKBytes = 64 * 1024
    configuration.linger = .milliseconds(20)
    let producer = try KafkaProducer(configuration: configuration)
    let encoder = JSONEncoder()
    var sent = 0
    let started = ContinuousClock.now
    while sent < options.reports {
        let batch = reports(chunk: sent / 1_000, count: min(1_000, options.reports - sent))
        for (index, report) in batch.enumerated() {
            try await producer.enqueue(KafkaProducerMessage(
                topic: DefaultTopics.rawReports, key: Array(report.effectiveID.utf8), value: Array(try encoder.encode(report)),
                timestampMs: 1_700_000_000_000 + Int64(sent + index))) { _ in }
        }
        sent += batch.count
    }
    try await producer.flush(timeout: .seconds(300))
    log("publisher: \(sent) reports published in \(ContinuousClock.now - started)")
    await producer.shutdown()
    // Stay up until the parent is done (it closes our stdin, or dies).
    _ = FileHandle.standardInput.readDataToEndOfFile()
    broker.shutdown()
}

func soak(_ options: Options) async throws -> Int32 {
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    child.arguments = ["--serve", "--reports", String(options.reports), "--partitions", String(options.partitions)]
    let output = Pipe(), input = Pipe()
    child.standardOutput = output
    child.standardInput = input
    try child.run()
    defer {
        try? input.fileHandleForWriting.close()
        child.waitUntilExit()
    }
    var line = Data()
    while true {
        let byte = output.fileHandleForReading.readData(ofLength: 1)
        if byte.isEmpty || byte == Data([0x0a]) { break }
        line.append(byte)
    }
    let bootstrap = String(decoding: line, as: UTF8.self)
    guard !bootstrap.isEmpty else {
        log("the broker process did not start")
        return 2
    }

    var logger = Logger(label: "customs-soak")
    logger.logLevel = .error
    var configuration = WorkerConfiguration(brokers: bootstrap.split(separator: ",").map(String.init))
    configuration.createTopics = false
    configuration.logger = logger
    if let maxInFlight = options.maxInFlight { configuration.maxInFlightMessages = maxInFlight }
    if let kilobytes = options.producerQueueKB { configuration.producerQueueMaxKBytes = kilobytes }
    if let kilobytes = options.prefetchKB { configuration.consumerPrefetchMaxKBytes = kilobytes }
    if let megabytes = options.aggregateListCacheMB { configuration.aggregateListCacheBytes = megabytes << 20 }
    configuration.consumerProperties = ["auto.commit.interval.ms": "1000", "session.timeout.ms": "6000", "heartbeat.interval.ms": "500"]
    let worker = CustomsWorkerService(configuration: configuration)
    let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [.init(service: worker)], logger: logger))
    let run = Task { try await group.run() }
    let started = ContinuousClock.now
    let target = options.reports
    let sampler = Task {
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(5))
            let counters = worker.statistics.snapshot
            let (peak, current) = memory()
            log(String(format: "%6.0f s  reports %6d/%d  records aggregated %7d/%d  RSS %.1f MiB (peak %.1f MiB)",
                       Double((ContinuousClock.now - started).components.seconds), counters.reportsCompleted, target,
                       counters.recordsAggregated, counters.totalRecordsProduced, current, peak))
        }
    }
    let done = await worker.statistics.wait(until: { counters in
        counters.reportsCompleted >= target && counters.recordsAggregated >= counters.totalRecordsProduced
    }, timeout: .seconds(3_600))
    let elapsed = ContinuousClock.now - started
    sampler.cancel()
    await group.triggerGracefulShutdown()
    _ = await run.result
    let counters = worker.statistics.snapshot
    let (peak, _) = memory()
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(String(format: "soak: %d reports, %d records, %d aggregate updates in %.1f s (%.0f reports/s)",
                 counters.reportsCompleted, counters.totalRecordsProduced, counters.aggregatesUpdated, seconds,
                 Double(counters.reportsCompleted) / max(seconds, 0.001)))
    print(String(format: "peak RSS (VmHWM): %.1f MiB (limit %.0f MiB)", peak, options.limitMB))
    guard done else {
        print("FAILED: the worker did not process every report")
        return 1
    }
    guard peak < options.limitMB else {
        print("FAILED: peak RSS above the limit")
        return 1
    }
    print("OK")
    return 0
}

// As in the worker's executable, so that the figure is the deployed worker's.
MemoryTuning.limitMallocArenas()
let options = Options(CommandLine.arguments)
if options.serve {
    try await serve(options)
} else {
    exit(try await soak(options))
}

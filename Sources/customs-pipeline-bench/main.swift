import CustomsAggregation
import CustomsExtraction
import CustomsModel
import CustomsTesting
import CustomsWorker
import Foundation
import Kafka
import Logging
import Synchronization

// customs-pipeline-bench: end-to-end figures of the pipeline on the embedded broker (issue 6).
// Build and run in release:
//   swift build -c release --product customs-pipeline-bench
//   Tests/bench/python-peer/setup.sh          # the Python peer's virtual environment (once)
//   .build/release/customs-pipeline-bench [--reports 20000] [--size 8000] [--partitions 12]
//       [--rate 2000] [--latency-seconds 10] [--fetch-wait-ms 2] [--no-peer] [--only PHASES]
//       [--worker-consumer-property KEY=VALUE ...] [--worker-producer-property KEY=VALUE ...]
// Profiling aids (environment): BENCH_PERF=FILE records the worker child with perf
// (BENCH_PERF_HZ, BENCH_PERF_CALL_GRAPH=fp|dwarf); BENCH_LOG_DEBUG=1 logs the worker child at debug
// level on stderr (with `--worker-consumer-property debug=fetch`, librdkafka's fetch decisions).
//
// One run: (0) `ReportDecoder` alone, in this process (no Kafka); (1) a no-op passthrough and (2)
// the worker, each consuming 20,000 reports of ~8 KB while they are being published; (3)
// publish-to-aggregate latency at a steady offered load; (4) peak RSS of the worker (a child
// process: VmHWM from its /proc/self/status); (5) a Quix Streams peer on the same broker. The
// worker and the passthrough run as child processes of this one
// (`customs-pipeline-bench worker|passthrough ...`); the broker, the publisher and the latency
// observer run here.

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "worker":
    // Off the main actor explicitly: the worker must use the cooperative pool like in production.
    let workerArguments = Array(arguments.dropFirst())
    try await Task.detached { try await runWorkerChild(workerArguments) }.value
    exit(0)
case "passthrough":
    try await runPassthroughChild(Array(arguments.dropFirst()))
    exit(0)
default:
    break
}

struct Options {
    var reports = 20_000
    var size = 8_000
    var partitions = 12
    var rate = 2_000
    var latencySeconds = 10
    /// `fetch.wait.max.ms` of every consumer of the run: the embedded default (see
    /// `EmbeddedBroker.consumerFetchWait`), as `customs-worker --embedded-broker` uses.
    var fetchWaitMs = EmbeddedBroker.consumerProperties["fetch.wait.max.ms"].flatMap { Int($0) } ?? 2
    /// The worker's `aggregate_list_cache_mb` (nil: its default).
    var aggregateListCacheMB: Int?
    var peer = true
    /// librdkafka properties for the worker's consumers and producer (`--worker-consumer-property
    /// K=V`, `--worker-producer-property K=V`, repeatable).
    var workerConsumerProperties: [String] = []
    var workerProducerProperties: [String] = []
    var phases: Set<String> = ["decode", "encode", "passthrough", "throughput", "latency", "peer"]
    var python = ".build/bench-python-peer/bin/python"
    var peerScript = "Tests/bench/python-peer/peer.py"

    init(_ args: [String]) throws {
        var i = 0
        func value() throws -> String {
            i += 1
            guard i < args.count else { throw BenchFailure("\(args[i - 1]) needs a value") }
            return args[i]
        }
        while i < args.count {
            switch args[i] {
            case "--reports": reports = Int(try value()) ?? reports
            case "--size": size = Int(try value()) ?? size
            case "--partitions": partitions = Int(try value()) ?? partitions
            case "--rate": rate = Int(try value()) ?? rate
            case "--latency-seconds": latencySeconds = Int(try value()) ?? latencySeconds
            case "--fetch-wait-ms": fetchWaitMs = Int(try value()) ?? fetchWaitMs
            case "--aggregate-list-cache-mb": aggregateListCacheMB = Int(try value())
            case "--worker-consumer-property": workerConsumerProperties.append(try value())
            case "--worker-producer-property": workerProducerProperties.append(try value())
            case "--no-peer": phases.remove("peer")
            case "--only": phases = Set(try value().split(separator: ",").map(String.init))
            case "--python": python = try value()
            case "--peer-script": peerScript = try value()
            default: throw BenchFailure("unknown option \(args[i])")
            }
            i += 1
        }
    }
}

let options = try Options(arguments)
let selfPath = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]

// MARK: Machine and input

func machine() -> String {
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
        .map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "?"
    let load = ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3)
    var name = utsname()
    uname(&name)
    let release = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    return "\(ProcessInfo.processInfo.activeProcessorCount) cores (\(model)), Linux \(release), load average \(load.joined(separator: " ")) at start"
}

print("customs-pipeline-bench: \(machine())")
let generationStart = ContinuousClock.now
let corpus = SampleCorpus.generated(count: options.reports, seed: 6, padding: options.size)
let encoder = JSONEncoder()
let encoded: [(key: [UInt8], value: [UInt8])] = try corpus.map { (Array($0.effectiveID.utf8), Array(try encoder.encode($0))) }
let warmupReport = SampleCorpus.generated(count: 1, seed: 99, padding: options.size).map { report -> RawReport in
    var r = report
    r.reportID = "warmup-0"
    return r
}[0]
let warmup = (key: Array("warmup-0".utf8), value: Array(try encoder.encode(warmupReport)))
let averageBytes = Double(encoded.reduce(0) { $0 + $1.value.count }) / Double(encoded.count)
print("input: \(options.reports) generated reports (SampleCorpus seed 6), \(fmt(averageBytes / 1000, 2)) KB of JSON each on average "
    + "(\(fmt(Double(encoded.count) * averageBytes / 1e6)) MB), generated in \(generationStart.duration(to: .now)); "
    + "\(options.partitions) partitions per topic, lz4, fetch.wait.max.ms=\(options.fetchWaitMs) for every consumer (worker, passthrough, python peer, observer)")

// MARK: (0) Decoding alone

// `ReportDecoder.decode` over the first 2,000 encoded reports, in this process: the best of
// five rounds, after one round of warm-up.
if options.phases.contains("decode") {
    let inputs = encoded.prefix(2_000).map(\.value)
    let bytes = inputs.reduce(0) { $0 + $1.count }
    let decoder = ReportDecoder()
    var best = Duration.seconds(1_000), failures = 0
    for round in 0...5 {
        failures = 0
        let start = ContinuousClock.now
        for input in inputs {
            if case .failure = decoder.decode(input) { failures += 1 }
        }
        let elapsed = start.duration(to: .now)
        if round > 0 { best = min(best, elapsed) }
    }
    let secondsTaken = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
    print("decode (ReportDecoder alone, \(inputs.count) reports, best of 5): \(fmt(Double(bytes) / secondsTaken / 1e6, 0)) MB/s, "
        + "\(fmt(secondsTaken / Double(inputs.count) * 1e6, 2)) µs per report\(failures > 0 ? ", \(failures) FAILED" : "")")
}

// MARK: (0b) Extraction and output encoding alone

// The reports through the extractor and the aggregation state machine in this
// process, as stage one and two do it, with the JSON encoding of their outputs timed apart:
// what the worker's CPU goes to besides Kafka. Aggregates carry every source, so their size
// grows with the number of reports restating a key.
if options.phases.contains("encode") {
    let reports = corpus
    let extractor = Extractor()
    let clock = ContinuousClock()
    var extracting = Duration.zero, encodingRecords = Duration.zero, aggregating = Duration.zero, encodingAggregates = Duration.zero
    var state = AggregationState()
    var writer = AggregateWriter()
    var encodingKept = Duration.zero
    var records = 0, aggregates = 0, recordBytes = 0, aggregateBytes = 0, bodyBytes = 0, keptBytes = 0
    for report in reports {
        bodyBytes += report.body?.utf8.count ?? 0
        var extracted: [MetricRecord] = []
        extracting += clock.measure { extracted = extractor.extract(report) }
        for record in extracted {
            records += 1
            encodingRecords += clock.measure { recordBytes += OutputJSON.encode(record)?.count ?? 0 }
            var messages: [AggregateMessage] = []
            aggregating += clock.measure { messages = state.apply(record) }
            for message in messages {
                aggregates += 1
                encodingAggregates += clock.measure { aggregateBytes += OutputJSON.encode(message)?.count ?? 0 }
                encodingKept += clock.measure { keptBytes += writer.encode(message)?.count ?? 0 }
            }
        }
    }
    func s(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
    print("extract (Extractor alone, the \(reports.count) reports): \(fmt(Double(bodyBytes) / s(extracting) / 1e6, 1)) MB/s, "
        + "\(fmt(s(extracting) / Double(reports.count) * 1e6, 1)) µs per report")
    print("encode (outputs of those reports, OutputJSON): \(records) records in \(fmt(s(encodingRecords) * 1e3, 1)) ms "
        + "(\(fmt(s(encodingRecords) / Double(max(records, 1)) * 1e6, 2)) µs, \(recordBytes / max(records, 1)) bytes each); "
        + "\(aggregates) aggregates in \(fmt(s(encodingAggregates) * 1e3, 1)) ms (\(fmt(s(encodingAggregates) / Double(max(aggregates, 1)) * 1e6, 2)) µs, "
        + "\(aggregateBytes / max(aggregates, 1)) bytes each, \(fmt(Double(aggregateBytes) / s(encodingAggregates) / 1e6, 0)) MB/s); "
        + "aggregation state \(fmt(s(aggregating) * 1e3, 1)) ms")
    // The worker writes aggregates through `AggregateWriter`, which keeps each list's JSON.
    precondition(keptBytes == aggregateBytes, "AggregateWriter wrote \(keptBytes) bytes, OutputJSON \(aggregateBytes)")
    print("  aggregates as the worker writes them (AggregateWriter, lists kept between versions): "
        + "\(fmt(s(encodingKept) * 1e3, 1)) ms (\(fmt(s(encodingKept) / Double(max(aggregates, 1)) * 1e6, 2)) µs each); "
        + "\(writer.keptLists) lists kept, \(fmt(Double(writer.keptBytes) / 1e6, 1)) MB")
}

let brokerLogger = quietLogger("embedded-broker")
var brokerLoggerError = brokerLogger
brokerLoggerError.logLevel = .error
let broker = try EmbeddedBroker(logger: brokerLoggerError)
let bootstrap = broker.bootstrapServers
var clientLogger = Logger(label: "bench")
clientLogger.logLevel = .error
let client = KafkaClientConfiguration(bootstrapServers: [bootstrap], clientID: "bench", logger: clientLogger)

let warmupTopic = "bench.producer-warmup"
try broker.createTopic(warmupTopic, partitions: 1)

func createTopics(_ names: [String]) throws {
    for name in names { try broker.createTopic(name, partitions: options.partitions) }
}

/// The scrapers' producer: one for the whole run, like a long-running scraper's, so that its
/// start-up (idempotent producer id) and each topic's metadata (learnt from the phase's warm-up
/// report) are not in the measured publish times. A producer new to a topic holds its first
/// messages until the topic's metadata arrives, about a second here.
let publisher = try KafkaProducer(configuration: KafkaProducerConfiguration(client: client))
_ = try await publisher.send(KafkaProducerMessage(topic: warmupTopic, value: Array("warm-up".utf8)))

/// Publishes `messages` to `topic` through one idempotent lz4 producer (the scrapers' settings),
/// as fast as librdkafka accepts them, or paced at `rate` per second. Returns the wall-clock
/// time of each publish (ns), taken just before its enqueue.
func publish(_ messages: ArraySlice<(key: [UInt8], value: [UInt8])>, to topic: String, rate: Int? = nil) async throws -> [Int64] {
    let producer = publisher
    let failed = Atomic<Int>(0)
    var sent: [Int64] = []
    sent.reserveCapacity(messages.count)
    let start = wallNanos()
    for (index, message) in messages.enumerated() {
        if let rate {
            let due = start + Int64(index) * 1_000_000_000 / Int64(rate)
            let wait = due - wallNanos()
            if wait > 200_000 { try await Task.sleep(for: .nanoseconds(wait)) }
        }
        let now = wallNanos()
        sent.append(now)
        try await producer.enqueue(KafkaProducerMessage(topic: topic, key: message.key, value: message.value,
                                                        timestampMs: now / 1_000_000)) { result in
            if case .failure = result { failed.add(1, ordering: .relaxed) }
        }
    }
    try await producer.flush(timeout: .seconds(120))
    if failed.load(ordering: .relaxed) > 0 { throw BenchFailure("\(failed.load(ordering: .relaxed)) publishes failed") }
    return sent
}

/// Sum of the high watermarks of a topic's partitions (messages on it).
func messageCount(_ topic: String) async throws -> Int64 {
    let consumer = try KafkaConsumer(configuration: KafkaConsumerConfiguration(client: client, groupID: nil))
    var total: Int64 = 0
    for partition in 0..<Int32(options.partitions) {
        let marks = try await consumer.watermarks(topic: topic, partition: partition)
        total += marks.high  // appended so far: the mock drops old message sets beyond 5 MiB per partition
    }
    await consumer.close()
    return total
}

/// Reads topics as a downstream consumer would (manual assignment from the beginning), noting
/// when each message arrived.
final class Observer: Sendable {
    struct Seen: Sendable {
        var topic: String
        var partition: Int32
        var offset: Int64
        var headers: [KafkaHeader]
        var arrivedNs: Int64
        /// The message key, and the value of a metric record (what the latency join reads).
        var key: [UInt8]?
        var recordValue: [UInt8]?
    }

    let consumer: KafkaConsumer
    let seen = Mutex<[Seen]>([])
    /// Messages seen so far: ``waitForCount(_:timeout:)`` is woken by each one.
    let count = WaitableState(0)
    private let task: Mutex<Task<Void, Never>?> = Mutex(nil)

    /// Topic whose message values are kept (metric records: small, and read by the join).
    let keepValuesOf: String?

    init(topics: [String], keepValuesOf: String? = nil) throws {
        self.keepValuesOf = keepValuesOf
        var configuration = KafkaConsumerConfiguration(client: client, groupID: nil)
        configuration.fetchWaitMax = .milliseconds(options.fetchWaitMs)
        consumer = try KafkaConsumer(configuration: configuration)
        var assignment: [TopicPartition: KafkaOffset] = [:]
        for topic in topics {
            for partition in 0..<Int32(options.partitions) {
                assignment[TopicPartition(topic: topic, partition: partition)] = .beginning
            }
        }
        try consumer.assign(assignment)
        let consumer = consumer
        task.withLock {
            $0 = Task { [self] in
                do {
                    for try await message in consumer.messages {
                        let now = wallNanos()
                        self.seen.withLock {
                            $0.append(Seen(topic: message.topic, partition: message.partition, offset: message.offset,
                                           headers: message.headers, arrivedNs: now, key: message.key,
                                           recordValue: message.topic == self.keepValuesOf ? message.value : nil))
                        }
                        self.count.update { $0 += 1 }
                    }
                } catch {
                    log("observer: \(error)")
                }
            }
        }
    }

    func waitForCount(_ target: Int, timeout: Duration) async -> Bool {
        await count.wait(until: { $0 >= target }, timeout: timeout)
    }

    func close() async {
        await consumer.close()
        _ = await task.withLock { $0 }?.value
    }
}

/// The perf recorders started by `startWorker`: waited for before exit, so that each writes its file whole.
let profilers = Mutex<[Process]>([])

func startWorker(prefix: String, expect: Int) throws -> Child {
    let child = try Child(name: "worker", executable: selfPath, arguments: [
        "worker", "--brokers", bootstrap, "--prefix", prefix, "--expect", String(expect),
        "--partitions", String(options.partitions), "--fetch-wait-ms", String(options.fetchWaitMs),
    ] + (options.aggregateListCacheMB.map { ["--aggregate-list-cache-mb", String($0)] } ?? [])
      + options.workerConsumerProperties.flatMap { ["--consumer-property", $0] }
      + options.workerProducerProperties.flatMap { ["--producer-property", $0] })
    // Profiling aid: BENCH_PERF=FILE.data records the worker child with perf (call graphs).
    if let output = ProcessInfo.processInfo.environment["BENCH_PERF"] {
        let perf = Process()
        perf.executableURL = URL(fileURLWithPath: "/usr/bin/perf")
        perf.arguments = ["record", "-e", "cpu-clock", "-F", ProcessInfo.processInfo.environment["BENCH_PERF_HZ"] ?? "1999",
                          "--call-graph", ProcessInfo.processInfo.environment["BENCH_PERF_CALL_GRAPH"] ?? "fp", "-o", "\(output).\(prefix)",
                          "-p", String(child.process.processIdentifier)]
        perf.standardOutput = FileHandle.nullDevice
        perf.standardError = FileHandle.nullDevice
        try perf.run()
        profilers.withLock { $0.append(perf) }
    }
    return child
}

func seconds(_ nanos: Int64) -> Double { Double(nanos) / 1e9 }

var results: [String: Double] = [:]
func report(_ line: String) {
    print(line)
}

// MARK: (1) No-op passthrough

if options.phases.contains("passthrough") {
    let input = "passthrough.reports.raw", output = "passthrough.out"
    try createTopics([input, output])
    let child = try Child(name: "passthrough", executable: selfPath, arguments: [
        "passthrough", "--brokers", bootstrap, "--input", input, "--output", output, "--expect", String(options.reports + 1),
        "--partitions", String(options.partitions), "--fetch-wait-ms", String(options.fetchWaitMs),
    ])
    _ = try await child.waitFor("ready", timeout: .seconds(60))
    _ = try await publish([warmup][...], to: input)
    _ = try await child.waitFor("warm", timeout: .seconds(60))
    let sent = try await publish(encoded[...], to: input)
    let publishEnd = wallNanos()
    let done = fields(try await child.waitFor("done", timeout: .seconds(300)))
    let end = Int64(done["t"]!)!
    let elapsed = seconds(end - sent[0])
    results["passthrough"] = Double(options.reports) / elapsed
    let onTopic = try await messageCount(output)
    report("passthrough (no-op: consume raw, produce it unchanged, through the Kafka module): \(options.reports) reports in \(fmt(elapsed, 2)) s "
        + "= \(fmt(results["passthrough"]!, 0)) reports/s (publishing took \(fmt(seconds(publishEnd - sent[0]), 2)) s; "
        + "\(onTopic) messages on \(output); child CPU \(done["cpu_s"] ?? "?") s, peak RSS \(Int(done["hwm_kb"] ?? "0")! / 1024) MB)")
    await child.terminate()
}

// MARK: (2) Worker throughput

if options.phases.contains("throughput") {
    let topics = benchTopics(prefix: "throughput")
    try createTopics(topics.all)
    let child = try startWorker(prefix: "throughput", expect: options.reports + 1)
    _ = try await child.waitFor("ready", timeout: .seconds(90))
    _ = try await publish([warmup][...], to: topics.rawReports)
    _ = try await child.waitFor("warm", timeout: .seconds(60))
    let sent = try await publish(encoded[...], to: topics.rawReports)
    let publishEnd = wallNanos()
    let doneLine = try await child.waitFor("done", timeout: .seconds(600))
    let done = fields(doneLine)
    let end = Int64(done["t"]!)!
    let elapsed = seconds(end - sent[0])
    results["throughput"] = Double(options.reports) / elapsed
    let aggregatesOnTopic = try await messageCount(topics.aggregates)
    let metricsOnTopic = try await messageCount(topics.metrics)
    report("worker end to end (raw report -> records -> aggregates, all acknowledged): \(options.reports) reports in \(fmt(elapsed, 2)) s "
        + "= \(fmt(results["throughput"]!, 0)) reports/s (publishing took \(fmt(seconds(publishEnd - sent[0]), 2)) s)")
    report("  worker counters: \(done["records"] ?? "?") records, \(done["aggregates"] ?? "?") aggregate updates, "
        + "\(done["dead"] ?? "?") dead letters; on the topics: \(metricsOnTopic) metric records, \(aggregatesOnTopic) aggregates "
        + "(\(String(aggregatesOnTopic) == done["aggregates"] ? "matches" : "MISMATCH")); worker CPU \(done["cpu_s"] ?? "?") s")
    if let passthrough = results["passthrough"] {
        report("  ratio to the no-op passthrough: \(fmt(100 * results["throughput"]! / passthrough, 0))%")
    }
    results["hwm_throughput"] = Double(Int(done["hwm_kb"] ?? "0")!) / 1024
    await child.terminate()
    let exit = fields(try await child.waitFor("exit", timeout: .seconds(5)))
    results["hwm_throughput_exit"] = Double(Int(exit["hwm_kb"] ?? "0") ?? 0) / 1024
    report("  worker peak RSS (child process, VmHWM): \(fmt(results["hwm_throughput"]!)) MB when done, \(fmt(results["hwm_throughput_exit"]!)) MB at exit")
}

// MARK: (3) Latency at a steady offered load

@MainActor func measureLatency(rate: Int, label: String) async throws {
    let topics = benchTopics(prefix: "latency-\(rate)")
    try createTopics(topics.all)
    let count = min(options.reports, rate * options.latencySeconds)
    let child = try startWorker(prefix: "latency-\(rate)", expect: count + 1)
    let observer = try Observer(topics: [topics.metrics, topics.aggregates], keepValuesOf: topics.metrics)
    _ = try await child.waitFor("ready", timeout: .seconds(90))
    _ = try await publish([warmup][...], to: topics.rawReports)
    _ = try await child.waitFor("warm", timeout: .seconds(60))
    let sent = try await publish(encoded[..<count], to: topics.rawReports, rate: rate)
    let offered = Double(count) / seconds(sent[count - 1] - sent[0])
    let done = fields(try await child.waitFor("done", timeout: .seconds(300)))
    let expectedAggregates = Int(done["aggregates"]!)!, expectedRecords = Int(done["records"]!)!
    let allSeen = await observer.waitForCount(expectedAggregates + expectedRecords, timeout: .seconds(60))
    await observer.close()
    // Join: value aggregate --(its key, and customs.input.first_offset ... customs.input.offset)-->
    // the metric records it covers --(customs.report_id)--> report. A message of a coalesced batch
    // covers every record of the batch in that offset range; of those, only the records with the
    // message's key went into it (the others went into other keys' messages). A report's latency
    // runs to the last value aggregate holding one of its records; year progress, produced in the
    // same call as the value aggregate that changed it, is not waited for separately.
    let seen = observer.seen.withLock { $0 }
    struct RecordRef { var report: Int; var aggregateKey: String }
    var recordAt: [Int32: [Int64: RecordRef]] = [:]
    var lastRecord = [Int64](repeating: 0, count: count)
    let decoder = JSONDecoder()
    for message in seen where message.topic == topics.metrics {
        guard let id = message.headers.first(where: { $0.key == "customs.report_id" })?.stringValue,
              let index = Int(id.dropFirst(4)), let value = message.recordValue,
              let record = try? decoder.decode(MetricRecord.self, from: Data(value)) else { continue }
        recordAt[message.partition, default: [:]][message.offset] = RecordRef(report: index, aggregateKey: record.aggregateKey.description)
        lastRecord[index] = max(lastRecord[index], message.arrivedNs)
    }
    func offsetHeader(_ message: Observer.Seen, _ name: String) -> Int64? {
        message.headers.first(where: { $0.key == name })?.stringValue.flatMap { Int64($0) }
    }
    var lastAggregate = [Int64](repeating: 0, count: count)
    for message in seen where message.topic == topics.aggregates {
        guard let last = offsetHeader(message, AggregateHeader.inputOffset), let records = recordAt[message.partition],
              let key = message.key.map({ String(decoding: $0, as: UTF8.self) }) else { continue }
        let first = offsetHeader(message, AggregateHeader.firstInputOffset) ?? last
        for offset in first...last {
            guard let record = records[offset], record.aggregateKey == key else { continue }
            lastAggregate[record.report] = max(lastAggregate[record.report], message.arrivedNs)
        }
    }
    // Diagnosis aid: BENCH_LATENCY_DUMP=FILE writes, per report in publish order, the publish time
    // (ms since the first) and its two latencies (ms; -1 when not seen), to find when a tail happens.
    if let path = ProcessInfo.processInfo.environment["BENCH_LATENCY_DUMP"] {
        var lines = "publish_ms aggregate_ms record_ms\n"
        for k in 0..<count {
            func since(_ t: Int64) -> String { t > 0 ? fmt(Double(t - sent[k]) / 1e6, 2) : "-1" }
            lines += "\(fmt(Double(sent[k] - sent[0]) / 1e6, 2)) \(since(lastAggregate[k])) \(since(lastRecord[k]))\n"
        }
        try lines.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let latencies = zip(sent, lastAggregate).compactMap { s, a in a > 0 ? Double(a - s) / 1e6 : nil }.sorted()
    results["p50\(label)"] = percentile(latencies, 50)
    results["p99\(label)"] = percentile(latencies, 99)
    results["max\(label)"] = latencies.last ?? .nan
    report("latency, publish -> last value aggregate of the report seen by a downstream consumer, at \(fmt(offered, 0)) reports/s offered "
        + "(\(count) reports, \(options.latencySeconds) s): p50 \(fmt(results["p50\(label)"]!)) ms, p90 \(fmt(percentile(latencies, 90))) ms, "
        + "p99 \(fmt(results["p99\(label)"]!)) ms, max \(fmt(results["max\(label)"]!)) ms (\(latencies.count) reports measured\(allSeen ? "" : ", OBSERVER INCOMPLETE"))")
    // Where the time goes: the first hop alone (publish -> the report's last metric record seen).
    let firstHop = zip(sent, lastRecord).compactMap { s, r in r > 0 ? Double(r - s) / 1e6 : nil }.sorted()
    report("  of which publish -> last metric record of the report seen: p50 \(fmt(percentile(firstHop, 50))) ms, "
        + "p99 \(fmt(percentile(firstHop, 99))) ms")
    await child.terminate()
    let exit = fields(try await child.waitFor("exit", timeout: .seconds(5)))
    report("  worker CPU \(done["cpu_s"] ?? "?") s for \(options.latencySeconds) s of load; peak RSS \(Int(exit["hwm_kb"] ?? "0")! / 1024) MB")
}

if options.phases.contains("latency") {
    try await measureLatency(rate: options.rate, label: "")
    // When the worker cannot sustain the required rate, latency there only measures the queue:
    // also measure it at half the throughput measured above.
    if let throughput = results["throughput"], throughput < 1.2 * Double(options.rate) {
        let sustainable = max(100, Int(throughput / 2 / 100) * 100)
        try await measureLatency(rate: sustainable, label: "-sustainable")
    }
}

// MARK: (4) Python peer: Quix Streams on the same broker

if options.phases.contains("peer") {
    let input = "peer.reports.raw", output = "peer.figures"
    try createTopics([input, output])
    if !FileManager.default.fileExists(atPath: options.python) {
        report("python peer: \(options.python) missing; run Tests/bench/python-peer/setup.sh first")
    } else {
        let observer = try Observer(topics: [output])
        let logFile = ".build/bench-python-peer.log"
        let child = try Child(name: "python peer", executable: options.python, arguments: [
            options.peerScript, "--brokers", bootstrap, "--input", input, "--output", output, "--group", "bench-python-peer",
            "--fetch-wait-ms", String(options.fetchWaitMs),
        ], stdoutIsProtocol: false, logFile: logFile)
        // The peer is ready once it has turned a warm-up report into figures (3 of them).
        _ = try await publish([warmup][...], to: input)
        guard await observer.waitForCount(3, timeout: .seconds(120)) else {
            throw BenchFailure("the python peer produced nothing within 120 s; see \(logFile)")
        }
        let expected = 3 + 3 * options.reports
        let sent = try await publish(encoded[...], to: input)
        let finished = await observer.waitForCount(expected, timeout: .seconds(600))
        let last = observer.seen.withLock { $0.last?.arrivedNs ?? 0 }
        let elapsed = seconds(last - sent[0])
        let got = observer.count.value
        results["peer"] = Double(options.reports) / elapsed
        report("python peer (Quix Streams, regex extraction of revenue, trade value, declarations; one JSON message per figure): "
            + "\(options.reports) reports in \(fmt(elapsed, 2)) s = \(fmt(results["peer"]!, 0)) reports/s "
            + "(\(got) of \(expected) figures seen\(finished ? "" : ", INCOMPLETE"))")
        if let throughput = results["throughput"] {
            report("  worker / python peer: \(fmt(throughput / results["peer"]!, 2))x")
        }
        await observer.close()
        await child.terminate(grace: .seconds(10))
    }
}

// MARK: Summary

func verdict(_ ok: Bool) -> String { ok ? "met" : "MISSED" }
print("\nsummary against issue 6:")
if let t = results["throughput"] {
    print("  end to end >= 10,000 reports/s: \(fmt(t, 0)) -> \(verdict(t >= 10_000))")
    if let p = results["passthrough"] { print("  >= 80% of the no-op passthrough: \(fmt(100 * t / p, 0))% -> \(verdict(t >= 0.8 * p))") }
    if let q = results["peer"] { print("  >= 3x the Quix Streams peer: \(fmt(t / q, 2))x -> \(verdict(t >= 3 * q))") }
}
if let p99 = results["p99"] { print("  p99 < 50 ms at \(options.rate) reports/s: \(fmt(p99)) ms -> \(verdict(p99 < 50))") }
if let hwm = results["hwm_throughput"] { print("  worker peak RSS < 150 MB: \(fmt(hwm)) MB -> \(verdict(hwm < 150))") }
await publisher.shutdown()
broker.shutdown()
for perf in profilers.withLock({ $0 }) { perf.waitUntilExit() }
exit(0)

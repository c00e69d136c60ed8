import CustomsAggregation
import CustomsModel
import CustomsTesting
import CustomsWorker
import Foundation
import Kafka
import Logging
import Synchronization
import Testing

// Deadlines (`withDeadline`, `poll`, `TimedOut`) come from CustomsTesting.

let longTestsEnabled = ProcessInfo.processInfo.environment["CUSTOMS_LONG_TESTS"] == "1"

let quietLogger: Logger = {
    var logger = Logger(label: "reliability-tests")
    logger.logLevel = ProcessInfo.processInfo.environment["CUSTOMS_TEST_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .critical
    return logger
}()

// MARK: the expected outcome

/// What an uninterrupted, fault-free worker produces for `reports` published with
/// `publish(_:timestamps:)`, computed in memory with the worker's own two stages: the final
/// aggregates do not depend on partitioning or on the order records arrive in (every key's
/// records meet in one partition, and the state machine is order-independent), so one
/// in-memory partition gives the same latest aggregate per key. `ReferenceTests` checks this
/// against a real run.
enum Reference {
    static func latestAggregates(
        _ reports: [RawReport], timestamps: Int64, topics: TopicNames = .default
    ) throws -> [String: AggregateMessage] {
        let stage = ReportStage(topics: topics, decoder: ReportDecoder())
        let aggregation = AggregationStage(topics: topics)
        aggregation.install(AggregationState(), for: 0)
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        var latest: [String: AggregateMessage] = [:]
        var metricsOffset: Int64 = 0
        for (index, report) in reports.enumerated() {
            let input = KafkaConsumerMessage(
                topic: topics.rawReports, partition: 0, offset: Int64(index), key: Array(report.effectiveID.utf8),
                value: Array(try encoder.encode(report)), headers: [], timestampMs: timestamps + Int64(index))
            guard case .records(_, let outputs) = stage.process(input) else { continue }
            for output in outputs {
                let record = KafkaConsumerMessage(
                    topic: topics.metrics, partition: 0, offset: metricsOffset, key: output.key, value: output.value,
                    headers: output.headers, timestampMs: 0)
                metricsOffset += 1
                guard case .aggregates(let messages) = aggregation.process(record) else { continue }
                for message in messages {
                    let aggregate = try decoder.decode(AggregateMessage.self, from: Data(message.value ?? []))
                    if (latest[aggregate.messageKey]?.version ?? 0) < aggregate.version { latest[aggregate.messageKey] = aggregate }
                }
            }
        }
        return latest
    }
}

/// Report ids named as sources by value aggregates.
func sourceReportIDs(_ aggregates: [String: AggregateMessage]) -> Set<String> {
    var ids = Set<String>()
    for case .value(let aggregate) in aggregates.values {
        for observed in aggregate.values { for source in observed.sources { ids.insert(source.reportID) } }
    }
    return ids
}

/// Compares two latest-aggregate maps, recording one issue per difference (at most `limit`).
func expectSameAggregates(
    _ actual: [String: AggregateMessage], _ expected: [String: AggregateMessage], limit: Int = 5,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "aggregate keys: \(actual.count) vs \(expected.count) expected",
            sourceLocation: sourceLocation)
    var differences = 0
    for key in Set(actual.keys).union(expected.keys).sorted() where actual[key] != expected[key] {
        differences += 1
        if differences <= limit {
            Issue.record("aggregate \(key) differs: version \(actual[key]?.version ?? 0) vs \(expected[key]?.version ?? 0) expected",
                         sourceLocation: sourceLocation)
        }
    }
    #expect(differences == 0, "\(differences) aggregates differ from the reference", sourceLocation: sourceLocation)
}

/// The whole aggregates log, checked for the "effectively once" guarantee: no key has two
/// different aggregates with the same version, and no key's version goes back to one never
/// seen before (a regression); and, where every version is produced (exactly-once mode, or
/// `aggregationBatchLimit` 1), whether each key's versions run 1, 2, … without gaps.
struct AggregateLogCheck {
    var messages = 0
    /// `(key, version)` pairs seen with different contents.
    var conflicts: [String] = []
    /// Identical re-sends of a version already in the log (harmless on a compacted topic).
    var identicalRepeats = 0
    /// Keys whose versions skip numbers: expected when batches coalesce versions.
    var gaps: [String] = []
    /// A new version lower than one already in the log for the same key.
    var regressions: [String] = []

    init(_ log: [KafkaConsumerMessage]) throws {
        let decoder = JSONDecoder()
        var seen: [String: [Int: AggregateMessage]] = [:]
        for message in log {
            guard let value = message.value else { continue }
            let aggregate = try decoder.decode(AggregateMessage.self, from: Data(value))
            messages += 1
            if let earlier = seen[aggregate.messageKey]?[aggregate.version] {
                if earlier == aggregate { identicalRepeats += 1 } else { conflicts.append("\(aggregate.messageKey) v\(aggregate.version)") }
            } else {
                if let highest = seen[aggregate.messageKey]?.keys.max(), highest > aggregate.version {
                    regressions.append("\(aggregate.messageKey): v\(aggregate.version) after v\(highest)")
                }
                seen[aggregate.messageKey, default: [:]][aggregate.version] = aggregate
            }
        }
        for (key, versions) in seen where Set(versions.keys) != Set(1...(versions.keys.max() ?? 1)) {
            gaps.append("\(key): \(versions.keys.sorted())")
        }
    }
}

/// The latest aggregate per key of a log (highest version wins).
func latest(of log: [KafkaConsumerMessage]) throws -> [String: AggregateMessage] {
    var latest: [String: AggregateMessage] = [:]
    let decoder = JSONDecoder()
    for message in log {
        guard let value = message.value else { continue }
        let aggregate = try decoder.decode(AggregateMessage.self, from: Data(value))
        if (latest[aggregate.messageKey]?.version ?? 0) < aggregate.version { latest[aggregate.messageKey] = aggregate }
    }
    return latest
}

// MARK: the group's committed offsets

/// The group's committed offsets (next offset to read; 0 when none) of every partition of `topics`.
func committedOffsets(
    group: String, topics: [String], partitions: Int, client: KafkaClientConfiguration
) async throws -> [TopicPartition: Int64] {
    let consumer = try KafkaConsumer(configuration: KafkaConsumerConfiguration(client: client, groupID: group))
    let all = topics.flatMap { topic in (0..<Int32(partitions)).map { TopicPartition(topic: topic, partition: $0) } }
    do {
        let offsets = try await consumer.committedOffsets(for: all, timeout: .seconds(10))
        await consumer.close()
        return offsets.mapValues { max(0, $0) }
    } catch {
        await consumer.close()
        throw error
    }
}

extension PipelineHarness {
    /// Whether `group` has committed every partition of `topics` up to its end.
    func groupHasCommittedEverything(_ group: String, topics: [String]) async throws -> Bool {
        var ends: [TopicPartition: Int64] = [:]
        for topic in topics { try await ends.merge(self.ends(of: topic)) { $1 } }
        let committed = try await committedOffsets(group: group, topics: topics, partitions: partitions, client: client)
        return ends.allSatisfy { partition, end in (committed[partition] ?? 0) >= end }
    }

    /// Waits until `group` has committed the raw topic to its end, then the metrics topic (which
    /// stage one stops growing once the raw topic is done).
    func waitUntilGroupCaughtUp(_ group: String, timeout: Duration) async throws {
        let deadline = ContinuousClock.now + timeout
        try await poll(timeout, "group \(group) to commit the raw topic to its end") {
            try await groupHasCommittedEverything(group, topics: [topics.rawReports])
        }
        try await poll(deadline - .now, "group \(group) to commit the metrics topic to its end") {
            try await groupHasCommittedEverything(group, topics: [topics.rawReports, topics.metrics])
        }
    }

    /// A worker configuration for tests: quiet, fast commits.
    func testConfiguration(clientID: String = "customs-worker", group: String = "customs-worker") -> WorkerConfiguration {
        var configuration = workerConfiguration(clientID: clientID)
        configuration.groupID = group
        configuration.logger = quietLogger
        return configuration
    }
}

// MARK: producing raw input

/// Produces messages (headers included) to `topic` and waits for all acknowledgements.
func produce(
    _ messages: [KafkaProducerMessage], client: KafkaClientConfiguration, maxMessageBytes: Int? = nil
) async throws {
    var configuration = KafkaProducerConfiguration(client: client)
    if let maxMessageBytes { configuration.client.properties["message.max.bytes"] = String(maxMessageBytes) }
    let producer = try KafkaProducer(configuration: configuration)
    for message in messages { _ = try await producer.send(message) }
    await producer.shutdown()
}

// MARK: child processes

/// The `customs-worker` executable built next to the test bundle (`swift build --build-tests`),
/// or the one `CUSTOMS_WORKER_BINARY` names.
func workerBinary() throws -> URL {
    let environment = ProcessInfo.processInfo.environment
    var candidates: [URL] = []
    if let explicit = environment["CUSTOMS_WORKER_BINARY"] { candidates.append(URL(fileURLWithPath: explicit)) }
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    candidates.append(runner.deletingLastPathComponent().appendingPathComponent("customs-worker"))
    // On macOS the runner sits inside the .xctest bundle: Contents/MacOS/<runner>.
    candidates.append(runner.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("customs-worker"))
    candidates.append(Bundle.main.bundleURL.appendingPathComponent("customs-worker"))
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("customs-worker"))
    for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
        return candidate
    }
    throw BinaryMissing(searched: candidates.map(\.path))
}

struct BinaryMissing: Error, CustomStringConvertible {
    let searched: [String]
    var description: String {
        "the customs-worker executable is missing: build it with `swift build --build-tests` (it must sit next to the "
            + "test bundle) or set CUSTOMS_WORKER_BINARY. Looked at: \(searched.joined(separator: ", "))"
    }
}

/// A `customs-worker` child process with its stderr (JSON log lines) captured, so tests can
/// wait for what it logs and for its exit.
final class ChildWorker: @unchecked Sendable {
    let name: String
    let process = Process()
    private let output = Pipe()
    private struct State: Sendable {
        var lines: [String] = []
        var exitStatus: (reason: Process.TerminationReason, status: Int32)?
    }
    private let state = WaitableState(State())
    private(set) var startedAt = ContinuousClock.now

    /// Worker flags for a broker in this process: no topic creation, endpoints on a free
    /// loopback port, JSON logs, and the harness's short session timeout and commit interval.
    static func arguments(
        brokers: String, group: String, clientID: String, grace: Double? = nil, sessionTimeoutMs: Int = 6000,
        extra: [String] = []
    ) -> [String] {
        var arguments = [
            "--brokers", brokers, "--group-id", group, "--client-id", clientID, "--no-create-topics",
            "--http-port", "0", "--http-host", "127.0.0.1", "--log-format", "json", "--log-level", "info",
            "--kafka-property", "session.timeout.ms=\(sessionTimeoutMs)",
            "--kafka-property", "heartbeat.interval.ms=500",
            "--kafka-property", "auto.commit.interval.ms=200",
        ]
        if let grace { arguments += ["--shutdown-grace-seconds", String(grace)] }
        return arguments + extra
    }

    init(name: String, arguments: [String]) throws {
        self.name = name
        process.executableURL = try workerBinary()
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for key in environment.keys where key.hasPrefix("CUSTOMS_") { environment[key] = nil }
        process.environment = environment
        process.standardError = output
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
    }

    func start() throws {
        process.terminationHandler = { [weak self] process in
            self?.state.update { $0.exitStatus = (process.terminationReason, process.terminationStatus) }
        }
        startedAt = .now
        try process.run()
        readLines(from: output.fileHandleForReading) { [weak self] line in self?.received(line) }
    }

    private func received(_ line: String) {
        state.update { $0.lines.append(line) }
        if ProcessInfo.processInfo.environment["CUSTOMS_TEST_CHILD_LOGS"] == "1" {
            FileHandle.standardError.write(Data("[\(name)] \(line)\n".utf8))
        }
    }

    var lines: [String] { state.read { $0.lines } }

    /// Log lines whose message is `message` (the JSON log handler's "msg" field).
    func logged(_ message: String) -> [String] {
        lines.filter { $0.contains("\"msg\":\"\(message)\"") }
    }

    /// Waits until the child has logged `count` lines with this message, or exited, or `timeout`.
    func waitForLog(_ message: String, count: Int = 1, timeout: Duration) async -> Bool {
        let needle = "\"msg\":\"\(message)\""
        return await state.wait(until: { state in
            state.lines.lazy.filter { $0.contains(needle) }.count >= count || state.exitStatus != nil
        }, timeout: timeout) && logged(message).count >= count
    }

    func signal(_ signal: Int32) {
        if process.isRunning { kill(process.processIdentifier, signal) }
    }

    /// Waits for the child to exit; its exit status, or `nil` on timeout. A child killed by a
    /// signal reports `128 + signal`.
    func waitForExit(timeout: Duration) async -> Int32? {
        _ = await state.wait(until: { $0.exitStatus != nil }, timeout: timeout)
        return state.read { state in
            state.exitStatus.map { $0.reason == .uncaughtSignal ? 128 + $0.status : $0.status }
        }
    }

    var hasExited: Bool { state.read { $0.exitStatus != nil } }

    /// Kills the child if it still runs (test cleanup).
    func terminate() {
        signal(SIGKILL)
        process.waitUntilExit()
    }

    /// The last lines of its log, for failure messages.
    var tail: String { lines.suffix(15).joined(separator: "\n") }
}

/// Kills every child still running when a test ends, however it ends.
final class Children: @unchecked Sendable {
    private let all = Mutex<[ChildWorker]>([])
    func add(_ child: ChildWorker) { all.withLock { $0.append(child) } }
    func terminateAll() { for child in all.withLock({ $0 }) where !child.hasExited { child.terminate() } }
}

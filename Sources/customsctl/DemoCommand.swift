import ArgumentParser
import CustomsModel
import CustomsTesting
import CustomsWorker
import Foundation

/// `customsctl demo`: the main job on the embedded default, end to end, in one process.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the whole pipeline on an embedded broker with the sample reports and print the aggregates.")

    @Option(help: "Seconds to wait for the worker to process the samples.")
    var timeout: Int = 60

    func run() async throws {
        MemoryTuning.limitMallocArenas()
        let harness = try PipelineHarness()
        defer { harness.shutdown() }
        print("embedded broker: \(harness.broker.bootstrapServers)")
        let samples = SampleReports.all
        let counters = try await harness.withWorker { worker in
            try await harness.publish(samples)
            try await harness.publishRaw([(key: Array("sample-broken".utf8), value: SampleReports.malformed)])
            print("published \(samples.count) sample reports and 1 malformed message to \(harness.topics.rawReports)")
            guard await PipelineHarness.waitUntilProcessed(worker, reports: samples.count + 1, timeout: .seconds(timeout)) else {
                throw UsageFailure("the worker did not process the samples within \(timeout) s: \(worker.statistics.snapshot)")
            }
            return worker.statistics.snapshot
        }
        let aggregates = try await harness.latestAggregates()
        print("""
            worker: \(counters.reportsCompleted) messages done, \(counters.totalRecordsProduced) metric records produced, \
            \(counters.aggregatesUpdated) aggregate updates, \(counters.totalDeadLetters) dead letter(s) \
            (\(counters.deadLetters.map { "\($0.key.rawValue): \($0.value)" }.sorted().joined(separator: ", ")))

            """)
        print(AggregateTable.render(aggregates.values.sorted { $0.messageKey < $1.messageKey }))
    }
}

/// The aggregates as a plain-text table.
enum AggregateTable {
    static func render(_ aggregates: [AggregateMessage]) -> String {
        var rows: [[String]] = [["office", "metric", "flow", "period", "value", "unit", "qualifier", "reports", "conflict", "version"]]
        var progress: [[String]] = [["office", "metric", "flow", "year", "latest figure", "to", "targets (attainment)", "version"]]
        for message in aggregates {
            switch message {
            case .value(let a):
                rows.append([a.key.office, a.key.metric.rawValue + (a.key.targetKind.map { "/\($0.rawValue)" } ?? ""),
                             a.key.flow?.rawValue ?? "-", a.key.period.description, format(a.value), a.unit.rawValue,
                             a.qualifier.rawValue, String(a.observations), a.conflict ? "yes" : "no", String(a.version)])
            case .yearProgress(let y):
                let targets = y.targets.map { "\($0.kind.rawValue) \(format($0.amount ?? 0)) (\(format($0.pct))%)" }
                progress.append([y.key.office, y.key.metric.rawValue, y.key.flow?.rawValue ?? "-", String(y.key.year),
                                 format(y.value), y.period.end?.description ?? "?",
                                 targets.isEmpty ? "-" : targets.joined(separator: ", "), String(y.version)])
            }
        }
        return "Aggregates (latest per key)\n" + table(rows) + "\nYear progress\n" + table(progress)
    }

    static func table(_ rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.dropFirst().map(line)).joined(separator: "\n") + "\n"
    }

    /// Thousands grouped with spaces; fractions only where the value has them.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e18 {
            let digits = String(Int64(value).magnitude)
            var grouped = ""
            for (i, c) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(" ") }
                grouped.append(c)
            }
            return (value < 0 ? "-" : "") + grouped
        }
        return String(format: "%.2f", value)
    }
}

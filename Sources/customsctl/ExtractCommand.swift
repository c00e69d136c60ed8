import ArgumentParser
import CustomsExtraction
import CustomsModel
import Foundation

/// `customsctl extract FILE...`: offline extraction, no broker.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the metric records of report files as JSON lines (no broker needed).")

    @Flag(help: "Per record, print the evidence text and the cues that decided office, metric, period and value.")
    var explain = false

    @Argument(help: "Report files: .json raw-report events, .md or .txt articles (first line = title).")
    var files: [String]

    func run() throws {
        let extractor = Extractor()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var failures = 0
        let out = FileHandle.standardOutput
        for path in files {
            let loaded = try ReportFiles.load(path)
            guard let report = loaded.report else {
                FileHandle.standardError.write(Data("customsctl: \(path): not a raw report: \(loaded.error ?? "")\n".utf8))
                failures += 1
                continue
            }
            if explain {
                for item in extractor.explain(report) {
                    let line = try encoder.encode(ExplainLine(item))
                    out.write(line + Data("\n".utf8))
                }
            } else {
                for record in extractor.extract(report) {
                    out.write(try encoder.encode(record) + Data("\n".utf8))
                }
            }
        }
        if failures > 0 { throw ExitCode(2) }
    }
}

/// The JSON shape of an `--explain` line.
struct ExplainLine: Encodable {
    var record: MetricRecord
    var evidenceText: String
    var cues: [String: String]
    var notes: [String]

    init(_ item: ExplainedRecord) {
        record = item.record
        evidenceText = item.evidenceText
        cues = ["office": item.officeCue, "metric": item.metricCue, "period": item.periodCue, "value": item.valueText]
        notes = item.notes
    }

    enum CodingKeys: String, CodingKey { case record, evidenceText = "evidence_text", cues, notes }
}

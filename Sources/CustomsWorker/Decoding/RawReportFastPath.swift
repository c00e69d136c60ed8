import CustomsModel

/// A direct parser for the common shape of a raw report: one JSON object whose keys are the known
/// fields, each a string (an integer for `schema_version`) or `null`, without `\u` escapes. It
/// yields exactly the ``RawReport`` that `JSONDecoder` would, and returns `nil` for anything else
/// (unknown fields, other types, duplicate keys, `\u` escapes, invalid UTF-8, any syntax it does
/// not expect), in which case the caller decodes with `JSONDecoder` as before, so dead-letter
/// reasons and messages are unchanged. Foundation's decoder was about a tenth of the worker's CPU
/// time on 8 KB reports (BENCHMARKS.md). `RawReportFastPathTests` checks the equivalence.
enum RawReportFastPath {
    static func parse(_ bytes: [UInt8]) -> RawReport? {
        guard OutputJSON.enabled else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer: buffer)
            guard let report = report(&scanner), scanner.atEnd() else { return nil }
            return report
        }
    }

    private static func report(_ scanner: inout JSONScanner) -> RawReport? {
        var report = RawReport(language: nil, contentType: nil, body: nil)
        // Unknown fields are kept by JSONDecoder's path: `object(keys:)` refuses them.
        let ok = scanner.object(keys: RawReport.fastPathKeys) { s, key in
            if key == 0 { return s.nullable(&report.schemaVersion) { $0.integer() } }
            if s.literalNull() { return true }
            guard let value = s.string() else { return false }
            switch key {
            case 1: report.reportID = value
            case 2: report.source = value
            case 3: report.url = value
            case 4: report.title = value
            case 5: report.publishedAt = value
            case 6: report.language = value
            case 7:
                guard let type = ContentType(rawValue: value) else { return false }
                report.contentType = type
            default: report.body = value
            }
            return true
        }
        return ok ? report : nil
    }
}

extension RawReport {
    /// The fields the fast path reads, in the order its parser numbers them.
    static let fastPathKeys = JSONKeys([
        "schema_version", "report_id", "source", "url", "title", "published_at", "language", "content_type", "body",
    ])
}

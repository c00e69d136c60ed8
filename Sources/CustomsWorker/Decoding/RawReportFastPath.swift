import CustomsModel

/// A direct parser for the common shape of a raw report: one JSON object whose keys are the
/// known fields, each a string (an integer for `schema_version`) or `null`, without `\u`
/// escapes. It yields exactly the ``RawReport`` that `JSONDecoder` would, and returns `nil`
/// for anything else (unknown fields, other types, duplicate keys, `\u` escapes, any syntax it
/// does not expect, invalid input), in which case the caller decodes with `JSONDecoder` as
/// before, so dead-letter reasons and messages are unchanged. Foundation's decoder was about a
/// tenth of the worker's CPU time on 8 KB reports (BENCHMARKS.md). `RawReportFastPathTests`
/// checks the equivalence.
enum RawReportFastPath {
    static func parse(_ bytes: [UInt8]) -> RawReport? {
        guard OutputJSON.enabled else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            var parser = Parser(buffer: buffer)
            return parser.report()
        }
    }

    private struct Parser {
        var scanner: JSONScanner

        init(buffer: UnsafeBufferPointer<UInt8>) { scanner = JSONScanner(buffer: buffer) }

        mutating func report() -> RawReport? {
            guard scanner.expect(0x7B) else { return nil }
            var report = RawReport(language: nil, contentType: nil, body: nil)
            var seen = Set<String>()
            if scanner.expect(0x7D) {
                // {}
            } else {
                while true {
                    scanner.skipWhitespace()
                    guard let key = scanner.string(), seen.insert(key).inserted, scanner.expect(0x3A) else { return nil }
                    scanner.skipWhitespace()
                    if scanner.literalNull() {
                        guard RawReport.fastPathKeys.contains(key) else { return nil }
                    } else if key == "schema_version" {
                        guard let version = scanner.integer() else { return nil }
                        report.schemaVersion = version
                    } else {
                        guard let value = scanner.string() else { return nil }
                        switch key {
                        case "report_id": report.reportID = value
                        case "source": report.source = value
                        case "url": report.url = value
                        case "title": report.title = value
                        case "published_at": report.publishedAt = value
                        case "language": report.language = value
                        case "content_type":
                            guard let type = ContentType(rawValue: value) else { return nil }
                            report.contentType = type
                        case "body": report.body = value
                        default: return nil  // unknown fields are kept by JSONDecoder's path
                        }
                    }
                    if scanner.expect(0x2C) { continue }
                    guard scanner.expect(0x7D) else { return nil }
                    break
                }
            }
            return scanner.atEnd() ? report : nil
        }
    }
}

extension RawReport {
    static let fastPathKeys: Set<String> = [
        "schema_version", "report_id", "source", "url", "title", "published_at", "language", "content_type", "body",
    ]
}

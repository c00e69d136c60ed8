import CustomsModel
import CustomsTesting
@testable import CustomsWorker
import Foundation
import Testing

/// The raw-report fast path must give exactly what JSONDecoder gives, or step aside.
@Suite struct RawReportFastPathTests {
    @Test func generatedAndSampleReportsDecodeAsWithJSONDecoder() throws {
        let encoder = JSONEncoder()
        let reports = SampleReports.all + SampleCorpus.generated(count: 200, seed: 5, padding: 3000)
        for report in reports {
            let bytes = Array(try encoder.encode(report))
            let fast = try #require(RawReportFastPath.parse(bytes), "fast path refused \(report.effectiveID)")
            #expect(fast == (try JSONDecoder().decode(RawReport.self, from: Data(bytes))))
        }
    }

    @Test func handWrittenInputs() throws {
        let accepted = [
            #"{}"#, #" { "body" : "a\nb\t\"q\" \\ \/ \b\f\r" , "schema_version": 1 } "#,
            #"{"body":"Hải quan Lạng Sơn","content_type":"text/html","language":null,"url":null}"#,
            #"{"schema_version":-0,"title":"","report_id":"r"}"#, "{\"body\":\"x\"}\n",
        ]
        for text in accepted {
            let bytes = Array(text.utf8)
            let fast = try #require(RawReportFastPath.parse(bytes), "refused \(text)")
            #expect(fast == (try JSONDecoder().decode(RawReport.self, from: Data(bytes))), "\(text)")
        }
        // Left to JSONDecoder: unknown fields, \u escapes, other types, duplicates, bad syntax.
        let refused = [
            #"{"body":"x","extra":1}"#, #"{"body":"caf\u00e9"}"#, #"{"body":1}"#, #"{"schema_version":1.0}"#,
            #"{"body":"a","body":"b"}"#, #"{"body":"x",}"#, #"{"body":"x"} x"#, #"[1]"#, "{\"body\":\"a\u{1}b\"}",
            #"{"content_type":"text/pdf"}"#, #"{"schema_version":01}"#, "", "{",
        ]
        for text in refused { #expect(RawReportFastPath.parse(Array(text.utf8)) == nil, "\(text)") }
    }
}

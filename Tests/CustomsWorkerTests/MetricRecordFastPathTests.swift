import CustomsExtraction
import CustomsModel
import CustomsTesting
@testable import CustomsWorker
import Foundation
import Testing

/// Stage two's record fast path must give exactly what JSONDecoder gives, or step aside.
@Suite struct MetricRecordFastPathTests {
    @Test func recordsAsStageOneWritesThemDecodeAsWithJSONDecoder() throws {
        let extractor = Extractor()
        let reports = SampleReports.all + SampleCorpus.generated(count: 500, seed: 8, padding: 0)
        var checked = 0, withTargets = 0
        for (index, report) in reports.enumerated() {
            for var record in extractor.extract(report) {
                record.ingestedAt = index % 3 == 0 ? nil : Timestamp.rfc3339(milliseconds: 1_700_000_000_000 + Int64(index))
                if record.vsTargets.isEmpty, index % 5 == 0 {
                    // The generated reports state few attainments; add some of both shapes.
                    record.vsTargets = [TargetAttainment(kind: .estimate, pct: 126.5, amount: index % 2 == 0 ? 3.4e12 : nil),
                                        TargetAttainment(kind: .stretch, pct: 98)]
                }
                let bytes = try #require(OutputJSON.encode(record))
                let fast = try #require(MetricRecordFastPath.parse(bytes), "fast path refused \(record.recordID)")
                #expect(fast == (try JSONDecoder().decode(MetricRecord.self, from: Data(bytes))))
                #expect(fast == record)
                checked += 1
                if !record.vsTargets.isEmpty { withTargets += 1 }
            }
        }
        #expect(checked > 1000 && withTargets > 10)
    }

    /// The scanner's exact-decimal shortcut must read what `Double(String)` reads, or step aside.
    @Test func plainDecimalsReadAsDoubleReadsThem() {
        var generator = SystemRandomNumberGenerator()
        var texts = ["0", "-0", "0.0", "1", "-1", "0.1", "0.3", "15.8", "-12.5", "126", "4290300000000", "0.000001",
                     "999999999999999", "9999999999999999", "1234567890.12345", "0.1234567890123456789012",
                     "0.12345678901234567890123", "00.5", "1.5e3", "12345678901234567890"]
        for _ in 0..<20_000 {
            let integer = UInt64.random(in: 0...(Bool.random(using: &generator) ? 9_999_999 : 999_999_999_999_999), using: &generator)
            let decimals = Int.random(in: 0...8, using: &generator)
            let fraction = (0..<decimals).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
            texts.append((Bool.random(using: &generator) ? "-" : "") + String(integer) + (decimals > 0 ? "." + fraction : ""))
        }
        var taken = 0
        for text in texts {
            let bytes = Array(text.utf8)
            guard let fast = bytes.withUnsafeBufferPointer(JSONScanner.exactDecimal) else { continue }
            taken += 1
            let reference = Double(text)!
            #expect(fast == reference && fast.sign == reference.sign, "\(text): \(fast) vs \(reference)")
        }
        #expect(taken > 10_000)
    }

    @Test func handWrittenInputs() throws {
        let base = #""record_id":"m-1","report_id":"r","office":"vn","metric":"revenue","value":1.5e3,"unit":"VND","period":{"start":"2020-01-01","end":null},"evidence":{"start":0,"end":4}"#
        let accepted = [
            "{\(base)}",
            " { \(base) , \"qualifier\" : null , \"basis\":\"forecast\", \"confidence\": 0.5 } ",
            #"{\#(base),"vs_targets":[{"kind":"estimate","pct":126,"amount":null}],"extractor":{"name":"x","version":"1"}}"#,
            #"{\#(base),"vs_targets":[],"flow":null,"target_kind":null,"source_url":"https:\/\/h\/a","value_max":-0.25}"#,
            #"{\#(base),"vs_targets":null,"extractor":null,"change_pct":-12.5,"change_prev_period_pct":3}"#,
        ]
        for text in accepted {
            let bytes = Array(text.utf8)
            let fast = try #require(MetricRecordFastPath.parse(bytes), "refused \(text)")
            #expect(fast == (try JSONDecoder().decode(MetricRecord.self, from: Data(bytes))), "\(text)")
        }
        // Left to JSONDecoder (which decodes some and rejects others, with its own messages).
        let refused = [
            "{\(base),\"extra\":1}", "{\(base),\"office\":\"x\"}", #"{\#(base),"source_url":"caf\u00e9"}"#,
            #"{\#(base),"metric":"tax"}"#, #"{\#(base),"confidence":"1"}"#, #"{\#(base),"value_max":01}"#,
            #"{\#(base),"value_max":1.}"#, #"{\#(base),"value_max":1e999}"#, "{\(base),}", "{\(base)} x",
            #"{"record_id":"","report_id":"r","office":"vn","metric":"revenue","value":1,"unit":"VND","period":{},"evidence":{"start":0,"end":1}}"#,
            #"{"report_id":"r","office":"vn","metric":"revenue","value":1,"unit":"VND","period":{},"evidence":{"start":0,"end":1}}"#,
            #"{\#(base),"vs_targets":[{"kind":"estimate"}]}"#, #"{\#(base),"ingested_at":5}"#, "", "{", "[]",
        ]
        for text in refused { #expect(MetricRecordFastPath.parse(Array(text.utf8)) == nil, "\(text)") }
        // Invalid UTF-8 is refused, not repaired.
        var invalid = Array("{\(base),\"source_url\":\"".utf8)
        invalid += [0xC3, 0x28] + Array("\"}".utf8)
        #expect(MetricRecordFastPath.parse(invalid) == nil)
        // Also in a string with escapes, and right before an escape.
        for sequence: [UInt8] in [[0xFF], [0xC3], [0xE1, 0x80]] {
            let escaped = Array("{\(base),\"source_url\":\"https:\\/\\/h".utf8) + sequence + Array("\\/a\"}".utf8)
            #expect(MetricRecordFastPath.parse(escaped) == nil, "\(sequence)")
        }
    }
}

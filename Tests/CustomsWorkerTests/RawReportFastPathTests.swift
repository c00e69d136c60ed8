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

    /// The scanner looks for the closing quote and escapes 16 bytes at a time, then byte by
    /// byte in the block with the match and in the last bytes of the message: put each escape,
    /// and the quote, at every offset from the string's start, after ASCII and after multi-byte
    /// characters, with the message ending at every distance after it.
    @Test func escapesAndQuotesAtEveryBlockPosition() throws {
        let escapes = [#"\n"#, #"\""#, #"\\"#, #"\/"#, #"\t"#, #"\r"#, #"\b"#, #"\f"#, #"\n\n"#, #"\"\\"#, ""]
        for filler in ["a", "é", "ả", "𝄞"] {
            for length in 0..<36 {
                let prefix = String(repeating: filler, count: length)
                for escape in escapes {
                    for suffix in ["", "x", "ạ", String(repeating: filler, count: 17)] {
                        try expectFastPathAsJSONDecoder(#"{"title":"t","body":"\#(prefix)\#(escape)\#(suffix)"}"#)
                    }
                }
            }
        }
        // The closing quote at every distance from the end of the message.
        for spaces in 0..<40 {
            try expectFastPathAsJSONDecoder(#"{"body":"Hải quan\nLạng Sơn"}"# + String(repeating: " ", count: spaces))
            try expectFastPathAsJSONDecoder(#"{"body":"\#(String(repeating: "ô", count: spaces))"}"#)
        }
    }

    /// Bodies with many escapes (a line break and more per sentence), as real reports have.
    @Test func manyEscapesDecodeAsWithJSONDecoder() throws {
        let encoder = JSONEncoder()
        for var report in SampleCorpus.generated(count: 50, seed: 8, padding: 9000) {
            report.body = report.body?.replacingOccurrences(of: ". ", with: ".\n\t\"\\/ ")
            let bytes = Array(try encoder.encode(report))
            let fast = try #require(RawReportFastPath.parse(bytes), "fast path refused \(report.effectiveID)")
            #expect(fast == (try JSONDecoder().decode(RawReport.self, from: Data(bytes))))
        }
    }

    /// The decoder no longer checks UTF-8 before the fast path: the fast path must refuse
    /// invalid UTF-8 anywhere (in strings, escaped or not, in keys, between tokens), so that
    /// the decoder's own check then reports it exactly as before.
    @Test func invalidUTF8IsRefusedWherever() throws {
        let invalid: [[UInt8]] = [
            [0xFF], [0x80], [0xC3], [0xC3, 0x28], [0xC0, 0xAF], [0xE1, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x90, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
        ]
        // `#` marks where the invalid bytes go.
        let places = [
            ##"{"body":"Hải quan #"}"##, ##"{"body":"\##(String(repeating: "ạ", count: 20))#\##(String(repeating: "a", count: 20))"}"##,
            ##"{"body":"a\n#\n"}"##, ##"{"body":"#\n"}"##, ##"{"body":"\n#"}"##, ##"{"body":"x","title":"#"}"##,
            ##"{"body":"x","ti#tle":"t"}"##, ##"{"body":"x"#}"##, ##"{"body":"x"}#"##, ##"#{"body":"x"}"##,
            ##"{"body":"x","url":"https:\/\/h#\/a"}"##, ##"{"body":"x","schema_version":#1}"##,
        ]
        let decoder = ReportDecoder()
        let expected = DeadLetterCause(.invalidUTF8, "the message is not valid UTF-8; reports must be UTF-8 JSON")
        for place in places {
            let parts = place.split(separator: "#", omittingEmptySubsequences: false).map { Array($0.utf8) }
            for sequence in invalid {
                let bytes = parts[0] + sequence + parts[1]
                #expect(RawReportFastPath.parse(bytes) == nil, "\(place) \(sequence)")
                #expect(decoder.decode(bytes) == .failure(expected), "\(place) \(sequence)")
                #expect(decoder.decode(bytes, fastPath: false) == .failure(expected), "\(place) \(sequence)")
            }
        }
    }

    /// Raw control characters are invalid in JSON strings: refused by the fast path at every
    /// position, in a string with escapes or without, and then reported by JSONDecoder as before.
    @Test func controlCharactersAreRefused() throws {
        let decoder = ReportDecoder()
        let characters = Array(repeating: ["a", "ả", "é", "b"], count: 12).flatMap { $0 }
        for control in UInt8(0)..<0x20 {
            for position in 0...characters.count {
                for escaped in [false, true] {
                    let body = Array(characters[..<position].joined().utf8) + [control] + Array(characters[position...].joined().utf8)
                    let bytes = Array((escaped ? #"{"body":"\t"# : #"{"body":""#).utf8) + body + Array(#""}"#.utf8)
                    #expect(RawReportFastPath.parse(bytes) == nil, "\(control) at \(position)")
                    let result = decoder.decode(bytes)
                    #expect(result == decoder.decode(bytes, fastPath: false), "\(control) at \(position)")
                    guard case .failure(let cause) = result, cause.reason == .malformedJSON else {
                        Issue.record("\(control) at \(position): \(result)")
                        continue
                    }
                }
            }
        }
    }

    /// The decoder's results (reports and dead-letter causes) with the fast path are those
    /// without it, on good and bad inputs alike.
    @Test func decoderGivesTheSameResultsWithoutTheFastPath() throws {
        let encoder = JSONEncoder()
        var inputs = try (SampleReports.all + SampleCorpus.generated(count: 20, seed: 9, padding: 8000)).map {
            Array(try encoder.encode($0))
        }
        inputs += [
            #"{"body":"x","schema_version":2}"#, #"{"body":"  \n\t"}"#, #"{"title":"no body"}"#, #"{"body":null}"#,
            #"{"body":"\#(String(repeating: "ạ", count: 400))"}"#, #"{"body":"x""#, #"{"body":"x\"#, #"{"body":"x\u00e9"}"#,
            #"{"body":"x\q"}"#, #"{"body":"x","body":"y"}"#, #"{"body":1}"#, "", " ", "[]", "null", #"{"body":"x"} {}"#,
        ].map { Array($0.utf8) }
        let decoder = ReportDecoder(maxMessageBytes: 1_000)
        for bytes in inputs {
            #expect(decoder.decode(bytes) == decoder.decode(bytes, fastPath: false), "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    private func expectFastPathAsJSONDecoder(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let bytes = Array(text.utf8)
        let fast = try #require(RawReportFastPath.parse(bytes), "refused \(text)", sourceLocation: sourceLocation)
        #expect(fast == (try JSONDecoder().decode(RawReport.self, from: Data(bytes))), "\(text)", sourceLocation: sourceLocation)
    }
}

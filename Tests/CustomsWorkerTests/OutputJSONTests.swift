import CustomsAggregation
import CustomsExtraction
import CustomsModel
import CustomsTesting
@testable import CustomsWorker
import Foundation
import Testing

/// The hand-written output JSON must be byte for byte what JSONEncoder wrote before it.
@Suite struct OutputJSONTests {
    static func foundation<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    @Test func recordsAndAggregatesMatchJSONEncoder() throws {
        let extractor = Extractor()
        let reports = SampleReports.all + SampleCorpus.generated(count: 400, seed: 3, padding: 0)
        var state = AggregationState()
        var records = 0, aggregates = 0
        for (index, report) in reports.enumerated() {
            for var record in extractor.extract(report) {
                record.ingestedAt = index % 3 == 0 ? nil : Timestamp.rfc3339(milliseconds: 1_700_000_000_000 + Int64(index))
                #expect(OutputJSON.encode(record) == (try Self.foundation(record)), "record \(record.recordID)")
                records += 1
                for message in state.apply(record) {
                    #expect(OutputJSON.encode(message) == (try Self.foundation(message)), "aggregate \(message.messageKey)")
                    aggregates += 1
                }
            }
        }
        #expect(records > 1000 && aggregates > 1000)
    }

    @Test func escapesNumbersAndNullsMatchJSONEncoder() throws {
        let texts = ["plain", "quote \" backslash \\ slash / ", "tab\t nl\n cr\r bs\u{8} ff\u{c} nul\u{0} us\u{1f} del\u{7f}",
                     "Hải quan Lạng Sơn – “ngoặc” 😀", "\u{2028}\u{2029}", ""]
        let numbers: [Double] = [0, -0.0, 1, -1, 0.1, 15.8, 126, 4_290_300_000_000, 1e15, 1e16, 1.5e17, 1e21, 1e-7,
                                 123456789.125, -2.5e-10, Double.greatestFiniteMagnitude, Double.leastNonzeroMagnitude]
        for (i, text) in texts.enumerated() {
            for (j, number) in numbers.enumerated() {
                let record = MetricRecord(
                    recordID: text.isEmpty ? "" : "id-\(text)", reportID: text, office: "vn.\(text)", metric: .revenue,
                    flow: j % 2 == 0 ? nil : .export, value: number, valueMax: j % 3 == 0 ? nil : number * 2,
                    qualifier: .about, period: Period(start: j % 2 == 0 ? nil : CalendarDate(iso: "2021-01-01"),
                                                              end: CalendarDate(iso: "2021-12-31")),
                    changePct: i % 2 == 0 ? nil : number, changePrevPeriodPct: number,
                    vsTargets: [TargetAttainment(kind: .estimate, pct: number, amount: j % 2 == 0 ? nil : number)],
                    targetKind: i % 2 == 0 ? nil : .estimate, evidence: Evidence(start: i, end: j),
                    sourceURL: i % 2 == 0 ? nil : "https://x.invalid/\(text)", publishedAt: text.isEmpty ? nil : text,
                    extractor: ExtractorInfo(name: text, version: "1/2"), confidence: number, ingestedAt: text)
                #expect(OutputJSON.encode(record) == (try Self.foundation(record)), "\(text) \(number)")
                var state = AggregationState()
                for message in state.apply(record) {
                    #expect(OutputJSON.encode(message) == (try Self.foundation(message)), "\(text) \(number)")
                }
            }
        }
        let nan = MetricRecord(reportID: "r", office: "vn", metric: .revenue, value: .nan, period: .year(2020),
                               evidence: Evidence(start: 0, end: 1))
        #expect(OutputJSON.encode(nan) == nil)  // JSONEncoder refuses it too; callers fall back to it
    }

    /// The direct number writer must print what `Double.description` prints (less ".0"), on the
    /// values it takes and at the edges of the range it takes them in.
    @Test func shortDecimalsMatchDescription() {
        var values: [Double] = [0, -0.0, 1, -1, 0.001, 0.0011, 0.00099, 0.1, 0.2, 0.3, 0.1 + 0.2, 15.8, -15.8, 126, 99.99,
                                0.9999, 1.0001, 12.345, 4_290_300_000_000, 9_007_199_254_740_991, 9_007_199_254_740_992,
                                1e15, 1e16, 112_589_990_684_262.3, 112_589_990_684_26.25, 1_125_899_906_842.625, 2.5e-4]
        var random = SeededGenerator(seed: 11)
        for _ in 0..<20_000 {
            let integer = Double(random.next() % 10_000_000_000)
            let decimals = Int(random.next() % 5)
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            let sign: Double = random.next() % 2 == 0 ? 1 : -1
            values.append(sign * integer / scale)
            values.append(sign * Double(random.next() % 100_000) / scale)
            values.append(sign * Double(bitPattern: random.next() >> 2))  // any double, most of them fall back
        }
        var written = 0
        for value in values where value.isFinite {
            var expected = value.description
            if expected.hasSuffix(".0") { expected.removeLast(2) }
            var direct = JSONBytes(capacity: 32)
            if direct.shortDecimal(value) {
                written += 1
                #expect(direct.result.map { String(decoding: $0, as: UTF8.self) } == expected, "\(value)")
            } else {
                #expect(direct.result == [])
            }
            var json = JSONBytes(capacity: 32)
            json.number(value)
            #expect(json.result.map { String(decoding: $0, as: UTF8.self) } == expected, "\(value)")
        }
        #expect(written > 40_000)
    }

    /// The word-at-a-time escape test must find a special byte at every position of a word.
    @Test func escapeScanFindsEveryPosition() {
        for length in 0..<40 {
            let plain = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(!plain.withUnsafeBufferPointer { JSONBytes.needsEscape($0) })
            for position in 0..<length {
                for special: UInt8 in [0x00, 0x0A, 0x1F, 0x22, 0x5C] {
                    var bytes = plain
                    bytes[position] = special
                    #expect(bytes.withUnsafeBufferPointer { JSONBytes.needsEscape($0) }, "\(special) at \(position) of \(length)")
                }
                for harmless: UInt8 in [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF] {
                    var bytes = plain
                    bytes[position] = harmless
                    #expect(!bytes.withUnsafeBufferPointer { JSONBytes.needsEscape($0) }, "\(harmless) at \(position) of \(length)")
                }
            }
        }
    }
}

import CustomsModel
import Testing
@testable import CustomsWorker

@Suite struct ReportDecoderTests {
    let decoder = ReportDecoder(maxMessageBytes: 1_000)

    func reason(_ text: String) -> DeadLetterReason? {
        reason(Array(text.utf8))
    }

    func reason(_ bytes: [UInt8]?) -> DeadLetterReason? {
        if case .failure(let cause) = decoder.decode(bytes) { return cause.reason }
        return nil
    }

    @Test func acceptsAReport() throws {
        let result = decoder.decode(Array(#"{"report_id":"a","body":"Hải quan thu 5 tỷ đồng","x":1}"#.utf8))
        let report = try result.get()
        #expect(report.reportID == "a")
        #expect(report.extraFields["x"] == .number(1))
    }

    @Test func classifiesBadInput() {
        #expect(reason(nil) == .missingBody)
        #expect(reason([]) == .missingBody)
        #expect(reason([0x7b, 0xff, 0xfe, 0x7d]) == .invalidUTF8)
        #expect(reason(#"{"body": "x""#) == .malformedJSON)
        #expect(reason("not json") == .malformedJSON)
        #expect(reason(#"["a"]"#) == .schemaViolation)
        #expect(reason(#"{"body": 42}"#) == .schemaViolation)
        #expect(reason(#"{"title": "no body"}"#) == .missingBody)
        #expect(reason(#"{"body": "   \n"}"#) == .emptyBody)
        #expect(reason(#"{"body": "x", "schema_version": 2}"#) == .unknownSchemaVersion)
        #expect(reason(#"{"body": "\#(String(repeating: "a", count: 1_001))"}"#) == .oversized)
        #expect(reason(Array(repeating: 0x20, count: 200_000)) == .oversized)
    }

    @Test func messagesSayWhatIsWrong() {
        guard case .failure(let cause) = decoder.decode(Array(#"{"body": 42}"#.utf8)) else {
            Issue.record("expected a failure")
            return
        }
        #expect(cause.message.contains("body"))
    }
}

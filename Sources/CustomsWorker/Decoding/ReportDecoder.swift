import CustomsModel
import Foundation

/// Why a raw message could not be turned into a report, with a message for whoever reads the
/// dead-letter topic.
public struct DeadLetterCause: Error, Sendable, Hashable, CustomStringConvertible {
    public var reason: DeadLetterReason
    public var message: String

    public init(_ reason: DeadLetterReason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { "\(reason.rawValue): \(message)" }
}

/// Decodes the bytes of a `customs.reports.raw.v1` message into a ``RawReport``, or says
/// precisely why it cannot, so the message can be dead-lettered instead of stopping the worker.
public struct ReportDecoder: Sendable {
    /// Bodies (and whole messages) larger than this are refused as `oversized`.
    public var maxMessageBytes: Int

    public init(maxMessageBytes: Int = 1 << 20) {
        self.maxMessageBytes = maxMessageBytes
    }

    public func decode(_ bytes: [UInt8]?) -> Result<RawReport, DeadLetterCause> {
        decode(bytes, fastPath: true)
    }

    /// `fastPath: false` decodes as before the fast path existed, so that tests can check that
    /// it changes nothing.
    func decode(_ bytes: [UInt8]?, fastPath: Bool) -> Result<RawReport, DeadLetterCause> {
        guard let bytes, !bytes.isEmpty else {
            return .failure(DeadLetterCause(.missingBody, "the message has no value; expected a raw-report JSON object"))
        }
        // The whole message bounds the body, so checking it first avoids parsing a huge input.
        guard bytes.count <= maxMessageBytes + 64 * 1024 else {
            return .failure(DeadLetterCause(.oversized,
                "message of \(bytes.count) bytes exceeds the limit of \(maxMessageBytes) bytes (--max-body-bytes)"))
        }
        let report: RawReport
        if fastPath, let fast = RawReportFastPath.parse(bytes) {
            // The common shape, parsed directly. The fast path validates every string it reads
            // and accepts only ASCII outside them, so a report from it proves the message valid
            // UTF-8: checking the whole message first, as below, would validate it twice.
            report = fast
        } else {
            // Anything else as before: the UTF-8 check, then JSONDecoder and its messages.
            guard String(validating: bytes, as: UTF8.self) != nil else {
                return .failure(DeadLetterCause(.invalidUTF8, "the message is not valid UTF-8; reports must be UTF-8 JSON"))
            }
            do {
                report = try JSONDecoder().decode(RawReport.self, from: Data(bytes))
            } catch let error as DecodingError {
                switch error {
                case .dataCorrupted(let context) where context.codingPath.isEmpty:
                    return .failure(DeadLetterCause(.malformedJSON, "not a JSON document: \(Self.summary(of: error))"))
                default:
                    return .failure(DeadLetterCause(.schemaViolation, Self.summary(of: error)))
                }
            } catch {
                return .failure(DeadLetterCause(.malformedJSON, "not a JSON document: \(error)"))
            }
        }
        if let version = report.schemaVersion, !RawReport.supportedSchemaVersions.contains(version) {
            return .failure(DeadLetterCause(.unknownSchemaVersion,
                "schema_version \(version) is not supported (this build reads \(RawReport.supportedSchemaVersions))"))
        }
        guard let body = report.body else {
            return .failure(DeadLetterCause(.missingBody, "the report has no \"body\" field"))
        }
        guard body.contains(where: { !$0.isWhitespace }) else {
            return .failure(DeadLetterCause(.emptyBody, "the report's body is empty"))
        }
        guard body.utf8.count <= maxMessageBytes else {
            return .failure(DeadLetterCause(.oversized,
                "body of \(body.utf8.count) bytes exceeds the limit of \(maxMessageBytes) bytes (--max-body-bytes)"))
        }
        return .success(report)
    }

    /// A one-line account of a decoding error: the field path and what was wrong.
    static func summary(of error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let p = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return p.isEmpty ? "document" : "field \"\(p)\""
        }
        switch error {
        case .typeMismatch(let type, let context): return "\(path(context)): expected \(type). \(context.debugDescription)"
        case .valueNotFound(let type, let context): return "\(path(context)): missing \(type)"
        case .keyNotFound(let key, let context): return "\(path(context)): missing key \"\(key.stringValue)\""
        case .dataCorrupted(let context): return "\(path(context)): \(context.debugDescription)"
        @unknown default: return String(describing: error)
        }
    }
}

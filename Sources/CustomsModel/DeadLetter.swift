/// Why a raw report was sent to the dead-letter topic instead of being processed.
public enum DeadLetterReason: String, Sendable, Hashable, Codable, CaseIterable {
    case invalidUTF8 = "invalid_utf8"
    case malformedJSON = "malformed_json"
    case schemaViolation = "schema_violation"
    case unknownSchemaVersion = "unknown_schema_version"
    case missingBody = "missing_body"
    case emptyBody = "empty_body"
    case oversized
    /// The extractor itself failed on this input (a bug to report, not bad data).
    case extractionFailed = "extraction_failed"

    /// The error class header: whether resending the same bytes could ever succeed.
    public var errorClass: String {
        switch self {
        case .extractionFailed: return "internal"
        case .oversized: return "limit"
        default: return "input"
        }
    }
}

/// The header names of a dead letter (the KIP-1034 pattern). The value is the input's
/// bytes unchanged, the key the input's key, and the input's own headers are kept.
public enum DeadLetterHeader {
    public static let reason = "customs.dlq.reason"
    public static let errorClass = "customs.dlq.error.class"
    public static let errorMessage = "customs.dlq.error.message"
    public static let sourceTopic = "customs.dlq.source.topic"
    public static let sourcePartition = "customs.dlq.source.partition"
    public static let sourceOffset = "customs.dlq.source.offset"
    /// RFC 3339 time at which the worker dead-lettered the message.
    public static let timestamp = "customs.dlq.timestamp"

    public static let all = [reason, errorClass, errorMessage, sourceTopic, sourcePartition, sourceOffset, timestamp]
}

/// The default topic names of `pipeline.md`; every one is configurable.
public enum DefaultTopics {
    public static let rawReports = "customs.reports.raw.v1"
    public static let metrics = "customs.metrics.v1"
    public static let aggregates = "customs.aggregates.v1"
    public static let deadLetters = "customs.reports.dlq.v1"
}

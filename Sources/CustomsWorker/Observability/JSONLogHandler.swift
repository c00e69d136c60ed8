import CustomsModel
import Foundation
import Logging
import Synchronization

/// One JSON object per line on standard error, for log shippers in production:
/// `{"ts":…,"level":…,"label":…,"msg":…, <metadata>…}`. Metadata carries the report id, topic,
/// partition and offset where the worker knows them.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private static let output = Mutex(())

    public init(label: String, level: Logger.Level = .info) {
        self.label = label
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields: [String: Any] = [
            "ts": Timestamp.rfc3339(milliseconds: Int64((Date().timeIntervalSince1970 * 1000).rounded())),
            "level": event.level.rawValue, "label": label, "msg": event.message.description,
        ]
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { $1 } }
        if let extra = event.metadata { merged.merge(extra) { $1 } }
        for (key, value) in merged where fields[key] == nil { fields[key] = Self.json(value) }
        if let error = event.error { fields["error"] = String(describing: error) }
        guard var line = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return }
        line.append(0x0a)
        Self.output.withLock { _ in FileHandle.standardError.write(line) }
    }

    private static func json(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let s): return s
        case .stringConvertible(let c): return c.description
        case .array(let a): return a.map(json)
        case .dictionary(let d): return d.mapValues(json)
        }
    }
}

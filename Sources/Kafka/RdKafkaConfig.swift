import CRdKafka
import Logging

/// Turns typed configurations into ordered librdkafka key/value pairs and a validated `rd_kafka_conf_t`.
struct RdKafkaConfig {
    private(set) var entries: [(key: String, value: String)] = []

    mutating func set(_ key: String, _ value: String) { entries.append((key, value)) }
    mutating func set(_ key: String, _ value: Bool) { set(key, value ? "true" : "false") }
    mutating func set(_ key: String, _ value: Int) { set(key, String(value)) }
    mutating func set(_ key: String, milliseconds duration: Duration) { set(key, String(duration.milliseconds)) }

    init(client: KafkaClientConfiguration) {
        if !client.bootstrapServers.isEmpty {
            set("bootstrap.servers", client.bootstrapServers.joined(separator: ","))
        }
        set("client.id", client.clientID)
        set("log_level", Self.syslogLevel(for: client.logger.logLevel))
        if client.statisticsHandler != nil {
            set("statistics.interval.ms", milliseconds: client.statisticsInterval)
        }
    }

    /// Applies the raw `properties` last so they override typed settings; sorted for determinism.
    mutating func applyOverrides(_ properties: [String: String]) {
        for key in properties.keys.sorted() { set(key, properties[key]!) }
    }

    /// Creates an `rd_kafka_conf_t`; the caller owns it (rd_kafka_new takes it over on success).
    func makeConf() throws(KafkaError) -> OpaquePointer {
        let conf = rd_kafka_conf_new()!
        var errstr = [CChar](repeating: 0, count: 512)
        for (key, value) in entries {
            let result = rd_kafka_conf_set(conf, key, value, &errstr, errstr.count)
            if result != RD_KAFKA_CONF_OK {
                rd_kafka_conf_destroy(conf)
                throw KafkaError.configuration(key: key, value: value, reason: String(cBuffer: errstr))
            }
        }
        return conf
    }

    static func syslogLevel(for level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }

    static func loggerLevel(forSyslog level: Int32) -> Logger.Level {
        switch level {
        case ...2: return .critical
        case 3: return .error
        case 4: return .warning
        case 5: return .notice
        case 6: return .info
        default: return .debug
        }
    }
}

extension Duration {
    /// Whole milliseconds, rounded down, saturating.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        let (ms, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        return overflow ? Int64.max : ms &+ attoseconds / 1_000_000_000_000_000
    }

    /// Milliseconds as librdkafka's `int timeout_ms`, clamped to the valid range.
    var timeoutMilliseconds: Int32 { Int32(clamping: max(0, milliseconds)) }
}

extension String {
    /// Decodes a NUL-terminated C string held in a fixed-size buffer (librdkafka's `errstr`).
    init(cBuffer buffer: [CChar]) {
        let end = buffer.firstIndex(of: 0) ?? buffer.endIndex
        self = String(decoding: buffer[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

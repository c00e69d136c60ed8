import Foundation
import Logging

/// The worker's settings, read from three layers — command-line flags, then environment
/// variables, then an optional JSON file (`--config FILE` / `CUSTOMS_CONFIG`) — into one typed
/// value. Every key, its variable and its default are listed in ``WorkerSettings/keys``; a bad
/// value fails at start with the key's name and the accepted values.
public struct WorkerSettings: Sendable {
    /// One setting: its file key (also the flag, with dashes), its environment variable, its
    /// default (`nil`: none), and what values it accepts (for error messages and the README).
    public struct Key: Sendable, Hashable {
        public let name: String
        public let environment: String
        public let defaultValue: String?
        public let accepted: String
        /// The `customs-worker` flag that sets it, when there is one (`nil`: environment or file only).
        public let flag: String?

        /// How `customs-worker` spells a key's flag.
        enum FlagSpelling {
            /// The key with dashes: "max_in_flight" → "--max-in-flight".
            case fromName
            case named(String)
            /// No flag: environment or file only.
            case none
        }

        init(name: String, environment: String, defaultValue: String?, accepted: String, flag: FlagSpelling = .fromName) {
            self.name = name
            self.environment = environment
            self.defaultValue = defaultValue
            self.accepted = accepted
            switch flag {
            case .fromName: self.flag = "--" + name.replacingOccurrences(of: "_", with: "-")
            case .named(let spelling): self.flag = spelling
            case .none: self.flag = nil
            }
        }
    }

    public static let keys: [Key] = [
        Key(name: "brokers", environment: "CUSTOMS_BROKERS", defaultValue: nil, accepted: "HOST:PORT[,HOST:PORT...]"),
        Key(name: "group_id", environment: "CUSTOMS_GROUP_ID", defaultValue: "customs-worker", accepted: "a non-empty string"),
        Key(name: "client_id", environment: "CUSTOMS_CLIENT_ID", defaultValue: "customs-worker", accepted: "a non-empty string"),
        Key(name: "raw_topic", environment: "CUSTOMS_TOPIC_RAW", defaultValue: TopicNames.default.rawReports, accepted: "a topic name"),
        Key(name: "metrics_topic", environment: "CUSTOMS_TOPIC_METRICS", defaultValue: TopicNames.default.metrics, accepted: "a topic name"),
        Key(name: "aggregates_topic", environment: "CUSTOMS_TOPIC_AGGREGATES", defaultValue: TopicNames.default.aggregates, accepted: "a topic name"),
        Key(name: "dlq_topic", environment: "CUSTOMS_TOPIC_DLQ", defaultValue: TopicNames.default.deadLetters, accepted: "a topic name"),
        Key(name: "partitions", environment: "CUSTOMS_PARTITIONS", defaultValue: "6", accepted: "a whole number from 1 to 10000"),
        Key(name: "replication_factor", environment: "CUSTOMS_REPLICATION_FACTOR", defaultValue: "1", accepted: "a whole number from 1 to 16", flag: .none),
        Key(name: "create_topics", environment: "CUSTOMS_CREATE_TOPICS", defaultValue: "true", accepted: "true or false",
            flag: .named("--no-create-topics")),
        Key(name: "max_body_bytes", environment: "CUSTOMS_MAX_BODY_BYTES", defaultValue: "1048576", accepted: "a whole number of bytes from 1 to 104857600"),
        Key(name: "max_in_flight", environment: "CUSTOMS_MAX_IN_FLIGHT", defaultValue: "4096", accepted: "a whole number from 1 to 1000000"),
        Key(name: "aggregation_batch_limit", environment: "CUSTOMS_AGGREGATION_BATCH_LIMIT", defaultValue: "256",
            accepted: "a whole number from 1 to 100000 (1: produce every aggregate version)"),
        Key(name: "aggregate_list_cache_mb", environment: "CUSTOMS_AGGREGATE_LIST_CACHE_MB", defaultValue: "0",
            accepted: "a whole number of MiB from 0 to 65536 (0: write every aggregate from scratch)"),
        Key(name: "shutdown_grace_seconds", environment: "CUSTOMS_SHUTDOWN_GRACE_SECONDS", defaultValue: "10", accepted: "seconds, a number from 0 to 3600"),
        Key(name: "exactly_once", environment: "CUSTOMS_EXACTLY_ONCE", defaultValue: "false", accepted: "true or false"),
        Key(name: "http_port", environment: "CUSTOMS_HTTP_PORT", defaultValue: "9464", accepted: "a port from 0 to 65535 (0: any free port)"),
        Key(name: "http_host", environment: "CUSTOMS_HTTP_HOST", defaultValue: "0.0.0.0", accepted: "an address to bind"),
        Key(name: "metrics_interval_seconds", environment: "CUSTOMS_METRICS_INTERVAL_SECONDS", defaultValue: "5", accepted: "seconds, a number from 0.1 to 3600"),
        Key(name: "log_level", environment: "CUSTOMS_LOG_LEVEL", defaultValue: "info", accepted: "trace, debug, info, notice, warning, error or critical"),
        Key(name: "log_format", environment: "CUSTOMS_LOG_FORMAT", defaultValue: nil, accepted: "json or text (default: json unless stderr is a terminal)"),
    ]

    /// A setting that failed validation, naming the key, where it came from and what is accepted.
    public struct InvalidSetting: Error, CustomStringConvertible, Sendable {
        public var key: Key
        public var value: String
        public var origin: String

        public var description: String {
            "invalid \(key.name) '\(value)' (from \(origin)): expected \(key.accepted). "
                + "Set it with " + (key.flag.map { "\($0), " } ?? "") + "\(key.environment) or \"\(key.name)\" in the config file."
        }
    }

    /// An unreadable or malformed configuration file, or an unknown key in it.
    public struct InvalidFile: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    private var values: [String: (value: String, origin: String)] = [:]

    /// Layers `flags` (by key name) over `environment` over the JSON object in `file`.
    public init(flags: [String: String], environment: [String: String], file: String? = nil) throws {
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw InvalidFile(description: "cannot read the config file \(file): no such file or not readable")
            }
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw InvalidFile(description: "the config file \(file) is not a JSON object of settings")
            }
            let known = Set(Self.keys.map(\.name))
            for (name, raw) in object {
                guard known.contains(name) else {
                    throw InvalidFile(description: "unknown key \"\(name)\" in \(file); known keys: \(known.sorted().joined(separator: ", "))")
                }
                let text: String
                switch raw {
                case let s as String: text = s
                case let b as Bool: text = b ? "true" : "false"
                case let n as NSNumber: text = n.stringValue
                case let a as [Any]: text = a.map { "\($0)" }.joined(separator: ",")
                default: text = "\(raw)"
                }
                values[name] = (text, "the config file \(file)")
            }
        }
        for key in Self.keys {
            if let value = environment[key.environment] { values[key.name] = (value, "environment variable \(key.environment)") }
        }
        for (name, value) in flags { values[name] = (value, "flag --\(name.replacingOccurrences(of: "_", with: "-"))") }
    }

    static func key(_ name: String) -> Key {
        keys.first { $0.name == name }!
    }

    /// The raw text of a setting, or its default.
    public func string(_ name: String) -> String? {
        values[name]?.value ?? Self.key(name).defaultValue
    }

    private func invalid(_ name: String) -> InvalidSetting {
        InvalidSetting(key: Self.key(name), value: values[name]?.value ?? "", origin: values[name]?.origin ?? "default")
    }

    public func int(_ name: String, in range: ClosedRange<Int>) throws -> Int {
        guard let text = string(name), let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value)
        else { throw invalid(name) }
        return value
    }

    public func seconds(_ name: String, in range: ClosedRange<Double>) throws -> Duration {
        guard let text = string(name), let value = Double(text), range.contains(value) else { throw invalid(name) }
        return .milliseconds(Int64((value * 1000).rounded()))
    }

    public func bool(_ name: String) throws -> Bool {
        switch string(name)?.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw invalid(name)
        }
    }

    public func nonEmpty(_ name: String) throws -> String {
        guard let text = string(name)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { throw invalid(name) }
        return text
    }

    public func logLevel() throws -> Logger.Level {
        guard let level = string("log_level").flatMap(Logger.Level.init(rawValue:)) else { throw invalid("log_level") }
        return level
    }

    /// `nil` when unset (the caller picks by terminal).
    public func logFormat() throws -> String? {
        guard let format = string("log_format") else { return nil }
        guard format == "json" || format == "text" else { throw invalid("log_format") }
        return format
    }

    /// Broker list, required unless the embedded broker is used.
    public func brokers() throws -> [String] {
        guard let text = string("brokers") else {
            throw InvalidSetting(key: Self.key("brokers"), value: "", origin: "nowhere: it is required")
        }
        let servers = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !servers.isEmpty, servers.allSatisfy({ server in
            guard let colon = server.lastIndex(of: ":"), let port = Int(server[server.index(after: colon)...]) else { return false }
            return colon != server.startIndex && (1...65535).contains(port)
        }) else { throw invalid("brokers") }
        return servers
    }

    /// The worker configuration these settings describe (brokers given separately, since the
    /// embedded broker supplies its own).
    public func workerConfiguration(brokers: [String], logger: Logger) throws -> WorkerConfiguration {
        var configuration = WorkerConfiguration(brokers: brokers)
        configuration.logger = logger
        configuration.groupID = try nonEmpty("group_id")
        configuration.clientID = try nonEmpty("client_id")
        configuration.topics = TopicNames(
            rawReports: try nonEmpty("raw_topic"), metrics: try nonEmpty("metrics_topic"),
            aggregates: try nonEmpty("aggregates_topic"), deadLetters: try nonEmpty("dlq_topic"))
        configuration.topicPartitions = try int("partitions", in: 1...10_000)
        configuration.replicationFactor = try int("replication_factor", in: 1...16)
        configuration.createTopics = try bool("create_topics")
        configuration.maxBodyBytes = try int("max_body_bytes", in: 1...104_857_600)
        configuration.maxInFlightMessages = try int("max_in_flight", in: 1...1_000_000)
        configuration.aggregationBatchLimit = try int("aggregation_batch_limit", in: 1...100_000)
        configuration.aggregateListCacheBytes = try int("aggregate_list_cache_mb", in: 0...65_536) << 20
        configuration.shutdownGracePeriod = try seconds("shutdown_grace_seconds", in: 0...3600)
        configuration.exactlyOnce = try bool("exactly_once")
        configuration.statisticsInterval = try seconds("metrics_interval_seconds", in: 0.1...3600)
        return configuration
    }
}

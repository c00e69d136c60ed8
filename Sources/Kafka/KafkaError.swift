import CRdKafka

/// An error from librdkafka or from this client, classified so callers can decide whether to retry,
/// abort a transaction or give up, and described so an operator knows what to do next.
public struct KafkaError: Error, Sendable, CustomStringConvertible {
    /// The librdkafka error code (`rd_kafka_resp_err_t`). Negative codes are client-local,
    /// positive codes come from the broker.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The numeric `rd_kafka_resp_err_t` value.
        public let rawValue: Int32

        /// Wraps a raw `rd_kafka_resp_err_t` value.
        public init(rawValue: Int32) { self.rawValue = rawValue }

        init(_ err: rd_kafka_resp_err_t) { self.rawValue = err.rawValue }

        var rdValue: rd_kafka_resp_err_t { rd_kafka_resp_err_t(rawValue: rawValue) }

        /// librdkafka's symbolic name, e.g. `_QUEUE_FULL` or `UNKNOWN_TOPIC_OR_PART`.
        public var name: String { String(cString: rd_kafka_err2name(rdValue)) }

        /// librdkafka's human-readable text for the code.
        public var text: String { String(cString: rd_kafka_err2str(rdValue)) }

        /// The name and number, e.g. `_QUEUE_FULL (-184)`.
        public var description: String { "\(name) (\(rawValue))" }

        /// No error.
        public static let noError = Code(RD_KAFKA_RESP_ERR_NO_ERROR)
        /// The producer queue is full (`queue.buffering.max.messages`/`kbytes`).
        public static let queueFull = Code(RD_KAFKA_RESP_ERR__QUEUE_FULL)
        /// A local timeout expired.
        public static let timedOut = Code(RD_KAFKA_RESP_ERR__TIMED_OUT)
        /// A message was not delivered within `message.timeout.ms`.
        public static let messageTimedOut = Code(RD_KAFKA_RESP_ERR__MSG_TIMED_OUT)
        /// A broker connection failed.
        public static let transport = Code(RD_KAFKA_RESP_ERR__TRANSPORT)
        /// No broker is reachable.
        public static let allBrokersDown = Code(RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN)
        /// A broker address could not be resolved.
        public static let resolve = Code(RD_KAFKA_RESP_ERR__RESOLVE)
        /// The client instance hit a fatal error and must be recreated.
        public static let fatal = Code(RD_KAFKA_RESP_ERR__FATAL)
        /// Invalid argument or configuration.
        public static let invalidArgument = Code(RD_KAFKA_RESP_ERR__INVALID_ARG)
        /// The operation is not valid in the client's current state.
        public static let state = Code(RD_KAFKA_RESP_ERR__STATE)
        /// The client has been shut down or closed.
        public static let destroyed = Code(RD_KAFKA_RESP_ERR__DESTROY)
        /// The message was purged from the queue (e.g. at shutdown).
        public static let purgeQueue = Code(RD_KAFKA_RESP_ERR__PURGE_QUEUE)
        /// Nothing to commit.
        public static let noOffset = Code(RD_KAFKA_RESP_ERR__NO_OFFSET)
        /// The partition is not known to the client.
        public static let unknownPartition = Code(RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION)
        /// The topic is not known to the client.
        public static let unknownTopic = Code(RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC)
        /// The feature is not supported by the broker.
        public static let unsupportedFeature = Code(RD_KAFKA_RESP_ERR__UNSUPPORTED_FEATURE)
        /// The topic or partition does not exist on the broker.
        public static let unknownTopicOrPartition = Code(RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART)
        /// The topic already exists (not an error for ``KafkaAdmin/createTopics(_:timeout:)``).
        public static let topicAlreadyExists = Code(RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS)
        /// The partition leader is not available.
        public static let leaderNotAvailable = Code(RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE)
        /// The broker is not the partition leader.
        public static let notLeaderForPartition = Code(RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION)
        /// Not enough in-sync replicas.
        public static let notEnoughReplicas = Code(RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS)
        /// The broker timed out the request.
        public static let requestTimedOut = Code(RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT)
        /// The API is not supported by the broker.
        public static let unsupportedVersion = Code(RD_KAFKA_RESP_ERR_UNSUPPORTED_VERSION)
        /// The broker reported a generic, transient network problem.
        public static let networkException = Code(RD_KAFKA_RESP_ERR_NETWORK_EXCEPTION)
        /// The message is larger than the producer's `message.max.bytes` or the topic's `max.message.bytes`.
        public static let messageSizeTooLarge = Code(RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE)
    }

    /// What went wrong, as a librdkafka code.
    public let code: Code
    /// librdkafka's (or this client's) explanation, including the operation that failed.
    public let message: String
    /// Retrying the same operation may succeed.
    public let isRetriable: Bool
    /// The client instance is unusable and must be recreated.
    public let isFatal: Bool
    /// The current transaction must be aborted (``KafkaProducer/abortTransaction(timeout:)``) before continuing.
    public let requiresAbort: Bool
    /// What the caller or operator should do about it, when known.
    public let hint: String?

    /// Creates an error; normally produced by the client, public so tests and adapters can build one.
    public init(
        code: Code, message: String, isRetriable: Bool = false, isFatal: Bool = false,
        requiresAbort: Bool = false, hint: String? = nil
    ) {
        self.code = code
        self.message = message
        self.isRetriable = isRetriable
        self.isFatal = isFatal
        self.requiresAbort = requiresAbort
        self.hint = hint ?? KafkaError.defaultHint(for: code, isFatal: isFatal, requiresAbort: requiresAbort)
    }

    /// The code, the message and, when known, what to do.
    public var description: String {
        var text = "Kafka error \(code.name): \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }

    /// Builds an error from a response code, classifying it by code alone.
    init(_ err: rd_kafka_resp_err_t, _ context: String, detail: String? = nil, brokers: String? = nil) {
        let code = Code(err)
        let base = detail ?? code.text
        self.init(
            code: code, message: "\(context): \(base)",
            isRetriable: KafkaError.retriableCodes.contains(code), isFatal: code == .fatal,
            hint: KafkaError.defaultHint(for: code, isFatal: code == .fatal, requiresAbort: false, brokers: brokers))
    }

    /// Takes ownership of an `rd_kafka_error_t` (destroying it) and keeps its classification.
    static func consuming(_ error: OpaquePointer, _ context: String, brokers: String? = nil) -> KafkaError {
        defer { rd_kafka_error_destroy(error) }
        let code = Code(rd_kafka_error_code(error))
        let fatal = rd_kafka_error_is_fatal(error) != 0
        let abort = rd_kafka_error_txn_requires_abort(error) != 0
        return KafkaError(
            code: code, message: "\(context): \(String(cString: rd_kafka_error_string(error)))",
            isRetriable: rd_kafka_error_is_retriable(error) != 0, isFatal: fatal, requiresAbort: abort,
            hint: defaultHint(for: code, isFatal: fatal, requiresAbort: abort, brokers: brokers))
    }

    /// An invalid configuration key or value.
    static func configuration(key: String, value: String, reason: String) -> KafkaError {
        KafkaError(
            code: .invalidArgument, message: "configuration \"\(key)\"=\"\(value)\" rejected: \(reason)",
            hint: "fix or remove the \"\(key)\" setting; librdkafka's CONFIGURATION.md lists valid keys and values")
    }

    /// The client has been shut down; nothing more can be done with it.
    static func clientClosed(_ what: String) -> KafkaError {
        KafkaError(
            code: .destroyed, message: "the \(what) has been shut down",
            hint: "create a new client; do not use one after shutdown()/close()")
    }

    static let retriableCodes: Set<Code> = [
        .queueFull, .timedOut, .transport, .allBrokersDown, .resolve, .leaderNotAvailable,
        .notLeaderForPartition, .notEnoughReplicas, .requestTimedOut, .networkException,
        Code(RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS), Code(RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE),
        Code(RD_KAFKA_RESP_ERR_NOT_COORDINATOR), Code(RD_KAFKA_RESP_ERR_REBALANCE_IN_PROGRESS),
    ]

    static func defaultHint(for code: Code, isFatal: Bool, requiresAbort: Bool, brokers: String? = nil) -> String? {
        let at = brokers.map { " at \($0)" } ?? ""
        if isFatal { return "the client is unusable: shut it down and create a new one" }
        if requiresAbort { return "abort the transaction, then retry it from the last committed offsets" }
        switch code {
        case .transport, .allBrokersDown, .resolve:
            return "broker unreachable\(at): check --brokers / bootstrap servers and that the cluster is running"
        case .timedOut, .requestTimedOut:
            return "timed out\(at): the cluster may be slow or unreachable; retry or raise the timeout"
        case .messageTimedOut:
            return "not delivered within message.timeout.ms\(at): check broker health and topic leadership"
        case .queueFull:
            return "producer queue full: slow down or raise queue.buffering.max.messages/kbytes"
        case .unknownTopicOrPartition, .unknownTopic, .unknownPartition:
            return "the topic or partition does not exist: create it or check the name"
        case .unsupportedFeature, .unsupportedVersion:
            return "the broker does not support this request"
        case .messageSizeTooLarge:
            return "message too large: raise the producer's message.max.bytes and the topic's max.message.bytes together"
        default:
            return nil
        }
    }
}

extension KafkaError.Code {
    /// Whether this is the successful "no error" code.
    var isError: Bool { rawValue != 0 }
}

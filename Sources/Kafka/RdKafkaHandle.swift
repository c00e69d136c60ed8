import CRdKafka
import Logging
import Synchronization

/// An `rd_kafka_t` pointer. librdkafka handles are thread-safe, so sharing the pointer is sound;
/// the owner (``RdKafkaClient``) guarantees it outlives every use.
struct RdKafkaHandle: @unchecked Sendable {
    let pointer: OpaquePointer
}

/// Receives consumer rebalance events (implemented by the consumer core).
protocol RebalanceHandling: Sendable {
    func handleRebalance(_ rk: OpaquePointer, _ err: rd_kafka_resp_err_t, _ partitions: RdPartitionList)
}

/// Everything librdkafka's C callbacks need, reached through the handle's opaque pointer.
final class ClientCallbacks: Sendable {
    let logger: Logger
    let brokers: String
    let errorHandler: (@Sendable (KafkaError) -> Void)?
    let statisticsHandler: (@Sendable (String) -> Void)?
    let rebalance: (any RebalanceHandling)?
    /// Told about a fatal error (the consumer ends its message sequence with it).
    let onFatal: (@Sendable (KafkaError) -> Void)?
    /// Set once librdkafka raises a fatal error; later operations fail with it.
    let fatalError = Mutex<KafkaError?>(nil)

    init(
        client: KafkaClientConfiguration, rebalance: (any RebalanceHandling)? = nil,
        onFatal: (@Sendable (KafkaError) -> Void)? = nil
    ) {
        self.onFatal = onFatal
        self.logger = client.logger
        self.brokers = client.bootstrapServers.joined(separator: ",")
        self.errorHandler = client.errorHandler
        self.statisticsHandler = client.statisticsHandler
        self.rebalance = rebalance
    }

    static func from(_ opaque: UnsafeMutableRawPointer?) -> ClientCallbacks? {
        opaque.map { Unmanaged<ClientCallbacks>.fromOpaque($0).takeUnretainedValue() }
    }

    func handleError(_ rk: OpaquePointer?, _ err: Int32, _ reason: String) {
        var error = KafkaError(rd_kafka_resp_err_t(rawValue: err), "client error", detail: reason, brokers: brokers)
        if error.code == .fatal, let rk {
            // The callback's code is just _FATAL; the underlying cause is kept by librdkafka.
            var buffer = [CChar](repeating: 0, count: 512)
            let original = rd_kafka_fatal_error(rk, &buffer, buffer.count)
            error = KafkaError(
                code: KafkaError.Code(original), message: "fatal error: \(String(cBuffer: buffer))", isFatal: true)
            fatalError.withLock { if $0 == nil { $0 = error } }
            logger.critical("\(error)")
            onFatal?(error)
        } else {
            // Transport errors are routine (librdkafka reconnects); warn rather than fail.
            logger.warning("\(error)")
        }
        errorHandler?(error)
    }
}

/// Owns one `rd_kafka_t` and its callback context, and destroys both exactly once.
final class RdKafkaClient: Sendable {
    let handle: RdKafkaHandle
    let callbacks: ClientCallbacks
    /// `true` while the handle may be used; guarded so destruction never races a short call.
    private let open = Mutex(true)

    var rk: OpaquePointer { handle.pointer }

    /// Creates the handle. `customize` may install type-specific callbacks on the conf.
    init(
        type: rd_kafka_type_t, config: RdKafkaConfig, callbacks: ClientCallbacks,
        customize: (OpaquePointer) -> Void = { _ in }
    ) throws(KafkaError) {
        let conf = try config.makeConf()
        let opaque = Unmanaged.passRetained(callbacks).toOpaque()
        rd_kafka_conf_set_opaque(conf, opaque)
        rd_kafka_conf_set_log_cb(conf) { rk, level, facility, line in
            guard let rk, let callbacks = ClientCallbacks.from(rd_kafka_opaque(rk)) else { return }
            let fac = facility.map { String(cString: $0) } ?? "?"
            callbacks.logger.log(
                level: RdKafkaConfig.loggerLevel(forSyslog: level), "\(line.map { String(cString: $0) } ?? "")",
                metadata: ["rdkafka.facility": "\(fac)"])
        }
        rd_kafka_conf_set_error_cb(conf) { rk, err, reason, opaque in
            ClientCallbacks.from(opaque)?.handleError(rk, err, reason.map { String(cString: $0) } ?? "")
        }
        if callbacks.statisticsHandler != nil {
            rd_kafka_conf_set_stats_cb(conf) { _, json, length, opaque in
                if let json, let handler = ClientCallbacks.from(opaque)?.statisticsHandler {
                    handler(String(decoding: UnsafeRawBufferPointer(start: json, count: length), as: UTF8.self))
                }
                return 0  // librdkafka frees the JSON
            }
        }
        customize(conf)
        var errstr = [CChar](repeating: 0, count: 512)
        guard let rk = rd_kafka_new(type, conf, &errstr, errstr.count) else {
            rd_kafka_conf_destroy(conf)
            Unmanaged<ClientCallbacks>.fromOpaque(opaque).release()
            throw KafkaError(
                code: .invalidArgument, message: "cannot create client: \(String(cBuffer: errstr))",
                hint: "check the configuration for conflicting settings")
        }
        self.handle = RdKafkaHandle(pointer: rk)
        self.callbacks = callbacks
    }

    /// Runs a short, non-blocking call on the handle, or throws if it is already destroyed.
    func withHandle<T>(_ what: String, _ body: (OpaquePointer) throws(KafkaError) -> T) throws(KafkaError) -> T {
        try open.withLock { (isOpen: inout Bool) throws(KafkaError) -> T in
            guard isOpen else { throw KafkaError.clientClosed(what) }
            return try body(handle.pointer)
        }
    }

    var isOpen: Bool { open.withLock { $0 } }

    /// Interrupts a blocking `rd_kafka_poll`/`consumer_poll` so the client thread notices new work.
    /// Safe to call at any time: it is a no-op once the handle is destroyed.
    func wakeUp() {
        open.withLock { isOpen in if isOpen { rd_kafka_yield(handle.pointer) } }
    }

    /// Destroys the handle (blocking: call only on a client thread). Idempotent.
    func destroy() {
        let wasOpen = open.withLock { isOpen in
            defer { isOpen = false }
            return isOpen
        }
        guard wasOpen else { return }
        rd_kafka_destroy(handle.pointer)
        // Only now can no callback run any more.
        Unmanaged.passUnretained(callbacks).release()
    }

    /// Fails with the fatal error, if librdkafka raised one.
    func checkNotFatal() throws(KafkaError) {
        if let error = callbacks.fatalError.withLock({ $0 }) { throw error }
    }

    /// Number of partitions of `topic`, from a metadata request (blocking).
    func partitionCount(topic: String, timeout: Duration) throws(KafkaError) -> Int {
        guard let rkt = rd_kafka_topic_new(rk, topic, nil) else {
            throw KafkaError(rd_kafka_last_error(), "metadata for \"\(topic)\"")
        }
        defer { rd_kafka_topic_destroy(rkt) }
        var metadata: UnsafePointer<rd_kafka_metadata>?
        let err = rd_kafka_metadata(rk, 0, rkt, &metadata, timeout.timeoutMilliseconds)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR, let metadata else {
            throw KafkaError(err, "metadata for \"\(topic)\"", brokers: callbacks.brokers)
        }
        defer { rd_kafka_metadata_destroy(metadata) }
        let topics = UnsafeBufferPointer(start: metadata.pointee.topics, count: Int(metadata.pointee.topic_cnt))
        guard let entry = topics.first(where: { String(cString: $0.topic) == topic }) else {
            throw KafkaError(RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART, "metadata for \"\(topic)\"")
        }
        if entry.err != RD_KAFKA_RESP_ERR_NO_ERROR {
            throw KafkaError(entry.err, "metadata for \"\(topic)\"", brokers: callbacks.brokers)
        }
        return Int(entry.partition_cnt)
    }

    /// Every topic of the cluster with its partition count (blocking). Asks for all topics, so
    /// unlike a per-topic metadata request it never auto-creates one.
    func allTopicPartitionCounts(timeout: Duration) throws(KafkaError) -> [String: Int] {
        var metadata: UnsafePointer<rd_kafka_metadata>?
        let err = rd_kafka_metadata(rk, 1, nil, &metadata, timeout.timeoutMilliseconds)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR, let metadata else {
            throw KafkaError(err, "cluster metadata", brokers: callbacks.brokers)
        }
        defer { rd_kafka_metadata_destroy(metadata) }
        var counts: [String: Int] = [:]
        for entry in UnsafeBufferPointer(start: metadata.pointee.topics, count: Int(metadata.pointee.topic_cnt))
        where entry.err == RD_KAFKA_RESP_ERR_NO_ERROR {
            counts[String(cString: entry.topic)] = Int(entry.partition_cnt)
        }
        return counts
    }

    /// Low and high watermarks from the partition leader (blocking).
    func watermarks(topic: String, partition: Int32, timeout: Duration) throws(KafkaError) -> (low: Int64, high: Int64) {
        var low: Int64 = -1
        var high: Int64 = -1
        let err = rd_kafka_query_watermark_offsets(rk, topic, partition, &low, &high, timeout.timeoutMilliseconds)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError(err, "watermarks of \(topic)[\(partition)]", brokers: callbacks.brokers)
        }
        return (low, high)
    }
}

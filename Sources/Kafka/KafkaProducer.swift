import CRdKafka

/// A Kafka producer. Delivery reports are served by the producer's own poll thread; enqueueing
/// never blocks a thread: when librdkafka's queue is full the calling task suspends until
/// deliveries free room.
///
/// Call ``shutdown(timeout:)`` when done; it flushes outstanding messages.
public final class KafkaProducer: Sendable {
    /// The configuration the producer was created with.
    public let configuration: KafkaProducerConfiguration
    let core: ProducerCore
    /// Runs `rd_kafka_poll` between jobs; flush and transaction calls run here too, so every
    /// delivery callback fires on this one thread, in order.
    let thread: ClientThread

    /// Creates the producer and starts its poll thread.
    /// - Throws: ``KafkaError`` naming the offending key if the configuration is invalid.
    public init(configuration: KafkaProducerConfiguration) throws {
        self.configuration = configuration
        var config = RdKafkaConfig(client: configuration.client)
        config.set("enable.idempotence", configuration.idempotence)
        config.set("acks", configuration.acks.rawValue)
        config.set("partitioner", configuration.partitioner.rawValue)
        config.set("compression.codec", configuration.compression.rawValue)
        config.set("linger.ms", milliseconds: configuration.linger)
        config.set("queue.buffering.max.messages", configuration.queueMaxMessages)
        config.set("queue.buffering.max.kbytes", configuration.queueMaxKBytes)
        var messageTimeout = configuration.messageTimeout
        if let transactionalID = configuration.transactionalID {
            config.set("transactional.id", transactionalID)
            config.set("transaction.timeout.ms", milliseconds: configuration.transactionTimeout)
            // librdkafka rejects a message timeout longer than the transaction timeout.
            messageTimeout = min(messageTimeout, configuration.transactionTimeout)
        }
        config.set("message.timeout.ms", milliseconds: messageTimeout)
        config.applyOverrides(configuration.client.properties)

        let client = try RdKafkaClient(
            type: RD_KAFKA_PRODUCER, config: config, callbacks: ClientCallbacks(client: configuration.client),
            customize: ProducerCore.installDeliveryCallback)
        let core = ProducerCore(client: client)
        self.core = core
        self.thread = ClientThread(name: "kafka-producer-poll", idle: { core.pollOnce() }, wake: { client.wakeUp() })
    }

    deinit {
        // Dropped without shutdown(): clean up on the poll thread without blocking whoever released us.
        if core.markShutdown() {
            let core = core
            thread.submit { core.teardown(flushTimeout: .seconds(5)) }
        }
        thread.requestStop()
    }

    /// Queues a message for delivery and returns as soon as librdkafka has accepted it.
    ///
    /// `onDelivery` is called exactly once, on the producer's poll thread, with the stored offset
    /// or the final delivery error (after librdkafka's retries). Keep it short.
    /// If librdkafka's queue is full, the task suspends until deliveries free room.
    /// - Throws: ``KafkaError`` if the message cannot be queued (e.g. unknown partition, message
    ///   too large, fatal producer error, producer shut down), or `CancellationError` if the task is
    ///   cancelled while waiting for room. `onDelivery` is not called when this throws.
    public func enqueue(
        _ message: KafkaProducerMessage,
        onDelivery: @escaping @Sendable (Result<DeliveryReport, KafkaError>) -> Void
    ) async throws {
        let box = Unmanaged.passRetained(DeliveryBox(onDelivery))
        var ownedByLibrdkafka = false
        defer { if !ownedByLibrdkafka { box.release() } }
        while true {
            try core.client.checkNotFatal()
            let (generation, isShutdown) = core.state.withLock { ($0.generation, $0.isShutdown) }
            if isShutdown { throw KafkaError.clientClosed("producer") }
            let error = try core.client.withHandle("producer") { rk in
                ProduceCall.produce(rk, message, opaque: box.toOpaque())
            }
            guard let error else {
                ownedByLibrdkafka = true
                return
            }
            guard error.code == .queueFull else { throw error }
            try await core.waitForRoom(after: generation)
        }
    }

    /// Produces a message and waits for its delivery report.
    /// - Returns: Where the message was stored.
    /// - Throws: ``KafkaError`` if it could not be queued or delivered.
    public func send(_ message: KafkaProducerMessage) async throws -> DeliveryReport {
        let promise = DeliveryPromise()
        try await enqueue(message) { promise.fulfill($0) }
        return try await promise.value
    }

    /// Waits until every queued message has been delivered or failed.
    /// - Throws: ``KafkaError`` with code `_TIMED_OUT` if messages are still outstanding after `timeout`.
    public func flush(timeout: Duration) async throws {
        try await onPollThread("flush") { rk throws(KafkaError) in
            let err = rd_kafka_flush(rk, timeout.timeoutMilliseconds)
            if err != RD_KAFKA_RESP_ERR_NO_ERROR {
                throw KafkaError(err, "flush: \(rd_kafka_outq_len(rk)) messages still outstanding after \(timeout)")
            }
        }
    }

    /// Messages and requests not yet delivered or failed (`rd_kafka_outq_len`).
    public var outstandingMessages: Int {
        (try? core.client.withHandle("producer") { Int(rd_kafka_outq_len($0)) }) ?? 0
    }

    /// The fatal error librdkafka raised, if any; once set, the producer refuses new messages.
    public var fatalError: KafkaError? { core.client.callbacks.fatalError.withLock { $0 } }

    /// Flushes outstanding messages (waiting at most `timeout`; the rest fail with `_PURGE_QUEUE`),
    /// stops the poll thread and destroys the client. Idempotent.
    public func shutdown(timeout: Duration = .seconds(30)) async {
        guard core.markShutdown() else { return }
        let (core, thread) = (core, thread)
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let accepted = thread.submit {
                core.teardown(flushTimeout: timeout)
                thread.requestStop()
                continuation.resume()
            }
            if !accepted { continuation.resume() }
        }
    }

    /// Makes librdkafka raise a fatal error (`rd_kafka_test_fatal_error`), to test error handling.
    func triggerFatalErrorForTesting(_ code: KafkaError.Code, reason: String) {
        _ = try? core.client.withHandle("producer") { rd_kafka_test_fatal_error($0, code.rdValue, reason) }
    }

    /// Runs a blocking call on the poll thread, if the handle still exists.
    func onPollThread<T: Sendable>(
        _ what: String, _ body: @escaping @Sendable (OpaquePointer) throws(KafkaError) -> T
    ) async throws(KafkaError) -> T {
        let client = core.client
        return try await thread.run("producer") { () throws(KafkaError) -> T in
            guard client.isOpen else { throw KafkaError.clientClosed("producer") }
            try client.checkNotFatal()
            return try body(client.rk)
        }
    }
}

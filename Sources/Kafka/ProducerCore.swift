import CRdKafka
import Foundation
import Synchronization

/// A message's delivery callback, passed through librdkafka as the per-message opaque.
final class DeliveryBox: Sendable {
    let handler: @Sendable (Result<DeliveryReport, KafkaError>) -> Void
    init(_ handler: @escaping @Sendable (Result<DeliveryReport, KafkaError>) -> Void) { self.handler = handler }
}

/// The producer's shared state, used by callers and by its poll thread (which must not retain the
/// public ``KafkaProducer`` so that dropping it can trigger cleanup).
final class ProducerCore: Sendable {
    struct State {
        /// Enqueuers waiting for queue room, resumed by the poll thread.
        var waiters: [UInt64: CheckedContinuation<Void, any Error>] = [:]
        var nextWaiterID: UInt64 = 0
        /// Bumped whenever the poll thread may have freed queue room; lets an enqueuer that raced
        /// with a poll retry instead of sleeping (no lost wake-ups).
        var generation: UInt64 = 0
        var isShutdown = false
    }

    let client: RdKafkaClient
    let state = Mutex(State())

    init(client: RdKafkaClient) { self.client = client }

    /// One poll-thread step: serve delivery reports and error callbacks, then wake enqueuers.
    func pollOnce() {
        guard client.isOpen else {
            // Destroyed, thread about to stop: don't spin meanwhile.
            usleep(10_000)
            return
        }
        let served = rd_kafka_poll(client.rk, 100)
        let waiters = state.withLock { state -> [CheckedContinuation<Void, any Error>] in
            guard served > 0 || !state.waiters.isEmpty else { return [] }
            state.generation &+= 1
            defer { state.waiters.removeAll() }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Suspends until the poll thread has served deliveries since `generation` was read.
    func waitForRoom(after generation: UInt64) async throws {
        let id = state.withLock { state in
            defer { state.nextWaiterID &+= 1 }
            return state.nextWaiterID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let immediate: Result<Void, any Error>? = state.withLock { state in
                    if state.isShutdown { return .failure(KafkaError.clientClosed("producer")) }
                    if Task.isCancelled { return .failure(CancellationError()) }
                    if state.generation != generation { return .success(()) }
                    state.waiters[id] = continuation
                    return nil
                }
                if let immediate { continuation.resume(with: immediate) }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.resume(throwing: CancellationError())
        }
    }

    /// Refuses new messages and fails every waiting enqueuer. Returns `false` if already shut down.
    func markShutdown() -> Bool {
        let (first, waiters) = state.withLock { state in
            defer {
                state.isShutdown = true
                state.waiters.removeAll()
            }
            return (!state.isShutdown, Array(state.waiters.values))
        }
        for waiter in waiters { waiter.resume(throwing: KafkaError.clientClosed("producer")) }
        return first
    }

    var isShutdown: Bool { state.withLock { $0.isShutdown } }

    /// Flushes, purges what could not be delivered (so every callback still fires), destroys the handle.
    /// Runs on the poll thread.
    func teardown(flushTimeout: Duration) {
        guard client.isOpen else { return }
        let rk = client.rk
        if rd_kafka_flush(rk, flushTimeout.timeoutMilliseconds) != RD_KAFKA_RESP_ERR_NO_ERROR {
            client.callbacks.logger.warning(
                "producer shutdown: \(rd_kafka_outq_len(rk)) messages not delivered within \(flushTimeout); purging them")
            _ = rd_kafka_purge(rk, Int32(RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT | RD_KAFKA_PURGE_F_NON_BLOCKING))
            // Serves the purged messages' delivery reports (they fail with _PURGE_QUEUE).
            _ = rd_kafka_flush(rk, 1000)
        }
        client.destroy()
    }

    /// The delivery-report callback: runs on the poll thread (inside rd_kafka_poll/flush).
    static func installDeliveryCallback(_ conf: OpaquePointer) {
        rd_kafka_conf_set_dr_msg_cb(conf) { _, message, _ in
            guard let message, let opaque = message.pointee._private else { return }
            let box = Unmanaged<DeliveryBox>.fromOpaque(opaque).takeRetainedValue()
            let topic = String(cString: rd_kafka_topic_name(message.pointee.rkt))
            if message.pointee.err == RD_KAFKA_RESP_ERR_NO_ERROR {
                box.handler(.success(DeliveryReport(
                    topic: topic, partition: message.pointee.partition, offset: message.pointee.offset)))
            } else {
                // Not rd_kafka_message_errstr: for a delivery report it returns the payload (the
                // message itself, not NUL-terminated), which would be read past its end and logged.
                let detail = String(cString: rd_kafka_err2str(message.pointee.err))
                box.handler(.failure(KafkaError(message.pointee.err, "delivery to \(topic)", detail: detail)))
            }
        }
    }
}

/// A one-shot rendezvous between a delivery callback and the task awaiting it.
final class DeliveryPromise: Sendable {
    private enum State {
        case pending(CheckedContinuation<DeliveryReport, any Error>?)
        case done(Result<DeliveryReport, KafkaError>)
    }

    private let state = Mutex(State.pending(nil))

    func fulfill(_ result: Result<DeliveryReport, KafkaError>) {
        let waiter = state.withLock { state -> CheckedContinuation<DeliveryReport, any Error>? in
            guard case .pending(let waiter) = state else { return nil }
            state = .done(result)
            return waiter
        }
        waiter?.resume(with: result)
    }

    var value: DeliveryReport {
        get async throws {
            try await withCheckedThrowingContinuation { continuation in
                let ready = state.withLock { state -> Result<DeliveryReport, KafkaError>? in
                    switch state {
                    case .done(let result): return result
                    case .pending: state = .pending(continuation); return nil
                    }
                }
                if let ready { continuation.resume(with: ready) }
            }
        }
    }
}

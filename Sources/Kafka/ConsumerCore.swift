import CRdKafka
import Foundation
import Logging
import Synchronization

/// The consumer's poll-thread logic: fetching into the buffer, rebalances, errors and close.
/// Shared with the poll thread, which must not retain the public ``KafkaConsumer``.
final class ConsumerCore: RebalanceHandling {
    let buffer: ConsumerMessageBuffer
    let listener: (any KafkaRebalanceListener)?
    let logger: Logger
    /// Partitions revoked while the poll thread was collecting a batch (only touched on that thread;
    /// the lock is uncontended and only satisfies `Sendable`).
    private let revokedDuringPoll = Mutex<Set<TopicPartition>>([])
    /// Tasks awaiting ``KafkaConsumer/close()``; `nil` once closed.
    let closeWaiters = Mutex<[CheckedContinuation<Void, Never>]?>([])
    /// Largest batch taken from librdkafka per poll step.
    private let maxBatch = 512
    /// Set by `subscribe` when the group uses the cooperative-sticky assignor, and by the first
    /// assignment: librdkafka 2.0.2 aborts (`assignor_state` assertion, librdkafka#4312, fixed in
    /// 2.3.0) when such a consumer is destroyed after joining but before its first assignment.
    let usesCooperativeSticky = Atomic<Bool>(false)
    let sawAssignment = Atomic<Bool>(false)
    /// Bytes polled since librdkafka's queue was last seen empty (only the poll thread uses it).
    /// Once the queue holds `queued.max.messages.kbytes`, librdkafka 2.0.2 stops fetching and
    /// does not notice that it drained until its broker thread wakes for some other reason, up
    /// to a second later (2.1.0 added `fetch.queue.backoff.ms` for this). One fetch response can
    /// fill it, and so can a backlog behind a full hand-off buffer. When the queue runs dry after
    /// `refetchAfterBytes` were polled, the poll thread wakes the fetchers (``wakeFetchers(_:)``).
    private let polledSinceQueueEmpty = Atomic<Int>(0)
    private let refetchAfterBytes: Int
    /// How many times fetching was restarted after the queue may have stopped it.
    let fetchRestarts = Atomic<Int>(0)
    /// A wake-up request (see ``wakeFetchers(_:)``) is queued or running on `io`.
    private let wakePending = Atomic<Bool>(false)
    /// The consumer's thread for blocking requests.
    let io: ClientThread
    /// librdkafka commits stored offsets by itself (`enable.auto.commit`).
    let autoCommit: Bool

    /// - Parameter queueLimitBytes: librdkafka's `queued.max.messages.kbytes`, in bytes.
    init(bufferCapacity: Int, queueLimitBytes: Int, autoCommit: Bool, listener: (any KafkaRebalanceListener)?,
         logger: Logger, io: ClientThread) {
        self.io = io
        self.autoCommit = autoCommit
        self.buffer = ConsumerMessageBuffer(capacity: bufferCapacity)
        // Half the limit: librdkafka counts payloads a little differently, so wake the fetchers
        // early rather than stall; a needless wake-up costs one ListOffsets request.
        self.refetchAfterBytes = max(1, queueLimitBytes / 2)
        self.listener = listener
        self.logger = logger
    }

    /// One poll-thread step: wait for buffer space (backpressure), then poll a batch.
    func pollOnce(_ client: RdKafkaClient) {
        guard client.isOpen else {
            usleep(10_000)  // closed, thread about to stop: don't spin meanwhile
            return
        }
        let free = buffer.waitForSpace(timeout: .milliseconds(100))
        guard free > 0 else { return }
        let collectedAt = buffer.epoch.load(ordering: .acquiring)
        let limit = min(free, maxBatch)
        var batch: [KafkaConsumerMessage] = []
        var polled = polledSinceQueueEmpty.load(ordering: .relaxed)
        // When fetching may have stopped, look without waiting: an empty queue then says so.
        var timeout: Int32 = polled >= refetchAfterBytes ? 0 : 100
        while batch.count < limit {
            guard let message = rd_kafka_consumer_poll(client.rk, timeout) else {
                let mayHaveStopped = polled >= refetchAfterBytes
                polled = 0
                guard mayHaveStopped else { break }
                wakeFetchers(client)
                // Hand over what was collected; with nothing, wait for the woken fetchers.
                if !batch.isEmpty { break }
                timeout = 100
                continue
            }
            // Once something arrived, drain what is already fetched without waiting.
            timeout = 0
            polled += message.pointee.len + message.pointee.key_len
            defer { rd_kafka_message_destroy(message) }
            if message.pointee.err == RD_KAFKA_RESP_ERR_NO_ERROR {
                dropRevokedFromBatch(&batch)
                batch.append(KafkaConsumerMessage(message))
            } else {
                handleMessageError(message, client)
            }
        }
        polledSinceQueueEmpty.store(polled, ordering: .relaxed)
        dropRevokedFromBatch(&batch)
        buffer.append(batch, collectedAt: collectedAt)
    }

    /// Wakes the broker threads of the assigned partitions, so that they look at the drained
    /// queue again and fetch. Neither pausing nor resuming does that in 2.0.2: those ops run on
    /// librdkafka's main thread, and the broker thread only sees the change when it next wakes.
    /// A request does, since the broker thread sends it: `rd_kafka_offsets_for_times` (latest
    /// offsets) sends one ListOffsets request to each leader of the assigned partitions. It
    /// waits for the replies, so it runs on the I/O thread, one at a time; its answer is not used.
    func wakeFetchers(_ client: RdKafkaClient) {
        guard !wakePending.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let accepted = io.submit { [self] in
            defer { wakePending.store(false, ordering: .releasing) }
            guard client.isOpen else { return }
            var assigned: RdPartitionList?
            guard rd_kafka_assignment(client.rk, &assigned) == RD_KAFKA_RESP_ERR_NO_ERROR, let assigned else { return }
            defer { rd_kafka_topic_partition_list_destroy(assigned) }
            guard assigned.pointee.cnt > 0 else { return }
            for index in 0..<Int(assigned.pointee.cnt) { assigned.pointee.elems[index].offset = Int64(RD_KAFKA_OFFSET_END) }
            fetchRestarts.add(1, ordering: .relaxed)
            _ = rd_kafka_offsets_for_times(client.rk, assigned, 500)
        }
        if !accepted { wakePending.store(false, ordering: .releasing) }
    }

    /// A revoke callback ran inside `rd_kafka_consumer_poll`: messages collected before it for the
    /// revoked partitions must not be delivered.
    private func dropRevokedFromBatch(_ batch: inout [KafkaConsumerMessage]) {
        let revoked = revokedDuringPoll.withLock { revoked in
            defer { revoked.removeAll() }
            return revoked
        }
        if !revoked.isEmpty { batch.removeAll { revoked.contains($0.topicPartition) } }
    }

    private func handleMessageError(_ message: UnsafeMutablePointer<rd_kafka_message_t>, _ client: RdKafkaClient) {
        let err = message.pointee.err
        if err == RD_KAFKA_RESP_ERR__PARTITION_EOF { return }
        let detail = String(cString: rd_kafka_message_errstr(message))
        let source = message.pointee.rkt.map {
            "consume from \(String(cString: rd_kafka_topic_name($0)))[\(message.pointee.partition)]"
        } ?? "consume"
        if err == RD_KAFKA_RESP_ERR__FATAL {
            var text = [CChar](repeating: 0, count: 512)
            let original = rd_kafka_fatal_error(client.rk, &text, text.count)
            let error = KafkaError(
                code: KafkaError.Code(original), message: "\(source): fatal error: \(String(cBuffer: text))",
                isFatal: true)
            client.callbacks.fatalError.withLock { if $0 == nil { $0 = error } }
            logger.critical("\(error)")
            buffer.finish(error)
            return
        }
        // Transient problems (broker down, topic not yet created): librdkafka keeps retrying.
        let error = KafkaError(err, source, detail: detail, brokers: client.callbacks.brokers)
        logger.warning("\(error)")
        client.callbacks.errorHandler?(error)
    }

    /// librdkafka's rebalance callback, on the poll thread. The listener runs before the
    /// assignment changes, so it can commit revoked partitions or prepare for new ones.
    func handleRebalance(_ rk: OpaquePointer, _ err: rd_kafka_resp_err_t, _ list: RdPartitionList) {
        let partitions = TopicPartitionList.partitions(list).sorted()
        let cooperative = rd_kafka_rebalance_protocol(rk).map { String(cString: $0) } == "COOPERATIVE"
        let context = KafkaRebalanceContext(handle: RdKafkaHandle(pointer: rk))
        switch err {
        case RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS:
            sawAssignment.store(true, ordering: .releasing)
            logger.info("partitions assigned: \(partitions)", metadata: ["cooperative": "\(cooperative)"])
            if !partitions.isEmpty { listener?.partitionsAssigned(partitions, context: context) }
            buffer.assigned(partitions)
            if cooperative {
                if let error = rd_kafka_incremental_assign(rk, list) {
                    logger.error("\(KafkaError.consuming(error, "incremental assign"))")
                }
            } else {
                let result = rd_kafka_assign(rk, list)
                if result != RD_KAFKA_RESP_ERR_NO_ERROR { logger.error("\(KafkaError(result, "assign"))") }
            }
        case RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS:
            let lost = rd_kafka_assignment_lost(rk) != 0
            logger.info("partitions \(lost ? "lost" : "revoked"): \(partitions)")
            // Discard buffered messages first: from now on the application must not see them.
            buffer.revoked(partitions)
            revokedDuringPoll.withLock { $0.formUnion(partitions) }
            if !partitions.isEmpty {
                if lost {
                    listener?.partitionsLost(partitions, context: context)
                } else {
                    listener?.partitionsRevoked(partitions, context: context)
                    if autoCommit { commitRevoked(rk, partitions) }
                }
            }
            if cooperative {
                if let error = rd_kafka_incremental_unassign(rk, list) {
                    logger.error("\(KafkaError.consuming(error, "incremental unassign"))")
                }
            } else {
                _ = rd_kafka_assign(rk, nil)
            }
        default:
            logger.error("\(KafkaError(err, "rebalance"))")
            buffer.revoked(partitions)
            _ = rd_kafka_assign(rk, nil)
        }
    }

    /// Auto commit's last commit of revoked partitions, here, while they are still ours. librdkafka
    /// would commit their stored offsets itself once this callback has returned, when the group is
    /// already rebalancing: the broker then refuses it ("Offset commit (unassigned partitions)
    /// failed … generation id is not valid"), a warning at every departure of one of two members
    /// (each worker shutdown) even when the listener had committed them. So commit now, and on
    /// success leave librdkafka nothing to commit for them; on failure it tries again as before.
    private func commitRevoked(_ rk: OpaquePointer, _ partitions: [TopicPartition]) {
        do {
            try ConsumerOperations.commit(rk, nil)
            ConsumerOperations.forgetStoredOffsets(rk, partitions)
        } catch {
            logger.warning("commit on revocation failed; librdkafka retries it as the partitions go",
                           metadata: ["error": "\(error)"])
        }
    }

    /// Serves the group protocol (up to 10 s) until the first assignment arrives when the
    /// cooperative-sticky assignor needs it; returns whether destroying the handle is safe.
    private func waitForFirstAssignmentIfNeeded(_ client: RdKafkaClient) -> Bool {
        guard usesCooperativeSticky.load(ordering: .acquiring) else { return true }
        let deadline = ContinuousClock.now + .seconds(10)
        while !sawAssignment.load(ordering: .acquiring) && ContinuousClock.now < deadline {
            // Messages fetched meanwhile are dropped: nothing was committed for them.
            if let message = rd_kafka_consumer_poll(client.rk, 100) { rd_kafka_message_destroy(message) }
        }
        return sawAssignment.load(ordering: .acquiring)
    }

    /// Leaves the group (running the revoke callback), stops the worker, destroys the handle and
    /// ends the message sequence. Runs on the poll thread.
    func close(_ client: RdKafkaClient, worker: ClientThread) {
        if client.isOpen {
            let safeToDestroy = waitForFirstAssignmentIfNeeded(client)
            let err = rd_kafka_consumer_close(client.rk)
            if err != RD_KAFKA_RESP_ERR_NO_ERROR { logger.warning("\(KafkaError(err, "consumer close"))") }
            // Blocking calls on the worker must finish before the handle goes away.
            worker.stop()
            if safeToDestroy {
                client.destroy()
            } else {
                // Destroying now would abort the process (see `usesCooperativeSticky`); the
                // handle's memory and threads are left for process exit instead.
                logger.warning("consumer closed before its first group assignment: not destroying its handle (librdkafka 2.0.2 bug #4312)")
            }
        }
        buffer.finish(nil)
        let waiters = closeWaiters.withLock { waiters in
            defer { waiters = nil }
            return waiters ?? []
        }
        for waiter in waiters { waiter.resume() }
    }

    static func installRebalanceCallback(_ conf: OpaquePointer) {
        rd_kafka_conf_set_rebalance_cb(conf) { rk, err, list, opaque in
            guard let rk, let list, let rebalance = ClientCallbacks.from(opaque)?.rebalance else { return }
            rebalance.handleRebalance(rk, err, list)
        }
    }
}

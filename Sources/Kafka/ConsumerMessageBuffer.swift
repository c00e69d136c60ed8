import Dispatch
import Synchronization

/// The bounded hand-off between the consumer's poll thread and the single task iterating
/// ``KafkaConsumer/messages``. The poll thread appends batches and waits when the buffer is full
/// (backpressure); the iterator takes everything buffered at once, so one continuation resume
/// delivers a whole batch.
final class ConsumerMessageBuffer: Sendable {
    private struct State {
        var messages: [KafkaConsumerMessage] = []
        var waiter: CheckedContinuation<Batch?, any Error>?
        /// Identifies the current waiter, so a timed wait's timer resumes only its own waiter.
        var waiterID: UInt64 = 0
        /// The epoch at which each partition was last rewound (``KafkaConsumer/rewind(_:)``):
        /// messages of it taken or collected before then belong to the old position.
        var rewoundAt: [TopicPartition: UInt64] = [:]
        var finished: KafkaError?? = nil  // .some(nil): ended cleanly; .some(error): failed
        var pollThreadWaiting = false
        /// Partitions whose messages may be delivered, used to filter after a revocation.
        var assigned: Set<TopicPartition> = []
    }

    enum TakeStep {
        case batch(Batch)
        case end(KafkaError?)
        case wait
    }

    struct Batch {
        var messages: [KafkaConsumerMessage]
        var epoch: UInt64
    }

    let capacity: Int
    private let state = Mutex(State())
    /// Bumped (under the lock) on every revocation; the iterator re-filters its batch when it changes.
    let epoch = Atomic<UInt64>(0)
    /// Set by ``endDelivery()``: the iterator returns no more messages, not even those it holds.
    let deliveryEnded = Atomic<Bool>(false)
    private let space = DispatchSemaphore(value: 0)

    init(capacity: Int) { self.capacity = max(1, capacity) }

    // MARK: Poll thread side

    /// Messages waiting to be taken.
    var count: Int { state.withLock { $0.messages.count } }

    /// Free slots; if none, waits up to `timeout` for the iterator to take messages.
    func waitForSpace(timeout: Duration) -> Int {
        let free = state.withLock { state in
            let free = capacity - state.messages.count
            if free <= 0 { state.pollThreadWaiting = true }
            return free
        }
        if free > 0 { return free }
        _ = space.wait(timeout: .now() + .milliseconds(Int(timeout.milliseconds)))
        return state.withLock { state in
            state.pollThreadWaiting = false
            return max(0, capacity - state.messages.count)
        }
    }

    /// Adds messages polled while `collectedAt` was the epoch; drops any revoked since.
    func append(_ batch: [KafkaConsumerMessage], collectedAt: UInt64) {
        guard !batch.isEmpty else { return }
        let handOff = state.withLock { state -> (CheckedContinuation<Batch?, any Error>, Batch)? in
            guard state.finished == nil else { return nil }
            let current = epoch.load(ordering: .relaxed)
            if current == collectedAt {
                state.messages.append(contentsOf: batch)
            } else {
                let (assigned, rewound) = (state.assigned, state.rewoundAt)
                state.messages.append(contentsOf: batch.filter {
                    assigned.contains($0.topicPartition) && (rewound[$0.topicPartition] ?? 0) <= collectedAt
                })
            }
            guard let waiter = state.waiter, !state.messages.isEmpty else { return nil }
            state.waiter = nil
            defer { state.messages = [] }
            return (waiter, Batch(messages: state.messages, epoch: current))
        }
        if let (waiter, batch) = handOff { waiter.resume(returning: batch) }
    }

    /// Partitions were added to the assignment.
    func assigned(_ partitions: [TopicPartition]) {
        state.withLock { $0.assigned.formUnion(partitions) }
    }

    /// Replaces the assignment (manual assign), dropping buffered messages of other partitions.
    func replaceAssignment(_ partitions: [TopicPartition]) {
        state.withLock { state in
            state.assigned = Set(partitions)
            let assigned = state.assigned
            state.messages.removeAll { !assigned.contains($0.topicPartition) }
            epoch.add(1, ordering: .releasing)
        }
        signalSpace()
    }

    /// Partitions were revoked or lost: their buffered messages must never reach the application.
    func revoked(_ partitions: [TopicPartition]) {
        state.withLock { state in
            state.assigned.subtract(partitions)
            let assigned = state.assigned
            state.messages.removeAll { !assigned.contains($0.topicPartition) }
            epoch.add(1, ordering: .releasing)
        }
        signalSpace()
    }

    /// Partitions were rewound (seek): their buffered messages, and those the iterator holds,
    /// came from the old position and must not reach the application.
    func rewound(_ partitions: [TopicPartition]) {
        state.withLock { state in
            let rewound = Set(partitions)
            state.messages.removeAll { rewound.contains($0.topicPartition) }
            let next = epoch.add(1, ordering: .releasing).newValue
            for partition in partitions { state.rewoundAt[partition] = next }
        }
        signalSpace()
    }

    /// Ends the sequence: cleanly with `nil`, or by throwing `error` (after buffered messages).
    func finish(_ error: KafkaError?) {
        let waiter = state.withLock { state -> CheckedContinuation<Batch?, any Error>? in
            guard state.finished == nil else { return nil }
            state.finished = .some(error)
            defer { state.waiter = nil }
            return state.waiter
        }
        if let waiter {
            if let error { waiter.resume(throwing: error) } else { waiter.resume(returning: nil) }
        }
        signalSpace()
    }

    /// Ends the sequence for its iterator at once (see ``KafkaConsumer/endMessages()``). What is
    /// buffered stays, undelivered, so the poll thread stops taking more until the consumer closes.
    func endDelivery() {
        deliveryEnded.store(true, ordering: .releasing)
        finish(nil)
    }

    /// Wakes the poll thread if it is waiting for space (also used to make it notice shutdown).
    func signalSpace() {
        let wasWaiting = state.withLock { state in
            defer { state.pollThreadWaiting = false }
            return state.pollThreadWaiting
        }
        if wasWaiting { space.signal() }
    }

    // MARK: Iterator side

    /// Everything buffered, waiting if empty (at most `timeout`, then an empty batch); `nil` at
    /// the end of the sequence.
    func takeBatch(timeout: Duration? = nil) async throws -> Batch? {
        let step = takeNow()
        switch step {
        case .batch(let batch): return batch
        case .end(let error):
            if let error { throw error }
            return nil
        case .wait: break
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Batch?, any Error>) in
                let immediate: Result<Batch?, any Error>? = state.withLock { state in
                    if !state.messages.isEmpty {
                        defer { state.messages = [] }
                        return .success(Batch(messages: state.messages, epoch: epoch.load(ordering: .relaxed)))
                    }
                    if let finished = state.finished {
                        if let error = finished { return .failure(error) }
                        return .success(nil)
                    }
                    if Task.isCancelled { return .success(nil) }
                    precondition(state.waiter == nil, "KafkaConsumer.messages supports a single iterating task")
                    state.waiter = continuation
                    state.waiterID &+= 1
                    if let timeout {
                        let id = state.waiterID
                        Task { [weak self] in
                            try? await Task.sleep(for: timeout)
                            self?.expireWaiter(id)
                        }
                    }
                    return nil
                }
                if let immediate {
                    if case .success(let batch?) = immediate, !batch.messages.isEmpty { signalSpace() }
                    continuation.resume(with: immediate)
                }
            }
        } onCancel: {
            // Cancelling the iterating task ends the sequence for that task.
            state.withLock { state in
                defer { state.waiter = nil }
                return state.waiter
            }?.resume(returning: nil)
        }
    }

    /// A timed wait ran out: hand its waiter an empty batch.
    private func expireWaiter(_ id: UInt64) {
        let waiter = state.withLock { state -> CheckedContinuation<Batch?, any Error>? in
            guard state.waiterID == id, let waiter = state.waiter else { return nil }
            state.waiter = nil
            return waiter
        }
        waiter?.resume(returning: Batch(messages: [], epoch: epoch.load(ordering: .acquiring)))
    }

    private func takeNow() -> TakeStep {
        let step = state.withLock { state -> TakeStep in
            if !state.messages.isEmpty {
                defer { state.messages = [] }
                return .batch(Batch(messages: state.messages, epoch: epoch.load(ordering: .relaxed)))
            }
            if let finished = state.finished { return .end(finished) }
            return .wait
        }
        if case .batch = step { signalSpace() }
        return step
    }

    /// Keeps only messages of still-assigned partitions not rewound since `taken` (after a
    /// revocation or a rewind during iteration).
    func refilter(_ messages: ArraySlice<KafkaConsumerMessage>, taken: UInt64) -> Batch {
        state.withLock { state in
            let (assigned, rewound) = (state.assigned, state.rewoundAt)
            return Batch(
                messages: messages.filter {
                    assigned.contains($0.topicPartition) && (rewound[$0.topicPartition] ?? 0) <= taken
                },
                epoch: epoch.load(ordering: .relaxed))
        }
    }
}

/// The consumer's messages, in order per partition. Iterate from one task only.
///
/// The sequence ends (returns `nil`) when the consumer is closed or the iterating task is
/// cancelled, and throws a fatal ``KafkaError`` if the consumer becomes unusable.
public struct KafkaConsumerMessages: AsyncSequence, Sendable {
    /// Consumed messages.
    public typealias Element = KafkaConsumerMessage

    let buffer: ConsumerMessageBuffer

    /// Creates the (single) iterator.
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(buffer: buffer) }

    /// Hands out messages from locally held batches, refilling from the shared buffer when empty.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let buffer: ConsumerMessageBuffer
        private var batch: [KafkaConsumerMessage] = []
        private var index = 0
        private var batchEpoch: UInt64 = 0

        init(buffer: ConsumerMessageBuffer) { self.buffer = buffer }

        /// The next message, or `nil` when the sequence has ended.
        public mutating func next() async throws -> KafkaConsumerMessage? {
            while true {
                if buffer.deliveryEnded.load(ordering: .acquiring) { return nil }
                if index < batch.count {
                    // A cheap atomic check per message: a revocation since this batch was taken
                    // means some of it may belong to partitions we no longer own.
                    if buffer.epoch.load(ordering: .acquiring) != batchEpoch {
                        let fresh = buffer.refilter(batch[index...], taken: batchEpoch)
                        batch = fresh.messages
                        batchEpoch = fresh.epoch
                        index = 0
                        continue
                    }
                    defer { index += 1 }
                    return batch[index]
                }
                batch = []
                index = 0
                guard let next = try await buffer.takeBatch() else { return nil }
                batch = next.messages
                batchEpoch = next.epoch
            }
        }

        /// The next message, or ``KafkaConsumerMessages/Step/idle`` if none arrives within
        /// `timeout` (for loops that must also act on time, e.g. commit a transaction every
        /// 100 ms), or ``KafkaConsumerMessages/Step/end`` when the sequence has ended.
        public mutating func next(waitingAtMost timeout: Duration) async throws -> Step {
            while true {
                if buffer.deliveryEnded.load(ordering: .acquiring) { return .end }
                if index < batch.count {
                    if buffer.epoch.load(ordering: .acquiring) != batchEpoch {
                        let fresh = buffer.refilter(batch[index...], taken: batchEpoch)
                        batch = fresh.messages
                        batchEpoch = fresh.epoch
                        index = 0
                        continue
                    }
                    defer { index += 1 }
                    return .message(batch[index])
                }
                batch = []
                index = 0
                guard let next = try await buffer.takeBatch(timeout: timeout) else { return .end }
                if next.messages.isEmpty { return .idle }
                batch = next.messages
                batchEpoch = next.epoch
            }
        }
    }

    /// What ``AsyncIterator/next(waitingAtMost:)`` found.
    public enum Step: Sendable {
        case message(KafkaConsumerMessage)
        case idle
        case end
    }
}

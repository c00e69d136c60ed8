import Foundation
import Kafka

/// Tracks, per input partition, which messages still have outputs in flight, and releases an
/// input offset for commit only when that message and every message before it have all their
/// outputs acknowledged by the broker ("commit after acknowledgement").
///
/// It is shared by the worker loop (``begin(_:)``, ``seal(_:)``), the producer's delivery thread
/// (``delivered(_:error:)``) and the consumer's rebalance callback (``revoke(_:timeout:)``),
/// hence the lock; every critical section is a few dictionary operations.
public final class OffsetTracker: @unchecked Sendable {
    /// One input message being processed.
    public struct Ticket: Sendable, Hashable {
        public let partition: TopicPartition
        public let offset: Int64
        fileprivate let generation: Int
    }

    private struct Entry {
        var offset: Int64
        var outstanding = 0
        var sealed = false
        var onComplete: (@Sendable () -> Void)?
    }

    private struct PartitionState {
        var generation: Int
        var entries: [Entry] = []  // in offset order: one partition is processed sequentially
        var head = 0  // entries before head are done and released
        var pendingCount: Int { entries.count - head }

        /// The index of the entry for `offset` at or after `head` (entries are in offset order).
        func index(of offset: Int64) -> Int? {
            var low = head, high = entries.count
            while low < high {
                let middle = (low + high) / 2
                if entries[middle].offset < offset { low = middle + 1 } else { high = middle }
            }
            return low < entries.count && entries[low].offset == offset ? low : nil
        }

        /// Applies `change` to entry `index`, then moves `head` past the completed entries:
        /// returns how many completed and the next offset to commit if `head` moved.
        mutating func apply(
            _ change: (inout Entry) -> Void, at index: Int, completions: inout [@Sendable () -> Void]
        ) -> (completed: Int, next: Int64?) {
            change(&entries[index])
            var completed = 0
            var next: Int64?
            while head < entries.count, entries[head].sealed, entries[head].outstanding == 0 {
                next = entries[head].offset + 1
                if let done = entries[head].onComplete { completions.append(done) }
                entries[head].onComplete = nil
                head += 1
                completed += 1
            }
            if head > 1024 && head * 2 > entries.count {  // keep the array short
                entries.removeFirst(head)
                head = 0
            }
            return (completed, next)
        }
    }

    private let condition = NSCondition()  // guards everything below; also the rebalance wait
    private var partitions: [TopicPartition: PartitionState] = [:]
    private var nextGeneration = 1
    private var inFlight = 0
    private var failure: (any Error)?
    private var capacityWaiters: [(limit: Int, continuation: CheckedContinuation<Void, Never>)] = []
    private var drainWaiters: [(id: UUID, continuation: CheckedContinuation<Void, Never>)] = []
    private var failureWaiters: [UUID: CheckedContinuation<Void, Never>] = [:]
    /// Set at shutdown: no new message is begun, and capacity waiters return at once.
    private var stopping = false

    /// Called (outside the lock) with the next offset to consume for partitions whose
    /// committed position may advance: the worker stores them in the consumer.
    private let release: @Sendable ([TopicPartition: Int64]) -> Void

    public init(release: @escaping @Sendable ([TopicPartition: Int64]) -> Void) {
        self.release = release
    }

    /// Partitions now owned by this worker: messages from them are accepted.
    public func assign(_ assigned: [TopicPartition]) {
        condition.lock()
        for partition in assigned {
            partitions[partition] = PartitionState(generation: nextGeneration)
            nextGeneration += 1
        }
        condition.unlock()
    }

    /// Starts processing a message; `nil` when its partition is no longer owned (revoked while
    /// the message waited), in which case the message must be skipped: its new owner will read it.
    public func begin(_ message: KafkaConsumerMessage) -> Ticket? {
        condition.lock()
        defer { condition.unlock() }
        let partition = message.topicPartition
        guard failure == nil, !stopping, let generation = partitions[partition]?.generation else { return nil }
        if let last = partitions[partition]?.entries.last, last.offset >= message.offset { return nil }  // already seen
        // Appended in place: copying the state out and back would copy every entry in flight.
        partitions[partition]!.entries.append(Entry(offset: message.offset))
        inFlight += 1
        return Ticket(partition: partition, offset: message.offset, generation: generation)
    }

    /// One more output of this message is about to be sent.
    public func addOutput(_ ticket: Ticket) {
        mutate(ticket) { $0.outstanding += 1 }
    }

    /// The message has no further outputs; it completes when the ones sent are acknowledged,
    /// and then `onComplete` runs (on whichever thread completed it).
    public func seal(_ ticket: Ticket, onComplete: (@Sendable () -> Void)? = nil) {
        mutate(ticket) {
            $0.sealed = true
            $0.onComplete = onComplete
        }
    }

    /// The broker acknowledged (or finally refused) one output of the message.
    public func delivered(_ ticket: Ticket, error: (any Error)? = nil) {
        if let error { fail(error) }
        mutate(ticket) { $0.outstanding -= 1 }
    }

    /// One more output shared by several messages (a coalesced aggregate batch) is about to be
    /// sent: each of them completes only once it is acknowledged.
    public func addOutput(_ tickets: [Ticket]) {
        mutate(tickets) { $0.outstanding += 1 }
    }

    /// The broker acknowledged (or finally refused) a shared output of these messages.
    public func delivered(_ tickets: [Ticket], error: (any Error)? = nil) {
        if let error { fail(error) }
        mutate(tickets) { $0.outstanding -= 1 }
    }

    /// Records a failure that must stop the worker (a refused delivery, a partition whose state
    /// cannot be rebuilt): offsets are no longer released and every waiter wakes up.
    public func fail(_ error: any Error) {
        condition.lock()
        let first = failure == nil
        if first { failure = error }
        let wake = first ? Array(failureWaiters.values) + capacityWaiters.map(\.continuation) + drainWaiters.map(\.continuation) : []
        if first {
            failureWaiters = [:]
            capacityWaiters = []
            drainWaiters = []
        }
        condition.broadcast()
        condition.unlock()
        for continuation in wake { continuation.resume() }
    }

    /// Shutdown has begun: begin no new message and let capacity waiters go, so the worker loop
    /// reaches its end promptly; messages already begun still complete and release offsets.
    public func stopAccepting() {
        condition.lock()
        stopping = true
        let wake = capacityWaiters.map(\.continuation)
        capacityWaiters = []
        condition.unlock()
        for continuation in wake { continuation.resume() }
    }

    /// Suspends until a failure is recorded (returns at once if there is one), or the task is cancelled.
    public func waitForFailure() async {
        let id = UUID()
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                condition.lock()
                let ready = failure != nil || Task.isCancelled
                if !ready { failureWaiters[id] = continuation }
                condition.unlock()
                if ready { continuation.resume() }
            }
        } onCancel: {
            condition.lock()
            let waiter = failureWaiters.removeValue(forKey: id)
            condition.unlock()
            waiter?.resume()
        }
    }

    /// The first delivery failure, if any: offsets are never released past it, and the worker
    /// stops so that a restart reprocesses from the last committed offset.
    public var firstFailure: (any Error)? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }

    /// Messages begun and not yet complete, over all partitions.
    public var inFlightCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return inFlight
    }

    /// Suspends until fewer than `limit` messages are in flight: the worker's backpressure.
    public func waitForCapacity(limit: Int) async {
        if hasCapacity(limit) { return }  // the common case: no continuation
        await withCheckedContinuation { continuation in
            if !parkUnlessCapacity(limit, continuation) { continuation.resume() }
        }
    }

    private func hasCapacity(_ limit: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return inFlight < limit || failure != nil || stopping
    }

    /// Parks the continuation unless there is room already (then the caller resumes it).
    private func parkUnlessCapacity(_ limit: Int, _ continuation: CheckedContinuation<Void, Never>) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if inFlight < limit || failure != nil || stopping { return false }
        capacityWaiters.append((limit, continuation))
        return true
    }

    /// Suspends until nothing is in flight (shutdown) or a delivery failed, at most `timeout`;
    /// returns whether nothing is in flight.
    public func waitUntilDrained(timeout: Duration) async -> Bool {
        let id = UUID()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await withCheckedContinuation { continuation in
                    if !self.parkUnlessDrained(id, continuation) { continuation.resume() }
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                self.unparkDrainWaiter(id)?.resume()
            }
            await group.next()
            group.cancelAll()
        }
        return inFlightCount == 0
    }

    private func parkUnlessDrained(_ id: UUID, _ continuation: CheckedContinuation<Void, Never>) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if inFlight == 0 || failure != nil { return false }
        drainWaiters.append((id, continuation))
        return true
    }

    private func unparkDrainWaiter(_ id: UUID) -> CheckedContinuation<Void, Never>? {
        condition.lock()
        defer { condition.unlock() }
        guard let index = drainWaiters.firstIndex(where: { $0.id == id }) else { return nil }
        return drainWaiters.remove(at: index).continuation
    }

    /// Stops accepting messages of `revoked` and blocks (on the calling thread, which must be
    /// the consumer's, never a Swift concurrency thread) until their in-flight messages complete
    /// or `timeout` passes. Returns whether they all completed.
    public func revoke(_ revoked: [TopicPartition], timeout: Duration) -> Bool {
        let deadline = Date().addingTimeInterval(TimeInterval(timeout.components.seconds)
            + TimeInterval(timeout.components.attoseconds) / 1e18)
        condition.lock()
        defer { condition.unlock() }
        var generations: [TopicPartition: Int] = [:]
        for partition in revoked { generations[partition] = partitions[partition]?.generation }
        func pending() -> Bool {
            revoked.contains { partition in
                guard let state = partitions[partition], state.generation == generations[partition] else { return false }
                return state.pendingCount > 0
            }
        }
        var completed = true
        while pending() && failure == nil {
            if !condition.wait(until: deadline) { completed = !pending(); break }
        }
        var abandoned = 0
        for partition in revoked where partitions[partition]?.generation == generations[partition] {
            abandoned += partitions[partition]?.pendingCount ?? 0
            partitions[partition] = nil
        }
        if abandoned > 0 {
            // Their outputs may still land; the new owner reprocesses them with the same ids.
            inFlight -= abandoned
            let wake = capacityWaiters.filter { inFlight < $0.limit }.map(\.continuation)
                + (inFlight == 0 ? drainWaiters.map(\.continuation) : [])
            capacityWaiters.removeAll { inFlight < $0.limit }
            if inFlight == 0 { drainWaiters = [] }
            for continuation in wake { continuation.resume() }
        }
        return completed && failure == nil
    }

    private func mutate(_ ticket: Ticket, _ change: (inout Entry) -> Void) {
        mutate(CollectionOfOne(ticket), change)
    }

    private func mutate(_ tickets: some Collection<Ticket>, _ change: (inout Entry) -> Void) {
        var released: [TopicPartition: Int64] = [:]
        var wake: [CheckedContinuation<Void, Never>] = []
        var completions: [@Sendable () -> Void] = []
        condition.lock()
        var advanced = false
        for ticket in tickets {
            // In place (`partitions[key]!`): copying the state out and back, as this did before,
            // copied every entry in flight on each call, i.e. on every delivery report.
            if partitions[ticket.partition]?.generation == ticket.generation,
               let index = partitions[ticket.partition]?.index(of: ticket.offset) {
                let (completed, next) = partitions[ticket.partition]!.apply(change, at: index, completions: &completions)
                inFlight -= completed
                if let next {
                    advanced = true
                    if failure == nil { released[ticket.partition] = max(released[ticket.partition] ?? next, next) }
                }
            }
        }
        if advanced { condition.broadcast() }
        capacityWaiters.removeAll { waiter in
            guard inFlight < waiter.limit || failure != nil else { return false }
            wake.append(waiter.continuation)
            return true
        }
        if inFlight == 0 || failure != nil {
            wake += drainWaiters.map(\.continuation)
            drainWaiters = []
        }
        if failure != nil { condition.broadcast() }
        condition.unlock()
        if !released.isEmpty { release(released) }
        for done in completions { done() }
        for continuation in wake { continuation.resume() }
    }
}

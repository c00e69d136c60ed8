import CustomsModel
import Kafka
import Synchronization

/// Counters of what the worker has done, for logs, metrics endpoints, the demo and tests.
public struct WorkerCounters: Sendable, Hashable {
    /// Raw reports whose outputs are all acknowledged (dead letters included).
    public var reportsCompleted = 0
    /// Raw reports in which no figure was found (not an error).
    public var reportsWithoutFigures = 0
    /// Metric records produced, by metric.
    public var recordsProduced: [Metric: Int] = [:]
    /// Metric records applied to aggregates (stage two), acknowledged.
    public var recordsAggregated = 0
    /// Aggregate messages produced (both kinds), acknowledged.
    public var aggregatesUpdated = 0
    /// Dead letters produced, by reason.
    public var deadLetters: [DeadLetterReason: Int] = [:]
    /// Partition assignments and revocations seen.
    public var rebalances = 0
    /// Aggregates restored from the aggregates topic on assignment.
    public var aggregatesRestored = 0
    /// Exactly-once mode: transactions committed, and aborted (then redone from the last
    /// committed offsets), and transactional calls retried after a retriable error.
    public var transactionsCommitted = 0
    public var transactionsAborted = 0
    public var transactionRetries = 0
    /// Per owned input partition, the next offset to process: the committed offset at
    /// assignment, then each offset released for commit. Tells whether the worker caught up.
    public var positions: [TopicPartition: Int64] = [:]

    /// Whether every partition in `ends` (high watermarks) has been processed up to its end.
    public func hasProcessed(upTo ends: [TopicPartition: Int64]) -> Bool {
        ends.allSatisfy { partition, end in end <= 0 || (positions[partition] ?? 0) >= end }
    }

    public var totalRecordsProduced: Int { recordsProduced.values.reduce(0, +) }
    public var totalDeadLetters: Int { deadLetters.values.reduce(0, +) }
}

/// Thread-safe ``WorkerCounters`` with a way to wait for a condition on them, so callers
/// (the demo, tests) wait for an event instead of sleeping.
public final class WorkerStatistics: Sendable {
    private struct State {
        var counters = WorkerCounters()
        var waiters: [(id: Int, predicate: @Sendable (WorkerCounters) -> Bool, continuation: CheckedContinuation<Bool, Never>)] = []
        var nextWaiter = 0
    }

    private let state = Mutex(State())
    private let metrics = WorkerMetrics()

    public init() {}

    public var snapshot: WorkerCounters { state.withLock { $0.counters } }

    /// Applies a change and wakes the waiters whose condition now holds.
    public func update(_ change: (inout WorkerCounters) -> Void) {
        let ready: [CheckedContinuation<Bool, Never>] = state.withLock { state in
            let before = state.counters
            change(&state.counters)
            let counters = state.counters
            metrics.record(from: before, to: counters)
            var ready: [CheckedContinuation<Bool, Never>] = []
            state.waiters.removeAll { waiter in
                guard waiter.predicate(counters) else { return false }
                ready.append(waiter.continuation)
                return true
            }
            return ready
        }
        for continuation in ready { continuation.resume(returning: true) }
    }

    /// Waits until `predicate` holds or `timeout` passes; returns whether it holds.
    public func wait(
        until predicate: @escaping @Sendable (WorkerCounters) -> Bool, timeout: Duration
    ) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            let id = state.withLock { state -> Int in
                state.nextWaiter += 1
                return state.nextWaiter
            }
            group.addTask {
                await withCheckedContinuation { continuation in
                    let satisfied = self.state.withLock { state -> Bool in
                        if predicate(state.counters) { return true }
                        state.waiters.append((id, predicate, continuation))
                        return false
                    }
                    if satisfied { continuation.resume(returning: true) }
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                let waiter = self.state.withLock { state -> CheckedContinuation<Bool, Never>? in
                    guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                    return state.waiters.remove(at: index).continuation
                }
                waiter?.resume(returning: false)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }
}

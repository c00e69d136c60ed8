import Synchronization

/// A value behind a lock that tasks can wait on: ``wait(until:timeout:)`` suspends until a
/// predicate on the value holds or a timeout passes, and each ``update(_:)`` resumes the waiters
/// whose predicate now holds. Event-driven: nothing polls, a waiter is resumed by the change
/// that satisfies it (or by its timeout, or by cancellation of the waiting task).
///
/// Used by ``WorkerStatistics`` and by the test and benchmark helpers that wait on a child
/// process's output. Predicates run under the lock, on the updating thread: keep them cheap.
public final class WaitableState<State: Sendable>: Sendable {
    private struct Waiter {
        let id: Int
        let predicate: @Sendable (State) -> Bool
        let continuation: CheckedContinuation<Bool, Never>
    }

    private struct Storage {
        var state: State
        var waiters: [Waiter] = []
        var nextID = 0
        /// Waits begun but not yet parked, and those of them whose timeout already fired (so a
        /// late park returns at once instead of waiting for an update that may never come).
        var starting: Set<Int> = []
        var expired: Set<Int> = []
    }

    private let storage: Mutex<Storage>

    public init(_ initial: State) {
        storage = Mutex(Storage(state: initial))
    }

    /// A copy of the current value.
    public var value: State { storage.withLock { $0.state } }

    /// Waits parked until an update (for tests).
    var parkedWaiters: Int { storage.withLock { $0.waiters.count } }

    /// Reads part of the value under the lock, without copying the rest.
    public func read<Result: Sendable>(_ body: (State) -> Result) -> Result {
        storage.withLock { body($0.state) }
    }

    /// Changes the value under the lock, then resumes (outside it) the waiters whose predicate
    /// holds on the new value. Returns what `change` returns.
    @discardableResult
    public func update<Result: Sendable>(_ change: (inout State) -> Result) -> Result {
        let (result, ready): (Result, [CheckedContinuation<Bool, Never>]) = storage.withLock { storage in
            let result = change(&storage.state)
            guard !storage.waiters.isEmpty else { return (result, []) }
            let state = storage.state
            var ready: [CheckedContinuation<Bool, Never>] = []
            storage.waiters.removeAll { waiter in
                guard waiter.predicate(state) else { return false }
                ready.append(waiter.continuation)
                return true
            }
            return (result, ready)
        }
        for continuation in ready { continuation.resume(returning: true) }
        return result
    }

    /// Waits until `predicate` holds or `timeout` passes (or the task is cancelled); returns
    /// whether it held. Returns at once when it holds already.
    public func wait(until predicate: @escaping @Sendable (State) -> Bool, timeout: Duration) async -> Bool {
        let id = storage.withLock { storage -> Int in
            storage.nextID += 1
            storage.starting.insert(storage.nextID)
            return storage.nextID
        }
        return await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                await withCheckedContinuation { continuation in
                    let now: Bool? = self.storage.withLock { storage in
                        storage.starting.remove(id)
                        if storage.expired.remove(id) != nil { return false }
                        if predicate(storage.state) { return true }
                        storage.waiters.append(Waiter(id: id, predicate: predicate, continuation: continuation))
                        return nil
                    }
                    if let now { continuation.resume(returning: now) }
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeout)  // cancelled too once the other task has returned
                let parked = self.storage.withLock { storage -> CheckedContinuation<Bool, Never>? in
                    if let index = storage.waiters.firstIndex(where: { $0.id == id }) {
                        return storage.waiters.remove(at: index).continuation
                    }
                    if storage.starting.contains(id) { storage.expired.insert(id) }
                    return nil
                }
                parked?.resume(returning: false)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }
}

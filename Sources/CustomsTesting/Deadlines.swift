import Synchronization

// Deadlines for tests (KafkaTests, ReliabilityTests) and the benchmarks: a body that must
// finish in time, and polling for state that sends no notification. To wait for a change that
// does notify (worker statistics, a child's log), use `WaitableState` from CustomsWorker instead.

/// A wait that ran past its limit.
public struct TimedOut: Error, CustomStringConvertible {
    public let what: String
    public init(what: String) { self.what = what }
    public var description: String { "timed out waiting for \(what)" }
}

/// Runs `body`, failing with ``TimedOut`` if it takes longer than `limit`. The body is then
/// cancelled but not awaited (awaiting a body that ignores cancellation would hang the test).
public func withDeadline<T: Sendable>(
    _ limit: Duration, _ what: String, _ body: @escaping @Sendable () async throws -> T
) async throws -> T {
    let once = FirstOnly()
    return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
        let work = Task {
            do {
                let value = try await body()
                if once.claim() { continuation.resume(returning: value) }
            } catch {
                if once.claim() { continuation.resume(throwing: error) }
            }
        }
        Task {
            try? await Task.sleep(for: limit)
            if once.claim() {
                work.cancel()
                continuation.resume(throwing: TimedOut(what: what))
            }
        }
    }
}

/// True for the first caller only.
private final class FirstOnly: Sendable {
    private let claimed = Mutex(false)
    func claim() -> Bool { claimed.withLock { claimed in defer { claimed = true }; return !claimed } }
}

/// Checks `condition` every `interval` until it holds, or throws ``TimedOut`` after `limit`.
/// Only for state that sends no notification to wait on: state in another process or in the
/// broker (committed offsets), or counters bumped by a client's callbacks.
public func poll(
    _ limit: Duration, _ what: String, every interval: Duration = .milliseconds(200),
    _ condition: () async throws -> Bool
) async throws {
    let deadline = ContinuousClock.now + limit
    while try await !condition() {
        guard ContinuousClock.now < deadline else { throw TimedOut(what: what) }
        try await Task.sleep(for: interval)
    }
}

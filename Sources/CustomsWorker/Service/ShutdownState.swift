import Synchronization

/// When the worker began shutting down and by when it must be done (the grace period), shared
/// by the worker loop and the rebalance handler so that every step of a shutdown, the
/// revocation that leaving the group runs included, fits in the grace period.
final class ShutdownState: Sendable {
    private let deadline = Mutex<ContinuousClock.Instant?>(nil)

    /// Starts the shutdown clock (the first call wins) and returns the deadline.
    @discardableResult
    func begin(grace: Duration) -> ContinuousClock.Instant {
        deadline.withLock { deadline in
            if let deadline { return deadline }
            let value = ContinuousClock.now + grace
            deadline = value
            return value
        }
    }

    var isShuttingDown: Bool { deadline.withLock { $0 != nil } }

    /// `limit`, or less if the shutdown deadline comes sooner (never negative).
    func bounded(_ limit: Duration) -> Duration {
        guard let end = deadline.withLock({ $0 }) else { return limit }
        return max(.zero, min(limit, end - ContinuousClock.now))
    }

    /// Time left until the deadline (zero when passed); `fallback` when not shutting down.
    func remaining(or fallback: Duration) -> Duration { bounded(fallback) }
}

/// Awaits `operation` for at most `limit`; returns whether it finished. The operation keeps
/// running in the background when the limit passes (for calls that cannot be interrupted,
/// such as a consumer close that librdkafka blocks).
func finishes(within limit: Duration, _ operation: @escaping @Sendable () async -> Void) async -> Bool {
    let once = Once()
    return await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
        let timer = Task {
            try? await Task.sleep(for: limit)
            if once.claim() { continuation.resume(returning: false) }
        }
        Task {
            await operation()
            timer.cancel()
            if once.claim() { continuation.resume(returning: true) }
        }
    }
}

/// Lets exactly one of several racers through.
final class Once: Sendable {
    private let claimed = Mutex(false)
    func claim() -> Bool { claimed.withLock { claimed in defer { claimed = true }; return !claimed } }
}

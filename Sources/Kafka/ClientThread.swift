import Dispatch
import Foundation
import Synchronization

/// A dedicated OS thread owned by one client. It runs submitted jobs in order and, between jobs,
/// an `idle` step: polling librdkafka (which serves its callbacks) or sleeping until work arrives.
/// Blocking librdkafka calls run here so they never occupy Swift's cooperative thread pool.
final class ClientThread: Sendable {
    typealias Job = @Sendable () -> Void

    private struct State {
        var jobs: [Job] = []
        var stopping = false
        var stopped = false
    }

    private let state = Mutex(State())
    private let exited = DispatchSemaphore(value: 0)
    private let threadID = Mutex<pthread_t?>(nil)
    /// Interrupts `idle` so a new job runs promptly.
    private let wake: @Sendable () -> Void
    let name: String

    /// Starts a thread whose idle step polls (it must return within ~100 ms so jobs and stop are noticed).
    init(name: String, idle: @escaping @Sendable () -> Void, wake: @escaping @Sendable () -> Void) {
        self.name = name
        self.wake = wake
        let thread = Thread { [self] in self.run(idle: idle) }
        thread.name = name
        thread.start()
    }

    /// Starts a thread that sleeps until a job is submitted.
    convenience init(name: String) {
        let signal = DispatchSemaphore(value: 0)
        self.init(name: name, idle: { _ = signal.wait(timeout: .now() + .milliseconds(200)) }, wake: { signal.signal() })
    }

    private func run(idle: @Sendable () -> Void) {
        threadID.withLock { $0 = pthread_self() }
        while true {
            let (jobs, stopping) = state.withLock { state in
                defer { state.jobs.removeAll() }
                return (state.jobs, state.stopping)
            }
            for job in jobs { job() }
            if stopping && jobs.isEmpty { break }
            if jobs.isEmpty { idle() }
        }
        state.withLock { $0.stopped = true }
        exited.signal()
    }

    /// Whether the caller is running on this thread.
    var isCurrent: Bool {
        threadID.withLock { id in id.map { pthread_equal($0, pthread_self()) != 0 } ?? false }
    }

    /// Queues a job; returns `false` if the thread is stopping.
    @discardableResult
    func submit(_ job: @escaping Job) -> Bool {
        let accepted = state.withLock { state in
            guard !state.stopping else { return false }
            state.jobs.append(job)
            return true
        }
        if accepted { wake() }
        return accepted
    }

    /// Runs `body` on this thread and returns its result to the awaiting task.
    func run<T: Sendable>(
        _ what: String, _ body: @escaping @Sendable () throws(KafkaError) -> T
    ) async throws(KafkaError) -> T {
        let result: Result<T, KafkaError> = await withCheckedContinuation { continuation in
            let accepted = submit {
                do throws(KafkaError) { continuation.resume(returning: .success(try body())) } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
            if !accepted { continuation.resume(returning: .failure(KafkaError.clientClosed(what))) }
        }
        return try result.get()
    }

    /// Lets queued jobs finish, then ends the thread. Waits for it unless called from the thread itself.
    func stop() {
        requestStop()
        if !isCurrent { exited.wait() }
    }

    /// Like ``stop()`` but never waits.
    func requestStop() {
        state.withLock { $0.stopping = true }
        wake()
    }
}

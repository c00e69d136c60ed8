import Foundation
import Synchronization

/// A bounded first-in-first-out hand-off between the task that reads input messages (and
/// starts their stage-one work on the cooperative pool) and the task that sends their outputs,
/// strictly in the order the messages were read.
///
/// This is what lets stage one (decode, extract, encode: pure and CPU-bound) use every core
/// while the order of every side effect (enqueue, seal, aggregate-state update) stays exactly
/// that of processing the messages one by one: only the pure computation runs ahead, at most
/// `capacity` messages.
final class ProcessingWindow<Element: Sendable>: Sendable {
    private struct State {
        var items: [Element] = []
        var head = 0
        var finished = false
        var closed = false
        var popWaiter: CheckedContinuation<Element?, Never>?
        var pushWaiter: CheckedContinuation<Bool, Never>?
        var count: Int { items.count - head }
        /// Removes and returns the oldest element, if any, with the pusher waiting for room.
        mutating func takeWakingPusher() -> (Element?, CheckedContinuation<Bool, Never>?) {
            let (taken, pusher) = takeWakingPusher(limit: 1)
            return (taken.first, pusher)
        }
        /// Removes and returns up to `limit` of the oldest elements, with the pusher waiting for room.
        mutating func takeWakingPusher(limit: Int) -> ([Element], CheckedContinuation<Bool, Never>?) {
            guard head < items.count else { return ([], nil) }
            let end = min(items.count, head + limit)
            let taken = Array(items[head..<end])
            head = end
            if head == items.count {
                items.removeAll(keepingCapacity: true)
                head = 0
            }
            defer { pushWaiter = nil }
            return (taken, pushWaiter)
        }
    }

    /// Messages read ahead of the sender, by default four per core.
    static var defaultCapacity: Int { max(4, 4 * ProcessInfo.processInfo.activeProcessorCount) }

    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Appends `element`, waiting while the window is full. Returns `false` (dropping it) once
    /// the window was closed by the sender or the calling task is cancelled.
    func push(_ element: Element) async -> Bool {
        while true {
            let (accepted, popper): (Bool?, CheckedContinuation<Element?, Never>?) = state.withLock { state in
                if state.closed { return (false, nil) }
                guard state.count < capacity else { return (nil, nil) }
                if let waiter = state.popWaiter {  // empty, and the sender waits: hand it over
                    state.popWaiter = nil
                    return (true, waiter)
                }
                state.items.append(element)
                return (true, nil)
            }
            if let popper { popper.resume(returning: element) }
            if let accepted { return accepted }
            let retry = await withTaskCancellationHandler {
                await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
                    let immediate: Bool? = state.withLock { state in
                        if state.closed || Task.isCancelled { return false }
                        if state.count < capacity { return true }
                        state.pushWaiter = continuation
                        return nil
                    }
                    if let immediate { continuation.resume(returning: immediate) }
                }
            } onCancel: {
                state.withLock { state -> CheckedContinuation<Bool, Never>? in
                    defer { state.pushWaiter = nil }
                    return state.pushWaiter
                }?.resume(returning: false)
            }
            if !retry { return false }
        }
    }

    /// The oldest element; `nil` once the window is finished and empty, or closed, or when the
    /// calling task is cancelled.
    func pop() async -> Element? {
        let (ready, pusher) = state.withLock { state in state.takeWakingPusher() }
        pusher?.resume(returning: true)
        if let ready { return ready }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Element?, Never>) in
                let (immediate, pusher): (Element??, CheckedContinuation<Bool, Never>?) = state.withLock { state in
                    let (element, pusher) = state.takeWakingPusher()
                    if let element { return (.some(element), pusher) }
                    if state.finished || state.closed || Task.isCancelled { return (.some(nil), nil) }
                    state.popWaiter = continuation
                    return (nil, nil)
                }
                pusher?.resume(returning: true)
                if let immediate { continuation.resume(returning: immediate) }
            }
        } onCancel: {
            state.withLock { state -> CheckedContinuation<Element?, Never>? in
                defer { state.popWaiter = nil }
                return state.popWaiter
            }?.resume(returning: nil)
        }
    }

    /// The oldest elements, up to `limit` and at least one, waiting for one if there is none:
    /// what has queued up while the caller was busy, so that it can process them as a batch.
    /// `nil` as for ``pop()``.
    func popBatch(limit: Int) async -> [Element]? {
        let (ready, pusher) = state.withLock { state in state.takeWakingPusher(limit: limit) }
        pusher?.resume(returning: true)
        if !ready.isEmpty { return ready }
        guard let first = await pop() else { return nil }
        // Whatever arrived meanwhile joins the first element.
        let (more, laterPusher) = state.withLock { state in state.takeWakingPusher(limit: limit - 1) }
        laterPusher?.resume(returning: true)
        return [first] + more
    }

    /// No more elements will be pushed: `pop` returns the remaining ones, then `nil`.
    func finish() {
        let waiter = state.withLock { state -> CheckedContinuation<Element?, Never>? in
            state.finished = true
            defer { state.popWaiter = nil }
            return state.count == 0 ? state.popWaiter : nil
        }
        waiter?.resume(returning: nil)
    }

    /// The sender stopped: pending and future pushes are refused, `pop` returns `nil`.
    func close() {
        let (popper, pusher) = state.withLock { state in
            state.closed = true
            defer {
                state.popWaiter = nil
                state.pushWaiter = nil
            }
            return (state.popWaiter, state.pushWaiter)
        }
        popper?.resume(returning: nil)
        pusher?.resume(returning: false)
    }
}

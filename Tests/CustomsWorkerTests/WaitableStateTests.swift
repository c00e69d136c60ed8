import CustomsTesting
import Testing

@testable import CustomsWorker

@Suite struct WaitableStateTests {
    @Test func returnsAtOnceWhenThePredicateAlreadyHolds() async {
        let state = WaitableState(3)
        #expect(await state.wait(until: { $0 == 3 }, timeout: .seconds(60)))
    }

    @Test func isWokenByTheUpdateThatSatisfiesIt() async throws {
        let state = WaitableState(0)
        let waiting = Task { await state.wait(until: { $0 >= 2 }, timeout: .seconds(60)) }
        try await poll(.seconds(20), "the waiter to park", every: .milliseconds(1)) { state.parkedWaiters == 1 }
        state.update { $0 += 1 }
        #expect(state.parkedWaiters == 1)  // not woken: its predicate does not hold yet
        state.update { $0 += 1 }
        #expect(state.parkedWaiters == 0)
        // Without the wake-up it would only return after 60 s: the deadline catches that.
        #expect(try await withDeadline(.seconds(20), "the waiter to be woken") { await waiting.value })
    }

    @Test func updateReturnsWhatTheChangeReturns() {
        let state = WaitableState([1, 2])
        let removed = state.update { $0.removeLast() }
        #expect(removed == 2)
        #expect(state.value == [1])
        #expect(state.read { $0.count } == 1)
    }

    @Test func timesOutWhenThePredicateNeverHolds() async throws {
        let state = WaitableState(0)
        let start = ContinuousClock.now
        #expect(await state.wait(until: { $0 > 0 }, timeout: .milliseconds(100)) == false)
        #expect(ContinuousClock.now - start >= .milliseconds(100))
    }

    @Test func aZeroTimeoutReturnsInsteadOfHanging() async throws {
        // The timeout may fire before the waiter is parked: it must still return.
        let state = WaitableState(0)
        for _ in 0..<200 {
            let held = try await withDeadline(.seconds(20), "a zero-timeout wait") {
                await state.wait(until: { $0 > 0 }, timeout: .zero)
            }
            #expect(held == false)
        }
    }

    @Test func cancellationEndsTheWait() async throws {
        let state = WaitableState(0)
        let waiting = Task { await state.wait(until: { $0 > 0 }, timeout: .seconds(600)) }
        waiting.cancel()
        #expect(try await withDeadline(.seconds(20), "the cancelled wait to return") { await waiting.value } == false)
    }
}

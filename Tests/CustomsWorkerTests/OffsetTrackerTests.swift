import Foundation
import Kafka
import Synchronization
import Testing
@testable import CustomsWorker

@Suite struct OffsetTrackerTests {
    final class Released: Sendable {
        let offsets = Mutex<[TopicPartition: Int64]>([:])
        func record(_ new: [TopicPartition: Int64]) { offsets.withLock { $0.merge(new) { max($0, $1) } } }
        var value: [TopicPartition: Int64] { offsets.withLock { $0 } }
    }

    let partition = TopicPartition(topic: "t", partition: 0)

    func message(_ offset: Int64) -> KafkaConsumerMessage {
        KafkaConsumerMessage(topic: "t", partition: 0, offset: offset, key: nil, value: nil, headers: [], timestampMs: 0)
    }

    @Test func releasesOnlyContiguousAcknowledgedOffsets() throws {
        let released = Released()
        let tracker = OffsetTracker { released.record($0) }
        tracker.assign([partition])
        let a = try #require(tracker.begin(message(10)))
        let b = try #require(tracker.begin(message(11)))
        tracker.addOutput(a)
        tracker.addOutput(b)
        tracker.seal(a)
        tracker.seal(b)
        tracker.delivered(b)  // the later one first: nothing may be committed yet
        #expect(released.value[partition] == nil)
        #expect(tracker.inFlightCount == 2)
        tracker.delivered(a)
        #expect(released.value[partition] == 12)
        #expect(tracker.inFlightCount == 0)
    }

    @Test func sharedOutputsCompleteEveryMessageTheyCover() throws {
        let released = Released()
        let tracker = OffsetTracker { released.record($0) }
        tracker.assign([partition])
        let tickets = try (0..<5).map { try #require(tracker.begin(message(Int64($0)))) }
        let covered = Array(tickets[1...3])  // a batch's aggregates; 0 and 4 have none
        tracker.addOutput(covered)
        for ticket in tickets { tracker.seal(ticket) }
        // The message before the batch completes on its own; the one after waits behind it.
        #expect(released.value[partition] == 1)
        #expect(tracker.inFlightCount == 4)
        tracker.delivered(covered)
        #expect(released.value[partition] == 5)
        #expect(tracker.inFlightCount == 0)
    }

    @Test func refusedSharedOutputReleasesNothingMore() throws {
        struct Refused: Error {}
        let released = Released()
        let tracker = OffsetTracker { released.record($0) }
        tracker.assign([partition])
        let tickets = try (0..<3).map { try #require(tracker.begin(message(Int64($0)))) }
        tracker.addOutput(tickets)
        for ticket in tickets { tracker.seal(ticket) }
        tracker.delivered(tickets, error: Refused())
        #expect(released.value[partition] == nil, "nothing may be committed after a refused delivery")
        #expect(tracker.firstFailure is Refused)
    }

    @Test func messageWithoutOutputsCompletesOnSeal() throws {
        let released = Released()
        let tracker = OffsetTracker { released.record($0) }
        tracker.assign([partition])
        let ticket = try #require(tracker.begin(message(0)))
        let done = Mutex(false)
        tracker.seal(ticket) { done.withLock { $0 = true } }
        #expect(done.withLock { $0 })
        #expect(released.value[partition] == 1)
    }

    @Test func unownedPartitionsAreRefused() throws {
        let tracker = OffsetTracker { _ in }
        #expect(tracker.begin(message(0)) == nil)
        tracker.assign([partition])
        let ticket = try #require(tracker.begin(message(0)))
        tracker.seal(ticket)
        #expect(tracker.revoke([partition], timeout: .seconds(1)))
        #expect(tracker.begin(message(1)) == nil)
    }

    @Test func revocationWaitsForInFlightOutputs() throws {
        let released = Released()
        let tracker = OffsetTracker { released.record($0) }
        tracker.assign([partition])
        let ticket = try #require(tracker.begin(message(5)))
        tracker.addOutput(ticket)
        tracker.seal(ticket)
        // Acknowledge from another thread while revoke blocks this one, as the producer's
        // delivery thread does while the consumer's rebalance callback waits. A thread of its
        // own, not a task: with revoke blocking a pool thread and other tests running, a task
        // might not get a thread before the timeout.
        let acknowledged = DispatchSemaphore(value: 0)
        let acknowledger = Thread {
            tracker.delivered(ticket)
            acknowledged.signal()
        }
        acknowledger.start()
        #expect(tracker.revoke([partition], timeout: .seconds(10)))
        acknowledged.wait()
        #expect(released.value[partition] == 6)
    }

    @Test func revocationTimesOutAndForgetsWhatIsPending() throws {
        let tracker = OffsetTracker { _ in }
        tracker.assign([partition])
        let ticket = try #require(tracker.begin(message(5)))
        tracker.addOutput(ticket)
        tracker.seal(ticket)
        #expect(!tracker.revoke([partition], timeout: .milliseconds(50)))
        #expect(tracker.inFlightCount == 0)
        tracker.delivered(ticket)  // a late acknowledgement of a forgotten message is ignored
        #expect(tracker.inFlightCount == 0)
    }

    @Test func failedDeliveryStopsReleases() throws {
        let released = Released()
        let tracker = OffsetTracker { released.record($0) }
        tracker.assign([partition])
        let ticket = try #require(tracker.begin(message(0)))
        tracker.addOutput(ticket)
        tracker.seal(ticket)
        tracker.delivered(ticket, error: KafkaError(code: .messageTimedOut, message: "timed out"))
        #expect(released.value[partition] == nil)
        #expect(tracker.firstFailure != nil)
        #expect(tracker.begin(message(1)) == nil)
    }

    @Test func capacityWaitResumesWhenWorkCompletes() async throws {
        let tracker = OffsetTracker { _ in }
        tracker.assign([partition])
        let ticket = try #require(tracker.begin(message(0)))
        tracker.addOutput(ticket)
        tracker.seal(ticket)
        async let waited: Void = tracker.waitForCapacity(limit: 1)
        tracker.delivered(ticket)
        await waited
        #expect(tracker.inFlightCount == 0)
        #expect(await tracker.waitUntilDrained(timeout: .seconds(1)))
    }
}

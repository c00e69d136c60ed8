import CustomsTesting
import Dispatch
import Synchronization
import Testing

@testable import Kafka

/// Records rebalance events and, like the worker, commits stored offsets on revoke under the same
/// lock the consuming loop uses, so no message is processed for a partition after its revocation.
final class RecordingListener: KafkaRebalanceListener {
    struct State {
        var events: [String] = []
        var owned: Set<TopicPartition> = []
        var revoked: Set<Int32> = []
        var processed: [String: Int] = [:]  // "p/offset" -> times processed
    }

    let name: String
    let state = Locked(State())

    init(name: String) { self.name = name }

    func partitionsAssigned(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {
        state.withLock {
            $0.events.append("assigned \(partitions.map(\.partition))")
            $0.owned.formUnion(partitions)
        }
    }

    func partitionsRevoked(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {
        let result: Result<Void, any Error> = state.withLock { state in
            state.events.append("revoked \(partitions.map(\.partition))")
            state.owned.subtract(partitions)
            state.revoked.formUnion(partitions.map(\.partition))
            return Result { try context.commitStoredSync() }
        }
        if case .failure(let error) = result { state.withLock { $0.events.append("commit failed: \(error)") } }
    }

    /// Processes one message: counts it and stores its offset, unless the partition was revoked.
    func process(_ message: KafkaConsumerMessage, consumer: KafkaConsumer) {
        state.withLock { state in
            guard state.owned.contains(message.topicPartition) else { return }
            guard (try? consumer.storeOffsets([message.topicPartition: message.offset + 1])) != nil else { return }
            state.processed["\(message.partition)/\(message.offset)", default: 0] += 1
        }
    }

    var processedCount: Int { state.value.processed.count }
}

/// Tracks which partitions a member owns, and nothing else (no commits of its own).
final class OwnershipListener: KafkaRebalanceListener {
    private let state = Locked(Set<TopicPartition>())
    var owned: Set<TopicPartition> { state.value }

    func partitionsAssigned(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {
        state.withLock { $0.formUnion(partitions) }
    }

    func partitionsRevoked(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {
        state.withLock { $0.subtract(partitions) }
    }

    func partitionsLost(_ partitions: [TopicPartition], context: KafkaRebalanceContext) {
        state.withLock { $0.subtract(partitions) }
    }
}

@Suite struct GroupTests {
    @Test func twoConsumersShareFourPartitionsExactlyOnce() async throws {
        let broker = try EmbeddedBroker()
        try broker.createTopic("shared", partitions: 4)
        let producer = try makeProducer(broker)
        let total = 400
        func produce(_ range: Range<Int>) async throws {
            for index in range {
                try await producer.enqueue(KafkaProducerMessage(topic: "shared", partition: Int32(index % 4), value: bytes("\(index)"))) { _ in }
            }
            try await producer.flush(timeout: .seconds(10))
        }
        try await produce(0..<total / 2)

        let listenerA = RecordingListener(name: "A")
        let listenerB = RecordingListener(name: "B")
        let consumerA = try makeConsumer(broker, group: "sharing", listener: listenerA)
        let consumerB = try makeConsumer(broker, group: "sharing", listener: listenerB)
        let loopA = Task { for try await message in consumerA.messages { listenerA.process(message, consumer: consumerA) } }
        let loopB = Task { for try await message in consumerB.messages { listenerB.process(message, consumer: consumerB) } }

        // Warm both metadata caches: a member that learns the topic's partitions only after
        // joining triggers an extra rebalance, and the mock refuses commits while one is pending.
        #expect(try await consumerA.partitionCount(topic: "shared") == 4)
        #expect(try await consumerB.partitionCount(topic: "shared") == 4)
        let clock = ContinuousClock()
        let t0 = clock.now
        try consumerA.subscribe(topics: ["shared"])
        try await poll(.seconds(20), "A assigned all partitions", every: .milliseconds(10)) { listenerA.state.value.owned.count == 4 }
        let t1 = clock.now
        try await poll(.seconds(10), "A processed the first half", every: .milliseconds(10)) { listenerA.processedCount == total / 2 }
        // B joining makes A give up partitions; A's revoke listener commits what it stored, so B
        // must continue after it (a failed commit would show up as duplicates below).
        try consumerB.subscribe(topics: ["shared"])
        try await poll(.seconds(30), "B assigned", every: .milliseconds(10)) { !listenerB.state.value.owned.isEmpty }
        let t2 = clock.now
        try await produce(total / 2..<total)
        try await poll(.seconds(20), "all messages processed", every: .milliseconds(10)) {
            listenerA.processedCount + listenerB.processedCount >= total
        }
        print("group join \(t1 - t0), rebalance \(t2 - t1), rest \(clock.now - t2)")
        let a = listenerA.state.value
        let b = listenerB.state.value
        #expect(a.events.contains { $0.hasPrefix("revoked") }, "A events: \(a.events)")
        #expect(b.events.contains { $0.hasPrefix("assigned") }, "B events: \(b.events)")
        #expect(a.owned.isDisjoint(with: b.owned))
        #expect(a.owned.count + b.owned.count == 4)
        let duplicates = Set(a.processed.keys).intersection(b.processed.keys)
        #expect(Set(a.processed.keys).union(b.processed.keys).count == total, "every message was processed")
        if a.events.contains(where: { $0.hasPrefix("commit failed") }) {
            // The mock refuses OffsetCommit while a rebalance is pending (a real broker accepts
            // it): then the revoked partitions are redelivered, at least once but not exactly once.
            #expect(duplicates.allSatisfy { key in a.revoked.contains(Int32(key.split(separator: "/")[0])!) },
                    "duplicates outside revoked partitions")
        } else {
            #expect(duplicates.isEmpty, "with the revoke commit accepted nothing is processed twice")
        }
        #expect(b.processed.count > 0)
        #expect((a.processed.values.max() ?? 1) == 1 && (b.processed.values.max() ?? 1) == 1, "no consumer sees a message twice")
        print("A: \(a.events) processed \(a.processed.count); B: \(b.events) processed \(b.processed.count)")

        await consumerA.close()
        // Leaving the group revokes what A still owned, through the listener.
        #expect(listenerA.state.value.events.last == "revoked [2, 3]" || listenerA.state.value.events.last == "revoked [0, 1]")
        #expect(listenerA.state.value.owned.isEmpty)
        #expect(consumerA.assignment().isEmpty)
        await consumerB.close()
        _ = try await loopA.value
        _ = try await loopB.value
        await producer.shutdown()
        broker.shutdown()
    }

    /// Auto commit commits what was stored, and members leave without a failed commit: librdkafka
    /// also commits the partitions a member gives up, once the rebalance callback has returned and
    /// the group is rebalancing, so the broker refused it ("Offset commit (unassigned partitions)
    /// failed … generation id is not valid") whenever one of two members left, e.g. at every
    /// worker shutdown. The consumer now commits them in the callback and leaves nothing behind.
    @Test func automaticCommitsLandAndMembersLeaveWithoutFailedCommits() async throws {
        let broker = try EmbeddedBroker()
        try broker.createTopic("leaving", partitions: 4)
        let producer = try makeProducer(broker)
        for index in 0..<40 {
            try await producer.enqueue(KafkaProducerMessage(topic: "leaving", partition: Int32(index % 4), value: bytes("\(index)"))) { _ in }
        }
        try await producer.flush(timeout: .seconds(10))
        let warnings = CapturedWarnings()
        let ownerA = OwnershipListener(), ownerB = OwnershipListener()
        func member(_ listener: OwnershipListener) throws -> KafkaConsumer {
            try makeConsumer(broker, group: "leavers", listener: listener) {
                $0.client.logger = warnings.logger(label: "leaving")
                $0.autoCommitInterval = .milliseconds(200)
            }
        }
        let a = try member(ownerA), b = try member(ownerB)
        #expect(try await a.partitionCount(topic: "leaving") == 4)
        #expect(try await b.partitionCount(topic: "leaving") == 4)
        let stored = Locked([TopicPartition: Int64]())
        func consume(_ consumer: KafkaConsumer) -> Task<Void, any Error> {
            Task {
                for try await message in consumer.messages {
                    let next = [message.topicPartition: message.offset + 1]
                    if (try? consumer.storeOffsets(next)) != nil { stored.withLock { $0.merge(next) { max($0, $1) } } }
                }
            }
        }
        let loops = [consume(a), consume(b)]
        try a.subscribe(topics: ["leaving"])
        try b.subscribe(topics: ["leaving"])
        try await poll(.seconds(30), "both members own partitions", every: .milliseconds(10)) {
            !ownerA.owned.isEmpty && !ownerB.owned.isEmpty && ownerA.owned.count + ownerB.owned.count == 4
        }
        try await poll(.seconds(20), "every message processed", every: .milliseconds(10)) {
            stored.value.values.reduce(0, +) == 40
        }
        // Nobody calls commit(): librdkafka's timer must.
        let partitions = (0..<4).map { TopicPartition(topic: "leaving", partition: Int32($0)) }
        let everything = Dictionary(uniqueKeysWithValues: partitions.map { ($0, Int64(10)) })
        try await poll(.seconds(20), "the stored offsets committed", every: .milliseconds(50)) {
            (try? await a.committedOffsets(for: partitions)) == everything
        }
        await a.close()
        await b.close()
        for loop in loops { _ = try await loop.value }

        // librdkafka's own timer may fire while the other member's leave rebalances the group ("Offset
        // commit (cgrp auto commit timer) failed … Group rebalance in progress", or a generation just
        // replaced); it tries again at its next tick, and the committed offsets read below show that
        // nothing was lost. That race (seen once in a CI dry run) is not the refused commit of given-up
        // partitions this test is about.
        let failed = warnings.all.filter { $0.localizedCaseInsensitiveContains("commit") && !$0.contains("cgrp auto commit timer") }
        #expect(failed.isEmpty, "\(failed)")
        let reader = try makeConsumer(broker, group: "leavers")
        #expect(try await reader.committedOffsets(for: partitions) == everything)
        await reader.close()
        await producer.shutdown()
        broker.shutdown()
    }

    @Test func committedOffsetsAreResumedByTheNextMember() async throws {
        let broker = try EmbeddedBroker()
        try broker.createTopic("resume", partitions: 1)
        let producer = try makeProducer(broker)
        for index in 0..<10 {
            _ = try await producer.send(KafkaProducerMessage(topic: "resume", value: bytes("m\(index)")))
        }
        let partition = TopicPartition(topic: "resume", partition: 0)
        // The eager "range" assignor exercises the non-cooperative rebalance path.
        let first = try makeConsumer(broker, group: "resumers") {
            $0.autoCommit = false
            $0.assignmentStrategy = .range
        }
        try first.subscribe(topics: ["resume"])
        let firstFive = try await collect(first, count: 5, within: .seconds(20))
        #expect(firstFive.map(\.offset) == [0, 1, 2, 3, 4])
        try first.storeOffsets([partition: 5])
        try await first.commit()
        #expect(try await first.committedOffsets(for: [partition]) == [partition: 5])
        await first.close()

        let second = try makeConsumer(broker, group: "resumers") { $0.assignmentStrategy = .range }
        try second.subscribe(topics: ["resume"])
        let next = try await collect(second, count: 1, within: .seconds(20))
        #expect(next.first?.offset == 5)
        #expect(text(next.first?.value) == "m5")
        await second.close()
        await producer.shutdown()
        broker.shutdown()
    }

    @Test func partitionReaderStopsAtTheHighWatermarkOfTheCall() async throws {
        let broker = try EmbeddedBroker()
        try broker.createTopic("state", partitions: 2)
        let producer = try makeProducer(broker)
        for index in 0..<20 {
            _ = try await producer.send(KafkaProducerMessage(topic: "state", partition: 1, key: bytes("k\(index % 5)"), value: bytes("\(index)")))
        }
        let reader = try KafkaPartitionReader(configuration: KafkaPartitionReaderConfiguration(client: clientConfiguration(broker)))
        let seen = Locked<[Int64]>([])
        let result = try await reader.readAsync(topic: "state", partition: 1) { message in
            if message.offset == 0 {
                // Messages appended during the read are past the call's high watermark: not read.
                let appended = DispatchSemaphoreBox()
                Task {
                    for index in 20..<25 {
                        _ = try? await producer.send(KafkaProducerMessage(topic: "state", partition: 1, value: bytes("\(index)")))
                    }
                    appended.signal()
                }
                appended.wait()
            }
            seen.withLock { $0.append(message.offset) }
        }
        #expect(seen.value == Array(0..<20))
        #expect(result == KafkaPartitionReadResult(messageCount: 20, highWatermark: 20, nextOffset: 20))

        // A synchronous read (on this test's own thread is fine: the reader blocks only itself).
        var tail: [String] = []
        let second = try reader.read(topic: "state", partition: 1, from: .offset(20)) { tail.append(text($0.value) ?? "") }
        #expect(tail == ["20", "21", "22", "23", "24"])
        #expect(second.nextOffset == 25)
        let empty = try reader.read(topic: "state", partition: 0) { _ in Issue.record("partition 0 is empty") }
        #expect(empty.messageCount == 0)
        await producer.shutdown()
        broker.shutdown()
    }
}

/// A semaphore usable from the reader's thread (blocking there is what the reader is for).
final class DispatchSemaphoreBox: Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    func signal() { semaphore.signal() }
    func wait() { semaphore.wait() }
}

import CustomsTesting
import Synchronization
import Testing

@testable import Kafka

@Suite struct ProducerConsumerTests {
    @Test func roundTripWithKeyValueAndHeaders() async throws {
        let broker = try EmbeddedBroker()
        try broker.createTopic("round-trip", partitions: 1)
        let producer = try makeProducer(broker)
        let headers = [KafkaHeader(key: "kind", string: "report"), KafkaHeader(key: "null", value: nil), KafkaHeader(key: "empty", value: [])]
        let first = try await producer.send(KafkaProducerMessage(
            topic: "round-trip", key: bytes("k1"), value: bytes("v1"), headers: headers, timestampMs: 1_700_000_000_000))
        let second = try await producer.send(KafkaProducerMessage(topic: "round-trip", key: nil, value: nil))
        let third = try await producer.send(KafkaProducerMessage(topic: "round-trip", key: [], value: []))
        #expect(first == DeliveryReport(topic: "round-trip", partition: 0, offset: 0))
        #expect(second.offset == 1)
        #expect(third.offset == 2)

        let consumer = try makeConsumer(broker, group: nil)
        try consumer.assign([TopicPartition(topic: "round-trip", partition: 0): .beginning])
        let messages = try await collect(consumer, count: 3)
        #expect(messages[0].key == bytes("k1"))
        #expect(messages[0].value == bytes("v1"))
        #expect(messages[0].headers == headers)
        #expect(messages[0].timestampMs == 1_700_000_000_000)
        #expect(messages[0].offset == 0)
        #expect(messages[1].key == nil && messages[1].value == nil && messages[1].headers.isEmpty)
        #expect(messages[2].key == [] && messages[2].value == [])
        await consumer.close()
        await producer.shutdown()
        broker.shutdown()
    }

    @Test func enqueueTenThousandMessagesThroughAFullQueue() async throws {
        let broker = try EmbeddedBroker()
        try broker.createTopic("bulk", partitions: 4)
        // A small queue forces the QUEUE_FULL suspend-and-retry path many times.
        let producer = try makeProducer(broker) { $0.queueMaxMessages = 500 }
        let delivered = Atomic<Int>(0)
        let failed = Atomic<Int>(0)
        let start = ContinuousClock.now
        for index in 0..<10_000 {
            try await producer.enqueue(KafkaProducerMessage(topic: "bulk", key: bytes("key-\(index % 97)"), value: bytes("value-\(index)"))) { result in
                switch result {
                case .success: delivered.add(1, ordering: .relaxed)
                case .failure: failed.add(1, ordering: .relaxed)
                }
            }
        }
        try await producer.flush(timeout: .seconds(20))
        let elapsed = ContinuousClock.now - start
        #expect(delivered.load(ordering: .relaxed) == 10_000)
        #expect(failed.load(ordering: .relaxed) == 0)
        #expect(producer.outstandingMessages == 0)
        print("enqueued and delivered 10,000 messages in \(elapsed)")
        let consumer = try makeConsumer(broker, group: nil)
        var total: Int64 = 0
        for partition in Int32(0)..<4 {
            total += try await consumer.watermarks(topic: "bulk", partition: partition).high
        }
        #expect(total == 10_000)
        await consumer.close()
        await producer.shutdown()
        broker.shutdown()
    }

    @Test func invalidConfigurationNamesTheKey() throws {
        let client = KafkaClientConfiguration(bootstrapServers: ["127.0.0.1:1"], logger: testLogger, properties: ["no.such.setting": "1"])
        #expect {
            _ = try KafkaProducer(configuration: KafkaProducerConfiguration(client: client))
        } throws: { error in
            let error = error as? KafkaError
            return error?.code == .invalidArgument && error?.message.contains("no.such.setting") == true
        }
        var badValue = KafkaConsumerConfiguration(client: client, groupID: "g")
        badValue.client.properties = ["session.timeout.ms": "not-a-number"]
        #expect {
            _ = try KafkaConsumer(configuration: badValue)
        } throws: { error in
            "\(error)".contains("session.timeout.ms")
        }
    }

    @Test func subscribeWithoutGroupFailsHelpfully() throws {
        let broker = try EmbeddedBroker()
        let consumer = try makeConsumer(broker, group: nil)
        #expect { try consumer.subscribe(topics: ["x"]) } throws: { "\($0)".contains("groupID") }
    }

    @Test func watermarksAndPartitionCount() async throws {
        let broker = try EmbeddedBroker()
        try broker.createTopic("meta", partitions: 3)
        let producer = try makeProducer(broker)
        for index in 0..<5 {
            _ = try await producer.send(KafkaProducerMessage(topic: "meta", partition: 1, value: bytes("\(index)")))
        }
        let consumer = try makeConsumer(broker, group: nil)
        let marks = try await consumer.watermarks(topic: "meta", partition: 1)
        #expect(marks.low == 0 && marks.high == 5)
        #expect(try await consumer.partitionCount(topic: "meta") == 3)
        let admin = try KafkaAdmin(configuration: clientConfiguration(broker))
        #expect(try await admin.partitionCount(topic: "meta") == 3)
        // The 2.0.2 mock auto-creates unknown topics on metadata requests, so inject the error.
        broker.setTopicError("broken", error: .unknownTopicOrPartition)
        await #expect { _ = try await consumer.partitionCount(topic: "broken", timeout: .seconds(2)) } throws: { error in
            (error as? KafkaError)?.code == .unknownTopicOrPartition
        }
        // The mock has no controller, so CreateTopics fails (by timing out) instead of hanging.
        await #expect(throws: KafkaError.self) {
            try await admin.createTopics([KafkaTopicSpec(name: "created", partitions: 2, replicationFactor: 1)], timeout: .milliseconds(500))
        }
        await admin.shutdown()
        await consumer.close()
        await producer.shutdown()
        broker.shutdown()
    }

    /// librdkafka 2.0.2 stops fetching once its queue passes `queued.max.messages.kbytes` and may
    /// not notice the queue drained for up to a second (its broker thread sleeps until something
    /// wakes it); the consumer wakes the fetchers when the queue runs dry after holding that much.
    /// Here every fetch response fills the queue (64 KiB, and so are the responses), so the backlog
    /// takes some 25 refills behind a full hand-off buffer: it must arrive whole, in order, once,
    /// through the wake-ups, and a partition the application paused must stay paused until it is
    /// resumed, and then arrive whole. How soon is the benchmark's to show (BENCHMARKS.md, eleventh
    /// session): bounds on the waits here either failed under a full parallel test run (one wait
    /// of 0.9 s in a CI dry run) or did not fail reliably without the wake-up.
    @Test func aBacklogBehindAFullBufferArrivesWholeInOrderAndOnce() async throws {
        let broker = try EmbeddedBroker()
        try broker.createTopic("backlog", partitions: 2)
        let producer = try makeProducer(broker)
        let perPartition = 1500
        let payload = [UInt8](repeating: 0x61, count: 1024)
        for index in 0..<perPartition {
            for partition in Int32(0)..<2 {
                try await producer.enqueue(KafkaProducerMessage(topic: "backlog", partition: partition, key: bytes("\(index)"),
                                                                value: payload)) { _ in }
            }
        }
        try await producer.flush(timeout: .seconds(20))
        let consumer = try makeConsumer(broker, group: nil) {
            $0.queuedMaxMessagesKBytes = 64
            $0.bufferCapacity = 32
            $0.client.properties["max.partition.fetch.bytes"] = "65536"
        }
        let p0 = TopicPartition(topic: "backlog", partition: 0)
        let p1 = TopicPartition(topic: "backlog", partition: 1)
        try consumer.assign([p0: .beginning, p1: .beginning])
        try consumer.pause([p1])
        try await poll(.seconds(15), "the hand-off buffer to fill") { consumer.core.buffer.count == 32 }

        let messages = try await collect(consumer, count: perPartition, within: .seconds(30))
        #expect(messages.allSatisfy { $0.partition == 0 })
        #expect(messages.map(\.offset) == Array(0..<Int64(perPartition)))
        #expect(consumer.fetchRestarts > 0)

        try consumer.resume([p1])
        let resumed = try await collect(consumer, count: perPartition, within: .seconds(30))
        #expect(resumed.allSatisfy { $0.partition == 1 })
        #expect(resumed.map(\.offset) == Array(0..<Int64(perPartition)))
        await consumer.close()
        await producer.shutdown()
        broker.shutdown()
    }

    /// A graceful shutdown ends the worker's loops through `endMessages()`: the iterator must stop
    /// at once, even with messages buffered and some taken from the buffer but not yet returned.
    @Test func endMessagesEndsTheSequenceAtOnce() async throws {
        let broker = try EmbeddedBroker()
        try broker.createTopic("ending", partitions: 1)
        let producer = try makeProducer(broker)
        for index in 0..<20 {
            try await producer.enqueue(KafkaProducerMessage(topic: "ending", partition: 0, value: bytes("m\(index)"))) { _ in }
        }
        try await producer.flush(timeout: .seconds(10))
        let consumer = try makeConsumer(broker, group: nil) { $0.bufferCapacity = 8 }
        try consumer.assign([TopicPartition(topic: "ending", partition: 0): .beginning])
        try await poll(.seconds(10), "the buffer to fill") { consumer.core.buffer.count == 8 }
        var iterator = consumer.messages.makeAsyncIterator()
        let first = try await iterator.next()
        #expect(first?.offset == 0)
        consumer.endMessages()
        #expect(try await iterator.next() == nil)
        var second = consumer.messages.makeAsyncIterator()
        guard case .end = try await second.next(waitingAtMost: .seconds(5)) else {
            Issue.record("next(waitingAtMost:) after endMessages() did not end")
            return
        }
        await consumer.close()
        await producer.shutdown()
        broker.shutdown()
    }

    @Test func pauseAndResume() async throws {
        let broker = try EmbeddedBroker()
        try broker.createTopic("pausing", partitions: 2)
        let producer = try makeProducer(broker)
        let consumer = try makeConsumer(broker, group: nil)
        let p0 = TopicPartition(topic: "pausing", partition: 0)
        let p1 = TopicPartition(topic: "pausing", partition: 1)
        try consumer.assign([p0: .beginning, p1: .beginning])
        try consumer.pause([p0])
        for index in 0..<3 {
            _ = try await producer.send(KafkaProducerMessage(topic: "pausing", partition: 0, value: bytes("p0-\(index)")))
            _ = try await producer.send(KafkaProducerMessage(topic: "pausing", partition: 1, value: bytes("p1-\(index)")))
        }
        var messages = try await collect(consumer, count: 3)
        // A later message on p1 arriving proves several fetch rounds passed with p0 paused.
        _ = try await producer.send(KafkaProducerMessage(topic: "pausing", partition: 1, value: bytes("p1-marker")))
        messages += try await collect(consumer, count: 1)
        #expect(messages.allSatisfy { $0.partition == 1 })
        #expect(text(messages.last?.value) == "p1-marker")
        try consumer.resume([p0])
        let resumed = try await collect(consumer, count: 3)
        #expect(resumed.map { text($0.value) } == ["p0-0", "p0-1", "p0-2"])
        await consumer.close()
        await producer.shutdown()
        broker.shutdown()
    }

    @Test func statisticsAreReported() async throws {
        let broker = try EmbeddedBroker()
        let statistics = Locked<[String]>([])
        var client = clientConfiguration(broker)
        client.statisticsInterval = .milliseconds(100)
        client.statisticsHandler = { json in statistics.withLock { $0.append(json) } }
        let producer = try KafkaProducer(configuration: KafkaProducerConfiguration(client: client))
        try await poll(.seconds(5), "statistics", every: .milliseconds(10)) { !statistics.value.isEmpty }
        #expect(statistics.value.first?.contains("\"client_id\"") == true)
        await producer.shutdown()
        broker.shutdown()
    }

    @Test func fatalErrorsSurface() async throws {
        let broker = try EmbeddedBroker()
        try broker.createTopic("fatal", partitions: 1)
        let seen = Locked<[KafkaError]>([])
        let producer = try makeProducer(broker) { $0.client.errorHandler = { error in seen.withLock { $0.append(error) } } }
        _ = try await producer.send(KafkaProducerMessage(topic: "fatal", value: bytes("before")))
        producer.triggerFatalErrorForTesting(KafkaError.Code(rawValue: 47), reason: "test fatal")  // INVALID_PRODUCER_EPOCH
        try await poll(.seconds(5), "fatal error callback", every: .milliseconds(10)) { seen.value.contains { $0.isFatal } }
        #expect(producer.fatalError?.isFatal == true)
        await #expect { try await producer.send(KafkaProducerMessage(topic: "fatal", value: bytes("after"))) } throws: { error in
            (error as? KafkaError)?.isFatal == true
        }
        await producer.shutdown()
        broker.shutdown()
    }
}

@Suite struct OversizedMessageTests {
    /// A message over `message.max.bytes` is refused at once, with the code and a hint naming
    /// the two settings to raise (the worker's aggregates grow with their keys' histories).
    @Test func aMessageOverTheLimitIsRefusedWithAHint() async throws {
        let broker = try EmbeddedBroker()
        try broker.createTopic("large", partitions: 1)
        let producer = try makeProducer(broker) { $0.client.properties["message.max.bytes"] = "10000" }
        let refused = await #expect(throws: KafkaError.self) {
            _ = try await producer.send(KafkaProducerMessage(topic: "large", key: nil, value: [UInt8](repeating: 0x61, count: 20_000)))
        }
        #expect(refused?.code == .messageSizeTooLarge)
        #expect(refused?.hint?.contains("message.max.bytes") == true)
        #expect(refused?.hint?.contains("max.message.bytes") == true)
        // Smaller messages still go through the same producer.
        let delivered = try await producer.send(KafkaProducerMessage(topic: "large", key: nil, value: bytes("small")))
        #expect(delivered.offset == 0)
        await producer.shutdown()
        broker.shutdown()
    }
}

import CustomsTesting
import Testing

@testable import Kafka

@Suite struct FaultInjectionTests {
    @Test func idempotentProducerRetriesPushedProduceErrors() async throws {
        let broker = try EmbeddedBroker()
        try broker.createTopic("faulty", partitions: 1)
        let producer = try makeProducer(broker)
        _ = try await producer.send(KafkaProducerMessage(topic: "faulty", value: bytes("warm-up")))
        broker.pushRequestErrors(apiKey: .produce, errors: [.notEnoughReplicas, .notEnoughReplicas, .requestTimedOut])
        let report = try await withDeadline(.seconds(20), "delivery after retries") {
            try await producer.send(KafkaProducerMessage(topic: "faulty", value: bytes("retried")))
        }
        #expect(report.offset == 1)
        broker.clearRequestErrors(apiKey: .produce)
        await producer.shutdown()
        broker.shutdown()
    }

    @Test func deliveryCompletesAfterBrokerComesBack() async throws {
        let broker = try EmbeddedBroker()
        try broker.createTopic("outage", partitions: 1)
        let errors = Locked<[KafkaError]>([])
        let producer = try makeProducer(broker) { $0.client.errorHandler = { error in errors.withLock { $0.append(error) } } }
        _ = try await producer.send(KafkaProducerMessage(topic: "outage", value: bytes("before")))
        try broker.setBrokerDown(1)
        try await poll(.seconds(10), "the producer to notice the outage", every: .milliseconds(10)) {
            errors.value.contains { $0.code == .transport || $0.code == .allBrokersDown }
        }
        #expect(errors.value.first?.description.contains("broker unreachable") == true)
        let pending = Task { try await producer.send(KafkaProducerMessage(topic: "outage", value: bytes("during"))) }
        try await poll(.seconds(5), "the message to be queued", every: .milliseconds(10)) { producer.outstandingMessages >= 1 }
        try broker.setBrokerUp(1)
        let report = try await withDeadline(.seconds(20), "delivery after the outage") { try await pending.value }
        #expect(report.offset == 1)
        await producer.shutdown()
        broker.shutdown()
    }

    @Test func roundTripTimeSlowsButDoesNotBreak() async throws {
        let broker = try EmbeddedBroker()
        try broker.createTopic("slow", partitions: 1)
        let producer = try makeProducer(broker)
        _ = try await producer.send(KafkaProducerMessage(topic: "slow", value: bytes("fast")))
        try broker.setRoundTripTime(broker: 1, milliseconds: 200)
        let start = ContinuousClock.now
        _ = try await producer.send(KafkaProducerMessage(topic: "slow", value: bytes("slow")))
        #expect(ContinuousClock.now - start >= .milliseconds(150))
        try broker.setRoundTripTime(broker: 1, milliseconds: 0)
        await producer.shutdown()
        broker.shutdown()
    }
}

@Suite struct TransactionTests {
    @Test func commitAndAbortTransactions() async throws {
        let broker = try EmbeddedBroker()
        try broker.createTopic("txn-in", partitions: 1)
        try broker.createTopic("txn-out", partitions: 1)
        let producer = try makeProducer(broker) { $0.transactionalID = "txn-test" }
        let consumer = try makeConsumer(broker, group: "txn-group")
        let groupMetadata = try consumer.groupMetadata()
        #expect(!groupMetadata.serialized.isEmpty)

        // init_transactions timing out is retriable by contract ("retry call to resume"); on a
        // loaded machine the coordinator connection can take a while.
        for attempt in 1...3 {
            do {
                try await producer.initTransactions(timeout: .seconds(8))
                break
            } catch let error as KafkaError where error.isRetriable && attempt < 3 {
                continue
            }
        }
        try await producer.beginTransaction()
        for index in 0..<3 {
            try await producer.enqueue(KafkaProducerMessage(topic: "txn-out", value: bytes("committed-\(index)"))) { _ in }
        }
        try await producer.sendOffsetsToTransaction(
            offsets: [TopicPartition(topic: "txn-in", partition: 0): 3], groupMetadata: groupMetadata, timeout: .seconds(10))
        try await producer.commitTransaction(timeout: .seconds(10))
        let afterCommit = try await consumer.watermarks(topic: "txn-out", partition: 0)
        #expect(afterCommit.high >= 3)

        try await producer.beginTransaction()
        let aborted = Locked<[Result<DeliveryReport, KafkaError>]>([])
        try await producer.enqueue(KafkaProducerMessage(topic: "txn-out", value: bytes("aborted"))) { result in
            aborted.withLock { $0.append(result) }
        }
        try await producer.abortTransaction(timeout: .seconds(10))
        try await poll(.seconds(5), "aborted message's delivery report", every: .milliseconds(10)) { aborted.value.count == 1 }

        // Not in a transaction any more: committing now is a state error, not a hang.
        await #expect(throws: KafkaError.self) { try await producer.commitTransaction(timeout: .seconds(2)) }
        await consumer.close()
        await producer.shutdown()
        broker.shutdown()
    }
}

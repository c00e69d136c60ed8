import CustomsWorker
import Foundation
import Metrics
import Synchronization

/// Turns librdkafka's statistics JSON into metrics (consumer lag per partition, rebalances,
/// producer queue depth, brokers up) and tells whether the producer is connected.
public final class KafkaStatisticsMetrics: Sendable {
    private struct State {
        var lag: [String: Gauge] = [:]
        var producerConnected = false
        var consumerConnected = false
        var producerReports = 0
    }

    private let state = Mutex(State())
    private let rebalances = Gauge(label: "customs_kafka_rebalances", dimensions: [("client", "consumer")])
    private let recordRebalances = Gauge(label: "customs_kafka_rebalances", dimensions: [("client", "record-consumer")])
    private let producerQueue = Gauge(label: "customs_producer_queue_messages")
    private let producerBrokersUp = Gauge(label: "customs_kafka_brokers_up", dimensions: [("client", "producer")])
    private let consumerBrokersUp = Gauge(label: "customs_kafka_brokers_up", dimensions: [("client", "consumer")])
    private let recordConsumerBrokersUp = Gauge(label: "customs_kafka_brokers_up", dimensions: [("client", "record-consumer")])

    public init() {}

    /// Whether the producer's last statistics showed at least one broker up.
    public var producerConnected: Bool { state.withLock { $0.producerConnected } }

    /// How many producer statistics reports arrived (0: connectivity is not known yet).
    public var producerReports: Int { state.withLock { $0.producerReports } }

    /// Feeds one statistics report of one client.
    public func ingest(_ json: String, from role: KafkaClientRole) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return }
        let up = Self.brokersUp(object)
        switch role {
        case .producer:
            producerQueue.record(Self.int(object["msg_cnt"]) ?? 0)
            producerBrokersUp.record(up)
            state.withLock {
                $0.producerConnected = up > 0
                $0.producerReports += 1
            }
        case .consumer, .recordConsumer:
            // Each group member reports its own brokers, rebalances and (its topic's) lag.
            (role == .consumer ? consumerBrokersUp : recordConsumerBrokersUp).record(up)
            if let group = object["cgrp"] as? [String: Any], let count = Self.int(group["rebalance_cnt"]) {
                (role == .consumer ? rebalances : recordRebalances).record(count)
            }
            recordLag(object)
            if role == .consumer { state.withLock { $0.consumerConnected = up > 0 } }
        }
    }

    /// Brokers (real ones, not bootstrap placeholders) in state UP.
    static func brokersUp(_ object: [String: Any]) -> Int {
        guard let brokers = object["brokers"] as? [String: Any] else { return 0 }
        return brokers.values.reduce(0) { count, value in
            guard let broker = value as? [String: Any], (int(broker["nodeid"]) ?? -1) >= 0,
                  broker["state"] as? String == "UP" else { return count }
            return count + 1
        }
    }

    private func recordLag(_ object: [String: Any]) {
        guard let topics = object["topics"] as? [String: Any] else { return }
        for (topic, value) in topics {
            guard let partitions = (value as? [String: Any])?["partitions"] as? [String: Any] else { continue }
            for (partition, entry) in partitions where partition != "-1" {
                guard let entry = entry as? [String: Any], let lag = Self.int(entry["consumer_lag"]), lag >= 0 else { continue }
                let key = "\(topic)/\(partition)"
                let gauge = state.withLock { state -> Gauge in
                    if let gauge = state.lag[key] { return gauge }
                    let gauge = Gauge(label: "customs_consumer_lag", dimensions: [("topic", topic), ("partition", partition)])
                    state.lag[key] = gauge
                    return gauge
                }
                gauge.record(lag)
            }
        }
    }

    static func int(_ value: Any?) -> Int? {
        switch value {
        case let n as Int: return n
        case let n as NSNumber: return n.intValue
        case let d as Double: return Int(d)
        default: return nil
        }
    }
}

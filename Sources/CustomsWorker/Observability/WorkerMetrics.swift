import CustomsModel
import Metrics

/// The worker's own metrics, through swift-metrics: whichever backend the executable
/// bootstraps (Prometheus in `customs-worker`) receives them; without one they cost nothing.
///
/// Handles are made once, for every label value (the label sets are closed enums), so
/// recording on the hot path is a lookup and an atomic add.
final class WorkerMetrics: Sendable {
    let reportsConsumed = Counter(label: "customs_reports_consumed_total")
    let reportsWithoutFigures = Counter(label: "customs_reports_without_figures_total")
    let recordsAggregated = Counter(label: "customs_records_aggregated_total")
    let aggregatesUpdated = Counter(label: "customs_aggregates_updated_total")
    let aggregateVersionsCoalesced = Counter(label: "customs_aggregate_versions_coalesced_total")
    let rebalances = Counter(label: "customs_rebalances_total")
    let aggregatesRestored = Counter(label: "customs_aggregates_restored_total")
    let largestAggregateBytes = Gauge(label: "customs_aggregate_largest_bytes")
    let recordsProduced: [Metric: Counter]
    let deadLetters: [DeadLetterReason: Counter]

    init() {
        var produced: [Metric: Counter] = [:]
        for metric in Metric.allCases {
            produced[metric] = Counter(label: "customs_records_produced_total", dimensions: [("metric", metric.rawValue)])
        }
        recordsProduced = produced
        var letters: [DeadLetterReason: Counter] = [:]
        for reason in DeadLetterReason.allCases {
            letters[reason] = Counter(label: "customs_dead_letters_total", dimensions: [("reason", reason.rawValue)])
        }
        deadLetters = letters
    }

    /// Emits what changed between two snapshots of the counters.
    func record(from old: WorkerCounters, to new: WorkerCounters) {
        func add(_ counter: Counter, _ delta: Int) { if delta > 0 { counter.increment(by: delta) } }
        add(reportsConsumed, new.reportsCompleted - old.reportsCompleted)
        add(reportsWithoutFigures, new.reportsWithoutFigures - old.reportsWithoutFigures)
        add(recordsAggregated, new.recordsAggregated - old.recordsAggregated)
        add(aggregatesUpdated, new.aggregatesUpdated - old.aggregatesUpdated)
        add(aggregateVersionsCoalesced, new.aggregateVersionsCoalesced - old.aggregateVersionsCoalesced)
        add(rebalances, new.rebalances - old.rebalances)
        add(aggregatesRestored, new.aggregatesRestored - old.aggregatesRestored)
        if new.largestAggregateBytes != old.largestAggregateBytes { largestAggregateBytes.record(new.largestAggregateBytes) }
        if new.recordsProduced != old.recordsProduced {
            for (metric, count) in new.recordsProduced {
                add(recordsProduced[metric]!, count - (old.recordsProduced[metric] ?? 0))
            }
        }
        if new.deadLetters != old.deadLetters {
            for (reason, count) in new.deadLetters {
                add(deadLetters[reason]!, count - (old.deadLetters[reason] ?? 0))
            }
        }
    }
}

/// The extraction latency histogram (one observation per report).
enum ExtractionTiming {
    static func timer() -> Metrics.Timer {
        Metrics.Timer(label: "customs_extraction_duration_seconds")
    }
}

import CustomsModel
import CustomsTesting
import Testing
@testable import CustomsAggregation

/// A record as the extractor would make it; only what aggregation reads varies.
func record(
    _ report: String, value: Double, qualifier: Qualifier = .exact, office: String = "vn.lang-son",
    metric: Metric = .revenue, period: Period = .year(2020), published: String? = "2021-01-05",
    confidence: Double = 0.9, change: Double? = nil, targetKind: TargetKind? = nil, evidence: Int = 0,
    ingested: String? = nil
) -> MetricRecord {
    MetricRecord(reportID: report, office: office, metric: metric, value: value, qualifier: qualifier,
                 period: period, changePct: change, targetKind: targetKind,
                 evidence: Evidence(start: evidence, end: evidence + 10), sourceURL: "https://example.vn/\(report)",
                 publishedAt: published, confidence: confidence, ingestedAt: ingested)
}

func valueAggregate(_ messages: [AggregateMessage]) -> Aggregate? {
    for case .value(let a) in messages { return a }
    return nil
}

@Suite struct AggregationStateTests {
    @Test func firstRecordCreatesVersionOne() throws {
        var state = AggregationState()
        let out = state.apply(record("a", value: 4_290_300_000_000, change: 15.8))
        let aggregate = try #require(valueAggregate(out))
        #expect(aggregate.version == 1)
        #expect(aggregate.value == 4_290_300_000_000)
        #expect(aggregate.observations == 1)
        #expect(aggregate.conflict == false)
        #expect(aggregate.changePct == 15.8)
        #expect(aggregate.key.description == "vn.lang-son|revenue|||actual|2020-01-01|2020-12-31")
    }

    @Test func replayChangesNothing() {
        var state = AggregationState()
        let r = record("a", value: 10)
        #expect(!state.apply(r).isEmpty)
        #expect(state.apply(r).isEmpty)
        #expect(state.values.first?.value.version == 1)
    }

    @Test func exactBeatsApproximateAndIsCompatible() throws {
        var state = AggregationState()
        _ = state.apply(record("a", value: 235_000_000, qualifier: .over, published: "2021-03-01"))
        let out = state.apply(record("b", value: 235_400_000, published: "2021-01-01"))
        let aggregate = try #require(valueAggregate(out))
        #expect(aggregate.value == 235_400_000)
        #expect(aggregate.qualifier == .exact)
        #expect(aggregate.conflict == false)
        #expect(aggregate.values.count == 2)
        #expect(aggregate.version == 2)
    }

    @Test func latestPublicationWinsAmongExactThenConfidence() throws {
        var state = AggregationState()
        _ = state.apply(record("old", value: 100, published: "2021-01-10"))
        var aggregate = try #require(valueAggregate(state.apply(record("new", value: 110, published: "2021-02"))))
        #expect(aggregate.value == 110)
        #expect(aggregate.conflict == true)
        #expect(aggregate.values.map(\.value) == [100, 110])
        aggregate = try #require(valueAggregate(state.apply(
            record("sure", value: 120, published: "2021-02", confidence: 0.99))))
        #expect(aggregate.value == 120)
        #expect(aggregate.observations == 3)
    }

    @Test func sameValueFromTwoReportsIsOneObservedValue() throws {
        var state = AggregationState()
        _ = state.apply(record("a", value: 7))
        let aggregate = try #require(valueAggregate(state.apply(record("b", value: 7))))
        #expect(aggregate.values.count == 1)
        #expect(Set(aggregate.values[0].sources.map(\.reportID)) == ["a", "b"])
        #expect(aggregate.observations == 2)
        #expect(!aggregate.conflict)
    }

    @Test func outcomeDoesNotDependOnOrder() {
        let records = [
            record("a", value: 100, published: "2021-01-01", ingested: "2021-01-01T00:00:00.000Z"),
            record("b", value: 105, qualifier: .about, published: "2021-03-01", ingested: "2021-03-01T00:00:00.000Z"),
            record("c", value: 101, published: "2021-02-01", ingested: "2021-02-01T00:00:00.000Z"),
            record("t", value: 90, metric: .revenueTarget, targetKind: .estimate),
            record("d", value: 40, period: .months(1, 6, of: 2020)),
            record("e", value: 12, metric: .fines),
        ]
        var reference = AggregationState()
        for r in records { _ = reference.apply(r) }
        var generator = SplitMix(seed: 42)
        for _ in 0..<30 {
            var state = AggregationState()
            for r in records.shuffled(using: &generator) { _ = state.apply(r) }
            #expect(state.values == reference.values)
            #expect(state.progress == reference.progress)
        }
    }

    @Test func restoreThenReplayProducesNoNewVersions() {
        let records = (0..<20).map { record("r\($0)", value: Double(100 + $0 % 3), evidence: $0) }
        var original = AggregationState()
        var log: [AggregateMessage] = []
        for r in records { log += original.apply(r) }
        var restored = AggregationState()
        for message in log.reversed() { restored.restore(message) }  // any order: highest version wins
        #expect(restored.values == original.values)
        #expect(restored.progress == original.progress)
        for r in records { #expect(restored.apply(r).isEmpty) }
    }

    @Test func yearProgressTakesLatestPeriodEndAndTarget() throws {
        var state = AggregationState()
        _ = state.apply(record("t", value: 3_400, metric: .revenueTarget, targetKind: .estimate))
        _ = state.apply(record("h1", value: 2_000, period: .months(1, 6, of: 2020)))
        _ = state.apply(record("q1", value: 900, period: .quarter(1, of: 2020)))
        let key = YearProgressKey(office: "vn.lang-son", metric: .revenue, flow: nil, year: 2020)
        let entry = try #require(state.progress[key])
        #expect(entry.value == 2_000)
        #expect(entry.period == .months(1, 6, of: 2020))
        #expect(entry.targets == [TargetAttainment(kind: .estimate, pct: 58.8, amount: 3_400)])
        #expect(entry.version == 3)
        _ = state.apply(record("y", value: 4_290, period: .year(2020)))
        #expect(state.progress[key]?.value == 4_290)
        #expect(state.progress[key]?.targets.first?.pct == 126.2)
    }

    @Test func incompatibleQualifiersConflict() throws {
        var state = AggregationState()
        _ = state.apply(record("a", value: 500, qualifier: .under))
        let aggregate = try #require(valueAggregate(state.apply(record("b", value: 900, qualifier: .over))))
        #expect(aggregate.conflict)
        let ranged = try #require(valueAggregate(state.apply(
            MetricRecord(reportID: "c", office: "vn.lang-son", metric: .revenue, value: 400, valueMax: 450,
                         qualifier: .range, period: .year(2020), evidence: Evidence(start: 0, end: 1)))))
        #expect(ranged.values.contains { $0.qualifier == .range && $0.valueMax == 450 })
    }
}

/// The project's seeded generator, so shuffles are the same on every run.
typealias SplitMix = SeededGenerator

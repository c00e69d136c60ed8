import CustomsModel
import CustomsTesting
import Testing
@testable import CustomsAggregation

/// The value aggregate of a set of records computed from scratch, the way the rules of
/// `pipeline.md` read: group by statement, sort everything, pick. `AggregationState` keeps the
/// same result incrementally; these tests hold it to this definition.
private func referenceAggregate(of records: [MetricRecord]) -> Aggregate? {
    guard let first = records.first else { return nil }
    var observed: [ObservedValue] = []
    for record in records {
        let source = AggregateSource(
            recordID: record.recordID, reportID: record.reportID, sourceURL: record.sourceURL,
            publishedAt: record.publishedAt, confidence: record.confidence, ingestedAt: record.ingestedAt,
            changePct: record.changePct, vsTargets: record.vsTargets)
        if let i = observed.firstIndex(where: {
            $0.value == record.value && $0.valueMax == record.valueMax && $0.unit == record.unit && $0.qualifier == record.qualifier
        }) {
            observed[i].sources.append(source)
        } else {
            observed.append(ObservedValue(value: record.value, valueMax: record.valueMax, unit: record.unit,
                                          qualifier: record.qualifier, sources: [source]))
        }
    }
    for i in observed.indices { observed[i].sources.sort { $0.recordID < $1.recordID } }
    observed.sort {
        if $0.value != $1.value { return $0.value < $1.value }
        if $0.qualifier != $1.qualifier { return $0.qualifier.rawValue < $1.qualifier.rawValue }
        return ($0.valueMax ?? -1) < ($1.valueMax ?? -1)
    }
    var chosen: (ObservedValue, AggregateSource)?
    for value in observed {
        for source in value.sources {
            guard let current = chosen else { chosen = (value, source); continue }
            let exactNew = value.qualifier == .exact, exactOld = current.0.qualifier == .exact
            if exactNew != exactOld ? exactNew : preferred(source, over: current.1) { chosen = (value, source) }
        }
    }
    guard let (value, best) = chosen else { return nil }
    let sources = observed.flatMap(\.sources)
    let ranked = sources.sorted { preferred($0, over: $1) }
    var conflict = false
    for i in observed.indices {
        for j in observed.indices where j > i && !ValueChoice.compatible(observed[i], observed[j]) { conflict = true }
    }
    let times = sources.compactMap(\.ingestedAt).sorted()
    return Aggregate(
        key: first.aggregateKey, value: value.value, valueMax: value.valueMax, unit: value.unit, qualifier: value.qualifier,
        values: observed, observations: Set(sources.map(\.reportID)).count, conflict: conflict,
        changePct: best.changePct ?? ranked.lazy.compactMap(\.changePct).first,
        vsTargets: best.vsTargets.isEmpty ? (ranked.first { !$0.vsTargets.isEmpty }?.vsTargets ?? []) : best.vsTargets,
        firstSeen: times.first, updatedAt: times.last, version: records.count)
}

/// The source order of `pipeline.md` (later publication, then confidence, then record id).
private func preferred(_ a: AggregateSource, over b: AggregateSource) -> Bool {
    SourceSummary.Ranked(a).isPreferred(over: SourceSummary.Ranked(b))
}

/// Many records on a few keys, with every field that aggregation reads varied (ties included).
private func busyRecords(count: Int, seed: UInt64) -> [MetricRecord] {
    var generator = SeededGenerator(seed: seed)
    let qualifiers: [Qualifier] = [.exact, .exact, .about, .over, .under]
    let published: [String?] = [nil, "2021", "2021-01", "2021-01-05", "2021-01-05T08:00:00Z", "2020-12-31"]
    return (0..<count).map { n in
        let report = "r\(Int.random(in: 0..<(count / 3 + 1), using: &generator))"
        var r = record(
            report, value: Double(100 + Int.random(in: 0..<4, using: &generator)),
            qualifier: qualifiers.randomElement(using: &generator)!,
            office: ["vn.lang-son", "vn.hai-phong"].randomElement(using: &generator)!,
            published: published.randomElement(using: &generator)!,
            confidence: [0.5, 0.9, 0.9].randomElement(using: &generator)!,
            change: Bool.random(using: &generator) ? Double(Int.random(in: -20...20, using: &generator)) : nil,
            evidence: n,
            ingested: Bool.random(using: &generator) ? "2021-01-0\(Int.random(in: 1...9, using: &generator))T00:00:00.000Z" : nil)
        if Int.random(in: 0..<4, using: &generator) == 0 {
            r.vsTargets = [TargetAttainment(kind: .estimate, pct: Double(Int.random(in: 80...130, using: &generator)))]
        }
        return r
    }
}

@Suite struct IncrementalAggregateTests {
    /// Every aggregate the state emits equals the from-scratch aggregate of the records of its
    /// key applied so far, duplicates included (they emit nothing).
    @Test(arguments: [1, 2, 3] as [UInt64])
    func everyUpdateEqualsTheFromScratchAggregate(seed: UInt64) throws {
        let records = busyRecords(count: 400, seed: seed)
        var generator = SeededGenerator(seed: seed &+ 100)
        let stream = (records + records.prefix(50)).shuffled(using: &generator)
        var state = AggregationState()
        var applied: [AggregateKey: [MetricRecord]] = [:]
        var seen = Set<String>()
        var updates = 0
        for r in stream {
            let changed = state.apply(r)
            guard seen.insert(r.recordID).inserted else {
                #expect(changed.isEmpty, "a replayed record changed something")
                continue
            }
            applied[r.aggregateKey, default: []].append(r)
            let aggregate = try #require(valueAggregate(changed))
            #expect(aggregate == referenceAggregate(of: applied[r.aggregateKey]!))
            updates += 1
        }
        #expect(updates == records.count)
        #expect(state.values.count == applied.count)
        #expect(applied.values.contains { $0.count > 50 }, "the test should exercise keys with many sources")
    }

    /// Restored midway from the emitted log (the summaries are rebuilt from the aggregates), the
    /// state goes on exactly as one that was never restored.
    @Test func restoringMidwayContinuesIdentically() {
        let records = busyRecords(count: 300, seed: 9)
        var uninterrupted = AggregationState()
        var log: [AggregateMessage] = []
        for r in records.prefix(150) { log += uninterrupted.apply(r) }
        var restored = AggregationState()
        for message in log { restored.restore(message) }
        for r in records.dropFirst(150) {
            #expect(restored.apply(r) == uninterrupted.apply(r))
        }
        #expect(restored.values == uninterrupted.values)
        #expect(restored.progress == uninterrupted.progress)
    }
}

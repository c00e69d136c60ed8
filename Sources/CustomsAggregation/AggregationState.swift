import CustomsModel

/// The aggregates of one partition: a pure state machine from metric records to the
/// aggregate messages they change.
///
/// Every output depends only on the set of records applied, never on their order or on
/// the clock, and a record applied twice changes nothing. That is what lets a worker be
/// killed at any moment, rebuild this state from the aggregates it produced
/// (``restore(_:)``), reprocess the uncommitted records and end with the very same
/// latest aggregate per key as a run that was never interrupted.
public struct AggregationState: Sendable {
    public private(set) var values: [AggregateKey: Aggregate] = [:]
    public private(set) var progress: [YearProgressKey: YearProgress] = [:]

    public init() {}

    /// Number of aggregates held (both kinds).
    public var count: Int { values.count + progress.count }

    /// Takes an aggregate read back from the aggregates topic; the highest version per key wins,
    /// so replaying a whole (uncompacted) log in any order gives the latest state.
    public mutating func restore(_ message: AggregateMessage) {
        switch message {
        case .value(let aggregate):
            if (values[aggregate.key]?.version ?? 0) < aggregate.version { values[aggregate.key] = aggregate }
        case .yearProgress(let entry):
            if (progress[entry.key]?.version ?? 0) < entry.version { progress[entry.key] = entry }
        }
    }

    /// Applies one record; returns the aggregates it changed, each with its version bumped.
    /// A record whose id is already known returns nothing.
    public mutating func apply(_ record: MetricRecord) -> [AggregateMessage] {
        var changed: [AggregateMessage] = []
        if let aggregate = applyValue(record) {
            changed.append(.value(aggregate))
        }
        if record.metric == .revenueTarget {
            if let entry = applyTarget(record) { changed.append(.yearProgress(entry)) }
        } else if let entry = applyProgress(record) {
            changed.append(.yearProgress(entry))
        }
        return changed
    }

    // MARK: value aggregates

    private mutating func applyValue(_ record: MetricRecord) -> Aggregate? {
        let key = record.aggregateKey
        var observed = values[key]?.values ?? []
        if observed.contains(where: { $0.sources.contains { $0.recordID == record.recordID } }) { return nil }

        let source = AggregateSource(
            recordID: record.recordID, reportID: record.reportID, sourceURL: record.sourceURL,
            publishedAt: record.publishedAt, confidence: record.confidence, ingestedAt: record.ingestedAt,
            changePct: record.changePct, vsTargets: record.vsTargets)
        let probe = ObservedValue(value: record.value, valueMax: record.valueMax, unit: record.unit,
                                  qualifier: record.qualifier, sources: [])
        if let index = observed.firstIndex(where: { Self.sameStatement($0, probe) }) {
            observed[index].sources.append(source)
            observed[index].sources.sort { $0.recordID < $1.recordID }
        } else {
            var fresh = probe
            fresh.sources = [source]
            observed.append(fresh)
            observed.sort(by: Self.statementOrder)
        }
        guard let (chosen, best) = ValueChoice.choose(from: observed) else { return nil }
        let sources = observed.flatMap(\.sources)
        var conflict = false
        for i in observed.indices where !conflict {
            for j in observed.indices where j > i && !ValueChoice.compatible(observed[i], observed[j]) {
                conflict = true
                break
            }
        }
        // The chosen source's comparisons, else those of the most preferred source that has them.
        let ranked = sources.sorted { ValueChoice.isPreferred($0, over: $1) }
        let changePct = best.changePct ?? ranked.lazy.compactMap(\.changePct).first
        let vsTargets = best.vsTargets.isEmpty ? (ranked.first { !$0.vsTargets.isEmpty }?.vsTargets ?? []) : best.vsTargets
        let times = sources.compactMap(\.ingestedAt).sorted()
        let aggregate = Aggregate(
            key: key, value: chosen.value, valueMax: chosen.valueMax, unit: chosen.unit,
            qualifier: chosen.qualifier, values: observed,
            observations: Set(sources.map(\.reportID)).count, conflict: conflict,
            changePct: changePct, vsTargets: vsTargets, firstSeen: times.first, updatedAt: times.last,
            version: (values[key]?.version ?? 0) + 1)
        values[key] = aggregate
        return aggregate
    }

    private static func sameStatement(_ a: ObservedValue, _ b: ObservedValue) -> Bool {
        a.qualifier == b.qualifier && a.value == b.value && a.valueMax == b.valueMax && a.unit == b.unit
    }

    private static func statementOrder(_ a: ObservedValue, _ b: ObservedValue) -> Bool {
        if a.value != b.value { return a.value < b.value }
        if a.qualifier != b.qualifier { return a.qualifier.rawValue < b.qualifier.rawValue }
        return (a.valueMax ?? -1) < (b.valueMax ?? -1)
    }

    // MARK: year progress

    /// The year a record counts toward: its period must lie within one calendar year.
    private static func year(of period: Period) -> Int? {
        guard let end = period.end else { return nil }
        if let start = period.start, start.year != end.year { return nil }
        return end.year
    }

    private mutating func applyProgress(_ record: MetricRecord) -> YearProgress? {
        // Mixing units (a trade value stated only in VND) would make "latest figure" meaningless.
        guard record.basis == .actual, record.unit == record.metric.defaultUnit,
              let year = Self.year(of: record.period) else { return nil }
        let key = YearProgressKey(office: record.office, metric: record.metric, flow: record.flow, year: year)
        var entry: YearProgress
        if let existing = progress[key] {
            if existing.recordIDs.contains(record.recordID) { return nil }
            entry = existing
            entry.recordIDs.append(record.recordID)
            entry.recordIDs.sort()
            entry.version += 1
            if Self.isLaterFigure(record, than: entry) {
                entry.value = record.value
                entry.qualifier = record.qualifier
                entry.period = record.period
                entry.recordID = record.recordID
            }
        } else {
            // Targets already known for this office and year count as contributions too,
            // so the version does not depend on whether they arrived first.
            let targetIDs = record.metric == .revenue ? targetRecordIDs(office: record.office, year: year) : []
            let ids = ([record.recordID] + targetIDs).sorted()
            entry = YearProgress(key: key, value: record.value, unit: record.unit, qualifier: record.qualifier,
                                 period: record.period, recordID: record.recordID, targets: [],
                                 recordIDs: ids, updatedAt: nil, version: ids.count)
        }
        entry.updatedAt = max(entry.updatedAt ?? "", record.ingestedAt ?? "").nilIfEmpty
        entry.targets = targets(for: entry)
        progress[key] = entry
        return entry
    }

    private mutating func applyTarget(_ record: MetricRecord) -> YearProgress? {
        guard let year = Self.year(of: record.period) else { return nil }
        let key = YearProgressKey(office: record.office, metric: .revenue, flow: nil, year: year)
        guard var entry = progress[key], !entry.recordIDs.contains(record.recordID) else { return nil }
        entry.recordIDs.append(record.recordID)
        entry.recordIDs.sort()
        entry.version += 1
        entry.targets = targets(for: entry)
        entry.updatedAt = max(entry.updatedAt ?? "", record.ingestedAt ?? "").nilIfEmpty
        progress[key] = entry
        return entry
    }

    /// A figure replaces the current one when it reaches further into the year; on a tie an
    /// exact figure, then the longer (cumulative) period, then the record id decide.
    private static func isLaterFigure(_ record: MetricRecord, than entry: YearProgress) -> Bool {
        let end = record.period.end!, currentEnd = entry.period.end!
        if end != currentEnd { return end > currentEnd }
        let exact = record.qualifier == .exact, currentExact = entry.qualifier == .exact
        if exact != currentExact { return exact }
        let start = record.period.start, currentStart = entry.period.start
        if start != currentStart {
            guard let start else { return false }
            guard let currentStart else { return true }
            return start < currentStart
        }
        return record.recordID < entry.recordID
    }

    private func targetAggregates(office: String, year: Int) -> [Aggregate] {
        TargetKind.allCases.compactMap { kind in
            values[AggregateKey(office: office, metric: .revenueTarget, flow: nil, targetKind: kind,
                                basis: .actual, period: .year(year))]
        }
    }

    private func targetRecordIDs(office: String, year: Int) -> [String] {
        targetAggregates(office: office, year: year).flatMap { $0.values.flatMap { $0.sources.map(\.recordID) } }
    }

    private func targets(for entry: YearProgress) -> [TargetAttainment] {
        guard entry.key.metric == .revenue else { return [] }
        return targetAggregates(office: entry.key.office, year: entry.key.year).compactMap { target in
            guard let kind = target.key.targetKind, target.value > 0 else { return nil }
            let pct = (entry.value / target.value * 1000).rounded() / 10
            return TargetAttainment(kind: kind, pct: pct, amount: target.value)
        }
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}

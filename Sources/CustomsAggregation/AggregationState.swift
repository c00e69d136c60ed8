import CustomsModel

/// The aggregates of one partition: a pure state machine from metric records to the
/// aggregate messages they change.
///
/// Every output depends only on the set of records applied, never on their order or on
/// the clock, and a record applied twice changes nothing. That is what lets a worker be
/// killed at any moment, rebuild this state from the aggregates it produced
/// (``restore(_:)``), reprocess the uncommitted records and end with the very same
/// latest aggregate per key as a run that was never interrupted.
///
/// Year progress is a view of the value aggregates: every record it counts is a source of a
/// value aggregate of the same office, so the same partition. It is kept up to date record by
/// record and, after a restore, worked out again from the value aggregates; its messages need
/// not carry the records they count (a list that grew with every record of the year).
public struct AggregationState: Sendable {
    public private(set) var values: [AggregateKey: Aggregate] = [:]
    /// Year progress by key. Right after ``restore(_:)`` it is worked out from the value
    /// aggregates on each read, until the next ``apply(_:)`` keeps it.
    public var progress: [YearProgressKey: YearProgress] {
        progressNeedsRebuild ? Self.progress(derivedFrom: values) : keptProgress
    }
    private var keptProgress: [YearProgressKey: YearProgress] = [:]
    /// Value aggregates were restored: `keptProgress` is out of date.
    private var progressNeedsRebuild = false
    /// Per value aggregate, what an update needs to know about all of its sources, kept up to
    /// date record by record so that an update does not rescan, re-sort or re-parse every source
    /// (aggregates keep all their sources, so that would make a busy key quadratic). Derived
    /// data only: missing after a restore and rebuilt from the aggregate when first needed.
    private var summaries: [AggregateKey: SourceSummary] = [:]

    public init() {}

    /// Number of aggregates held (both kinds).
    public var count: Int { values.count + progress.count }

    /// Takes an aggregate read back from the aggregates topic; the highest version per key wins,
    /// so replaying a whole (uncompacted) log in any order gives the latest state. Year-progress
    /// messages are passed over: that view is worked out from the value aggregates.
    public mutating func restore(_ message: AggregateMessage) {
        guard case .value(let aggregate) = message else { return }
        if (values[aggregate.key]?.version ?? 0) < aggregate.version {
            values[aggregate.key] = aggregate
            summaries[aggregate.key] = nil
            progressNeedsRebuild = true
        }
    }

    /// Applies one record; returns the aggregates it changed, each with its version bumped.
    /// A record whose id is already known returns nothing.
    public mutating func apply(_ record: MetricRecord) -> [AggregateMessage] {
        if progressNeedsRebuild {
            keptProgress = Self.progress(derivedFrom: values)
            progressNeedsRebuild = false
        }
        // A record its value aggregate knows is known to the year progress too.
        guard let aggregate = applyValue(record) else { return [] }
        var changed: [AggregateMessage] = [.value(aggregate)]
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
        var summary = summaries.removeValue(forKey: key) ?? SourceSummary(values[key])
        if summary.recordIDs.contains(record.recordID) {
            summaries[key] = summary
            return nil
        }
        // Moved out of the dictionary so that the arrays below are mutated in place, not copied.
        var observed: [ObservedValue] = []
        var previousVersion = 0
        if var previous = values.removeValue(forKey: key) {
            previousVersion = previous.version
            swap(&observed, &previous.values)
        }

        let source = AggregateSource(
            recordID: record.recordID, reportID: record.reportID, sourceURL: record.sourceURL,
            publishedAt: record.publishedAt, confidence: record.confidence, ingestedAt: record.ingestedAt,
            changePct: record.changePct, vsTargets: record.vsTargets)
        let probe = ObservedValue(value: record.value, valueMax: record.valueMax, unit: record.unit,
                                  qualifier: record.qualifier, sources: [])
        if let index = observed.firstIndex(where: { Self.sameStatement($0, probe) }) {
            // Sources stay sorted by record id: insert at the place a sort would give.
            let at = Self.insertionIndex(of: source.recordID, in: observed[index].sources)
            observed[index].sources.insert(source, at: at)
        } else {
            var fresh = probe
            fresh.sources = [source]
            observed.append(fresh)
            observed.sort(by: Self.statementOrder)
        }
        summary.add(source, statement: probe)
        guard let chosen = summary.chosen else { return nil }
        var conflict = false
        for i in observed.indices where !conflict {
            for j in observed.indices where j > i && !ValueChoice.compatible(observed[i], observed[j]) {
                conflict = true
                break
            }
        }
        // The chosen source's comparisons, else those of the most preferred source that has them.
        let best = chosen.source.source
        let changePct = best.changePct ?? summary.preferredWithChange?.source.changePct
        let vsTargets = best.vsTargets.isEmpty ? (summary.preferredWithTargets?.source.vsTargets ?? []) : best.vsTargets
        let aggregate = Aggregate(
            key: key, value: chosen.statement.value, valueMax: chosen.statement.valueMax, unit: chosen.statement.unit,
            qualifier: chosen.statement.qualifier, values: observed,
            observations: summary.reportIDs.count, conflict: conflict,
            changePct: changePct, vsTargets: vsTargets, firstSeen: summary.firstSeen, updatedAt: summary.updatedAt,
            version: previousVersion + 1)
        values[key] = aggregate
        summaries[key] = summary
        return aggregate
    }

    /// The first index in `0..<count` at which `isAfter` holds, for a predicate that is false
    /// then true along a sorted array (a binary search).
    private static func partitionPoint(_ count: Int, _ isAfter: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if isAfter(mid) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// Where `id` goes in `sources` sorted by record id (after any equal id, as a stable sort
    /// of an append would put it).
    private static func insertionIndex(of id: String, in sources: [AggregateSource]) -> Int {
        partitionPoint(sources.count) { id < sources[$0].recordID }
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

    /// What year progress counts of a record: a figure for a period within one year, actual, in
    /// the metric's own unit (a trade value stated only in VND would make "latest figure" meaningless).
    private static func progressKey(office: String, metric: Metric, flow: Flow?, basis: Basis, unit: MeasureUnit,
                                    period: Period) -> YearProgressKey? {
        guard metric != .revenueTarget, basis == .actual, unit == metric.defaultUnit, let year = year(of: period) else {
            return nil
        }
        return YearProgressKey(office: office, metric: metric, flow: flow, year: year)
    }

    /// The revenue year progress a target counts toward: the office's actual target for a whole
    /// year, the one ``targets(for:_:)`` reads.
    private static func targetProgressKey(_ key: AggregateKey) -> YearProgressKey? {
        guard key.metric == .revenueTarget, key.basis == .actual, let year = year(of: key.period),
              key.period == .year(year) else { return nil }
        return YearProgressKey(office: key.office, metric: .revenue, flow: nil, year: year)
    }

    /// A figure year progress may choose: what it needs of a record.
    private struct Figure {
        var value: Double
        var qualifier: Qualifier
        var period: Period
        var recordID: String

        /// Whether it reaches further into the year than `entry`'s figure; on a tie an exact
        /// figure, then the longer (cumulative) period, then the record id decide.
        func isLater(than entry: YearProgress) -> Bool {
            let end = period.end!, currentEnd = entry.period.end!
            if end != currentEnd { return end > currentEnd }
            let exact = qualifier == .exact, currentExact = entry.qualifier == .exact
            if exact != currentExact { return exact }
            let start = period.start, currentStart = entry.period.start
            if start != currentStart {
                guard let start else { return false }
                guard let currentStart else { return true }
                return start < currentStart
            }
            return recordID < entry.recordID
        }
    }

    /// Counts a figure (new to its value aggregate) toward `entry`: one more version, the figure
    /// if it is later.
    private static func count(_ figure: Figure, unit: MeasureUnit, ingestedAt: String?, into entry: inout YearProgress?,
                              key: YearProgressKey) {
        guard var current = entry else {
            entry = YearProgress(key: key, value: figure.value, unit: unit, qualifier: figure.qualifier,
                                 period: figure.period, recordID: figure.recordID, targets: [],
                                 updatedAt: ingestedAt, version: 1)
            return
        }
        // Moved out of the optional, so that the strings are not copied on write.
        entry = nil
        current.version += 1
        if figure.isLater(than: current) {
            current.value = figure.value
            current.qualifier = figure.qualifier
            current.period = figure.period
            current.recordID = figure.recordID
        }
        current.updatedAt = max(current.updatedAt ?? "", ingestedAt ?? "").nilIfEmpty
        entry = current
    }

    private mutating func applyProgress(_ record: MetricRecord) -> YearProgress? {
        guard let key = Self.progressKey(office: record.office, metric: record.metric, flow: record.flow,
                                         basis: record.basis, unit: record.unit, period: record.period) else { return nil }
        var entry = keptProgress.removeValue(forKey: key)
        let isNew = entry == nil
        Self.count(Figure(value: record.value, qualifier: record.qualifier, period: record.period, recordID: record.recordID),
                   unit: record.unit, ingestedAt: record.ingestedAt, into: &entry, key: key)
        guard var updated = entry else { return nil }
        // Targets already known for this office and year count as contributions too, so the
        // version does not depend on whether they arrived first.
        if isNew { Self.countTargets(into: &updated, values) }
        updated.targets = Self.targets(for: updated, values)
        keptProgress[key] = updated
        return updated
    }

    private mutating func applyTarget(_ record: MetricRecord) -> YearProgress? {
        guard let key = Self.targetProgressKey(record.aggregateKey), var entry = keptProgress.removeValue(forKey: key) else {
            return nil
        }
        entry.version += 1
        entry.targets = Self.targets(for: entry, values)
        entry.updatedAt = max(entry.updatedAt ?? "", record.ingestedAt ?? "").nilIfEmpty
        keptProgress[key] = entry
        return entry
    }

    /// Year progress worked out from value aggregates alone: what applying their sources'
    /// records one by one would have made of it.
    private static func progress(derivedFrom values: [AggregateKey: Aggregate]) -> [YearProgressKey: YearProgress] {
        var progress: [YearProgressKey: YearProgress] = [:]
        for (key, aggregate) in values {
            for observed in aggregate.values {
                guard let progressKey = progressKey(office: key.office, metric: key.metric, flow: key.flow,
                                                    basis: key.basis, unit: observed.unit, period: key.period) else { continue }
                var entry = progress.removeValue(forKey: progressKey)
                for source in observed.sources {
                    count(Figure(value: observed.value, qualifier: observed.qualifier, period: key.period,
                                 recordID: source.recordID),
                          unit: observed.unit, ingestedAt: source.ingestedAt, into: &entry, key: progressKey)
                }
                progress[progressKey] = entry
            }
        }
        for (key, var entry) in progress {
            countTargets(into: &entry, values)
            entry.targets = targets(for: entry, values)
            progress[key] = entry
        }
        return progress
    }

    /// The office's actual targets for the whole year, by kind (what ``targetProgressKey(_:)`` names).
    private static func targetAggregates(office: String, year: Int, _ values: [AggregateKey: Aggregate]) -> [Aggregate] {
        TargetKind.allCases.compactMap { kind in
            values[AggregateKey(office: office, metric: .revenueTarget, flow: nil, targetKind: kind,
                                basis: .actual, period: .year(year))]
        }
    }

    /// Counts the records of a revenue entry's targets toward it: one version each, and their
    /// ingestion times toward `updatedAt`.
    private static func countTargets(into entry: inout YearProgress, _ values: [AggregateKey: Aggregate]) {
        guard entry.key.metric == .revenue else { return }
        for target in targetAggregates(office: entry.key.office, year: entry.key.year, values) {
            for observed in target.values {
                entry.version += observed.sources.count
                for source in observed.sources {
                    entry.updatedAt = max(entry.updatedAt ?? "", source.ingestedAt ?? "").nilIfEmpty
                }
            }
        }
    }

    private static func targets(for entry: YearProgress, _ values: [AggregateKey: Aggregate]) -> [TargetAttainment] {
        guard entry.key.metric == .revenue else { return [] }
        return targetAggregates(office: entry.key.office, year: entry.key.year, values).compactMap { target in
            guard let kind = target.key.targetKind, target.value > 0 else { return nil }
            let pct = (entry.value / target.value * 1000).rounded() / 10
            return TargetAttainment(kind: kind, pct: pct, amount: target.value)
        }
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}

/// What an aggregate's update needs from all of its sources, maintained incrementally:
/// sources are only ever added, so every field is a running set, minimum, maximum or best.
struct SourceSummary: Sendable {
    /// A source with its publication order parsed once, not on every comparison.
    struct Ranked: Sendable {
        var order: PublicationOrder
        var source: AggregateSource

        init(_ source: AggregateSource) {
            // Publication dates as precisely as they are known; an unknown date sorts first.
            let date = source.publishedAt.flatMap(PublicationDate.init)
            self.order = PublicationOrder(date?.year ?? 0, date?.month ?? 0, date?.day ?? 0)
            self.source = source
        }

        /// A total order on sources: later publication first, then higher confidence, then the
        /// record id, so the choice never depends on the order in which records arrived.
        func isPreferred(over other: Ranked) -> Bool {
            if order != other.order { return order > other.order }
            if source.confidence != other.source.confidence { return source.confidence > other.source.confidence }
            return source.recordID < other.source.recordID
        }
    }

    /// A statement (value, bound, unit, qualifier) with its best source.
    struct Choice: Sendable {
        var statement: ObservedValue
        var source: Ranked
    }

    var recordIDs: Set<String> = []
    var reportIDs: Set<String> = []
    var firstSeen: String?
    var updatedAt: String?
    /// ``ValueChoice/choose(from:)`` over every source seen.
    var chosen: Choice?
    /// The most preferred source with a year-on-year change, and with target attainments.
    var preferredWithChange: Ranked?
    var preferredWithTargets: Ranked?

    init() {}

    /// The summary of an aggregate's sources (after a restore).
    init(_ aggregate: Aggregate?) {
        guard let aggregate else { return }
        for observed in aggregate.values {
            var statement = observed
            statement.sources = []
            for source in observed.sources { add(source, statement: statement) }
        }
    }

    mutating func add(_ source: AggregateSource, statement: ObservedValue) {
        recordIDs.insert(source.recordID)
        reportIDs.insert(source.reportID)
        if let time = source.ingestedAt {
            if firstSeen.map({ time < $0 }) ?? true { firstSeen = time }
            if updatedAt.map({ time > $0 }) ?? true { updatedAt = time }
        }
        let ranked = Ranked(source)
        if let current = chosen {
            // An exact figure beats an approximate one; then the most preferred source.
            let exactNew = statement.qualifier == .exact, exactOld = current.statement.qualifier == .exact
            if exactNew != exactOld ? exactNew : ranked.isPreferred(over: current.source) {
                chosen = Choice(statement: statement, source: ranked)
            }
        } else {
            chosen = Choice(statement: statement, source: ranked)
        }
        if source.changePct != nil, preferredWithChange.map({ ranked.isPreferred(over: $0) }) ?? true {
            preferredWithChange = ranked
        }
        if !source.vsTargets.isEmpty, preferredWithTargets.map({ ranked.isPreferred(over: $0) }) ?? true {
            preferredWithTargets = ranked
        }
    }
}

/// The identity of a value aggregate:
/// `office | metric | flow | target_kind | basis | period.start | period.end`.
public struct AggregateKey: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var office: String
    public var metric: Metric
    public var flow: Flow?
    public var targetKind: TargetKind?
    public var basis: Basis
    public var period: Period

    public init(office: String, metric: Metric, flow: Flow?, targetKind: TargetKind?, basis: Basis, period: Period) {
        self.office = office
        self.metric = metric
        self.flow = flow
        self.targetKind = targetKind
        self.basis = basis
        self.period = period
    }

    /// The message key on `customs.aggregates.v1`; an unknown part is empty.
    public var description: String {
        var text = office
        text.reserveCapacity(office.utf8.count + 64)
        text += "|"
        text += metric.rawValue
        text += "|"
        if let flow { text += flow.rawValue }
        text += "|"
        if let targetKind { text += targetKind.rawValue }
        text += "|"
        text += basis.rawValue
        text += "|"
        if let start = period.start { text += start.description }
        text += "|"
        if let end = period.end { text += end.description }
        return text
    }

    public static func < (lhs: AggregateKey, rhs: AggregateKey) -> Bool { lhs.description < rhs.description }

    /// The office and every other part packed into one word: two combines instead of a dozen
    /// (the worker hashes a key several times for every record it applies).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(office)
        var parts = UInt64(metric.ordinal)
        parts = parts << 3 | UInt64(flow.map { $0.ordinal + 1 } ?? 0)
        parts = parts << 2 | UInt64(targetKind.map { $0.ordinal + 1 } ?? 0)
        parts = parts << 1 | UInt64(basis.ordinal)
        parts = parts << 24 | Self.packed(period.start)
        parts = parts << 24 | Self.packed(period.end)
        hasher.combine(parts)
    }

    /// A date in 24 bits (0 for none); out-of-range fields only make collisions, never inequality.
    @inline(__always) static func packed(_ date: CalendarDate?) -> UInt64 {
        guard let date else { return 0 }
        return (UInt64(truncatingIfNeeded: date.year) << 9 | UInt64(truncatingIfNeeded: date.month) << 5
            | UInt64(truncatingIfNeeded: date.day)) & 0x7f_ffff | 0x80_0000
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let key = AggregateKey(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "not an aggregate key: \(text)"))
        }
        self = key
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    /// Parses the message-key form.
    public init?(_ text: String) {
        let parts = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 7, !parts[0].isEmpty, let metric = Metric(rawValue: parts[1]),
              let basis = Basis(rawValue: parts[4]) else { return nil }
        self.init(office: parts[0], metric: metric, flow: Flow(rawValue: parts[2]),
                  targetKind: TargetKind(rawValue: parts[3]), basis: basis,
                  period: Period(start: CalendarDate(iso: parts[5]), end: CalendarDate(iso: parts[6])))
    }
}

/// One report's contribution to an aggregate.
public struct AggregateSource: Sendable, Hashable, Codable {
    public var recordID: String
    public var reportID: String
    public var sourceURL: String?
    public var publishedAt: String?
    public var confidence: Double
    public var ingestedAt: String?
    public var changePct: Double?
    public var vsTargets: [TargetAttainment]

    public init(recordID: String, reportID: String, sourceURL: String?, publishedAt: String?,
                confidence: Double, ingestedAt: String?, changePct: Double?, vsTargets: [TargetAttainment]) {
        self.recordID = recordID
        self.reportID = reportID
        self.sourceURL = sourceURL
        self.publishedAt = publishedAt
        self.confidence = confidence
        self.ingestedAt = ingestedAt
        self.changePct = changePct
        self.vsTargets = vsTargets
    }

    enum CodingKeys: String, CodingKey {
        case recordID = "record_id", reportID = "report_id", sourceURL = "source_url"
        case publishedAt = "published_at", confidence, ingestedAt = "ingested_at"
        case changePct = "change_pct", vsTargets = "vs_targets"
    }
}

/// A distinct value seen for an aggregate, with every source that stated it.
public struct ObservedValue: Sendable, Hashable, Codable {
    public var value: Double
    public var valueMax: Double?
    public var unit: MeasureUnit
    public var qualifier: Qualifier
    public var sources: [AggregateSource]

    public init(value: Double, valueMax: Double?, unit: MeasureUnit, qualifier: Qualifier, sources: [AggregateSource]) {
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.qualifier = qualifier
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey { case value, valueMax = "value_max", unit, qualifier, sources }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(valueMax, forKey: .valueMax)
        try c.encode(unit, forKey: .unit)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(sources, forKey: .sources)
    }
}

/// The current knowledge about one ``AggregateKey``: the latest message per key on the
/// compacted `customs.aggregates.v1` is the current value. It carries every value seen
/// with its sources, so the aggregator's state can be rebuilt from these messages alone.
public struct Aggregate: Sendable, Hashable, Codable {
    /// Always `"value"`; tells this kind apart from ``YearProgress`` on the same topic.
    public var kind: String = Aggregate.kindName
    public static let kindName = "value"

    public var key: AggregateKey
    public var value: Double
    public var valueMax: Double?
    public var unit: MeasureUnit
    public var qualifier: Qualifier
    /// Every distinct value seen, ordered by value; none is dropped on a conflict.
    public var values: [ObservedValue]
    /// Distinct reports that stated a figure for this key.
    public var observations: Int
    /// True when two reports give values that cannot both be true.
    public var conflict: Bool
    public var changePct: Double?
    public var vsTargets: [TargetAttainment]
    /// Earliest and latest ingestion time of the sources (event time, so a replay gives the same).
    public var firstSeen: String?
    public var updatedAt: String?
    /// Grows by one with every change; a replay of a known report changes nothing.
    public var version: Int

    public init(key: AggregateKey, value: Double, valueMax: Double?, unit: MeasureUnit, qualifier: Qualifier,
                values: [ObservedValue], observations: Int, conflict: Bool, changePct: Double?,
                vsTargets: [TargetAttainment], firstSeen: String?, updatedAt: String?, version: Int) {
        self.key = key
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.qualifier = qualifier
        self.values = values
        self.observations = observations
        self.conflict = conflict
        self.changePct = changePct
        self.vsTargets = vsTargets
        self.firstSeen = firstSeen
        self.updatedAt = updatedAt
        self.version = version
    }

    enum CodingKeys: String, CodingKey {
        case kind, key, office, metric, flow, targetKind = "target_kind", basis, period
        case value, valueMax = "value_max", unit, qualifier, values, observations, conflict
        case changePct = "change_pct", vsTargets = "vs_targets"
        case firstSeen = "first_seen", updatedAt = "updated_at", version
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(String.self, forKey: .kind)
        guard kind == Aggregate.kindName else {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c,
                debugDescription: "expected kind \"value\", got \"\(kind)\"")
        }
        key = AggregateKey(
            office: try c.decode(String.self, forKey: .office),
            metric: try c.decode(Metric.self, forKey: .metric),
            flow: try c.decodeIfPresent(Flow.self, forKey: .flow),
            targetKind: try c.decodeIfPresent(TargetKind.self, forKey: .targetKind),
            basis: try c.decode(Basis.self, forKey: .basis),
            period: try c.decode(Period.self, forKey: .period))
        value = try c.decode(Double.self, forKey: .value)
        valueMax = try c.decodeIfPresent(Double.self, forKey: .valueMax)
        unit = try c.decode(MeasureUnit.self, forKey: .unit)
        qualifier = try c.decode(Qualifier.self, forKey: .qualifier)
        values = try c.decode([ObservedValue].self, forKey: .values)
        observations = try c.decode(Int.self, forKey: .observations)
        conflict = try c.decode(Bool.self, forKey: .conflict)
        changePct = try c.decodeIfPresent(Double.self, forKey: .changePct)
        vsTargets = try c.decodeIfPresent([TargetAttainment].self, forKey: .vsTargets) ?? []
        firstSeen = try c.decodeIfPresent(String.self, forKey: .firstSeen)
        updatedAt = try c.decodeIfPresent(String.self, forKey: .updatedAt)
        version = try c.decode(Int.self, forKey: .version)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(key, forKey: .key)
        try c.encode(key.office, forKey: .office)
        try c.encode(key.metric, forKey: .metric)
        try c.encode(key.flow, forKey: .flow)
        try c.encode(key.targetKind, forKey: .targetKind)
        try c.encode(key.basis, forKey: .basis)
        try c.encode(key.period, forKey: .period)
        try c.encode(value, forKey: .value)
        try c.encode(valueMax, forKey: .valueMax)
        try c.encode(unit, forKey: .unit)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(values, forKey: .values)
        try c.encode(observations, forKey: .observations)
        try c.encode(conflict, forKey: .conflict)
        try c.encode(changePct, forKey: .changePct)
        try c.encode(vsTargets, forKey: .vsTargets)
        try c.encode(firstSeen, forKey: .firstSeen)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(version, forKey: .version)
    }
}

/// The identity of a year-progress aggregate: `office | metric | flow | year`.
public struct YearProgressKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var office: String
    public var metric: Metric
    public var flow: Flow?
    public var year: Int

    public init(office: String, metric: Metric, flow: Flow?, year: Int) {
        self.office = office
        self.metric = metric
        self.flow = flow
        self.year = year
    }

    public var description: String { [office, metric.rawValue, flow?.rawValue ?? "", String(year)].joined(separator: "|") }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(office)
        hasher.combine(UInt64(metric.ordinal) << 40 | UInt64(flow.map { $0.ordinal + 1 } ?? 0) << 32
            | UInt64(UInt32(truncatingIfNeeded: year)))
    }
}

/// How far an office has come in a year: the actual figure with the latest period end
/// within the year (cumulative figures such as "tính đến 15/10"), with the office's
/// target for that year and the attainment, when known.
public struct YearProgress: Sendable, Hashable, Codable {
    public var kind: String = YearProgress.kindName
    public static let kindName = "year_progress"

    public var key: YearProgressKey
    public var value: Double
    public var unit: MeasureUnit
    public var qualifier: Qualifier
    /// The period of the chosen figure (its end is the latest seen within the year).
    public var period: Period
    /// The record that stated the chosen figure.
    public var recordID: String
    /// Targets for the year by kind, with attainment = value / amount.
    public var targets: [TargetAttainment]
    /// The latest ingestion time of the records counted (event time, so a replay gives the same).
    public var updatedAt: String?
    /// How many records it counts: the year's figures and, for revenue, the office's targets for
    /// the year. A replay of a known record changes nothing.
    public var version: Int

    public init(key: YearProgressKey, value: Double, unit: MeasureUnit, qualifier: Qualifier, period: Period,
                recordID: String, targets: [TargetAttainment], updatedAt: String?, version: Int) {
        self.key = key
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.period = period
        self.recordID = recordID
        self.targets = targets
        self.updatedAt = updatedAt
        self.version = version
    }

    enum CodingKeys: String, CodingKey {
        case kind, key, office, metric, flow, year, value, unit, qualifier, period
        case recordID = "record_id", targets, updatedAt = "updated_at", version
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(String.self, forKey: .kind)
        guard kind == YearProgress.kindName else {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c,
                debugDescription: "expected kind \"year_progress\", got \"\(kind)\"")
        }
        key = YearProgressKey(
            office: try c.decode(String.self, forKey: .office),
            metric: try c.decode(Metric.self, forKey: .metric),
            flow: try c.decodeIfPresent(Flow.self, forKey: .flow),
            year: try c.decode(Int.self, forKey: .year))
        value = try c.decode(Double.self, forKey: .value)
        unit = try c.decode(MeasureUnit.self, forKey: .unit)
        qualifier = try c.decode(Qualifier.self, forKey: .qualifier)
        period = try c.decode(Period.self, forKey: .period)
        recordID = try c.decode(String.self, forKey: .recordID)
        targets = try c.decodeIfPresent([TargetAttainment].self, forKey: .targets) ?? []
        updatedAt = try c.decodeIfPresent(String.self, forKey: .updatedAt)
        version = try c.decode(Int.self, forKey: .version)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(key.description, forKey: .key)
        try c.encode(key.office, forKey: .office)
        try c.encode(key.metric, forKey: .metric)
        try c.encode(key.flow, forKey: .flow)
        try c.encode(key.year, forKey: .year)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(period, forKey: .period)
        try c.encode(recordID, forKey: .recordID)
        try c.encode(targets, forKey: .targets)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(version, forKey: .version)
    }
}

/// A message of `customs.aggregates.v1`, decoded by its `kind`.
public enum AggregateMessage: Sendable, Hashable, Codable {
    case value(Aggregate)
    case yearProgress(YearProgress)

    enum KindKey: String, CodingKey { case kind }

    public init(from decoder: any Decoder) throws {
        let kind = try decoder.container(keyedBy: KindKey.self).decode(String.self, forKey: .kind)
        switch kind {
        case Aggregate.kindName: self = .value(try Aggregate(from: decoder))
        case YearProgress.kindName: self = .yearProgress(try YearProgress(from: decoder))
        default:
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "unknown aggregate kind \"\(kind)\" (this build knows value, year_progress)"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .value(let a): try a.encode(to: encoder)
        case .yearProgress(let y): try y.encode(to: encoder)
        }
    }

    /// The message key on the aggregates topic.
    public var messageKey: String {
        switch self {
        case .value(let a): return a.key.description
        case .yearProgress(let y): return y.key.description
        }
    }

    public var version: Int {
        switch self {
        case .value(let a): return a.version
        case .yearProgress(let y): return y.version
        }
    }
}

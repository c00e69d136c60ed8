/// Attainment against a target: "bằng 126% dự toán (3.400 tỷ đồng)".
public struct TargetAttainment: Sendable, Hashable, Codable {
    public var kind: TargetKind
    /// Attainment in percent of the target (126 for "bằng 126% dự toán").
    public var pct: Double
    /// The target amount in base units, when the text names it.
    public var amount: Double?

    public init(kind: TargetKind, pct: Double, amount: Double? = nil) {
        self.kind = kind
        self.pct = pct
        self.amount = amount
    }

    enum CodingKeys: String, CodingKey { case kind, pct, amount }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(pct, forKey: .pct)
        try c.encode(amount, forKey: .amount)
    }
}

/// Where in the report body a record was read: UTF-8 byte offsets, `end` exclusive.
public struct Evidence: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// Which extractor produced a record, so a downstream user can tell rule versions apart.
public struct ExtractorInfo: Sendable, Hashable, Codable {
    public var name: String
    public var version: String
    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }
}

/// One figure that a report states about one customs office for one period
/// (`metrics.md`). Produced to `customs.metrics.v1`, keyed by ``office``.
public struct MetricRecord: Sendable, Hashable, Codable {
    /// Deterministic: the same report always yields the same ids (see ``makeID()``).
    public var recordID: String
    public var reportID: String
    /// An office id: `vn`, `vn.lang-son`, `vn.lao-cai.<branch>`, `vn.kv7`, `vn.kv6.<unit>`.
    public var office: String
    public var metric: Metric
    public var flow: Flow?
    /// In base units: đồng, dollars, or a count. For a range, the lower bound.
    public var value: Double
    /// The upper bound of a range ("từ A đến B"), else `nil`.
    public var valueMax: Double?
    public var unit: MeasureUnit
    public var qualifier: Qualifier
    public var basis: Basis
    public var period: Period
    /// Signed change against the same period of an earlier year, in percent.
    public var changePct: Double?
    /// Signed change against the previous period (month, quarter), in percent.
    public var changePrevPeriodPct: Double?
    public var vsTargets: [TargetAttainment]
    /// Only for `revenue_target`.
    public var targetKind: TargetKind?
    public var evidence: Evidence
    public var sourceURL: String?
    public var publishedAt: String?
    public var extractor: ExtractorInfo
    /// 0...1: how sure the extractor is; breaks ties between equal exact figures.
    public var confidence: Double
    /// When the report entered Kafka (RFC 3339, from the raw message's timestamp); `nil` offline.
    public var ingestedAt: String?

    public init(
        recordID: String = "", reportID: String, office: String, metric: Metric, flow: Flow? = nil,
        value: Double, valueMax: Double? = nil, unit: MeasureUnit? = nil, qualifier: Qualifier = .exact,
        basis: Basis = .actual, period: Period, changePct: Double? = nil, changePrevPeriodPct: Double? = nil,
        vsTargets: [TargetAttainment] = [], targetKind: TargetKind? = nil, evidence: Evidence,
        sourceURL: String? = nil, publishedAt: String? = nil,
        extractor: ExtractorInfo = ExtractorInfo(name: "customs-extraction", version: "0"),
        confidence: Double = 1, ingestedAt: String? = nil
    ) {
        self.recordID = recordID
        self.reportID = reportID
        self.office = office
        self.metric = metric
        self.flow = flow
        self.value = value
        self.valueMax = valueMax
        self.unit = unit ?? metric.defaultUnit
        self.qualifier = qualifier
        self.basis = basis
        self.period = period
        self.changePct = changePct
        self.changePrevPeriodPct = changePrevPeriodPct
        self.vsTargets = vsTargets
        self.targetKind = targetKind
        self.evidence = evidence
        self.sourceURL = sourceURL
        self.publishedAt = publishedAt
        self.extractor = extractor
        self.confidence = confidence
        self.ingestedAt = ingestedAt
        if recordID.isEmpty { self.recordID = makeID() }
    }

    /// The aggregate this record belongs to.
    public var aggregateKey: AggregateKey {
        AggregateKey(office: office, metric: metric, flow: flow, targetKind: targetKind, basis: basis, period: period)
    }

    /// A deterministic id from the report and what the record says, independent of the
    /// extractor's wording of evidence, so reprocessing yields the same id.
    ///
    /// The hash is FNV-1a (``StableHash``) over `reportID`, the ``aggregateKey`` message key
    /// (`office|metric|flow|target_kind|basis|start|end`), `String(value)` and the evidence start,
    /// each followed by the 0x1f separator. The bytes are fed to the hash as they are produced,
    /// without building the strings, so the ids are the same as those of
    /// `hash.combine(aggregateKey.description)` & co. (this runs once per record, on the hot path).
    public func makeID() -> String {
        var hash = StableHash()
        Self.feed(reportID, &hash)
        hash.combine(byte: 0x1f)
        // aggregateKey.description, byte for byte.
        Self.feed(office, &hash)
        hash.combine(byte: 0x7c)
        Self.feed(metric.rawValue, &hash)
        hash.combine(byte: 0x7c)
        if let flow { Self.feed(flow.rawValue, &hash) }
        hash.combine(byte: 0x7c)
        if let targetKind { Self.feed(targetKind.rawValue, &hash) }
        hash.combine(byte: 0x7c)
        Self.feed(basis.rawValue, &hash)
        hash.combine(byte: 0x7c)
        if let d = period.start { Self.feed(d, &hash) }
        hash.combine(byte: 0x7c)
        if let d = period.end { Self.feed(d, &hash) }
        hash.combine(byte: 0x1f)
        // String(value): an integral double below 2^53 prints as its digits and ".0".
        if value == value.rounded(.towardZero), value > 0, value < 9_007_199_254_740_992 {
            Self.feedDigits(UInt64(value), minWidth: 1, &hash)
            hash.combine(byte: 0x2e)
            hash.combine(byte: 0x30)
        } else {
            Self.feed(String(value), &hash)
        }
        hash.combine(byte: 0x1f)
        if evidence.start >= 0 {
            Self.feedDigits(UInt64(evidence.start), minWidth: 1, &hash)
        } else {
            Self.feed(String(evidence.start), &hash)
        }
        hash.combine(byte: 0x1f)
        // "m-" + sixteen lower-case hex digits.
        let v = hash.value
        return String(unsafeUninitializedCapacity: 18) { buf in
            buf[0] = 0x6d
            buf[1] = 0x2d
            var x = v
            for i in stride(from: 17, through: 2, by: -1) {
                let d = UInt8(truncatingIfNeeded: x & 0xf)
                buf[i] = d < 10 ? 0x30 &+ d : 0x57 &+ d
                x >>= 4
            }
            return 18
        }
    }

    @inline(__always)
    private static func feed(_ text: String, _ hash: inout StableHash) {
        var text = text
        text.withUTF8 { for b in $0 { hash.combine(byte: b) } }
    }

    /// `CalendarDate.description` ("YYYY-MM-DD", zero-padded) without building it.
    @inline(__always)
    private static func feed(_ d: CalendarDate, _ hash: inout StableHash) {
        guard d.year >= 0, d.month >= 0, d.day >= 0 else { feed(d.description, &hash); return }
        feedDigits(UInt64(d.year), minWidth: 4, &hash)
        hash.combine(byte: 0x2d)
        feedDigits(UInt64(d.month), minWidth: 2, &hash)
        hash.combine(byte: 0x2d)
        feedDigits(UInt64(d.day), minWidth: 2, &hash)
    }

    /// The decimal digits of `n`, left-padded with zeros to `minWidth`.
    @inline(__always)
    private static func feedDigits(_ n: UInt64, minWidth: Int, _ hash: inout StableHash) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes, enough for 20 digits
        var count = 0
        var x = n
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[count] = 0x30 &+ UInt8(truncatingIfNeeded: x % 10)
                x /= 10
                count += 1
            } while x > 0
            var pad = minWidth - count
            while pad > 0 { hash.combine(byte: 0x30); pad -= 1 }
            var i = count - 1
            while i >= 0 { hash.combine(byte: raw[i]); i -= 1 }
        }
    }

    enum CodingKeys: String, CodingKey {
        case recordID = "record_id"
        case reportID = "report_id"
        case office, metric, flow, value
        case valueMax = "value_max"
        case unit, qualifier, basis, period
        case changePct = "change_pct"
        case changePrevPeriodPct = "change_prev_period_pct"
        case vsTargets = "vs_targets"
        case targetKind = "target_kind"
        case evidence
        case sourceURL = "source_url"
        case publishedAt = "published_at"
        case extractor, confidence
        case ingestedAt = "ingested_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        recordID = try c.decode(String.self, forKey: .recordID)
        reportID = try c.decode(String.self, forKey: .reportID)
        office = try c.decode(String.self, forKey: .office)
        metric = try c.decode(Metric.self, forKey: .metric)
        flow = try c.decodeIfPresent(Flow.self, forKey: .flow)
        value = try c.decode(Double.self, forKey: .value)
        valueMax = try c.decodeIfPresent(Double.self, forKey: .valueMax)
        unit = try c.decode(MeasureUnit.self, forKey: .unit)
        qualifier = try c.decodeIfPresent(Qualifier.self, forKey: .qualifier) ?? .exact
        basis = try c.decodeIfPresent(Basis.self, forKey: .basis) ?? .actual
        period = try c.decode(Period.self, forKey: .period)
        changePct = try c.decodeIfPresent(Double.self, forKey: .changePct)
        changePrevPeriodPct = try c.decodeIfPresent(Double.self, forKey: .changePrevPeriodPct)
        vsTargets = try c.decodeIfPresent([TargetAttainment].self, forKey: .vsTargets) ?? []
        targetKind = try c.decodeIfPresent(TargetKind.self, forKey: .targetKind)
        evidence = try c.decode(Evidence.self, forKey: .evidence)
        sourceURL = try c.decodeIfPresent(String.self, forKey: .sourceURL)
        publishedAt = try c.decodeIfPresent(String.self, forKey: .publishedAt)
        extractor = try c.decodeIfPresent(ExtractorInfo.self, forKey: .extractor)
            ?? ExtractorInfo(name: "unknown", version: "0")
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence) ?? 1
        ingestedAt = try c.decodeIfPresent(String.self, forKey: .ingestedAt)
    }

    /// Every field is written, `null` included, so consumers see one shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(recordID, forKey: .recordID)
        try c.encode(reportID, forKey: .reportID)
        try c.encode(office, forKey: .office)
        try c.encode(metric, forKey: .metric)
        try c.encode(flow, forKey: .flow)
        try c.encode(value, forKey: .value)
        try c.encode(valueMax, forKey: .valueMax)
        try c.encode(unit, forKey: .unit)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(basis, forKey: .basis)
        try c.encode(period, forKey: .period)
        try c.encode(changePct, forKey: .changePct)
        try c.encode(changePrevPeriodPct, forKey: .changePrevPeriodPct)
        try c.encode(vsTargets, forKey: .vsTargets)
        try c.encode(targetKind, forKey: .targetKind)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(sourceURL, forKey: .sourceURL)
        try c.encode(publishedAt, forKey: .publishedAt)
        try c.encode(extractor, forKey: .extractor)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(ingestedAt, forKey: .ingestedAt)
    }
}

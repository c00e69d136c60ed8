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
        Self.makeID(reportID: reportID, office: office, metric: metric, flow: flow, targetKind: targetKind,
                    basis: basis, period: period, value: value, evidenceStart: evidence.start)
    }

    /// ``makeID()`` from the fields it reads. The hash state lives in a local `UInt64` (one
    /// multiply per byte, no `inout` struct traffic).
    private static func makeID(
        reportID: String, office: String, metric: Metric, flow: Flow?, targetKind: TargetKind?, basis: Basis,
        period: Period, value: Double, evidenceStart: Int
    ) -> String {
        var h = StableHash.offsetBasis
        h = feed(reportID, h)
        h = StableHash.step(h, 0x1f)
        // aggregateKey.description, byte for byte.
        h = feed(office, h)
        h = StableHash.step(h, 0x7c)
        h = feed(metric.rawValue, h)
        h = StableHash.step(h, 0x7c)
        if let flow { h = feed(flow.rawValue, h) }
        h = StableHash.step(h, 0x7c)
        if let targetKind { h = feed(targetKind.rawValue, h) }
        h = StableHash.step(h, 0x7c)
        h = feed(basis.rawValue, h)
        h = StableHash.step(h, 0x7c)
        if let d = period.start { h = feed(d, h) }
        h = StableHash.step(h, 0x7c)
        if let d = period.end { h = feed(d, h) }
        h = StableHash.step(h, 0x1f)
        // String(value): an integral double below 2^53 prints as its digits and ".0".
        if value == value.rounded(.towardZero), value > 0, value < 9_007_199_254_740_992 {
            h = feedDigits(UInt64(value), minWidth: 1, h)
            h = StableHash.step(h, 0x2e)
            h = StableHash.step(h, 0x30)
        } else {
            h = feed(String(value), h)
        }
        h = StableHash.step(h, 0x1f)
        if evidenceStart >= 0 {
            h = feedDigits(UInt64(evidenceStart), minWidth: 1, h)
        } else {
            h = feed(String(evidenceStart), h)
        }
        h = StableHash.step(h, 0x1f)
        // "m-" + sixteen lower-case hex digits, written as one 2-byte and two 8-byte stores.
        let high = hexDigits(UInt32(truncatingIfNeeded: h >> 32))
        let low = hexDigits(UInt32(truncatingIfNeeded: h))
        return String(unsafeUninitializedCapacity: 18) { buf in
            // storeBytes accepts unaligned offsets (SE-0349); the buffer holds at least 18 bytes.
            let raw = UnsafeMutableRawPointer(buf.baseAddress!)
            raw.storeBytes(of: UInt16(0x2d6d).littleEndian, toByteOffset: 0, as: UInt16.self)  // "m-"
            raw.storeBytes(of: high, toByteOffset: 2, as: UInt64.self)
            raw.storeBytes(of: low, toByteOffset: 10, as: UInt64.self)
            return 18
        }
    }

    /// The eight lower-case hex digits of `x` as the bytes of a UInt64, most significant digit in the
    /// lowest byte (so storing it little-endian writes the digits in reading order). SWAR, no loop.
    @inline(__always)
    private static func hexDigits(_ x: UInt32) -> UInt64 {
        // Spread the nibbles into bytes (byte k = nibble k), then reverse the bytes.
        var v = UInt64(x)
        v = (v | (v << 16)) & 0x0000_ffff_0000_ffff
        v = (v | (v << 8)) & 0x00ff_00ff_00ff_00ff
        v = (v | (v << 4)) & 0x0f0f_0f0f_0f0f_0f0f
        v = v.byteSwapped
        // Per byte d (0...15): bit 4 of d + 6 is set iff d >= 10; those bytes get 'a' - '0' - 10 more.
        let letters = ((v &+ 0x0606_0606_0606_0606) >> 4) & 0x0101_0101_0101_0101
        return (v &+ 0x3030_3030_3030_3030 &+ letters &* 0x27).littleEndian
    }

    @inline(__always)
    private static func feed(_ text: String, _ state: UInt64) -> UInt64 {
        // Native strings (all of ours) are contiguous; the fallback covers bridged ones.
        if let h = text.utf8.withContiguousStorageIfAvailable({ bytes -> UInt64 in
            var h = state
            for b in bytes { h = StableHash.step(h, b) }
            return h
        }) {
            return h
        }
        var h = state
        for b in text.utf8 { h = StableHash.step(h, b) }
        return h
    }

    /// `CalendarDate.description` ("YYYY-MM-DD", zero-padded) without building it.
    @inline(__always)
    private static func feed(_ d: CalendarDate, _ state: UInt64) -> UInt64 {
        guard d.year >= 0, d.month >= 0, d.day >= 0 else { return feed(d.description, state) }
        if d.year < 10_000, d.month < 100, d.day < 100 {
            // The usual case, fixed widths: divisions by constants, no digit loop.
            let y = UInt8(truncatingIfNeeded: d.year / 100), y2 = UInt8(truncatingIfNeeded: d.year % 100)
            let m = UInt8(truncatingIfNeeded: d.month), dd = UInt8(truncatingIfNeeded: d.day)
            var h = StableHash.step(state, 0x30 &+ y / 10)
            h = StableHash.step(h, 0x30 &+ y % 10)
            h = StableHash.step(h, 0x30 &+ y2 / 10)
            h = StableHash.step(h, 0x30 &+ y2 % 10)
            h = StableHash.step(h, 0x2d)
            h = StableHash.step(h, 0x30 &+ m / 10)
            h = StableHash.step(h, 0x30 &+ m % 10)
            h = StableHash.step(h, 0x2d)
            h = StableHash.step(h, 0x30 &+ dd / 10)
            return StableHash.step(h, 0x30 &+ dd % 10)
        }
        var h = feedDigits(UInt64(d.year), minWidth: 4, state)
        h = StableHash.step(h, 0x2d)
        h = feedDigits(UInt64(d.month), minWidth: 2, h)
        h = StableHash.step(h, 0x2d)
        return feedDigits(UInt64(d.day), minWidth: 2, h)
    }

    /// The decimal digits of `n`, left-padded with zeros to `minWidth`, most significant first.
    /// Produced right to left, two at a time, into a stack buffer (a division by a constant is a
    /// multiply and a shift), then hashed in reading order: dividing by a power of ten for each
    /// digit cost twice as much.
    @inline(__always)
    private static func feedDigits(_ n: UInt64, minWidth: Int, _ state: UInt64) -> UInt64 {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buf in  // UInt64.max has 20 digits
            var i = 20
            var x = n
            while x >= 100 {
                let q = x / 100
                let r = UInt8(truncatingIfNeeded: x &- q &* 100)
                let tens = r / 10
                i &-= 2
                buf[i] = 0x30 &+ tens
                buf[i &+ 1] = 0x30 &+ (r &- tens &* 10)
                x = q
            }
            let r = UInt8(truncatingIfNeeded: x)  // 0...99
            if r >= 10 {
                let tens = r / 10
                i &-= 2
                buf[i] = 0x30 &+ tens
                buf[i &+ 1] = 0x30 &+ (r &- tens &* 10)
            } else {
                i &-= 1
                buf[i] = 0x30 &+ r
            }
            var h = state
            var pad = minWidth - (20 - i)
            while pad > 0 { h = StableHash.step(h, 0x30); pad -= 1 }
            while i < 20 {
                h = StableHash.step(h, buf[i])
                i &+= 1
            }
            return h
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

/// The initialisers live in an extension so that the struct keeps its memberwise initialiser.
extension MetricRecord {
    public init(
        recordID: String = "", reportID: String, office: String, metric: Metric, flow: Flow? = nil,
        value: Double, valueMax: Double? = nil, unit: MeasureUnit? = nil, qualifier: Qualifier = .exact,
        basis: Basis = .actual, period: Period, changePct: Double? = nil, changePrevPeriodPct: Double? = nil,
        vsTargets: [TargetAttainment] = [], targetKind: TargetKind? = nil, evidence: Evidence,
        sourceURL: String? = nil, publishedAt: String? = nil,
        extractor: ExtractorInfo = ExtractorInfo(name: "customs-extraction", version: "0"),
        confidence: Double = 1, ingestedAt: String? = nil
    ) {
        // Delegates to the synthesised memberwise initialiser (it exists because this struct declares
        // its initialisers in an extension): a hand-written one that assigns the fields one by one
        // builds the record in a temporary and copies it (retain and release of every field).
        self.init(
            recordID: recordID.isEmpty
                ? Self.makeID(reportID: reportID, office: office, metric: metric, flow: flow, targetKind: targetKind,
                              basis: basis, period: period, value: value, evidenceStart: evidence.start)
                : recordID,
            reportID: reportID, office: office, metric: metric, flow: flow, value: value, valueMax: valueMax,
            unit: unit ?? metric.defaultUnit, qualifier: qualifier, basis: basis, period: period, changePct: changePct,
            changePrevPeriodPct: changePrevPeriodPct, vsTargets: vsTargets, targetKind: targetKind, evidence: evidence,
            sourceURL: sourceURL, publishedAt: publishedAt, extractor: extractor, confidence: confidence,
            ingestedAt: ingestedAt)
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
}

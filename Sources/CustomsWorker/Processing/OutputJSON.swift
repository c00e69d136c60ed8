import CustomsModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The worker's output messages (metric records, aggregates) as JSON, written directly into a
/// byte array: byte for byte what `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`
/// writes on Linux for the same value (keys in UTF-8 order, `Double.description` without a
/// trailing ".0", the same string escapes, `null` where the model's `encode(to:)` writes it,
/// omitted where synthesized conformances use `encodeIfPresent`), at a fraction of the cost:
/// Foundation's encoder was a third of the worker's CPU time (BENCHMARKS.md).
///
/// Returns `nil` for values `JSONEncoder` refuses (non-finite numbers), so callers can fall
/// back to it and keep its behaviour. `OutputJSONTests` checks the equivalence.
public enum OutputJSON {
    /// `CUSTOMS_FOUNDATION_JSON=1` turns the direct encoders and the raw-report fast path off
    /// (everything goes through Foundation's JSONEncoder/JSONDecoder, as before), for A/B
    /// measurements and as a safety switch.
    public static let enabled: Bool = getenv("CUSTOMS_FOUNDATION_JSON").map { String(cString: $0) != "1" } ?? true

    public static func encode(_ record: MetricRecord) -> [UInt8]? {
        guard enabled else { return nil }
        var o = JSONBytes(capacity: 1024)
        o.record(record)
        return o.result
    }

    public static func encode(_ message: AggregateMessage) -> [UInt8]? {
        guard enabled else { return nil }
        var o = JSONBytes(capacity: 2048)
        switch message {
        case .value(let aggregate): o.aggregate(aggregate)
        case .yearProgress(let progress): o.yearProgress(progress)
        }
        return o.result
    }
}

struct JSONBytes {
    private(set) var bytes: [UInt8] = []
    private var valid = true

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    var result: [UInt8]? { valid ? bytes : nil }

    @inline(__always) mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var mark = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                if index > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index])) }
                switch byte {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
                mark = index + 1
            }
            if utf8.count > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...])) }
        }
        bytes.append(0x22)
    }

    mutating func string(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    mutating func number(_ value: Double) {
        guard value.isFinite else {
            valid = false
            raw("null")
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func number(_ value: Double?) {
        if let value { number(value) } else { raw("null") }
    }

    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func date(_ date: CalendarDate?) {
        if let date { string(date.description) } else { raw("null") }
    }

    mutating func period(_ period: Period) {
        raw("{\"end\":")
        date(period.end)
        raw(",\"start\":")
        date(period.start)
        raw("}")
    }

    mutating func targets(_ targets: [TargetAttainment]) {
        raw("[")
        for (index, target) in targets.enumerated() {
            if index > 0 { raw(",") }
            raw("{\"amount\":")
            number(target.amount)
            raw(",\"kind\":")
            string(target.kind.rawValue)
            raw(",\"pct\":")
            number(target.pct)
            raw("}")
        }
        raw("]")
    }

    /// `MetricRecord.encode(to:)`: every field, `null` included.
    mutating func record(_ r: MetricRecord) {
        raw("{\"basis\":")
        string(r.basis.rawValue)
        raw(",\"change_pct\":")
        number(r.changePct)
        raw(",\"change_prev_period_pct\":")
        number(r.changePrevPeriodPct)
        raw(",\"confidence\":")
        number(r.confidence)
        raw(",\"evidence\":{\"end\":")
        int(r.evidence.end)
        raw(",\"start\":")
        int(r.evidence.start)
        raw("},\"extractor\":{\"name\":")
        string(r.extractor.name)
        raw(",\"version\":")
        string(r.extractor.version)
        raw("},\"flow\":")
        string(r.flow?.rawValue)
        raw(",\"ingested_at\":")
        string(r.ingestedAt)
        raw(",\"metric\":")
        string(r.metric.rawValue)
        raw(",\"office\":")
        string(r.office)
        raw(",\"period\":")
        period(r.period)
        raw(",\"published_at\":")
        string(r.publishedAt)
        raw(",\"qualifier\":")
        string(r.qualifier.rawValue)
        raw(",\"record_id\":")
        string(r.recordID)
        raw(",\"report_id\":")
        string(r.reportID)
        raw(",\"source_url\":")
        string(r.sourceURL)
        raw(",\"target_kind\":")
        string(r.targetKind?.rawValue)
        raw(",\"unit\":")
        string(r.unit.rawValue)
        raw(",\"value\":")
        number(r.value)
        raw(",\"value_max\":")
        number(r.valueMax)
        raw(",\"vs_targets\":")
        targets(r.vsTargets)
        raw("}")
    }

    /// `AggregateSource`'s synthesized conformance: `nil` optionals are omitted.
    mutating func source(_ s: AggregateSource) {
        raw("{")
        if let changePct = s.changePct {
            raw("\"change_pct\":")
            number(changePct)
            raw(",")
        }
        raw("\"confidence\":")
        number(s.confidence)
        if let ingestedAt = s.ingestedAt {
            raw(",\"ingested_at\":")
            string(ingestedAt)
        }
        if let publishedAt = s.publishedAt {
            raw(",\"published_at\":")
            string(publishedAt)
        }
        raw(",\"record_id\":")
        string(s.recordID)
        raw(",\"report_id\":")
        string(s.reportID)
        if let sourceURL = s.sourceURL {
            raw(",\"source_url\":")
            string(sourceURL)
        }
        raw(",\"vs_targets\":")
        targets(s.vsTargets)
        raw("}")
    }

    /// `ObservedValue.encode(to:)`.
    mutating func observed(_ v: ObservedValue) {
        raw("{\"qualifier\":")
        string(v.qualifier.rawValue)
        raw(",\"sources\":[")
        for (index, source) in v.sources.enumerated() {
            if index > 0 { raw(",") }
            self.source(source)
        }
        raw("],\"unit\":")
        string(v.unit.rawValue)
        raw(",\"value\":")
        number(v.value)
        raw(",\"value_max\":")
        number(v.valueMax)
        raw("}")
    }

    /// `Aggregate.encode(to:)`.
    mutating func aggregate(_ a: Aggregate) {
        raw("{\"basis\":")
        string(a.key.basis.rawValue)
        raw(",\"change_pct\":")
        number(a.changePct)
        raw(",\"conflict\":")
        if a.conflict { raw("true") } else { raw("false") }
        raw(",\"first_seen\":")
        string(a.firstSeen)
        raw(",\"flow\":")
        string(a.key.flow?.rawValue)
        raw(",\"key\":")
        string(a.key.description)
        raw(",\"kind\":")
        string(a.kind)
        raw(",\"metric\":")
        string(a.key.metric.rawValue)
        raw(",\"observations\":")
        int(a.observations)
        raw(",\"office\":")
        string(a.key.office)
        raw(",\"period\":")
        period(a.key.period)
        raw(",\"qualifier\":")
        string(a.qualifier.rawValue)
        raw(",\"target_kind\":")
        string(a.key.targetKind?.rawValue)
        raw(",\"unit\":")
        string(a.unit.rawValue)
        raw(",\"updated_at\":")
        string(a.updatedAt)
        raw(",\"value\":")
        number(a.value)
        raw(",\"value_max\":")
        number(a.valueMax)
        raw(",\"values\":[")
        for (index, value) in a.values.enumerated() {
            if index > 0 { raw(",") }
            observed(value)
        }
        raw("],\"version\":")
        int(a.version)
        raw(",\"vs_targets\":")
        targets(a.vsTargets)
        raw("}")
    }

    /// `YearProgress.encode(to:)`.
    mutating func yearProgress(_ y: YearProgress) {
        raw("{\"flow\":")
        string(y.key.flow?.rawValue)
        raw(",\"key\":")
        string(y.key.description)
        raw(",\"kind\":")
        string(y.kind)
        raw(",\"metric\":")
        string(y.key.metric.rawValue)
        raw(",\"office\":")
        string(y.key.office)
        raw(",\"period\":")
        period(y.period)
        raw(",\"qualifier\":")
        string(y.qualifier.rawValue)
        raw(",\"record_id\":")
        string(y.recordID)
        raw(",\"record_ids\":[")
        for (index, id) in y.recordIDs.enumerated() {
            if index > 0 { raw(",") }
            string(id)
        }
        raw("],\"targets\":")
        targets(y.targets)
        raw(",\"unit\":")
        string(y.unit.rawValue)
        raw(",\"updated_at\":")
        string(y.updatedAt)
        raw(",\"value\":")
        number(y.value)
        raw(",\"version\":")
        int(y.version)
        raw(",\"year\":")
        int(y.key.year)
        raw("}")
    }
}

import CustomsModel

/// A direct parser for metric records as stage one writes them (`OutputJSON`), for stage two,
/// where `JSONDecoder` was the largest cost after aggregation itself. It yields exactly the
/// ``MetricRecord`` that `JSONDecoder` would and returns `nil` for anything outside the shape
/// it knows (unknown or repeated keys, `\u` escapes, a wrong type, an unknown enum value, an
/// empty record id, malformed JSON); the caller then decodes with `JSONDecoder`, so errors and
/// dead-letter messages are unchanged. `MetricRecordFastPathTests` checks the equivalence.
enum MetricRecordFastPath {
    static func parse(_ bytes: [UInt8]) -> MetricRecord? {
        guard OutputJSON.enabled else { return nil }
        // JSONDecoder rejects invalid UTF-8, and so does the scanner: it validates every string
        // and accepts only ASCII outside them, so no separate check of the whole record.
        return bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer: buffer)
            guard let record = record(&scanner), scanner.atEnd() else { return nil }
            return record
        }
    }

    /// The fields as read; `nil` = absent or `null`.
    private struct Fields {
        var recordID, reportID, office: String?
        var metric: Metric?
        var flow: Flow?
        var value, valueMax: Double?
        var unit: MeasureUnit?
        var qualifier: Qualifier?
        var basis: Basis?
        var period: Period?
        var changePct, changePrevPeriodPct: Double?
        var vsTargets: [TargetAttainment]?
        var targetKind: TargetKind?
        var evidence: Evidence?
        var sourceURL, publishedAt, ingestedAt: String?
        var extractor: ExtractorInfo?
        var confidence: Double?
    }

    private enum Key: Int, CaseIterable {
        case recordID, reportID, office, metric, flow, value, valueMax, unit, qualifier, basis, period, changePct,
             changePrevPeriodPct, vsTargets, targetKind, evidence, sourceURL, publishedAt, ingestedAt, extractor,
             confidence
    }

    private static let keys = JSONKeys([
        "record_id", "report_id", "office", "metric", "flow", "value", "value_max", "unit", "qualifier", "basis",
        "period", "change_pct", "change_prev_period_pct", "vs_targets", "target_kind", "evidence", "source_url",
        "published_at", "ingested_at", "extractor", "confidence",
    ])

    private static func record(_ scanner: inout JSONScanner) -> MetricRecord? {
        var f = Fields()
        let ok = scanner.object(keys: keys) { s, index in
            switch Key(rawValue: index)! {
            case .recordID: return s.requiredString(&f.recordID)
            case .reportID: return s.requiredString(&f.reportID)
            case .office: return s.requiredString(&f.office)
            case .metric: return s.requiredEnum(&f.metric)
            case .flow: return s.optionalEnum(&f.flow)
            case .value: return s.requiredNumber(&f.value)
            case .valueMax: return s.optionalNumber(&f.valueMax)
            case .unit: return s.requiredEnum(&f.unit)
            case .qualifier: return s.optionalEnum(&f.qualifier)
            case .basis: return s.optionalEnum(&f.basis)
            case .period: return s.required(&f.period) { $0.period() }
            case .changePct: return s.optionalNumber(&f.changePct)
            case .changePrevPeriodPct: return s.optionalNumber(&f.changePrevPeriodPct)
            case .vsTargets: return s.nullable(&f.vsTargets) { $0.targets() }
            case .targetKind: return s.optionalEnum(&f.targetKind)
            case .evidence: return s.required(&f.evidence) { $0.evidence() }
            case .sourceURL: return s.optionalString(&f.sourceURL)
            case .publishedAt: return s.optionalString(&f.publishedAt)
            case .ingestedAt: return s.optionalString(&f.ingestedAt)
            case .extractor: return s.nullable(&f.extractor) { $0.extractor() }
            case .confidence: return s.optionalNumber(&f.confidence)
            }
        }
        // An empty id would be recomputed by the initialiser; JSONDecoder keeps it as is.
        guard ok, let recordID = f.recordID, !recordID.isEmpty, let reportID = f.reportID, let office = f.office,
              let metric = f.metric, let value = f.value, let unit = f.unit, let period = f.period,
              let evidence = f.evidence else { return nil }
        return MetricRecord(
            recordID: recordID, reportID: reportID, office: office, metric: metric, flow: f.flow, value: value,
            valueMax: f.valueMax, unit: unit, qualifier: f.qualifier ?? .exact, basis: f.basis ?? .actual,
            period: period, changePct: f.changePct, changePrevPeriodPct: f.changePrevPeriodPct,
            vsTargets: f.vsTargets ?? [], targetKind: f.targetKind, evidence: evidence, sourceURL: f.sourceURL,
            publishedAt: f.publishedAt, extractor: f.extractor ?? ExtractorInfo(name: "unknown", version: "0"),
            confidence: f.confidence ?? 1, ingestedAt: f.ingestedAt)
    }
}

/// The nested objects of a metric record.
extension JSONScanner {
    /// `{"start": "YYYY-MM-DD" | null, "end": …}` (either may be absent).
    mutating func period() -> Period? {
        var start: CalendarDate?, end: CalendarDate?
        let ok = object(keys: JSONKeys.startEnd) { s, key in
            if s.literalNull() { return true }
            guard let text = s.string(), let date = CalendarDate(iso: text) else { return false }
            if key == 0 { start = date } else { end = date }
            return true
        }
        return ok ? Period(start: start, end: end) : nil
    }

    /// `{"start": Int, "end": Int}`.
    mutating func evidence() -> Evidence? {
        var start: Int?, end: Int?
        let ok = object(keys: JSONKeys.startEnd) { s, key in
            guard let value = s.integer() else { return false }
            if key == 0 { start = value } else { end = value }
            return true
        }
        guard ok, let start, let end else { return nil }
        return Evidence(start: start, end: end)
    }

    /// `{"name": String, "version": String}`.
    mutating func extractor() -> ExtractorInfo? {
        var name: String?, version: String?
        let ok = object(keys: JSONKeys.nameVersion) { s, key in
            key == 0 ? s.requiredString(&name) : s.requiredString(&version)
        }
        guard ok, let name, let version else { return nil }
        return ExtractorInfo(name: name, version: version)
    }

    /// `[{"kind": …, "pct": Double, "amount": Double | null}, …]`.
    mutating func targets() -> [TargetAttainment]? {
        guard expect(0x5B) else { return nil }
        var targets: [TargetAttainment] = []
        if expect(0x5D) { return targets }
        while true {
            skipWhitespace()
            var kind: TargetKind?, pct: Double?, amount: Double?
            let ok = object(keys: JSONKeys.target) { s, key in
                switch key {
                case 0: return s.requiredEnum(&kind)
                case 1: return s.requiredNumber(&pct)
                default: return s.optionalNumber(&amount)
                }
            }
            guard ok, let kind, let pct else { return nil }
            targets.append(TargetAttainment(kind: kind, pct: pct, amount: amount))
            if expect(0x2C) { continue }
            return expect(0x5D) ? targets : nil
        }
    }
}

extension JSONKeys {
    static let startEnd = JSONKeys(["start", "end"])
    static let nameVersion = JSONKeys(["name", "version"])
    static let target = JSONKeys(["kind", "pct", "amount"])
}

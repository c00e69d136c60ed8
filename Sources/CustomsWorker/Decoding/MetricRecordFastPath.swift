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

    private static func record(_ scanner: inout JSONScanner) -> MetricRecord? {
        var f = Fields()
        let ok = scanner.object { s, key in
            switch key {
            case "record_id": return s.requiredString(&f.recordID)
            case "report_id": return s.requiredString(&f.reportID)
            case "office": return s.requiredString(&f.office)
            case "metric": return s.requiredEnum(&f.metric)
            case "flow": return s.optionalEnum(&f.flow)
            case "value": return s.requiredNumber(&f.value)
            case "value_max": return s.optionalNumber(&f.valueMax)
            case "unit": return s.requiredEnum(&f.unit)
            case "qualifier": return s.optionalEnum(&f.qualifier)
            case "basis": return s.optionalEnum(&f.basis)
            case "period": return s.required(&f.period) { $0.period() }
            case "change_pct": return s.optionalNumber(&f.changePct)
            case "change_prev_period_pct": return s.optionalNumber(&f.changePrevPeriodPct)
            case "vs_targets": return s.nullable(&f.vsTargets) { $0.targets() }
            case "target_kind": return s.optionalEnum(&f.targetKind)
            case "evidence": return s.required(&f.evidence) { $0.evidence() }
            case "source_url": return s.optionalString(&f.sourceURL)
            case "published_at": return s.optionalString(&f.publishedAt)
            case "ingested_at": return s.optionalString(&f.ingestedAt)
            case "extractor": return s.nullable(&f.extractor) { $0.extractor() }
            case "confidence": return s.optionalNumber(&f.confidence)
            default: return false
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
        let ok = object { s, key in
            guard key == "start" || key == "end" else { return false }
            if s.literalNull() { return true }
            guard let text = s.string(), let date = CalendarDate(iso: text) else { return false }
            if key == "start" { start = date } else { end = date }
            return true
        }
        return ok ? Period(start: start, end: end) : nil
    }

    /// `{"start": Int, "end": Int}`.
    mutating func evidence() -> Evidence? {
        var start: Int?, end: Int?
        let ok = object { s, key in
            guard let value = s.integer() else { return false }
            switch key {
            case "start": start = value
            case "end": end = value
            default: return false
            }
            return true
        }
        guard ok, let start, let end else { return nil }
        return Evidence(start: start, end: end)
    }

    /// `{"name": String, "version": String}`.
    mutating func extractor() -> ExtractorInfo? {
        var name: String?, version: String?
        let ok = object { s, key in
            switch key {
            case "name": return s.requiredString(&name)
            case "version": return s.requiredString(&version)
            default: return false
            }
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
            let ok = object { s, key in
                switch key {
                case "kind": return s.requiredEnum(&kind)
                case "pct": return s.requiredNumber(&pct)
                case "amount": return s.optionalNumber(&amount)
                default: return false
                }
            }
            guard ok, let kind, let pct else { return nil }
            targets.append(TargetAttainment(kind: kind, pct: pct, amount: amount))
            if expect(0x2C) { continue }
            return expect(0x5D) ? targets : nil
        }
    }
}

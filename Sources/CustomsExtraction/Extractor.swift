import CustomsModel

/// Settings of the extractor.
public struct ExtractionConfiguration: Sendable {
    /// Bodies longer than this (UTF-8 bytes) are read only up to it.
    public var maxBodyBytes: Int
    /// Drop figures that the text attributes to bodies other than customs (UBND, Cục Thuế, ...).
    public var dropNonCustomsFigures: Bool

    public init(maxBodyBytes: Int = 4 << 20, dropNonCustomsFigures: Bool = true) {
        self.maxBodyBytes = maxBodyBytes
        self.dropNonCustomsFigures = dropNonCustomsFigures
    }

    public static let `default` = ExtractionConfiguration()
}

/// A record with the evidence text and the cues that decided it (`customsctl extract --explain`).
public struct ExplainedRecord: Sendable {
    public var record: MetricRecord
    public var evidenceText: String
    public var officeCue: String
    public var metricCue: String
    public var periodCue: String
    public var valueText: String
    public var notes: [String]

    public init(record: MetricRecord, evidenceText: String, officeCue: String, metricCue: String, periodCue: String,
                valueText: String, notes: [String]) {
        self.record = record
        self.evidenceText = evidenceText
        self.officeCue = officeCue
        self.metricCue = metricCue
        self.periodCue = periodCue
        self.valueText = valueText
        self.notes = notes
    }
}

/// Turns Vietnamese (and English) customs news reports into normalised metric records
/// (`metrics.md`). Pure and deterministic; safe to share across threads.
public struct Extractor: Sendable {
    public static let info = ExtractorInfo(name: "customs-extraction", version: "1.0.0")

    public let configuration: ExtractionConfiguration

    public init(configuration: ExtractionConfiguration = .default) {
        self.configuration = configuration
    }

    /// The records of one report in body order.
    public func extract(_ report: RawReport) -> [MetricRecord] {
        var out: [MetricRecord] = []
        // The closures read the analysis's report: capturing `report` itself copied it.
        analyze(report, explain: false) { an, cands, _ in
            out.reserveCapacity(cands.count)
            let rid = an.report.effectiveID
            for i in cands.indices { out.append(record(cands, i, an, an.report, rid)) }
        }
        return out
    }

    /// The same records with the cues that decided them.
    public func explain(_ report: RawReport) -> [ExplainedRecord] {
        var out: [ExplainedRecord] = []
        analyze(report, explain: true) { an, cands, utf8 in
            out.reserveCapacity(cands.count)
            let rid = an.report.effectiveID
            for i in cands.indices {
                let c = cands[i]
                let rec = record(cands, i, an, an.report, rid)
                let s = rec.evidence.start, e = rec.evidence.end
                let ev = String(decoding: UnsafeBufferPointer(rebasing: utf8[s..<e]), as: UTF8.self)
                let qa = Int(an.ft.origStart[Int(an.toks[an.quants[c.q].a].s)])
                let qb = an.ft.origEnd(Int(an.toks[an.quants[c.q].b - 1].e) - 1)
                let vt = String(decoding: UnsafeBufferPointer(rebasing: utf8[qa..<qb]), as: UTF8.self)
                out.append(ExplainedRecord(record: rec, evidenceText: ev, officeCue: c.ex?.officeCue ?? "",
                                           metricCue: c.ex?.metricCue ?? "", periodCue: c.ex?.periodCue ?? "",
                                           valueText: vt, notes: c.ex?.notes ?? []))
            }
        }
        return out
    }

    /// Folds and analyses the body (cut to `maxBodyBytes`), then hands the analysis, its
    /// candidates and the body's UTF-8 bytes to `body`; nothing for an empty body.
    private func analyze(_ report: RawReport, explain: Bool,
                         _ body: (Analysis, [Cand], UnsafeBufferPointer<UInt8>) -> Void) {
        var text = report.body ?? ""
        // Read the body's bytes in place (a native string is contiguous; others are made so).
        text.withUTF8 { all in
            let utf8 = UnsafeBufferPointer(rebasing: all[..<min(all.count, configuration.maxBodyBytes)])
            guard !utf8.isEmpty else { return }
            // The buffers of this thread's previous analysis are refilled, then replaced by this one's.
            // (Taken out of the thread's slot, which stays empty meanwhile.)
            let spares = ThreadSpares.current
            let folded = TextPrep.fold(utf8, contentType: report.contentType ?? .plain, reusing: &spares.spares.text)
            var an = Analysis(report: report, text: folded, explain: explain, reusing: &spares.spares)
            let cands = an.runAll(config: configuration)
            body(an, cands, utf8)
            spares.spares.keep(an)
        }
    }

    @inline(__always)
    private func record(_ cands: [Cand], _ i: Int, _ an: Analysis, _ report: RawReport, _ rid: String) -> MetricRecord {
        let s = Int(an.ft.origStart[Int(an.toks[cands[i].evA].s)])
        let e = an.ft.origEnd(Int(an.toks[cands[i].evB - 1].e) - 1)
        return MetricRecord(
            reportID: rid, office: cands[i].office, metric: cands[i].metric, flow: cands[i].flow,
            value: cands[i].value, valueMax: cands[i].valueMax, unit: cands[i].unit, qualifier: cands[i].qualifier,
            basis: cands[i].basis, period: cands[i].period, changePct: cands[i].changePct,
            changePrevPeriodPct: cands[i].changePrev, vsTargets: cands[i].vsTargets, targetKind: cands[i].targetKind,
            evidence: Evidence(start: s, end: e), sourceURL: report.url, publishedAt: report.publishedAt,
            extractor: Extractor.info, confidence: cands[i].confidence)
    }
}

extension Analysis {
    /// The whole pipeline for one report.
    mutating func runAll(config: ExtractionConfiguration) -> [Cand] {
        guard !toks.isEmpty else { return [] }
        // A report that never names customs ("customs", "hải quan", its abbreviation "HQ"), in its
        // body, title or URL, has no customs figures.
        let (titleMentions, titleNamesCustoms, titlePeriod) = sideMentions(report.title, periods: true)
        var urlOffices: [Mention]?
        if !namesCustoms(), !titleNamesCustoms {
            let (u, urlNamesCustoms, _) = sideMentions(urlText())
            urlOffices = u
            // (Each list on its own: `+` would build a third.)
            let isOffice = { (m: Mention) in m.kind != .gate && m.kind != .area }
            guard urlNamesCustoms || titleMentions.contains(where: isOffice) || u.contains(where: isOffice) else { return [] }
        }
        setUp()
        splitSentences()
        findMentions()
        self.titlePeriod = titlePeriod  // (before resolving: the title's year is the body's last resort but publication)
        findPeriods()
        resolvePeriods()
        for m in titleMentions where !m.weak && !m.assigner && !m.absorbed {
            if m.kind == .department, titleDepartment == nil { titleDepartment = m.province }
            if m.kind == .region, titleRegion == nil { titleRegion = m.region }
        }
        finishMentions()
        let urlMentions = mentions.isEmpty ? (urlOffices ?? sideMentions(urlText()).mentions) : []
        pickMainOffice(title: titleMentions, url: urlMentions)
        findQuantities()
        dropPageChrome()
        var cands = build()
        if config.dropNonCustomsFigures {
            var bad = Set<MetricValue>()
            for c in cands where c.nonCustoms { bad.insert(MetricValue(metric: c.metric, value: c.value)) }
            if !bad.isEmpty {
                cands.removeAll { $0.nonCustoms || (!$0.sentenceHasOffice && bad.contains(MetricValue(metric: $0.metric, value: $0.value))) }
            }
        }
        distributeRespectively(&cands)
        dropPartsLikeTheirTotal(&cands)
        cands = dedupe(cands)
        fillTargetAmounts(&cands)
        return cands
    }

    /// The path of the URL as words ("/nganh-hai-quan-thu-ngan-sach…" → "nganh hai quan thu ngan sach").
    func urlText() -> String? {
        guard var u = report.url else { return nil }
        // An ASCII URL (the usual case): the same on its bytes in place, without Character processing.
        let (ascii, asciiPath) = u.withUTF8 { b -> (Bool, String?) in
            if b.contains(where: { $0 >= 0x80 }) { return (false, nil) }
            var start = 0
            if b.count >= 3 {
                for k in 0...(b.count - 3) where b[k] == 0x3a && b[k + 1] == 0x2f && b[k + 2] == 0x2f { start = k + 3; break }
            }
            guard let slash = b[start...].firstIndex(of: 0x2f) else { return (true, nil) }
            let words = String(unsafeUninitializedCapacity: b.count - slash) { out in
                for k in slash..<b.count {
                    let c: UInt8 = b[k]
                    let joiner = c == 0x2d || c == 0x5f || c == 0x2f || c == 0x2e  // - _ / .
                    out[k - slash] = joiner ? 0x20 : c
                }
                return b.count - slash
            }
            return (true, words)
        }
        if ascii { return asciiPath }
        var s = Substring(u)
        if let r = s.range(of: "://") { s = s[r.upperBound...] }
        guard let slash = s.firstIndex(of: "/") else { return nil }
        let path = s[slash...]
        return String(path.map { ($0 == "-" || $0 == "_" || $0 == "/" || $0 == ".") ? " " : $0 })
    }

    /// Whether the text names customs: "customs", "hải quan" or "HQ".
    /// (One pass to the first of them: a search for the English word first read all of a
    /// Vietnamese text. The hash decides which test applies, so that most tokens cost one comparison.)
    func namesCustoms() -> Bool {
        for i in toks.indices {
            let h = toks[i].h
            if h == W.customs || h == W.hq || h == W.hqkv || h == W.tchq ? toks[i].kind == .word : h == W.quan && isW(i - 1, W.hai) { return true }
        }
        return false
    }

    /// The office mentions of a side text (the title, the URL path's words), for the main office,
    /// and whether it names customs; with `periods`, also the one period it names, if only one.
    func sideMentions(_ text: String?, periods wantsPeriod: Bool = false) -> (mentions: [Mention], namesCustoms: Bool, period: Period?) {
        guard var text, !text.isEmpty else { return ([], false, nil) }
        // The side analyses of a thread reuse buffers of their own (the body's are in use meanwhile).
        let spares = ThreadSpares.current
        // The first 4096 bytes, read in place.
        let f = text.withUTF8 {
            TextPrep.fold(UnsafeBufferPointer(rebasing: $0.prefix(4096)), contentType: .plain, reusing: &spares.side.text)
        }
        var sub = Analysis(report: RawReport(reportID: report.reportID, url: nil, title: nil, publishedAt: report.publishedAt,
                                             language: report.language, body: nil), text: f, explain: false,
                           reusing: &spares.side)
        sub.sourceProvince = nil
        sub.setUp()
        // The era by publication only (a title is too short to tell it by its words): "Hải quan cửa khẩu Tân
        // Thanh" in a title of 2025 is a unit of its region, as in the body.
        sub.era2025 = sub.pub.map { $0.year > 2025 || ($0.year == 2025 && ($0.month ?? 12) >= 3) } ?? false
        sub.splitSentences()
        sub.findMentions()
        var period: Period?
        if wantsPeriod {
            sub.findPeriods()
            sub.resolvePeriods()
            let named = sub.periods.filter { !$0.hint && !$0.sentenceOnly }.compactMap(\.resolved)
            if let first = named.first, named.allSatisfy({ $0 == first }), first.start != nil || first.end != nil { period = first }
        }
        sub.finishMentions()
        let found = sub.mentions
        let customs = sub.namesCustoms()
        spares.side.keep(sub)
        spares.side.mentions = []  // (handed out: the caller keeps it)
        return (found, customs, period)
    }

    /// Same figure twice (a title restated in the body, a figure repeated): keep the first, with the
    /// comparisons any copy carries. Reports hold few records, so plain scans beat hashing here
    /// (by index, so that no candidate is copied but the ones kept).
    func dedupe(_ cands: [Cand]) -> [Cand] {
        var out: [Cand] = []
        out.reserveCapacity(cands.count)
        let n = cands.count
        for ci in 0..<n {
            // A figure whose period was only guessed from later text, restated with its own period
            // (a headline's "9.545 lượt hành khách" is the body's, which may name its direction).
            if cands[ci].periodFallback {
                var restated = false
                for j in 0..<n {
                    if cands[j].value == cands[ci].value && cands[j].metric == cands[ci].metric && cands[j].office == cands[ci].office
                        && (cands[j].flow == cands[ci].flow || cands[ci].flow == .total)
                        && cands[j].targetKind == cands[ci].targetKind && !cands[j].periodFallback {
                        restated = true
                        break
                    }
                }
                if restated { continue }
            }
            // A figure restated later without naming its office is the one named before.
            if cands[ci].officeFallback {
                var named = false
                for k in out.indices {
                    if out[k].value == cands[ci].value && out[k].metric == cands[ci].metric && out[k].office != cands[ci].office
                        && out[k].flow == cands[ci].flow && out[k].targetKind == cands[ci].targetKind
                        && compatibleOrEqual(out[k].period, cands[ci].period) {
                        named = true
                        break
                    }
                }
                if named { continue }
            }
            var merged = false
            for k in out.indices where Analysis.same(out, k, cands, ci) && out[k].period != cands[ci].period
                && compatible(out[k].period, cands[ci].period) {
                // The same figure once with an open bound: keep the more precise period.
                if out[k].period.start == nil || out[k].period.end == nil { out[k].period = cands[ci].period }
                if out[k].changePct == nil { out[k].changePct = cands[ci].changePct }
                if out[k].vsTargets.isEmpty { out[k].vsTargets = cands[ci].vsTargets }
                merged = true
                break
            }
            if merged { continue }
            for k in out.indices where Analysis.same(out, k, cands, ci) && out[k].period == cands[ci].period {
                if out[k].changePct == nil { out[k].changePct = cands[ci].changePct }
                if out[k].changePrev == nil { out[k].changePrev = cands[ci].changePrev }
                if out[k].vsTargets.isEmpty { out[k].vsTargets = cands[ci].vsTargets }
                if out[k].qualifier == .exact, cands[ci].qualifier != .exact, !cands[ci].side { out[k].qualifier = cands[ci].qualifier }
                merged = true
                break
            }
            if merged { continue }
            out.append(cands[ci])
        }
        return out
    }

    /// "lần lượt" / "respectively" in a sentence: its figures of one metric take, in order, the
    /// flows listed before the first of them ("xuất khẩu và nhập khẩu lần lượt đạt 259,67 tỷ USD và
    /// 237,99 tỷ USD"; "lượng khách xuất cảnh và nhập cảnh lần lượt là 615 và 620 lượt"), where
    /// the nearest flow word would give every figure the last flow listed.
    func distributeRespectively(_ cands: inout [Cand]) {
        guard cands.count > 1 else { return }
        let n = tokCount
        var lastSentence: Int32 = -1
        var next = 0
        while next < n {
            // To the next marker, on the tokens in place (most reports have none).
            let marker = toks.withUnsafeBufferPointer { tp in
                var k = next
                // "lần lượt", "respectively", and "tương ứng" right before a number ("đạt tương ứng 820 triệu USD và …").
                while k < n, tp[k].h != W.respectively, tp[k].h != W.lan || k + 1 == n || tp[k + 1].h != W.luot,
                      tp[k].h != W.tuong || k + 3 >= n || tp[k + 1].h != W.ung
                        || (tp[k + 2].kind != .num && !((tp[k + 2].h == W.la || tp[k + 2].h == W.dat) && tp[k + 3].kind == .num)) { k += 1 }
                return k
            }
            guard marker < n else { return }
            next = marker + 1
            let sentence = sentOf[marker]
            if sentence == lastSentence { continue }
            lastSentence = sentence
            distributeOffices(&cands, sentence: sentence)
            distributeMetrics(&cands, sentence: sentence)
            distributePeriods(&cands, sentence: sentence)
            // The sentence's figures that have a flow, in order, and those of the first one's metric.
            let figures = cands.indices.filter { sentOf[quants[cands[$0].q].a] == sentence && cands[$0].flow != nil }
                .sorted { quants[cands[$0].q].a < quants[cands[$1].q].a }
            if let first = figures.first, distributeFlows(&cands, figures: figures, first: first, sentence: sentence) { continue }
            // Else figures of different metrics or of no listed flow, then their changes in order:
            // "450.000 lượt người và 60.000 lượt phương tiện, tăng lần lượt 20% và 15%".
            let all = candidates(of: sentence, in: cands, sides: true)
            guard all.count >= 2, Set(all.map { cands[$0].q }).count == all.count else { continue }
            if let changes = listedChanges(after: cands[all[all.count - 1]].q, count: all.count) {
                setListedChanges(changes, to: all, in: &cands)
            } else if let changes = listedChanges(before: cands[all[0]].q, count: all.count) {
                for (index, change) in zip(all, changes) { cands[index].changePct = change }
            }
        }
    }

    /// The indices of `sentence`'s candidates (with the side figures or not), in text order.
    private func candidates(of sentence: Int32, in cands: [Cand], sides: Bool) -> [Int] {
        cands.indices.filter { sentOf[quants[cands[$0].q].a] == sentence && (sides || !cands[$0].side) }
            .sorted { quants[cands[$0].q].a < quants[cands[$1].q].a }
    }

    /// "Cục Hải quan Lạng Sơn, Cục Hải quan Quảng Ninh và Cục Hải quan Lào Cai thu ngân sách lần lượt
    /// đạt 3.512 tỷ đồng, 6.210 tỷ đồng và 1.012 tỷ đồng": the offices listed before the figures, one each, in order.
    private func distributeOffices(_ cands: inout [Cand], sentence: Int32) {
        let all = candidates(of: sentence, in: cands, sides: false)
        guard let first = all.first else { return }
        let listed = all.filter { cands[$0].metric == cands[first].metric }
        let start = quants[cands[first].q].a
        let offices = mentions.filter {
            Int(sentOf[$0.a]) == Int(sentence) && $0.b <= start && !$0.weak && !$0.absorbed && !$0.assigner && $0.kind != .area
        }
        guard offices.count >= 2, offices.count == listed.count, Set(offices.map(\.id)).count == offices.count else { return }
        // Joined by commas and "và / and" only: a list, not offices in different roles.
        for (m1, m2) in zip(offices, offices.dropFirst()) {
            guard m2.a - m1.b <= 1, m2.a == m1.b || isP(m1.b, UInt8(ascii: ",")) || isW(m1.b, W.va) || isW(m1.b, W.and) else { return }
        }
        for (index, office) in zip(listed, offices) { cands[index].office = office.id }
    }

    /// "Năm 2022 và năm 2023, số thu lần lượt đạt 5.200 tỷ đồng và 6.100 tỷ đồng", "In 2022 and 2023,
    /// … respectively": the periods listed before the figures (of one metric), one each, in order.
    private func distributePeriods(_ cands: inout [Cand], sentence: Int32) {
        let all = candidates(of: sentence, in: cands, sides: false)
        guard all.count >= 2, let first = all.first else { return }
        let listed = all.filter { cands[$0].metric == cands[first].metric }
        let start = quants[cands[first].q].a
        var named: [Period] = []
        var lastEnd = -1
        for p in periods where Int(sentOf[p.a]) == Int(sentence) && p.b <= start && !p.hint {
            guard let r = p.resolved else { return }
            // Joined by commas and "và / and" only.
            if lastEnd >= 0, !(p.a - lastEnd <= 1 && (p.a == lastEnd || isP(lastEnd, UInt8(ascii: ",")) || isW(lastEnd, W.va) || isW(lastEnd, W.and))) {
                return
            }
            named.append(r)
            lastEnd = p.b
        }
        // "năm 2022 và 2023": a bare year after a year.
        if named.count == 1, let only = named.first, let y0 = only.start?.year, only == Period.year(y0),
           isP(lastEnd, UInt8(ascii: ",")) || isW(lastEnd, W.va) || isW(lastEnd, W.and), let y = year(at: lastEnd + 1), lastEnd + 2 <= start {
            named.append(Period.year(y))
        }
        guard named.count >= 2, named.count == listed.count, Set(named).count == named.count else { return }
        for (index, period) in zip(listed, named) { cands[index].period = period }
    }

    /// "số thu và kim ngạch lần lượt đạt 120 tỷ đồng và 915 triệu USD": revenue and trade named
    /// before the figures, one each, in order (the unit agreeing).
    private func distributeMetrics(_ cands: inout [Cand], sentence: Int32) {
        let all = candidates(of: sentence, in: cands, sides: false)
        guard all.count >= 2, let first = all.first else { return }
        var named: [Metric] = []
        var k = sents[Int(sentence)].lowerBound
        let end = quants[cands[first].q].a
        while k < end {
            // (Counted nouns too: "lượng phương tiện và hành khách … lần lượt đạt 120.000 lượt và 1,5 triệu lượt".)
            let metric: Metric? = switch cue(k) {
            case .revenue: .revenue
            case .trade: .tradeValue
            case .unitVeh: .vehicles
            case .unitTrav: .travellers
            case .unitDecl: .declarations
            case .unitEnt: .enterprises
            default: nil
            }
            if let metric {
                named.append(metric)
                k = max(k + 1, Int(spans[Int(cueOf[k])].b))
                continue
            }
            k += 1
        }
        guard named.count == all.count, Set(named).count > 1 else { return }
        for (index, metric) in zip(all, named) {
            // Revenue is in đồng; trade is in dollars, or in đồng when only đồng is given; counts are counts.
            if metric == .revenue, cands[index].unit != .vnd { return }
            if metric == .tradeValue, cands[index].unit == .count { return }
            if metric != .revenue, metric != .tradeValue, cands[index].unit != .count { return }
        }
        for (index, metric) in zip(all, named) {
            cands[index].metric = metric
            cands[index].flow = metric.flows.isEmpty ? nil : (cands[index].flow ?? .total)
        }
    }

    /// The flows listed before the first of a sentence's `figures`, given to the figures of its
    /// metric in order, with their changes listed after the last of them; false (nothing
    /// changed) when the flows and the figures do not pair up.
    private func distributeFlows(_ cands: inout [Cand], figures: [Int], first: Int, sentence: Int32) -> Bool {
        let listed = figures.filter { cands[$0].metric == cands[first].metric }
        // The flows listed before the first figure: true for outward (xuất khẩu / xuất cảnh / export).
        var outward: [Bool] = []
        var k = sents[Int(sentence)].lowerBound
        let end = quants[cands[first].q].a
        while k < end {
            if isW(k, W.xuat), isW(k + 1, W.nhap) { k += 3; continue }  // "xuất nhập khẩu": the total
            // "xuất và nhập khẩu", "xuất, nhập cảnh": both, in that order.
            if isW(k, W.xuat), isW(k + 1, W.va) || isP(k + 1, UInt8(ascii: ",")), isW(k + 2, W.nhap), isW(k + 3, W.khau) || isW(k + 3, W.canh) {
                outward.append(contentsOf: [true, false])
                k += 4
                continue
            }
            if isW(k, W.xuat) || isW(k, W.nhap), isW(k + 1, W.khau) || isW(k + 1, W.canh) {
                outward.append(isW(k, W.xuat))
                k += 2
                continue
            }
            if isW(k, W.export_) || isW(k, W.exports) { outward.append(true) }
            if isW(k, W.import_) || isW(k, W.imports) { outward.append(false) }
            k += 1
        }
        guard outward.count >= 2, listed.count == outward.count else { return false }
        let people = cands[first].metric == .travellers || cands[first].metric == .vehicles
        for (index, out) in zip(listed, outward) {
            cands[index].flow = people ? (out ? .exit : .entry) : (out ? .export : .import)
            // "ước", "estimated": said of the whole list.
            if cands[first].qualifier == .about, cands[index].qualifier == .exact { cands[index].qualifier = .about }
        }
        // Their changes, listed the same way after the last of them ("giảm 8,2% và 13,8%") or
        // before the first ("tăng lần lượt 12% và 15% so với cùng kỳ, đạt 14,3 tỷ USD và 21,5 tỷ USD").
        if let changes = listedChanges(after: cands[listed[listed.count - 1]].q, count: listed.count) {
            setListedChanges(changes, to: listed, in: &cands)
        } else if let changes = listedChanges(before: cands[listed[0]].q, count: listed.count) {
            for (index, change) in zip(listed, changes) { cands[index].changePct = change }
        }
        return true
    }

    /// Gives the figures `listed` their changes in order: year-on-year, or against the period before
    /// ("lần lượt đạt … và …, giảm 9,4% và 4,6% so với nửa cuối tháng 9"), where a change the figures
    /// were given one by one is taken back.
    private func setListedChanges(_ changes: (values: [Double], previous: Bool), to listed: [Int], in cands: inout [Cand]) {
        for (index, change) in zip(listed, changes.values) {
            if changes.previous {
                cands[index].changePrev = change
                if let c = cands[index].changePct, changes.values.contains(c) { cands[index].changePct = nil }
            } else {
                cands[index].changePct = change
            }
        }
    }

    /// `count` signed percentages right after quantity `q` in its sentence, each after a change
    /// word ("tăng", "giảm", "drops of") or joined to the one before ("và", "and", ","); nil
    /// when they are not exactly that.
    /// (`previous`: they are compared with the period before, not a year before.)
    func listedChanges(after q: Int, count: Int) -> (values: [Double], previous: Bool)? {
        let sentence = sentOf[quants[q].a]
        var last = q + 1
        while last < quants.count, last - q - 1 < count, sentOf[quants[last].a] == sentence { last += 1 }
        guard last - q - 1 == count, let changes = signedChanges(q + 1..<last, after: quants[q].b) else { return nil }
        // A change against an earlier month is no year-on-year change.
        return (changes, against(from: quants[last - 1].b, to: sents[Int(sentence)].upperBound) == .prev)
    }

    /// `count` signed percentages right before quantity `q` in its sentence, read the same way
    /// ("tăng lần lượt 12% và 15% so với cùng kỳ, đạt …"); nil when they are not exactly that, when
    /// a longer list ends there, or when they are not compared with the same period of a year before.
    func listedChanges(before q: Int, count: Int) -> [Double]? {
        let sentence = sentOf[quants[q].a]
        let first = q - count
        guard first >= 0, sentOf[quants[first].a] == sentence else { return nil }
        let previous = first > 0 && sentOf[quants[first - 1].a] == sentence ? first - 1 : nil
        // Nothing listed before them: a percentage just before the first belongs to the list.
        if let previous, quants[previous].kind.isPercent, quants[first].a - quants[previous].b <= 2 { return nil }
        guard let changes = signedChanges(first..<q, after: previous.map { quants[$0].b } ?? sents[Int(sentence)].lowerBound),
              against(from: quants[q - 1].b, to: quants[q].a) == .yoy else { return nil }
        return changes
    }

    /// The quantities `range` (text after `start`) as signed changes: each a percentage after a
    /// change word or joined to the one before; nil otherwise.
    private func signedChanges(_ range: Range<Int>, after start: Int) -> [Double]? {
        var changes: [Double] = []
        var sign: Double?
        var previousEnd = start
        for pi in range {
            let p = quants[pi]
            guard p.kind.isPercent else { return nil }
            var own: Double?
            var k = p.a - 1
            while k >= max(previousEnd, p.a - 4) {
                if cue(k) == .up { own = 1; break }
                if cue(k) == .down { own = -1; break }
                k -= 1
            }
            if let own { sign = own } else {
                let joined = isW(p.a - 1, W.va) || isW(p.a - 1, W.and) || isP(p.a - 1, UInt8(ascii: ","))
                guard joined, sign != nil else { return nil }
            }
            changes.append(sign! * p.value)
            previousEnd = p.b
        }
        return changes
    }

    /// A part named after its total in the same sentence ("908.095 lượt khách, trong đó hàng
    /// không 872.747 lượt") that no flow, office or period tells apart from the total is no
    /// record: under the total's key it would only clash with it.
    func dropPartsLikeTheirTotal(_ cands: inout [Cand]) {
        guard cands.count > 1 else { return }
        var parts: [Int] = []
        for i in 1..<cands.count {
            let partStart = quants[cands[i].q].a
            let ps = Int(sentOf[partStart])
            for j in 0..<i where cands[j].value > cands[i].value {
                let totalStart = quants[cands[j].q].a
                // (The sentences first: comparing the keys' strings for every pair cost 2 % of extraction.)
                let ts = Int(sentOf[totalStart])
                guard totalStart < partStart, ts == ps || ts + 1 == ps, Analysis.sameKey(cands, j, i) else { continue }
                // "X, trong đó Y" in one sentence, or "X. Trong đó, Y" opening the next one.
                let inOne = ts == ps && firstToken(of: .trongDo, in: totalStart, partStart) != nil
                let opensNext = ps == ts + 1
                    && firstToken(of: .trongDo, in: sents[ps].lowerBound, min(partStart, sents[ps].lowerBound + 2)) != nil
                if inOne || opensNext {
                    parts.append(i)
                    break
                }
            }
        }
        for i in parts.reversed() { cands.remove(at: i) }
    }

    /// The same key: office, metric, flow, basis, target kind and period.
    @inline(__always) static func sameKey(_ c: [Cand], _ i: Int, _ j: Int) -> Bool {
        c[i].metric == c[j].metric && c[i].flow == c[j].flow && c[i].basis == c[j].basis
            && c[i].targetKind == c[j].targetKind && c[i].period == c[j].period && c[i].office == c[j].office
    }

    /// The same figure: `a[i]` and `b[j]` (by index, so that no candidate is copied).
    @inline(__always) static func same(_ a: [Cand], _ i: Int, _ b: [Cand], _ j: Int) -> Bool {
        a[i].value == b[j].value && a[i].metric == b[j].metric && a[i].flow == b[j].flow && a[i].basis == b[j].basis
            && a[i].targetKind == b[j].targetKind && a[i].office == b[j].office
    }

    func compatibleOrEqual(_ a: Period, _ b: Period) -> Bool { a == b || compatible(a, b) }

    func compatible(_ a: Period, _ b: Period) -> Bool {
        func ok(_ x: CalendarDate?, _ y: CalendarDate?) -> Bool { x == nil || y == nil || x == y }
        let openA = a.start == nil || a.end == nil, openB = b.start == nil || b.end == nil
        return (openA || openB) && ok(a.start, b.start) && ok(a.end, b.end)
    }

    /// A target attainment without an amount takes the amount of the office's one target of that
    /// kind and year when the percentage agrees with it.
    func fillTargetAmounts(_ cands: inout [Cand]) {
        for i in cands.indices where cands[i].metric == .revenue {
            for t in cands[i].vsTargets.indices where cands[i].vsTargets[t].amount == nil {
                let kind = cands[i].vsTargets[t].kind
                let y = cands[i].period.end?.year ?? cands[i].period.start?.year
                // The distinct values of the office's targets of that kind and year: exactly one.
                var amount: Double?
                var distinct = 0
                for j in cands.indices where cands[j].metric == .revenueTarget && cands[j].targetKind == kind
                    && cands[j].period.start?.year == y && cands[j].office == cands[i].office {
                    let v = cands[j].value
                    if distinct == 0 { amount = v; distinct = 1 } else if v != amount! { distinct = 2; break }
                }
                guard distinct == 1, let amount, amount > 0 else { continue }
                let pct = cands[i].vsTargets[t].pct
                let computed = cands[i].value / amount * 100
                if abs(computed - pct) <= max(0.5, 0.005 * pct) { cands[i].vsTargets[t].amount = amount }
            }
        }
    }
}

struct MetricValue: Hashable { var metric: Metric; var value: Double }


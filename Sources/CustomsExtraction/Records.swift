import CustomsModel

/// Indices grouped by sentence (see `bucketBySentence`).
struct SentenceGroups {
    /// From `at`: the bounds of the groups, then the indices (other groupings may share the buffer).
    let buf: [Int]
    let at: Int
    let base: Int
    init(buf: [Int], at: Int, sentences ns: Int) {
        self.buf = buf
        self.at = at
        base = at + ns + 2
    }
    /// The indices of sentence `s`, in order.
    @inline(__always) func group(_ s: Int) -> ArraySlice<Int> { buf[(base + buf[at + s])..<(base + buf[at + s + 1])] }
}

/// From quantities to records: what each quantity measures (by the cues left of it and its
/// unit), for which office and period, and the comparisons to its right.
extension Analysis {
    /// The period of the figure a comparison is made with, from the figure compared.
    enum BasePeriod {
        /// "so với cùng kỳ năm 2022 (đạt 57 tỷ USD)": the same span in that year (`yearBefore`: the year before).
        case year(Int)
        /// "so với tháng 9 (5.470 tỷ đồng)": that month (see ``Analysis/comparisonMonth(before:)``).
        case month(Int, year: Int?)
    }

    enum Decision {
        case record(Metric, TargetKind?, String)
        /// A record written inside another's comparison: a target amount "(3.400 tỷ đồng)" (no base),
        /// or the figure a comparison is made with, of its base period.
        case side(Metric, TargetKind?, String, base: BasePeriod?)
        case transparent
        case blocker
    }

    /// "tăng từ 3,2 tỷ USD (năm 2022) lên 4,1 tỷ USD", "giảm từ 120.000 xuống còn 95.000 tờ khai", "rose
    /// from USD 3.2 billion to USD 4.1 billion": the level a change started from, of some earlier
    /// period; the figure is the level after it.
    func isStartingLevel(_ qi: Int) -> Bool {
        let q = quants[qi]
        guard qi + 1 < quants.count, isW(q.a - 1, W.tu) || isW(q.a - 1, W.from) else { return false }
        let next = quants[qi + 1]
        guard next.sentence == q.sentence, next.a - q.b <= 8, q.kind.isPercent == next.kind.isPercent else { return false }
        // English "from A to B" is a range unless a change verb leads it.
        if isW(q.a - 1, W.from), !(cue(q.a - 2) == .up || cue(q.a - 2) == .down) { return false }
        // ("từ 1.000 tỷ đồng trở lên" is a threshold: "and above".)
        return (q.b..<next.a).contains { Analysis.changesTo(w($0)) && !(isW($0, W.len) && isW($0 - 1, W.tro)) }
    }

    /// "25 doanh nghiệp có số thuế nộp trên 10 tỷ đồng", "3 đơn vị có số thu từ 1.000 tỷ đồng trở lên":
    /// things counted by a threshold. Neither the count nor the threshold is a figure of the office
    /// (spec §2: thresholds and counts of offices are no records). `qi` is either of the two.
    func isThresholdPair(_ qi: Int) -> Bool {
        func pair(_ count: Quant, _ amount: Quant) -> Bool {
            // ("có": "25 doanh nghiệp có số thuế …"; or paying: "5 doanh nghiệp nộp thuế trên 1.000 tỷ đồng",
            // not "… nộp thuế với số thu hơn …", the office's own.)
            guard count.sentence == amount.sentence, !count.kind.isMoney, !count.kind.isPercent, amount.kind.isMoney,
                  count.b <= amount.a, amount.a - count.b <= 10 else { return false }
            if !(isW(count.b, W.co) || isW(count.b + 1, W.co)) {
                let between = count.b..<amount.a
                guard firstWord(W.nop, in: between) != nil, firstWord(W.voi, in: between) == nil else { return false }
            }
            // Over or from the amount: "trên", "hơn", "từ … (trở lên)".
            let over = cue(amount.a - 1) == .qualOver || isW(amount.a - 1, W.tu)
            return over && !(count.b..<amount.a).contains { isPunctLike($0) }
        }
        let q = quants[qi]
        if q.kind.isMoney { return qi > 0 && pair(quants[qi - 1], q) }
        return qi + 1 < quants.count && pair(q, quants[qi + 1])
    }

    /// "có 12/35 Cục Hải quan … phát hiện trên 500 vụ", "các doanh nghiệp có trên 1.000 tờ khai", "có 8 đơn vị thu
    /// trên 20.000 tỷ đồng": a figure over which offices or enterprises are counted, a threshold (spec §2),
    /// of any unit. Only for a figure "over" ("trên", "hơn", "từ … trở lên"), then the subject counted before it.
    /// (Inlined, the cheap test of "over": the scan for a counted subject is outlined, and runs for few figures.)
    @inline(__always) func isThresholdOfCountedSubjects(_ q: Quant) -> Bool {
        guard cue(q.a - 1) == .qualOver || (isW(q.b, W.tro) && isW(q.b + 1, W.len)) else { return false }
        return countedSubjectBefore(q)
    }

    /// A count or plural of offices or enterprises before `q` in its sentence (see `isThresholdOfCountedSubjects`).
    func countedSubjectBefore(_ q: Quant) -> Bool {
        var k = q.a - 2
        let low = max(sents[q.sentence].lowerBound, q.a - 16)
        while k >= low {
            if isP(k, UInt8(ascii: ";")) { return false }
            // A count ("12/35", "8") or a plural ("các", "những") right before the subject.
            let counted = isNum(k) || isW(k, W.cac) || isW(k, W.nhung)
            if counted {
                var j = k + 1
                if isP(j, UInt8(ascii: "/")), isNum(j + 1) { j += 2 }
                if isW(j, W.cuc) || (isW(j, W.chi) && isW(j + 1, W.cuc)) || (isW(j, W.don) && isW(j + 1, W.vi))
                    || (isW(j, W.doanh) && isW(j + 1, W.nghiep)) || isW(j, W.dn) {
                    return true
                }
            }
            k -= 1
        }
        return false
    }

    /// For a sentence opening "Dẫn đầu / Đứng đầu (là)": the metric cue (revenue or trade) of the sentence before.
    func rankedMetricBefore(_ q: Quant) -> Cue? {
        let s = q.sentence
        let a = sents[s].lowerBound
        guard s > 0, isW(a + 1, W.dau), isW(a, W.dan) || isW(a, W.dung) else { return nil }
        for k in sents[s - 1] {
            let c = cue(k)
            if c == .revenue || c == .revenueWeak || c == .trade { return c }
        }
        return nil
    }

    /// The target kind named by cues left of `end` (nearest kind word wins).
    /// "Phấn đấu (đạt / hoàn thành) mục tiêu thu …": an aim strived for names a stretch target, as
    /// "chỉ tiêu phấn đấu" does.
    func targetKind(before end: Int, from start: Int) -> TargetKind {
        guard let kind = firstCueLeft(from: end, to: start, where: { c, _ in c == .targetStretch || c == .targetEst || c == .targetModal })
        else { return .estimate }
        if kind.0 == .targetEst, isW(kind.1, W.muc),
           firstCueLeft(from: kind.1, to: max(start, kind.1 - 3), where: { c, _ in c == .targetStretch }) != nil {
            return .stretch
        }
        // "chỉ tiêu phấn đấu được giao", "chỉ tiêu phấn đấu do tỉnh giao": the stretch target is the one assigned.
        if kind.0 == .targetEst, let span = cueOf[kind.1] >= 0 ? spans[Int(cueOf[kind.1])] : nil {
            var k = Int(span.a) - 1
            while k >= max(start, Int(span.a) - 4), !isPunctLike(k), !isNum(k) {
                let c = cue(k)
                if c == .targetStretch { return .stretch }
                if c == .targetEst || c == .targetModal { break }
                k -= 1
            }
        }
        return kind.0 == .targetStretch ? .stretch : .estimate
    }

    /// The kind of a target phrase starting at `a` (after a percent): stretch if "phấn đấu" is in it.
    func targetPhraseKind(_ a: Int, _ b: Int) -> TargetKind {
        var k = a
        while k < b {
            if cue(k) == .targetStretch { return .stretch }
            k += 1
        }
        return .estimate
    }

    /// Where a parenthesis opening before the quantity starts, if the quantity opens it.
    func parenOpen(_ q: Quant) -> Int? {
        var k = q.a - 1
        var steps = 0
        while k >= 0, steps < 3 {
            if isP(k, UInt8(ascii: "(")) { return k }
            let c = cue(k)
            guard c == .attain || c == .qualOver || c == .qualAbout || c == .qualUnder || c == .qualEstimate || c == .targetEst
                    || c == .revenue || c == .revenueWeak else { return nil }
            k = cueOf[k] >= 0 ? Int(spans[Int(cueOf[k])].a) - 1 : k - 1
            steps += 1
        }
        return nil
    }

    /// A year written just before `k` after a comparison ("so với cùng kỳ năm 2022", "so với năm 2020").
    /// For a figure in a parenthesis that opens with a comparison ("(cùng kỳ năm 2022: 4.000 tỷ
    /// đồng)", "(so với năm 2022: …)"): the year compared with, or `.some(nil)` when none is
    /// named; `nil` for any other figure.
    func comparisonInParenthesis(_ q: Quant) -> Int?? {
        // The parenthesis first (most figures have none), then what it holds before the figure.
        let low = max(0, q.a - 8)
        var open = q.a - 1
        while open >= low, !isP(open, UInt8(ascii: "(")) {
            if isP(open, UInt8(ascii: ")")) { return nil }
            open -= 1
        }
        guard open >= low else { return nil }
        var compared = false
        var year: Int?
        for k in (open + 1)..<q.a {
            if cue(k) == .yoy || cue(k) == .compare {
                compared = true
            } else if toks[k].kind == .num {
                guard let y = self.year(at: k) else { return nil }
                year = y
            }
        }
        return compared ? .some(year) : nil
    }

    /// "cao / thấp / nhiều / ít hơn" within the clause before `k` (back to `start`): a comparison whose "là N"
    /// after it tells the difference.
    func comparativeBefore(_ k: Int, from start: Int) -> Bool {
        var j = k - 1
        while j > max(start, k - 10), !isP(j, UInt8(ascii: ",")), !isP(j, UInt8(ascii: ";")) {
            if isW(j, W.hon), isW(j - 1, W.cao) || isW(j - 1, W.thap) || isW(j - 1, W.nhieu) || isW(j - 1, W.it) { return true }
            j -= 1
        }
        return false
    }

    /// Whether quantity `q` is the figure of the same period a year before, named without a year: in
    /// parentheses right after the comparison ("so với cùng kỳ (năm trước / năm ngoái) (2.900 tỷ đồng)",
    /// "so với năm trước (…)", "over the same period last year (VND 2.9 trillion)"), or between a comparison
    /// and the words of that period ("so với mức 2.900 tỷ đồng của cùng kỳ năm trước", "up from VND 2.9
    /// trillion a year earlier / in the same period last year").
    func lastYearsFigure(_ q: Quant) -> Bool {
        // ("so với năm trước / năm ngoái (…)": "so với năm" is one cue.)
        if isP(q.a - 1, UInt8(ascii: "(")), isW(q.a - 2, W.truoc) || isW(q.a - 2, W.ngoai), cue(q.a - 3) == .compare, isW(q.a - 3, W.nam) {
            return true
        }
        if isP(q.a - 1, UInt8(ascii: "(")), cue(q.a - 2) == .yoy, cueOf[q.a - 2] >= 0 {
            var j = Int(spans[Int(cueOf[q.a - 2])].a) - 1
            while j >= 0, cue(j) == .yoy, cueOf[j] >= 0 { j = Int(spans[Int(cueOf[j])].a) - 1 }
            // ("cùng kỳ năm 2022 (…)" has its year: read elsewhere.)
            guard year(at: q.a - 2) == nil else { return false }
            return cue(j) == .compare || isW(j, W.over) || isW(j, W.from) || isW(j, W.with) || isW(j, W.than)
        }
        // A comparison right before the amount, the period's words right after it.
        var k = q.a - 1
        if isW(k, W.muc) || isW(k, W.level) { k -= 1 }
        guard cue(k) == .compare || isW(k, W.from) && (cue(k - 1) == .up || cue(k - 1) == .down || isP(k - 1, UInt8(ascii: "%"))) else {
            return false
        }
        var j = q.b
        if isW(j, W.cua) || isW(j, W.in_) { j += 1 }
        guard cue(j) == .yoy, cueOf[j] >= 0 else { return false }
        let end = Int(spans[Int(cueOf[j])].b)
        return year(at: end) == nil && !(isW(end, W.nam) && year(at: end + 1) != nil)
    }

    /// "…, trong khi cùng kỳ năm 2023 chỉ thu 87 tỷ đồng", "(cùng kỳ năm trước thu 87 tỷ đồng)": a
    /// same-period comparison opening the figure's clause names the figure's period. Returns that
    /// year, or `Analysis.yearBefore` for "năm trước", "cùng kỳ" without a year; nil for another clause.
    func priorPeriodClause(_ q: Quant) -> Int? {
        var k = q.a - 1
        var yoy = false
        var year: Int?
        let low = max(sents[q.sentence].lowerBound, q.a - 10)
        // (A clause ends at "và" too: "… tăng 77,1% so với cùng kỳ năm 2013 và kim ngạch nhập khẩu là …".)
        while k >= low, !isP(k, UInt8(ascii: ",")), !isP(k, UInt8(ascii: ";")), !isP(k, UInt8(ascii: "(")), !isW(k, W.va), !isW(k, W.and) {
            if cue(k) == .yoy || (cue(k) == .compare && !isW(k, W.so)) { yoy = true }
            if toks[k].kind == .num {
                guard let y = self.year(at: k) else { return nil }
                year = y
            }
            // ("tăng so với cùng kỳ năm 2023 là 267 vụ": the change word of the figure before, the base after.)
            if cue(k) == .up || cue(k) == .down || cue(k) == .ratio {
                guard yoy, cue(k) != .ratio, isW(k + 1, W.so), cue(k + 1) == .compare, isW(q.a - 1, W.la) else { return nil }
            }
            k -= 1
        }
        // "Cùng kỳ năm 2023, đơn vị thu 5.800 tỷ đồng": the comparison opens the sentence, before a comma.
        // ("In the same period of 2023 / last year, its revenue was …".)
        if !yoy, k >= low, isP(k, UInt8(ascii: ",")), k - sents[q.sentence].lowerBound <= 7 {
            for j in sents[q.sentence].lowerBound..<k {
                if cue(j) == .yoy { yoy = true } else if let y = self.year(at: j) { year = y } else if !isW(j, W.nam), !isW(j, W.trong), !isW(j, W.in_),
                                                                                                  !isW(j, W.of), !isW(j, W.during) {
                    return nil
                }
            }
        }
        guard yoy else { return nil }
        return year ?? Analysis.yearBefore
    }

    /// The base year of a figure of "the same period last year": the year before the figure's.
    static let yearBefore = -1

    func comparisonYear(before k: Int) -> Int? {
        var j = k - 1
        guard let y = year(at: j) else { return nil }
        j -= 1
        if isW(j, W.nam) { j -= 1 }
        var steps = 0
        while j >= 0, steps < 4 {
            let c = cue(j)
            if c == .compare || c == .yoy { return y }
            j -= 1
            steps += 1
        }
        return nil
    }

    /// "so với tháng 9 (", "so với tháng 12/2023 (", "so với tháng trước (": the month a comparison
    /// right before the parenthesis at `k` names (month 0: the month before), with its year when
    /// written; else `nil`.
    func comparisonMonth(before k: Int) -> (month: Int, year: Int?)? {
        var j = k - 1
        var month = 0
        var year: Int?
        if cue(j) == .prevPeriod {
            while j > 0, cue(j - 1) == .prevPeriod { j -= 1 }
        } else {
            if isNum(j), isP(j - 1, UInt8(ascii: "/")), let y = self.year(at: j) { year = y; j -= 2 }
            guard let m = intValue(j), (1...12).contains(m), isW(j - 1, W.thang) else { return nil }
            month = m
            j -= 1
        }
        j -= 1
        return cue(j) == .compare ? (month, year) : nil
    }

    /// The whole month compared with a figure of `period`, which must be one month: the one before
    /// it (`base` 0), or month `base`, in `baseYear` or else the latest not after the figure's.
    func monthCompared(with period: Period, month base: Int, year baseYear: Int?) -> Period? {
        guard let s = period.start, let e = period.end, s.year == e.year, s.month == e.month, s.day == 1 else { return nil }
        var year = e.year
        var month = base
        if month == 0 {
            month = e.month - 1
            if month == 0 { month = 12; year -= 1 }
        } else if let y = baseYear {
            year = y
        } else if month >= e.month {
            year -= 1
        }
        guard month != e.month || year != e.year else { return nil }
        return Period(start: CalendarDate(year: year, month: month, day: 1),
                      end: CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)))
    }

    /// A direction right before `q`, with at most "là" or ":" between: "nhập khẩu 4.105", "tờ khai
    /// xuất khẩu là 7.135", "xuất cảnh: 22.000".
    func directionJustBefore(_ q: Quant) -> Bool {
        var k = q.a - 1
        while k > q.a - 3, isW(k, W.la) || isP(k, UInt8(ascii: ":")) { k -= 1 }
        switch cue(k) {
        case .flowImport, .flowExport, .flowExit, .flowEntry: return true
        default: return false
        }
    }

    /// A direction used as the noun of a count: "60,000 departures", "60,000 arrivals"; or told right
    /// after it: "60,000 for exports", "520,000 outbound", "510,000 on entry".
    func directionNoun(at k: Int) -> Bool {
        if isW(k, W.departures) || isW(k, W.arrivals) { return true }
        let j = isW(k, W.for_) || isW(k, W.on) || isW(k, W.as_) || isW(k, W.were) || isW(k, W.was) ? k + 1 : k
        switch cue(j) {
        case .flowImport, .flowExport, .flowExit, .flowEntry: return true
        default: return false
        }
    }

    /// What `decide` reads of an earlier record (a copy without reference-counted fields).
    struct RecInfo {
        var metric: Metric
        var unit: MeasureUnit
        var targetKind: TargetKind?
        var value: Double
        init(_ c: borrowing Cand) {
            metric = c.metric
            unit = c.unit
            targetKind = c.targetKind
            value = c.value
        }
    }

    /// Where an audit cue ("kiểm toán") first stands in a sentence: every money figure after one is
    /// no record. The scan only moves forward, so a sentence is read once for all its figures
    /// (a scan from the sentence start for each figure was quadratic in dense sentences).
    struct AuditScan {
        private var scannedTo: Int
        private var at: Int?
        init(sentenceStart: Int) { scannedTo = sentenceStart }
        /// Is there an unmasked audit cue in the sentence before token `end`?
        @inline(__always) mutating func found(before end: Int, in a: borrowing Analysis) -> Bool {
            if let at { return at < end }
            if scannedTo < end {
                at = a.firstToken(of: .exclAudit, in: scannedTo, end)
                scannedTo = end
            }
            return at != nil
        }
    }

    /// `walk`: where the cues left of the quantity are collected (kept for the caller); `audit`:
    /// the audit scan of the quantity's sentence.
    func decide(_ qi: Int, windowStart: Int, lastRecord: RecInfo?, prevSentenceLast: RecInfo?, lastMoney: Decision?,
                walk: inout CueWalk, audit: inout AuditScan) -> Decision {
        let q = quants[qi]
        if rateAfter(q) || isStartingLevel(qi) || isThresholdPair(qi) || isThresholdOfCountedSubjects(q) { return .transparent }
        switch q.kind {
        case .percent: return .transparent
        case .bare:
            // "(2.135)" after a target phrase: the amount in the unit of the figure it qualifies.
            if let p = parenOpen(q), isP(q.b, UInt8(ascii: ")")), let last = lastRecord, last.unit == .vnd {
                if hasCueLeft(from: p, to: max(windowStart, p - 5), where: { $0 == .targetEst || $0 == .targetStretch }) {
                    return .side(.revenueTarget, targetKind(before: p, from: max(windowStart, p - 6)), "(target amount)", base: nil)
                }
            }
            // "11.240 tờ khai (nhập khẩu 4.105, xuất khẩu 7.135)", "… lượt người, trong đó xuất cảnh
            // 22.000": a direction's share of the count just told, in its unit.
            if let last = lastRecord, last.metric == .declarations || last.metric == .travellers || last.metric == .vehicles,
               q.value == q.value.rounded(), directionJustBefore(q) || directionNoun(at: q.b) {
                return .record(last.metric, nil, "(part of the count before)")
            }
            // "4,1 tỷ USD, trong đó xuất khẩu 2,3 tỷ, nhập khẩu 1,8 tỷ": the currency of the total.
            if let last = lastRecord, last.metric == .tradeValue, directionJustBefore(q) {
                return .record(.tradeValue, nil, "(part, in the total's currency)")
            }
            return .transparent
        case .count(let unit):
            // "(cùng kỳ năm 2023 là 267 vụ)", "…, trong khi cùng kỳ năm 2023 là 267 vụ": the base of a
            // comparison, of the count just told (in its unit), as money's is.
            if let last = lastRecord, Analysis.counts(last.metric, in: unit) {
                if let base = comparisonInParenthesis(q) {
                    let y = base ?? Analysis.yearBefore
                    return .side(last.metric, nil, explainMode ? "(cùng kỳ năm \(y))" : "", base: .year(y))
                }
                if let y = priorPeriodClause(q) {
                    return .side(last.metric, nil, explainMode ? "(cùng kỳ, năm \(y))" : "", base: .year(y))
                }
                if lastYearsFigure(q) { return .side(last.metric, nil, explainMode ? "(cùng kỳ năm trước)" : "", base: .year(Analysis.yearBefore)) }
            }
            if changeWordBefore(q, windowStart: windowStart) { return .transparent }
            if hasCueLeft(from: q.a, to: windowStart, where: { $0 == .exclRate || $0 == .exclCapacity }) { return .transparent }
            switch unit {
            case .unitDecl:
                // "kiểm tra sau thông quan 420 tờ khai", "1.200 tờ khai luồng đỏ", "tờ khai bị kiểm tra thực
                // tế": a subset checked or channelled, in the count's own clause.
                // (Also refunded, assessed or indebted ones: "hoàn thuế cho 3.120 tờ khai", "4.560 tờ khai còn nợ thuế".)
                for k in max(clauseStart(q), q.a - 8)..<min(tokCount, q.b + 6)
                where (cue(k) == .exclAudit || cue(k) == .exclDebt || cue(k) == .exclLost) && !(k < q.a && hasPunct(UInt8(ascii: ","), UInt8(ascii: ";"), in: k..<q.a))
                    && !(k >= q.b && hasPunct(UInt8(ascii: ","), UInt8(ascii: ";"), in: q.b..<k)) {
                    return .transparent
                }
                return .record(.declarations, nil, "tờ khai")
            case .unitEnt:
                // "145 doanh nghiệp mới", "số doanh nghiệp mới tham gia … là 145": new ones, a part.
                if cue(q.b) == .exclNew { return .transparent }
                var k = q.a - 1
                while k >= max(windowStart, q.a - 10), !isPunctLike(k) {
                    if cue(k) == .exclNew, isW(k - 1, W.nghiep) || isW(k - 1, W.dn) { return .transparent }
                    k -= 1
                }
                // (In the count's own clause: "Đơn vị hỗ trợ doanh nghiệp, có 1.500 doanh nghiệp làm thủ tục" keeps it.)
                // (Also those refunded, penalised or forgiven: "hoàn thuế … cho 312 doanh nghiệp", "xử phạt 120 doanh nghiệp".)
                for k in max(clauseStart(q), q.a - 8)..<min(tokCount, q.b + 6)
                where (cue(k) == .exclProgram || cue(k) == .exclAudit || cue(k) == .exclLost || cue(k) == .penalty
                       || (cue(k) == .exclDebt && (k >= q.b || !isW(k, W.no))))
                    && !(k < q.a && hasPunct(UInt8(ascii: ","), UInt8(ascii: ";"), in: k..<q.a)) {
                    return .transparent
                }
                return .record(.enterprises, nil, "doanh nghiệp")
            case .unitCase:
                // ("71 vụ bị xử phạt vi phạm hành chính": the cases penalised, told right after the count.)
                if cue(q.b) == .penalty || isW(q.b, W.bi) && isW(q.b + 1, W.xu) && isW(q.b + 2, W.phat) {
                    return .record(.penaltyCases, nil, "vụ bị xử phạt")
                }
                // "6 vụ vận chuyển ma túy", "45 vụ buôn lậu thuốc lá điếu": the cases of one kind of goods, a part.
                for k in q.b..<min(tokCount, q.b + 5) where cue(k) == .contraband { return .transparent }
                cuesLeft(from: q.a, to: windowStart, into: &walk)
                let left = walk.cues
                // ("Đơn vị đã chuyển Công an tỉnh xử lý hình sự 7 vụ": handed over, in the count's clause.)
                for (c, pos) in left where c == .transfer && !hasComma(pos, q.a) { return .transparent }
                for (c, pos) in left {
                    if c == .transfer { return .transparent }
                    if c == .prosecute {
                        // Another body prosecutes ("chuyển cơ quan khác khởi tố 128 vụ", "đề nghị cơ quan điều
                        // tra khởi tố 3 vụ"): the transfer right before the verb (not one of an earlier clause:
                        // "chuyển cơ quan khác khởi tố 128 vụ, khởi tố 52 vụ" keeps the 52).
                        for (c2, p2) in left where c2 == .transfer && pos - p2 <= 6 && !hasComma(p2, pos) { return .transparent }
                        // "khởi tố 180 vụ, trong đó Hải quan khởi tố 52 vụ, chuyển cơ quan khác khởi tố 128 vụ": a
                        // total with others' prosecutions; its own part is the record.
                        let end = sents[q.sentence].upperBound
                        if let t = firstToken(of: .trongDo, in: q.b, end), firstToken(of: .transfer, in: t, end) != nil { return .transparent }
                        return .record(.prosecutions, nil, "khởi tố")
                    }
                    if c == .penalty { return .record(.penaltyCases, nil, "xử phạt") }
                    if c == .violVerb { return .record(.violations, nil, "vụ vi phạm") }
                }
                for k in q.b..<min(tokCount, q.b + 4) where cue(k) == .violVerb { return .record(.violations, nil, "vụ vi phạm") }
                // "Cục Hải quan Lạng Sơn bắt giữ 312 vụ, Cục Hải quan Cao Bằng 128 vụ", "… là Cục Hải quan Lạng Sơn (312 vụ),
                // Cục Hải quan Cao Bằng (128 vụ)": the next office of a list, its verb left out.
                if let l = lastRecord, l.unit == .count, l.metric == .violations || l.metric == .penaltyCases || l.metric == .prosecutions,
                   officeRightBefore(q) {
                    return .record(l.metric, nil, "(list of offices)")
                }
                return .blocker
            case .unitTrav:
                if tourismCount(q, from: windowStart, clauseOnly: true) { return .blocker }
                if seizedOrBarred(q, from: windowStart) { return .blocker }
                // "tỉnh Lào Cai đón 1,3 triệu lượt khách quốc tế": tourism's arrivals, unless they are counted crossing
                // the border ("… đón 20.000 lượt khách xuất nhập cảnh"). ("đón" folds as "đơn" of "đơn vị" does.)
                var k = q.a - 1
                while k >= max(windowStart, q.a - 5), !isPunctLike(k) {
                    if isW(k, W.don), !isW(k + 1, W.vi),
                       !(max(0, q.a - 6)..<min(tokCount, q.b + 4)).contains(where: { Analysis.isDirection(cue($0)) || cue($0) == .flowXNC || isW($0, W.canh) }) {
                        return .blocker
                    }
                    k -= 1
                }
                for k in q.b..<min(tokCount, q.b + 3) where cue(k) == .exclDomestic { return .blocker }
                return .record(.travellers, nil, "lượt khách")
            case .unitVeh:
                if hasCueLeft(from: q.a, to: windowStart, where: { $0 == .exclStock || $0 == .exclCapacity }) { return .blocker }
                if seizedOrBarred(q, from: windowStart) { return .blocker }
                for k in q.b..<min(tokCount, q.b + 3) where cue(k) == .exclStock { return .blocker }
                return .record(.vehicles, nil, "phương tiện")
            case .unitLuot:
                // ("… đón 19 triệu lượt khách du lịch, trong đó khách quốc tế đạt 3,5 triệu lượt": tourism's.)
                if tourismCount(q, from: sents[q.sentence].lowerBound, clauseOnly: false) { return .blocker }
                // "1.230 lượt chuyến tàu": the noun follows.
                if cue(q.b) == .unitVeh { return .record(.vehicles, nil, "lượt chuyến") }
                if cue(q.b) == .unitTrav { return .record(.travellers, nil, "lượt người") }
                // "32.600 lượt xuất cảnh và 31.600 lượt nhập cảnh": crossings with no noun are people's,
                // unless the sentence counts vehicles before.
                if cue(q.b) == .flowExit || cue(q.b) == .flowEntry || cue(q.b) == .flowXNC,
                   !hasCueLeft(from: q.a, to: sents[q.sentence].lowerBound, where: { $0 == .unitVeh || $0 == .unitTrav }) {
                    return .record(.travellers, nil, "lượt xuất/nhập cảnh")
                }
                // "Số lượt phương tiện … là 120.000 lượt": the noun before, in the sentence.
                let noun = firstCueLeft(from: q.a, to: sents[q.sentence].lowerBound) { c, _ in c == .unitDecl || c == .unitTrav || c == .unitVeh }
                switch noun?.0 {
                case .unitDecl?: return .record(.declarations, nil, "(tờ khai) bộ")
                case .unitTrav?: return .record(.travellers, nil, "lượt (khách)")
                case .unitVeh?: return .record(.vehicles, nil, "lượt (phương tiện)")
                default: break
                }
                // "1.230 lượt, chuyến tàu": after a comma, when none came before (else the words
                // after the comma open the next clause: "120.000 lượt, lượt người … là 400.000 lượt").
                if isP(q.b, UInt8(ascii: ",")) {
                    if cue(q.b + 1) == .unitVeh { return .record(.vehicles, nil, "lượt, chuyến") }
                    if cue(q.b + 1) == .unitTrav { return .record(.travellers, nil, "lượt, người") }
                }
                if let l = lastRecord, l.metric == .travellers || l.metric == .vehicles { return .record(l.metric, nil, "lượt") }
                // "… 85.320 lượt khách. Trong đó, xuất cảnh 42.100 lượt, …": a direction right before
                // the count continues the previous sentence's travellers or vehicles.
                if let l = prevSentenceLast, l.metric == .travellers || l.metric == .vehicles,
                   hasCueLeft(from: q.a, to: max(windowStart, q.a - 3), where: { $0 == .flowExit || $0 == .flowEntry || $0 == .flowXNC }) {
                    return .record(l.metric, nil, "lượt (previous sentence)")
                }
                // "… 95.000 lượt phương tiện. Riêng Chi cục … làm thủ tục cho 71.000 lượt.", "… 25.000 tờ khai. Riêng
                // Chi cục … tiếp nhận 18.000 tờ.": a part of the count just told, in a sentence opening with "Riêng /
                // Trong đó".
                if let l = prevSentenceLast, l.metric == .travellers || l.metric == .vehicles || l.metric == .declarations && isW(q.b - 1, W.to_),
                   firstToken(of: .trongDo, in: sents[q.sentence].lowerBound, min(q.a, sents[q.sentence].lowerBound + 2)) != nil {
                    return .record(l.metric, nil, "lượt (part, previous sentence)")
                }
                return .blocker
            case .unitOther:
                // A duration ("về đích trước 20 ngày", "sau 11 tháng đã bằng 104% dự toán") has no
                // changes of its own: the figure before it keeps those after it.
                let noun = w(q.b - 1)
                if noun == W.ngay || noun == W.thang || noun == W.tuan || noun == W.gio { return .transparent }
                // "… đạt 1,2 triệu tấn, trị giá 2,1 tỷ USD": an amount of goods, then their value; the
                // words before the amount say what goods they are (traded, seized), so they stay in view.
                if valueOfTheGoodsFollows(qi) { return .transparent }
                return .blocker
            default: return .blocker
            }
        case .vnd, .usd:
            let isVND = q.kind.isVND
            if isVND, q.value < 1_000_000 { return .transparent }
            // English, the amount before its target noun: "92.5% of the VND 2,000 billion target (set for
            // 2024)", "(higher than) the VND 7 trillion target assigned by the ministry". First: a target is
            // no base of a comparison.
            if isVND, let tk = cueStarting(q.b), tk.cue == .targetEst || tk.cue == .targetStretch, isW(q.a - 1, W.the) || isW(q.a - 1, W.a) {
                let kind: TargetKind = tk.cue == .targetStretch ? .stretch : .estimate
                let afterPercent = isW(q.a - 2, W.of) && qi > 0 && quants[qi - 1].kind.isPercent && quants[qi - 1].b == q.a - 2
                return afterPercent ? .side(.revenueTarget, kind, "(target amount)", base: nil) : .record(.revenueTarget, kind, "target")
            }
            // "(cùng kỳ năm 2022: 4.000 tỷ đồng)": the base of a comparison, inside its own parenthesis.
            if let base = comparisonInParenthesis(q) {
                if let last = lastRecord {
                    let y = base ?? Analysis.yearBefore
                    return .side(last.metric, last.targetKind, explainMode ? "(cùng kỳ năm \(y))" : "", base: .year(y))
                }
                return .transparent
            }
            // "…, trong khi cùng kỳ năm 2023 chỉ thu 87 tỷ đồng": the same, in a clause of its own.
            if let last = lastRecord ?? prevSentenceLast, last.unit == (isVND ? .vnd : .usd), let y = priorPeriodClause(q) {
                return .side(last.metric, last.targetKind, explainMode ? "(cùng kỳ, năm \(y))" : "", base: .year(y))
            }
            // "9.200 tỷ đồng/17.000 tỷ đồng chỉ tiêu được giao": the amount after the slash is the target
            // the one before it is measured against.
            if isVND, isP(q.a - 1, UInt8(ascii: "/")), let prev = qi > 0 ? quants[qi - 1] : nil, prev.b == q.a - 1,
               prev.kind.isVND, let t = (q.b..<min(sents[q.sentence].upperBound, q.b + 8)).prefix(while: { !isP($0, UInt8(ascii: ";")) })
                   .first(where: { cue($0) == .targetEst || cue($0) == .targetStretch }) {
                return .side(.revenueTarget, cue(t) == .targetStretch ? .stretch : .estimate, "(target after /)", base: nil)
            }
            // "thu 4.120 tỷ đồng, cao hơn cùng kỳ năm 2023 là 320 tỷ đồng": by how much it is higher, no figure.
            if isW(q.a - 1, W.la), comparativeBefore(q.a - 1, from: sents[q.sentence].lowerBound) { return .transparent }
            // "tăng 10,3% so với cùng kỳ năm trước (2.900 tỷ đồng)", "up from VND 2.9 trillion a year earlier":
            // the figure of the same period a year before.
            if let last = lastRecord, last.unit == (isVND ? .vnd : .usd), lastYearsFigure(q) {
                return .side(last.metric, last.targetKind, explainMode ? "(cùng kỳ năm trước)" : "", base: .year(Analysis.yearBefore))
            }
            // Inside a parenthesis: a conversion, a target amount, or a prior-year base.
            if let p = parenOpen(q) {
                if let prev = qi > 0 ? quants[qi - 1] : nil, prev.b == p, prev.kind.isMoney { return .transparent }
                // "tăng 6% so với tháng 9 (5.470 tỷ đồng)": the figure of the month compared with.
                if let m = comparisonMonth(before: p) {
                    guard let last = lastRecord else { return .transparent }
                    return .side(last.metric, last.targetKind, explainMode ? "so với tháng \(m.month == 0 ? "trước" : String(m.month))" : "",
                                 base: .month(m.month, year: m.year))
                }
                // "đạt 104% so với dự toán năm 2025 (11.500 tỷ đồng)": the amount of the target named with
                // its year, not a base of that year.
                if isVND, comparisonYear(before: p) != nil,
                   let (c, t) = firstCueLeft(from: p, to: max(windowStart, p - 5), where: { c, _ in c == .targetEst || c == .targetStretch }) {
                    return .side(.revenueTarget, c == .targetStretch ? .stretch : .estimate, label(t, p), base: nil)
                }
                if let y = comparisonYear(before: p), let last = lastRecord {
                    return .side(last.metric, last.targetKind, explainMode ? "so với năm \(y)" : "", base: .year(y))
                }
                if isVND {
                    var k = p - 1
                    var steps = 0
                    while k >= windowStart, steps < 8 {
                        let c = cue(k)
                        if c == .targetEst || c == .targetStretch || c == .targetModal {
                            var from = p - 1
                            while from > max(windowStart, p - 10), !isP(from, UInt8(ascii: ",")), !(toks[from].kind == .num) { from -= 1 }
                            return .side(.revenueTarget, targetPhraseKind(from, p), "(target)", base: nil)
                        }
                        if c == .exclShare || toks[k].kind == .num { break }
                        k -= 1
                        steps += 1
                    }
                }
            }
            // "đạt 105% dự toán, tương đương 2.900 tỷ đồng": the revenue attained, restated.
            if isVND, let (kind, _, _) = amountAfterAttainment(qi) {
                return kind == .restated ? .record(.revenue, nil, "…% dự toán, tương đương") : .transparent
            }
            if changeWordBefore(q, windowStart: windowStart) { return .transparent }
            // "VND 500 billion higher / more than the same period last year": a difference.
            if isW(q.b, W.higher) || isW(q.b, W.more) || isW(q.b, W.lower) || isW(q.b, W.less), isW(q.b + 1, W.than) { return .transparent }
            // "vượt 210 tỷ đồng so với dự toán": the excess over a target, not a level ("vượt 11.000 tỷ
            // đồng" alone is one: more than 11,000).
            if cue(q.a - 1) == .exceed || cue(q.a - 2) == .exceed, cue(q.b) == .compare,
               let sp = cueStarting(q.b), cue(Int(sp.b)) == .targetEst || cue(Int(sp.b)) == .targetStretch {
                return .transparent
            }
            cuesLeft(from: q.a, to: windowStart, into: &walk)
            let left = walk.cues
            // "xử phạt 60 vụ với tổng số tiền gần 900 triệu đồng", "…, số tiền 900 triệu đồng": the sum
            // of the penalties just counted; "xử phạt vi phạm hành chính với số tiền 2,1 tỷ đồng": the
            // sum of the penalties named in the clause.
            if isVND, hasPair(W.so, W.tien, endingIn: max(windowStart, q.a - 6)..<q.a),
               lastRecord?.metric == .penaltyCases || penaltyInClause(left, before: q.a) {
                return .record(.fines, nil, "số tiền (xử phạt)")
            }
            // "xử phạt vi phạm hành chính 25 tỷ 460 triệu đồng", "fined VND 2 billion": the amount the
            // penalty phrase names right before it (a count there is the cases, "xử phạt 60 vụ").
            // (In English with its object or a verb of sum between: "fined violators VND 350 billion",
            // "imposed fines totalling VND 120 billion".)
            // (Not "ấn định thuế và xử phạt vi phạm hành chính 2.540 tỷ đồng": assessed tax with the fines.)
            if isVND, let (c, pos) = left.first, c == .penalty, let span = cueStarting(pos),
               q.a - Int(span.b) <= 1, q.a == Int(span.b) || isW(q.a - 1, W.voi) || isW(q.a - 1, W.la),
               !left.contains(where: { $0.0 == .exclDebt }) {
                return .record(.fines, nil, "xử phạt (số tiền)")
            }
            if isVND, format == .english, penaltyThenObject(before: q.a) { return .record(.fines, nil, "fined (amount)") }
            // "82 vụ vi phạm với 9,4 tỷ đồng trị giá hàng vi phạm": the goods' value named after the amount.
            if isVND, let l = lastRecord, l.metric == .violations, cue(q.b) == .violValue || (cue(q.b) == .trade && isW(q.b + 1, W.tri)) {
                return .record(.violationValue, nil, "… trị giá hàng vi phạm")
            }
            // "đã thu 1,6 tỷ đồng tiền phạt": the amount's noun right after it; "collected VND 3.2 billion in
            // fines", "… for the State budget from fines / from administrative penalties".
            if isVND, cue(q.b) == .fines && cueStarting(q.b) != nil || finesAfter(q) { return .record(.fines, nil, "… tiền phạt") }
            // "17.000 tỷ đồng, vượt dự toán 500 tỷ đồng", "thấp hơn dự toán 25 tỷ đồng": right after a
            // target word, an amount far below the revenue told before it is the gap, not the target.
            if isVND, let last = lastRecord, last.metric == .revenue, q.value < last.value / 2,
               cue(q.a - 1) == .targetEst || cue(q.a - 1) == .targetStretch,
               left.contains(where: { $0.0 == .exceed || $0.0 == .up || $0.0 == .down }) {
                return .transparent
            }
            // Not records, wherever they stand in the clause: balances, commodities, debts, domestic
            // taxes, shares, rates, prices, milestones, dutiable subsets.
            for (c, pos) in left where q.a - pos <= 20 {
                switch c {
                case .exclShare where cueStarting(pos).map({ Int($0.b) == q.a }) ?? false
                    && (cue(pos - 1) == .flowExport || cue(pos - 1) == .flowImport || cue(pos - 1) == .flowExit || cue(pos - 1) == .flowEntry):
                    // "trong đó xuất khẩu chiếm 2,3 tỷ USD": a part's amount (a share is a percent).
                    continue
                case .exclShare where cueStarting(pos).map({ Int($0.b) == q.a }) ?? false
                    && mentions.contains(where: { $0.b == pos && $0.kind != .area && !$0.weak }):
                    // "with Ho Chi Minh City customs accounting for VND 107 trillion": that office's amount.
                    continue
                case .exclShare where firstWord(W.voi, in: pos..<q.a) != nil
                    && mentions.contains(where: { $0.b == pos && $0.kind != .area && !$0.weak }):
                    // "Hải quan cửa khẩu cảng Cát Lái chiếm tỷ trọng lớn nhất với số thu 22.300 tỷ đồng": the
                    // office's own amount, after its share.
                    continue
                case .exclMilestone where pos + 1 == q.a && (cue(pos - 1) == .exceed || cue(pos - 1) == .qualOver)
                    && !quants.contains(where: { $0.sentence == q.sentence && $0.a < pos && !$0.kind.isMoney && !$0.kind.isPercent }):
                    // "thu ngân sách vượt mốc 10.000 tỷ đồng": the office's own figure, over the mark
                    // (with a count before it, "16/34 Cục … vượt mốc 1.000 tỷ đồng", a threshold).
                    continue
                case .exclBalance, .exclCommodity, .exclDebt, .exclDomestic, .exclShare, .exclLost, .exclAudit, .exclCapital,
                     .exclPrice, .exclMilestone, .exclRate, .exclCapacity, .exclDutiable, .exclRule:
                    return .blocker
                case .exclNeighbour:
                    // In a national report, the trade with one neighbour is a partner's share; in a gate
                    // office's, it is the gate's whole trade.
                    if mainOffice == "vn", !hasComma(pos, q.a) { return .blocker }
                case .exclGoods:
                    // Trade or revenue of one commodity, market or company: the goods are the figure's own
                    // subject ("xuất khẩu gạo đạt", "hàng dệt may xuất khẩu đạt", "số thu từ dầu thô",
                    // "rice exports reached"), with no comma between them and the figure. A comma parts
                    // an aside ("…, nơi sản xuất đồ gỗ, thu ngân sách đạt") or another figure's goods
                    // ("USD 2.4 million of imports, mainly fertilisers, and USD 8.8 million of exports").
                    // Seized goods of a kind stay.
                    let violation = left.contains { $0.0 == .violVerb || $0.0 == .seize || $0.0 == .penalty }
                        || lastRecord?.metric.isEnforcement == true
                    if violation || hasComma(pos, q.a) { break }
                    return .blocker
                default: break
                }
            }
            if audit.found(before: q.a, in: self) { return .blocker }
            for k in q.b..<min(sents[q.sentence].upperBound, q.b + 4) {
                // ("…; hoàn thuế 120 tỷ đồng", "…, nợ thuế 120 tỷ đồng": the next clause's words.)
                if isP(k, UInt8(ascii: ";")) || isP(k, UInt8(ascii: ",")) { break }
                let c = cue(k)
                if c == .exclDebt || c == .exclBalance || c == .threshold { return .blocker }
                // "xuất khẩu 3,2 tỷ USD sầu riêng", "… 119,5 tỷ USD sang Hoa Kỳ", "thu hút 1,1 tỷ USD vốn FDI": one
                // commodity's, market's or investment's amount, named after it (a neighbour in a national report).
                if c == .exclGoods || c == .exclCapital || (c == .exclNeighbour && mainOffice == "vn") { return .blocker }
                // "$5.3 billion worth of rice": one commodity's trade (not "worth of goods").
                if isW(k, W.worth), isW(k + 1, W.of), cue(k + 2) == .exclGoods { return .blocker }
                // ("…, mỗi ngày có 350 xe", "(bình quân 33 tỷ đồng/ngày)": a rate after a comma or in an
                // aside is another figure's.)
                if c == .exclRate, !hasComma(q.b, k), !(q.b..<k).contains(where: { isP($0, UInt8(ascii: "(")) }) { return .blocker }
                // ("…, hụt thu 790 tỷ đồng": a shortfall told after a comma is the next figure's.)
                if c == .exclLost, !hasComma(q.b, k) { return .blocker }
            }
            let hasTrade = left.contains { $0.0 == .trade || $0.0 == .flowTotal || $0.0 == .flowImport || $0.0 == .flowExport }
            var onlyFillers = true
            for (idx, (c, pos)) in left.enumerated() {
                switch c {
                case .compare:
                    // "giảm so với tháng 3 khoảng 3.822 tỷ đồng": an absolute change. ("from VND 30
                    // trillion to VND 35 trillion" opens a range.)
                    if onlyFillers, q.a - pos <= 7, !hasComma(pos, q.a), !(q.valueMax != nil && pos == q.a - 1) { return .transparent }
                case .exclEquiv:
                    // "đạt tương ứng 820 triệu USD và 95 triệu USD": "respectively", not a restatement.
                    if onlyFillers, !respectivelyList(at: pos + 1, q) { return .transparent }
                case .targetEst, .targetStretch, .targetModal:
                    // "vượt chỉ tiêu ... và đạt X", "exceeded the target in 2021 and reached X": not the target.
                    if idx + 1 < left.count, left[idx + 1].0 == .exceed, left[..<idx].contains(where: { $0.0 == .attain }) {
                        onlyFillers = false; continue
                    }
                    if !isVND {
                        let attainBetween = left[..<idx].contains { $0.0 == .attain }
                        if hasTrade && attainBetween { return .record(.tradeValue, nil, "kim ngạch") }
                        return .transparent
                    }
                    let afterPercent = quants.contains { $0.kind.isPercent && $0.b <= pos && $0.b >= pos - 6 && $0.sentence == q.sentence }
                    let kind = targetKind(before: q.a, from: windowStart)
                    if afterPercent { return .side(.revenueTarget, kind, label(pos, pos + 1), base: nil) }
                    return .record(.revenueTarget, kind, label(pos, min(q.a, pos + 3)))
                case .fines: return isVND ? .record(.fines, nil, "tiền phạt") : .blocker
                case .violValue, .seize:
                    if !isVND {
                        // "exports … were worth USD 3 billion", "50,000 declarations worth USD 5 billion":
                        // the value of traded goods, where no violation is in view.
                        let violation = lastRecord?.metric == .violations || left.contains { $0.0 == .violVerb }
                        if c == .violValue, !violation, hasTrade || lastRecord?.metric == .declarations {
                            return .record(.tradeValue, nil, "worth (goods traded)")
                        }
                        return .blocker
                    }
                    if let l = lastRecord ?? prevSentenceLast, l.metric == .violations { return .record(.violationValue, nil, "trị giá") }
                    // "Trị giá hàng hóa vi phạm …", "tang vật": the goods of violations by name, after
                    // whatever figure came last (fines, prosecutions).
                    if c == .violValue, let span = cueStarting(pos), isW(pos, W.tang) || hasPair(W.vi, W.pham, endingIn: pos + 1..<Int(span.b) + 1) {
                        return .record(.violationValue, nil, "hàng hóa vi phạm")
                    }
                    // "trị giá hàng hóa xuất nhập khẩu đạt 52.000 tỷ đồng": trade, in đồng when only đồng is given.
                    // (Not "thuế giá trị gia tăng hàng nhập khẩu": value added tax.)
                    if c == .violValue, hasTrade, isW(pos, W.tri),
                       !left.contains(where: { $0.0 == .violVerb || $0.0 == .seize || $0.0 == .revenue || $0.0 == .revenueWeak }),
                       lastRecord?.metric.isEnforcement != true, prevSentenceLast?.metric.isEnforcement != true {
                        return .record(.tradeValue, nil, "trị giá (hàng hóa XNK)")
                    }
                    return .blocker
                case .revenue, .revenueWeak, .forecastEst, .forecastCollect:
                    if (c == .forecastEst || c == .forecastCollect) && !isVND { continue }
                    if !isVND {
                        if hasTrade { return .record(.tradeValue, nil, "import-export") }
                        return .transparent
                    }
                    // "chỉ tiêu thu NSNN là X": a target noun right before the collecting words.
                    if idx + 1 < left.count, left[idx + 1].0 == .targetEst || left[idx + 1].0 == .targetStretch,
                       let sp = cueStarting(pos), let prevSpan = cueOf[pos - 1] >= 0 ? spans[Int(cueOf[pos - 1])] : nil,
                       Int(prevSpan.b) == Int(sp.a) {
                        return .record(.revenueTarget, prevSpan.cue == .targetStretch ? .stretch : .estimate, label(Int(prevSpan.a), Int(sp.b)))
                    }
                    // "Mục tiêu năm 2026 của Chi cục … là thu 50.000 tỷ đồng": the aim named, then "là thu".
                    if isW(pos - 1, W.la), hasPair(W.muc, W.tieu, endingIn: max(windowStart, pos - 14)..<pos) {
                        return .record(.revenueTarget, .estimate, "mục tiêu … là thu")
                    }
                    // "phấn đấu thu ... đạt X": an aim, i.e. a target.
                    for (c2, _) in left[(idx + 1)...] where c2 == .targetStretch || c2 == .targetModal {
                        return .record(.revenueTarget, c2 == .targetStretch ? .stretch : .estimate, "phấn đấu")
                    }
                    if left.contains(where: { $0.0 == .fines }) { return .record(.fines, nil, "tiền phạt") }
                    // "số tiền thu được từ xử phạt vi phạm hành chính là 1,2 tỷ đồng", "thu nộp ngân sách từ xử phạt …".
                    // ("Số thu nộp ngân sách từ xử lý vi phạm", "số thu từ công tác chống buôn lậu": from the
                    // handling of violations.)
                    for (c2, p2) in left[..<idx] where c2 == .penalty || c2 == .violVerb {
                        if let t = firstWord(W.tu, in: max(pos + 1, p2 - 4)..<p2), !hasComma(t, p2) {
                            return .record(.fines, nil, "thu từ xử phạt")
                        }
                    }
                    // "… khởi tố 37 vụ án, thu nộp ngân sách nhà nước 160 tỷ đồng": paid in from the cases just told.
                    if let l = lastRecord, l.metric.isEnforcement {
                        return .record(.fines, nil, "thu nộp (xử lý vi phạm)")
                    }
                    // "… khởi tố 12 vụ. Thu nộp ngân sách 105 tỷ đồng.": paid in from the cases just told
                    // (only "thu nộp": "thu ngân sách đạt …" there is the office's revenue).
                    // ("Kết quả thu nộp ngân sách …": "kết quả thu" is a cue of its own, "nộp ngân sách" the nearest.)
                    if isW(pos, W.thu) && isW(pos + 1, W.nop) || isW(pos, W.nop) && isW(pos - 1, W.thu),
                       prevSentenceLast?.metric.isEnforcement == true {
                        return .record(.fines, nil, "thu nộp (vi phạm, câu trước)")
                    }
                    return .record(.revenue, nil, label(pos, pos + 1))
                case .trade:
                    // "phát hiện 420 vụ …, tổng trị giá hàng hóa ước tính 35 tỷ đồng": after violations, the
                    // goods' value (no direction named: "tổng trị giá xuất nhập khẩu" stays trade).
                    // (English: "245 cases with a total value of VND 12 billion", "… the total value of infringing goods".)
                    // (Also opening the next sentence when it names the violation or seizure: "Hàng hóa vi phạm có
                    // tổng trị giá hơn 12 tỷ đồng", not "Tổng trị giá hàng hóa thông quan …", which is trade.)
                    let enforcementWord = lastRecord == nil
                        && hasCueLeft(from: q.b + 3, to: sents[q.sentence].lowerBound, where: { $0 == .violVerb || $0 == .seize || $0 == .violValue })
                    if isVND, isW(pos + 1, W.tri) || format == .english, let l = lastRecord ?? (enforcementWord ? prevSentenceLast : nil),
                       l.metric == .violations,
                       !left.contains(where: { $0.0 == .flowTotal || $0.0 == .flowImport || $0.0 == .flowExport }) {
                        return .record(.violationValue, nil, "tổng trị giá (hàng vi phạm)")
                    }
                    return .record(.tradeValue, nil, "kim ngạch")
                case .flowTotal, .flowImport, .flowExport:
                    if !isVND { return .record(.tradeValue, nil, "xuất/nhập khẩu") }
                    onlyFillers = false
                case .attain:
                    onlyFillers = false
                    continue
                case .qualOver, .qualAbout, .qualUnder, .qualEstimate, .yoy, .forecast:
                    continue
                default: onlyFillers = false
                }
            }
            // "Dẫn đầu / Đứng đầu là Chi cục Hải quan khu vực II với 135.720 tỷ đồng" after a sentence that
            // ranks by a metric (maybe by a threshold, no record itself): that metric.
            if lastRecord == nil, let c = rankedMetricBefore(q) {
                if c == .trade, !isVND || lastMoney == nil { return .record(.tradeValue, nil, "dẫn đầu (kim ngạch)") }
                if c != .trade, isVND { return .record(.revenue, nil, "dẫn đầu (số thu)") }
            }
            // No cue of its own: a list continues ("…; Chi cục B hơn 2.900 tỷ đồng").
            if let lm = lastMoney {
                switch lm {
                case .blocker, .transparent: return .blocker
                case .record(let m, let k, _), .side(let m, let k, _, _):
                    if isVND == (m != .tradeValue || lastRecord?.unit == .vnd) { return .record(m, k, "(list)") }
                }
            }
            if !isVND { return .record(.tradeValue, nil, "USD") }
            // English puts the verb after: "162.8 trillion VND ... was collected".
            var k = q.b
            var depth = 0
            while k < min(tokCount, q.b + 14), !isP(k, UInt8(ascii: ";")) {
                if isP(k, UInt8(ascii: "(")) { depth += 1 }
                if isP(k, UInt8(ascii: ")")) { depth -= 1 }
                if depth > 0 { k += 1; continue }
                if toks[k].kind == .num { break }
                let c = cue(k)
                if c == .revenue { return .record(.revenue, nil, label(k, k + 1)) }
                k += 1
            }
            // The topic of the previous sentence continues.
            if let l = prevSentenceLast, l.unit == .vnd, l.metric == .revenue { return .record(.revenue, nil, "(topic)") }
            // An interview's answer to the question before it ("PV: … số thu ngân sách của đơn vị đạt bao nhiêu? — Ông
            // A: Đạt 2.850 tỷ đồng, …"): the metric the question asks for.
            if questionAsksForRevenue(before: q.sentence) { return .record(.revenue, nil, "(the question's metric)") }
            return .blocker
        }
    }

    /// Whether the sentence before sentence `s` is a question ("…?") about revenue (its cue, not a target's).
    func questionAsksForRevenue(before s: Int) -> Bool {
        guard s > 0, case let r = sents[s - 1], r.upperBound > r.lowerBound else { return false }
        var end = r.upperBound - 1
        while end > r.lowerBound, toks[end].kind == .nl { end -= 1 }
        guard isP(end, UInt8(ascii: "?")) else { return false }
        return firstToken(of: .revenue, in: r.lowerBound, end) != nil && firstToken(of: .targetEst, in: r.lowerBound, end) == nil
    }

    /// The strong mentions and the non-hint periods of each sentence (indices, in order), bucketed
    /// once: filtering both arrays again for every sentence was quadratic in the report.
    /// (Not mutating, so that the closures below do not copy the analysis.)
    func sentenceBuckets() -> (mentions: SentenceGroups, periods: SentenceGroups) {
        let lastTok = tokCount - 1
        let ns = sents.count
        // Both groupings in one buffer (one allocation): the mentions', then the periods'.
        // (Not `[Int](repeating:count:)`: it allocates through the unspecialised standard-library
        // entry point, which looks the storage class up at run time, some 400 instructions.)
        let pAt = ns + 2 + mentions.count
        var buf: [Int] = []
        buf.reserveCapacity(pAt + ns + 2 + periods.count)
        buf.append(contentsOf: repeatElement(0, count: pAt + ns + 2 + periods.count))
        bucketBySentence(mentions.count, into: &buf, at: 0) { k in
            mentions[k].absorbed || mentions[k].assigner || mentions[k].weak ? -1 : Int(sentOf[min(mentions[k].a, lastTok)])
        }
        bucketBySentence(periods.count, into: &buf, at: pAt) { k in
            periods[k].hint ? -1 : Int(sentOf[min(periods[k].a, lastTok)])
        }
        return (SentenceGroups(buf: buf, at: 0, sentences: ns), SentenceGroups(buf: buf, at: pAt, sentences: ns))
    }

    /// The last office (not an area or gate, not "của/với <office>" unless a colon follows: "Kết quả
    /// 2 tháng của Cục Hải quan Lào Cai:" introduces a list) among `ms`, or -1.
    /// (Inlined: from the mutating `build`, a call of a non-mutating method copies the 400-byte
    /// analysis; a plain loop in `build` itself copied it too.)
    @inline(__always) func lastOfficeNamed(_ ms: ArraySlice<Int>) -> Int {
        for k in ms.reversed() where mentions[k].kind != .area && mentions[k].kind != .gate
            && (isP(mentions[k].b, UInt8(ascii: ":")) || !isW(mentions[k].a - 1, W.cua) && !isW(mentions[k].a - 1, W.voi)) {
            return k
        }
        return -1
    }

    /// A penalty cue, then one to three words that are only the fine's object or a verb of its sum,
    /// right before `k`: "fined violators VND 350 billion", "imposed fines totalling / amounting to /
    /// worth / of VND 120 billion".
    func penaltyThenObject(before k: Int) -> Bool {
        var a = k
        while a > k - 3 {
            let h = w(a - 1)
            guard h == W.violators || h == W.offenders || h == W.them || h == W.totalling || h == W.totaling
                || h == W.amounting || h == W.to || h == W.worth || h == W.of else { break }
            a -= 1
        }
        guard a < k, cue(a - 1) == .penalty, cueOf[a - 1] >= 0 else { return false }
        return Int(spans[Int(cueOf[a - 1])].b) == a
    }

    /// Whether a penalty cue of `left` stands at most 12 tokens before `k` in its clause (no comma between).
    func penaltyInClause(_ left: [(Cue, Int)], before k: Int) -> Bool {
        for (c, pos) in left where c == .penalty && k - pos <= 12 && !hasComma(pos, k) { return true }
        return false
    }

    /// Is there a comma among tokens `a..<b`?
    @inline(__always) func hasComma(_ a: Int, _ b: Int) -> Bool {
        var k = a
        while k < b {
            if isP(k, UInt8(ascii: ",")) { return true }
            k += 1
        }
        return false
    }

    /// Does `ms` (indices into `mentions`, all strong) hold an office, not an area or gate, ending
    /// by token `end` and starting after token `start`?
    @inline(__always) func hasOfficeMention(_ ms: ArraySlice<Int>, endingBy end: Int = .max, startingAfter start: Int = -1) -> Bool {
        for k in ms where mentions[k].kind != .area && mentions[k].kind != .gate && mentions[k].b <= end && mentions[k].a > start {
            return true
        }
        return false
    }

    /// Indices `0..<n` grouped by the sentence `sentence(k)` returns (-1: left out), index order
    /// kept within a sentence, written to `buf[at...]` (zeros; `ns + 2 + n` of them). A counting
    /// sort into one array (an array allocation costs a few hundred instructions): `ns + 2` group
    /// bounds, then the grouped indices.
    func bucketBySentence(_ n: Int, into buf: inout [Int], at: Int, _ sentence: (Int) -> Int) {
        let ns = sents.count
        let base = at + ns + 2
        for k in 0..<n {
            let s = sentence(k)
            if s >= 0 { buf[at + s + 2] += 1 }
        }
        // buf[at + s + 1]: where group s begins; filling advances it to where group s ends, which
        // is where group s + 1 begins: group s is then buf[at + s]..<buf[at + s + 1].
        for j in (at + 2)..<base { buf[j] += buf[j - 1] }
        for k in 0..<n {
            let s = sentence(k)
            if s >= 0 { buf[base + buf[at + s + 1]] = k; buf[at + s + 1] += 1 }
        }
    }

    /// Is sentence `s` spoken by a body that is not customs ("Theo UBND tỉnh", "Cục Thuế", "Ban Quản lý")?
    /// `firstSpan`: a span index at or before the first non-customs span ending inside the
    /// sentence; advanced to it, for the next sentence (the sentences are asked in order).
    func nonCustomsSpeaker(_ s: Int, firstSpan: inout Int) -> Int? {
        let r = sents[s]
        // The non-customs cues of the sentence, in order: spans are sorted and disjoint, so the
        // first one ending inside the sentence is where the previous sentence's search stopped,
        // or after it. The search passes other cues: most reports have no non-customs cue, and
        // then the spans are read once in all (not once per sentence).
        var lo = firstSpan
        while lo < spans.count, spans[lo].cue != .nonCustoms || Int(spans[lo].b) <= r.lowerBound { lo += 1 }
        firstSpan = lo
        var si = lo
        while si < spans.count, Int(spans[si].a) < r.upperBound {
            let sp = spans[si]
            si += 1
            guard sp.cue == .nonCustoms else { continue }
            // The cue is read at its first token that is inside the sentence and not masked.
            var k = max(Int(sp.a), r.lowerBound)
            while k < min(Int(sp.b), r.upperBound), masked[k] { k += 1 }
            guard k < min(Int(sp.b), r.upperBound) else { continue }
            var assigner = false
            for j in Int(sp.b)..<min(r.upperBound, Int(sp.b) + 6) where isW(j, W.giao) { assigner = true }
            var coop = false
            // ("phối hợp với Bộ đội Biên phòng", "in coordination with the Border Guard": a partner, not the speaker.)
            for j in max(r.lowerBound, k - 8)..<k where isW(j, W.phoi) || isW(j, W.coordination) || isW(j, W.cooperation)
                || isW(j, W.collaboration) || ((isW(j, W.voi) || isW(j, W.with)) && j >= k - 3) { coop = true }
            // "của / do Cục Thuế": whose, or by whom ("khi đó", meanwhile, folds to the same "do").
            if isW(k - 1, W.cua) || (isW(k - 1, W.do_) && !isW(k - 2, W.khi)) { assigner = true }
            // "chuyển (hồ sơ sang) cơ quan công an", "bàn giao cho Biên phòng", "handed over to the police":
            // the body a case goes to, not the one speaking.
            for j in max(r.lowerBound, k - 4)..<k where isW(j, W.chuyen) || isW(j, W.giao) || isW(j, W.sang) { coop = true }
            // ("handed over 7 cases to the police": the object may stand between.)
            for j in max(r.lowerBound, k - 8)..<k where isW(j, W.handed) || isW(j, W.transferred) { coop = true }
            // "báo cáo (lên) UBND tỉnh", "gửi Sở Tài chính", "trình / đề xuất / kiến nghị / tham mưu cho …": the body
            // addressed, not the one speaking.
            for j in max(r.lowerBound, k - 3)..<k where (isW(j, W.cao) && isW(j - 1, W.bao)) || isW(j, W.gui) || isW(j, W.trinh)
                || (isW(j, W.xuat) && isW(j - 1, W.de)) || (isW(j, W.nghi) && isW(j - 1, W.kien)) || isW(j, W.muu) { coop = true }
            if !assigner && !coop { return k }
        }
        return nil
    }

    /// "bắt giữ 2 xe ô tô chở …", "phát hiện 35 hành khách mang theo hàng cấm", "tạm hoãn xuất cảnh đối với 45 người":
    /// vehicles or people seized, caught or barred in the count's clause, not those cleared at the border.
    func seizedOrBarred(_ q: Quant, from windowStart: Int) -> Bool {
        let from = max(windowStart, clauseStart(q))
        // ("45 người bị tạm hoãn xuất cảnh": the bar after them.)
        for k in q.b..<min(tokCount, q.b + 4) where cue(k) == .exclDebt { return true }
        // (Not "handled" / "xử lý", which also say a gate's work: "handled 4.1 million passengers".)
        var k = q.a - 1
        while k >= from {
            let c = cue(k)
            if c == .seize || c == .exclDebt || c == .violVerb && !isW(k, W.handled) && !(isW(k, W.ly) && isW(k - 1, W.xu)) { return true }
            k -= 1
        }
        return false
    }

    /// Whether an office is named right before quantity `q` ("… Cục Hải quan Cao Bằng 128 vụ", "… (128 vụ)").
    func officeRightBefore(_ q: Quant) -> Bool {
        let end = isP(q.a - 1, UInt8(ascii: "(")) ? q.a - 1 : q.a
        for m in mentions where m.b == end && m.kind != .area && !m.weak { return true }
        return false
    }

    /// Whether `range` names customs as a subject without naming an office: "hải quan" ("lực lượng / cơ quan
    /// / ngành Hải quan") or "đơn vị" (the unit last named).
    func customsSubject(in range: Range<Int>) -> Bool {
        for k in range where isW(k, W.hai) && isW(k + 1, W.quan) || isW(k, W.don) && isW(k + 1, W.vi) && !isNum(k - 1) { return true }
        return false
    }

    /// Whether a sentence that names a non-customs body tells something in its voice ("Theo Sở Công
    /// Thương, …", "… cho biết", "báo cáo", "according to") rather than naming it at a meeting or a
    /// visit ("Tham dự hội nghị có Phó Chủ tịch UBND tỉnh …", "Phó Chủ tịch … kiểm tra cửa khẩu …"),
    /// which leaves the next sentences' figures to the customs office.
    func speaksInItsVoice(_ s: Int) -> Bool {
        firstToken(of: .speech, in: sents[s].lowerBound, sents[s].upperBound) != nil
    }

    mutating func build() -> [Cand] {
        var roles = quants.map(\.role)
        let (out, lastMention) = buildRecords(roles: &roles)
        for k in quants.indices { quants[k].role = roles[k] }
        lastOfficeMention = lastMention
        return out
    }

    /// The work of `build`, with the roles of the quantities and the last office mention kept
    /// outside the analysis. Not mutating: from a mutating method, every call of a non-mutating
    /// one (decide, qualifierOf, flowLeft, …) copied the whole 400-byte analysis first.
    func buildRecords(roles: inout [Quant.Role]) -> ([Cand], lastOfficeMention: String?) {
        var out: [Cand] = []
        out.reserveCapacity(quants.count)
        var state = false  // true: the text is in a non-customs voice
        var prevSentOffice: String?
        var officeAge = 0
        var prevSentLast: RecInfo?
        var prevSentLastAt = (record: -1, sentence: -1)  // where `prevSentLast` is in `out`, and its sentence
        var carried: Int?  // index into `periods`
        var lastOfficeMention: String?
        var qi = 0
        let (mentionsBySent, periodsBySent) = sentenceBuckets()
        var walk = CueWalk()  // the cues left of a quantity
        var speakerSpan = 0  // see nonCustomsSpeaker
        // The last day the report may have been published on (its date, else the end of its month or year).
        let pubDay = pub.map { p in
            p.date ?? CalendarDate(year: p.year, month: p.month ?? 12, day: CalendarDate.daysIn(month: p.month ?? 12, year: p.year))!
        }
        for s in sents.indices {
            let r = sents[s]
            let q0 = qi
            while qi < quants.count, quants[qi].sentence == s { qi += 1 }
            let qs = q0..<qi
            let speaker = nonCustomsSpeaker(s, firstSpan: &speakerSpan)
            let sentMentions = mentionsBySent.group(s)
            let sentPeriods = periodsBySent.group(s)
            // A sentence without figures, office mentions or periods (most of them) changes only
            // the voice and the age of the office carried: what the steps below come to for it,
            // without their set-up.
            if qs.isEmpty && sentMentions.isEmpty && sentPeriods.isEmpty {
                if !captionSent[s] {
                    if speaker != nil, speaksInItsVoice(s) { state = true }
                    officeAge += 1
                    if officeAge > 2 { prevSentOffice = nil }
                }
                continue
            }
            let sentHasOffice = hasOfficeMention(sentMentions)
            var lastRecord: Int?  // index into `out`
            var lastMoney: Decision?
            var windowStart = r.lowerBound
            let sentStart = out.count  // the sentence's candidates are out[sentStart...]
            var audit = AuditScan(sentenceStart: r.lowerBound)
            for q in qs {
                let quant = quants[q]
                let ws = windowStart
                let d = decide(q, windowStart: windowStart, lastRecord: lastRecord.map { RecInfo(out[$0]) },
                               prevSentenceLast: prevSentLast, lastMoney: lastMoney, walk: &walk, audit: &audit)
                var metric: Metric
                var kind: TargetKind?
                var cueText: String
                var side = false
                var base: BasePeriod?
                // "có 10 đơn vị thu trên 10.000 tỷ đồng, gồm: …": a sum of the offices counted is no
                // record, but the list after it goes on with its metric.
                if case .record = d, quant.kind.isMoney, officesCountedBefore(q, from: r.lowerBound) {
                    roles[q] = .blocker
                    windowStart = quant.b
                    lastMoney = d
                    continue
                }
                switch d {
                case .transparent:
                    roles[q] = .transparent
                    continue
                case .blocker:
                    roles[q] = .blocker
                    windowStart = quant.b
                    if quant.kind.isMoney { lastMoney = d }
                    continue
                case .record(let m, let k, let c):
                    metric = m; kind = k; cueText = c
                    roles[q] = .record
                    windowStart = quant.b
                case .side(let m, let k, let c, let b):
                    metric = m; kind = k; cueText = c; side = true; base = b
                    roles[q] = .transparent
                }
                if quant.kind.isMoney { lastMoney = d }
                let unit: MeasureUnit
                switch quant.kind {
                case .vnd: unit = .vnd
                case .usd: unit = .usd
                case .bare: unit = lastRecord.map { out[$0].unit } ?? .vnd
                default: unit = .count
                }
                var value = quant.value
                // A bare amount without a scale word takes the scale of the last figure with a unit
                // ("4.100 triệu USD (xuất khẩu 2.300, nhập khẩu 1.800)").
                if quant.kind.isBare, quant.scaleExp == 0, unit == .vnd || unit == .usd, let l = lastRecord,
                   let withUnit = out[sentStart...l].last(where: { quants.indices.contains($0.q) && !quants[$0.q].kind.isBare }) {
                    value = quant.dec.scaled(quants[withUnit.q].scaleExp) ?? value
                }
                var c = Cand(q: q, metric: metric, flow: nil, value: value, valueMax: quant.valueMax, unit: unit, evA: quant.a, evB: quant.b)
                // "280.000 tỷ đồng (khoảng 11,2 tỷ USD)": trade is in dollars where both are given (spec §2:
                // VND only when only VND is).
                var inDollars: Quant?
                // (Also "(tương đương 1,58 tỷ USD)".)
                if metric == .tradeValue, unit == .vnd, q + 1 < quants.count, case .usd = quants[q + 1].kind,
                   parenOpen(quants[q + 1]) == quant.b || isP(quant.b, UInt8(ascii: "(")) && equivalentSpan(from: quant.b + 1, to: quants[q + 1].a),
                   isP(quants[q + 1].b, UInt8(ascii: ")")) {
                    let usd = quants[q + 1]
                    inDollars = usd
                    c.value = usd.value
                    c.valueMax = usd.valueMax
                    c.unit = .usd
                    c.evB = usd.b + 1
                }
                c.side = side
                if explainMode {
                    c.ex = CandExplain()
                    c.ex!.metricCue = cueText
                }
                c.targetKind = metric == .revenueTarget ? (kind ?? .estimate) : nil
                if metric == .tradeValue && unit == .count { continue }
                // Flow.
                switch metric {
                case .tradeValue:
                    // ("USD 3 billion worth of exports", "US$15 billion in exports", "$2.4 million of imports":
                    // the direction right after the amount is its own.)
                    if isW(quant.b, W.worth) || isW(quant.b, W.in_) || isW(quant.b, W.of) || isW(quant.b, W.for_) {
                        c.flow = flowAfter(quant, span: 4, people: false)
                    }
                    if c.flow == nil { c.flow = flowLeft(quant, start: ws, people: false, stopAtComma: false)
                        ?? flowAfter(quant, span: 5, people: false) }
                    if c.flow == nil, let l = lastRecord, out[l].metric == .tradeValue, cueText == "(list)" || cueText == "USD" { c.flow = out[l].flow }
                    if c.flow == nil { c.flow = .total }
                case .declarations:
                    // "… nhập khẩu 70.000 tờ khai", "tờ khai xuất khẩu 50.000 tờ": after, else before it in its clause.
                    c.flow = flowInside(quant, people: false) ?? flowAfter(quant, span: 3, people: false)
                        ?? bareDirectionFlow(quant, people: false)
                        ?? flowLeft(quant, start: clauseStart(quant), people: false, stopAtComma: true) ?? .total
                case .travellers, .vehicles:
                    c.flow = flowInside(quant, people: true) ?? flowAfter(quant, span: 3, people: true)
                        ?? bareDirectionFlow(quant, people: true)
                        ?? flowLeft(quant, start: clauseStart(quant), people: true, stopAtComma: true) ?? .total
                default: break
                }
                if side, let l = lastRecord, base != nil { c.flow = out[l].flow }
                // Qualifier and basis.
                let (qual, qualText) = inDollars.map { qualifierOf($0, windowStart: quant.b, walk: walk) }
                    ?? qualifierOf(quant, windowStart: side ? max(r.lowerBound, quant.a - 4) : ws, walk: walk)
                c.qualifier = qual
                if !qualText.isEmpty, let ex = c.ex { ex.notes.append("qualifier: \(qualText)") }
                // Office.
                let (office, officeCue, skip, officeKind, officeIsFallback) = officeLookup(quant, sentence: s, sentMentions: sentMentions,
                                                                                          prevSentOffice: prevSentOffice, lastOfficeMention: lastOfficeMention)
                let officeFromGate = officeKind == .gate
                if skip { roles[q] = .transparent; continue }
                // (A base of the sentence before: "… thu 6.500 tỷ đồng. Cùng kỳ năm 2023, đơn vị thu 5.800 tỷ đồng.")
                let baseRecord = lastRecord ?? (side && base != nil && prevSentLastAt.record >= 0 && prevSentLastAt.sentence == s - 1
                    ? prevSentLastAt.record : nil)
                if side, let l = baseRecord { c.office = out[l].office; c.ex?.officeCue = out[l].ex?.officeCue ?? "" } else {
                    guard let o = office else { continue }
                    c.office = o
                    c.ex?.officeCue = officeCue
                    c.fromGate = officeFromGate
                    c.officeFallback = officeIsFallback
                }
                // Voice.
                c.sentenceHasOffice = sentHasOffice
                let customsBefore = hasOfficeMention(sentMentions, endingBy: quant.a)
                if !customsBefore {
                    // ("Đơn vị khởi tố 4 vụ, Công an tỉnh khởi tố 11 vụ", "…; trong đó, lực lượng Hải quan bắt giữ 312 vụ":
                    // customs named as the subject of the figure's clause, after any other body.)
                    // (Read last: most figures have neither a speaker nor a voice carried.)
                    let subjectFrom = max(r.lowerBound, speaker.map { $0 < quant.a ? $0 : r.lowerBound } ?? r.lowerBound)
                    if let sp = speaker, sp < quant.b || !sentHasOffice, !customsSubject(in: subjectFrom..<quant.a) {
                        c.nonCustoms = true
                    } else if speaker == nil, state, !sentHasOffice, !customsSubject(in: subjectFrom..<quant.a) {
                        c.nonCustoms = true
                    }
                    // "Tổng thu ngân sách của tỉnh / trên địa bàn tỉnh …": the province's whole budget, named
                    // in the figure's clause, after any figure of another metric ("kim ngạch qua các cửa
                    // khẩu trên địa bàn tỉnh đạt 1,68 tỷ USD; thu ngân sách đạt 1.120 tỷ đồng" is customs').
                    var clause = r.lowerBound
                    if let l = lastRecord, out[l].metric != .revenue, quants.indices.contains(out[l].q), quants[out[l].q].sentence == s {
                        clause = max(clause, quants[out[l].q].b)
                    }
                    // (And the province's budget target: "dự toán thu ngân sách trên địa bàn tỉnh là …", "HĐND tỉnh giao
                    // dự toán …", "tỉnh phấn đấu thu ngân sách …".)
                    if metric == .revenue || metric == .revenueTarget, provinceBudget(from: clause, to: quant.a) { c.nonCustoms = true }
                } else if let sp = speaker, sp < quant.a, !hasOfficeMention(sentMentions, endingBy: quant.a, startingAfter: sp) {
                    // "Cục Hải quan X thu 700 tỷ; trong khi đó Cục Thuế tỉnh X thu 7.000 tỷ": the body
                    // named after the last customs office speaks for the figure.
                    c.nonCustoms = true
                }
                // "Công ty X là doanh nghiệp có số nộp thuế / kim ngạch lớn nhất, với 320 tỷ đồng": one
                // enterprise's figure (after the last office named).
                if metric == .revenue || metric == .tradeValue,
                   enterpriseSuperlative(from: sentMentions.last.map { max(r.lowerBound, mentions[$0].b) } ?? r.lowerBound, to: quant.a) {
                    roles[q] = .transparent
                    continue
                }
                // Period.
                let (period, pText, periodFallback) = periodFor(quant, sentence: s, sentPeriods: sentPeriods, carried: carried)
                c.period = period
                c.ex?.periodCue = pText
                c.periodFallback = periodFallback
                if side, let l = baseRecord {
                    switch base {
                    case .month(let month, let year):
                        // Only the figure of one month has a month before it; else the base is dropped.
                        guard let period = monthCompared(with: out[l].period, month: month, year: year) else { continue }
                        c.period = period
                        c.basis = .actual
                    case .year(let by):
                        let year = by == Analysis.yearBefore ? ((out[l].period.end ?? out[l].period.start)?.year).map { $0 - 1 } : by
                        c.period = year.map { shift(out[l].period, toYear: $0) } ?? Period(start: nil, end: nil)
                        c.basis = .actual
                    case nil: c.period = out[l].period
                    }
                }
                // "6 tháng cuối năm, Chi cục đặt mục tiêu thu 8.700 tỷ đồng": an aim for the rest of the year,
                // named right before it (no other figure between), keeps that period.
                let restOfYear = metric == .revenueTarget && c.period.end.map { $0.month == 12 && $0.day == 31 } == true
                    && c.period.start.map { $0.month > 1 && $0.day == 1 } == true
                    && sentPeriods.contains { periods[$0].b <= quant.a && (q == 0 || quants[q - 1].a < periods[$0].b || quants[q - 1].sentence != s) }
                if metric == .revenueTarget, !restOfYear {
                    // A target the text gives no year is the one of the publication's year ("đã về đích chỉ
                    // tiêu được giao là 7.000 tỷ đồng", spec §4: a missing year comes from `published_at`).
                    if let y = c.period.end?.year ?? c.period.start?.year ?? pub?.year { c.period = .year(y) } else {
                        c.period = Period(start: nil, end: nil)
                    }
                }
                // Basis: projections of a period not yet over.
                if metric != .revenueTarget && base == nil {
                    let forecast: (Cue) -> Bool = { $0 == .forecast || $0 == .forecastEst || $0 == .forecastCollect }
                    let forecastCue = walk.has(from: quant.a, to: ws, where: forecast) ?? hasCueLeft(from: quant.a, to: ws, where: forecast)
                    if forecastCue {
                        var over = false
                        if let pubDay, let end = c.period.end { over = end < pubDay }
                        if !over { c.basis = .forecast; c.ex?.notes.append("basis: forecast") }
                    } else if let pubDay, let end = c.period.end, end > pubDay,
                              walk.has(from: quant.a, to: ws, where: { $0 == .qualEstimate })
                                ?? hasCueLeft(from: quant.a, to: ws, where: { $0 == .qualEstimate })
                                // ("Ước thu tháng 12 đạt 1.300 tỷ đồng, nâng tổng số thu cả năm lên 14.545 tỷ đồng":
                                // the estimate opened the sentence.)
                                || firstToken(of: .forecastEst, in: r.lowerBound, quant.a) != nil
                                // ("Ước tính cả năm 2023, số thu đạt khoảng 2.300 tỷ đồng": the same, said once for the sentence.)
                                || (isW(r.lowerBound, W.uoc) && cue(r.lowerBound) != .none) {
                        // "ước đạt" is an estimate of what is done, unless the period ends after
                        // the report: then it is a projection ("tháng 3 ước đạt …", published on the 25th).
                        c.basis = .forecast
                        c.ex?.notes.append("basis: forecast (estimate of a period ending after publication)")
                    }
                }
                // "của toàn chi cục" after the figure: the parent office.
                if isW(quant.b, W.cua), isW(quant.b + 1, W.toan), isW(quant.b + 2, W.chi) || isW(quant.b + 2, W.cuc) {
                    let parts = c.office.split(separator: ".")
                    if parts.count == 3 { c.office = parts[0] + "." + parts[1] }
                }
                if Analysis.hasPrefix(c.office, "vn.unknown.") || Analysis.hasPrefix(c.office, "vn.kv0.") { c.confidence = 0.5 }
                out.append(c)
                if !side || lastRecord == nil { lastRecord = out.count - 1 }
            }
            attach(&out, sentStart..<out.count, sentence: s, quantRange: qs, roles: roles)
            // "… đạt 121,65 triệu USD. Con số này giảm 32,7% so với cùng kỳ", "… VND 12,144.9 billion. …
            // Revenue has increased by 77% …": the changes of a sentence that only points back at the
            // figure, or only tells how its metric changed, are that figure's.
            if out.count == sentStart, !qs.isEmpty, prevSentLastAt.record >= 0,
               // (no figure in the sentences between: a line or two of comment at most)
               qs.lowerBound == 0 || quants[qs.lowerBound - 1].sentence <= prevSentLastAt.sentence,
               prevSentLastAt.sentence >= s - 3,
               pointsBack(sentence: s) || changesOf(out[prevSentLastAt.record].metric, sentence: s, quantities: qs) {
                attach(&out, prevSentLastAt.record..<(prevSentLastAt.record + 1), sentence: s, quantRange: qs, roles: roles,
                       percentsFrom: qs.lowerBound)
            }
            // A breakdown ("Trong đó, Hải quan cửa khẩu A thu …; cửa khẩu B thu …", or figures of
            // two offices side by side) lists parts of the report's subject: the sentences after it
            // return to that subject, so neither its last office nor "đơn vị" points into it.
            let breakdown = isBreakdown(sentence: s, records: sentStart..<out.count, out)
            // The last office (not an area or gate, not "của/với <office>") named in the sentence.
            let lastOffice = breakdown ? -1 : lastOfficeNamed(sentMentions)  // index into `mentions`
            if lastOffice >= 0 { lastOfficeMention = mentions[lastOffice].id }
            // The period carried to the next sentences: the last one named here (that dates more than
            // its sentence), unless a bare year in a sentence without figures would replace a more
            // precise period of that year.
            let lastPeriod = sentPeriods.last { !periods[$0].sentenceOnly } ?? -1
            // (Nor does a sentence whose figures are all outlooks, once a period is carried: "Dự kiến cả
            // năm 2022, đơn vị thu …" does not re-date the review around it. A target's year may well
            // date what follows: "Năm 2024, đơn vị được giao dự toán …; đơn vị đã thu …, đạt 52%".)
            var outlookOnly = out.count > sentStart && carried != nil
            for k in sentStart..<out.count where out[k].basis != .forecast { outlookOnly = false; break }
            if lastPeriod >= 0, !captionSent[s], !outlookOnly {
                var keep = false
                if out.count == sentStart, let ci = carried, let cur = periods[ci].resolved, let new = periods[lastPeriod].resolved,
                   let ny = new.start?.year, new == Period.year(ny), let ce = cur.end, ce.year == ny, cur != new {
                    keep = true
                }
                if !keep { carried = lastPeriod }
            }
            // Voice carried to the next sentence.
            if !captionSent[s], !breakdown {
                let strongAfter = hasOfficeMention(sentMentions, startingAfter: speaker ?? -1)
                if strongAfter { state = false } else if speaker != nil, !qs.isEmpty || speaksInItsVoice(s) { state = true }
                // The office of the nearest preceding sentences (two at most) that name one.
                var lastOwn = -1
                for k in (sentStart..<out.count).reversed() where !out[k].side && !out[k].fromGate { lastOwn = k; break }
                if lastOwn >= 0 { prevSentOffice = out[lastOwn].office; officeAge = 0 } else if lastOffice >= 0 {
                    prevSentOffice = mentions[lastOffice].id
                    officeAge = 0
                } else {
                    officeAge += 1
                    if officeAge > 2 { prevSentOffice = nil }
                }
                var lastMain = -1
                for k in (sentStart..<out.count).reversed() where !out[k].side { lastMain = k; break }
                if lastMain >= 0 {
                    prevSentLast = RecInfo(out[lastMain])
                    prevSentLastAt = (lastMain, s)
                } else if !qs.isEmpty {
                    // A sentence of changes alone about the same topic ("Revenue has risen by 77%.") keeps it.
                    if !(prevSentLast.map { changesOf($0.metric, sentence: s, quantities: qs) } ?? false) { prevSentLast = nil }
                }
            }
        }
        return (out, lastOfficeMention)
    }

    func shift(_ p: Period, toYear y: Int) -> Period {
        guard let e = p.end ?? p.start else { return .year(y) }
        let delta = y - e.year
        func sh(_ d: CalendarDate?) -> CalendarDate? {
            guard let d else { return nil }
            return CalendarDate(year: d.year + delta, month: d.month, day: min(d.day, CalendarDate.daysIn(month: d.month, year: d.year + delta)))
        }
        return Period(start: sh(p.start), end: sh(p.end))
    }

    /// The office of a figure: the nearest office, gate or area named before it in the sentence
    /// (an area within the office's own territory after "trong đó / riêng" is no record), else
    /// one named after it, else the previous sentence's, else the report's main office.
    /// `sentMentions`: indices into `mentions` of the sentence's strong mentions, in order. Returns
    /// the office, its cue, whether the figure is no record, the kind of the office's mention (for
    /// an office named before the figure) and whether the office is a fallback.
    func officeLookup(_ q: Quant, sentence s: Int, sentMentions: ArraySlice<Int>, prevSentOffice: String?,
                      lastOfficeMention: String?) -> (String?, String, Bool, Mention.Kind?, Bool) {
        // "… số thu 8.000 tỷ đồng của Cục Hải quan tỉnh Lạng Sơn": the office the figure is said to be of.
        if isW(q.b, W.cua), let mi = sentMentions.first(where: { mentions[$0].a == q.b + 1 }), mentions[mi].kind != .area, !mentions[mi].weak {
            return (mentions[mi].id, mentions[mi].cueText, false, mentions[mi].kind, false)
        }
        if var mi = sentMentions.last(where: { mentions[$0].b <= q.a }) {
            // "thu NSNN ngành hải quan" after "Cục Hải quan tỉnh …": the sector within that office.
            // ("toàn ngành", "cả nước" name the whole country: "…; toàn ngành thu 378.000 tỷ".)
            if mentions[mi].kind == .national, !isW(mentions[mi].a, W.toan), !isW(mentions[mi].a, W.ca), let o = sentMentions.last(where: {
                mentions[$0].b <= mentions[mi].a && mentions[$0].kind != .national && mentions[$0].kind != .area
            }) { mi = o }
            // "Chi cục Hải quan khu vực IX (quản lý địa bàn Quảng Trị và TP Huế)": the provinces describe
            // the office before them.
            // (A loop, not `last(where:)`: a closure reading `mentions` copied the analysis.)
            if mentions[mi].kind == .area {
                let areaStart = mentions[mi].a
                var o = -1
                for j in sentMentions.reversed() where mentions[j].b <= areaStart && mentions[j].kind != .area && mentions[j].kind != .gate {
                    o = j
                    break
                }
                if o >= 0, areaStart - mentions[o].b <= 14,
                   managesArea(endingIn: mentions[o].b..<areaStart) {
                    mi = o
                }
            }
            let m = mentions[mi]
            if m.kind == .area {
                let own = sentMentions.last(where: { mentions[$0].b <= m.a && mentions[$0].kind != .area && mentions[$0].kind != .gate })
                    .map { mentions[$0].id } ?? lastOfficeMention ?? mainOffice
                let subPart = firstToken(of: .trongDo, in: sents[s].lowerBound, m.a) != nil
                if subPart, own == m.id { return (nil, m.cueText, true, nil, false) }
                // An unnamed "địa bàn tỉnh" is handled by the mention finder; a named one wins.
                return (m.id, m.cueText, false, nil, false)
            }
            return (unnamedArea(q, from: m.b, office: m), m.cueText, false, m.kind, false)
        }
        if let mi = sentMentions.first(where: { mentions[$0].a >= q.b && mentions[$0].kind != .area && !mentions[$0].weak }),
           !isP(mentions[mi].a - 1, UInt8(ascii: ":")), !isW(mentions[mi].a - 1, W.nhu), !isP(mentions[mi].b, UInt8(ascii: ";")),
           // ("Số thu đạt 1.126 tỷ đồng, trong đó Hải quan cửa khẩu X thu 486 tỷ đồng": X names a part; "…,
           // chiếm 42% tổng thu của Chi cục …", "…, so với Cục …": the whole it is a share of, or another
           // office compared.)
           firstToken(of: .trongDo, in: q.b, mentions[mi].a) == nil, firstToken(of: .exclShare, in: q.b, mentions[mi].a) == nil,
           firstToken(of: .compare, in: q.b, mentions[mi].a) == nil {
            return (mentions[mi].id, mentions[mi].cueText, false, nil, false)
        }
        // "(toàn) Cục đã phát hiện …": the department itself, after figures of its branches.
        if let d = departmentNamedBare(in: sents[s].lowerBound, q.a) { return (d, "(Cục: the department)", false, nil, true) }
        // "Số thu của (toàn) Chi cục đạt …": the branch or region named last (a region's, after one of its units).
        if let b = branchNamedBare(in: sents[s].lowerBound, q.a, lastOfficeMention: lastOfficeMention) {
            return (b, "(Chi cục: the branch or region)", false, nil, true)
        }
        if let p = prevSentOffice { return (p, "(previous sentence)", false, nil, true) }
        // "đơn vị", "the unit" before the figure: the office named last, however far back (a unit,
        // not the sector as a whole: "thu NSNN ngành hải quan" names the sector).
        if let l = lastOfficeMention, l != "vn", namesTheUnit(in: sents[s].lowerBound, q.a) { return (l, "(the unit: last office named)", false, nil, true) }
        if let m = mainOffice { return (m, "(main office)", false, nil, true) }
        return (nil, "", false, nil, true)
    }

    /// Whether sentence `s` lists parts of the subject: it opens with "Trong đó", "Riêng", "Of
    /// which", or its records (not side figures) belong to two offices or more.
    func isBreakdown(sentence s: Int, records: Range<Int>, _ out: [Cand]) -> Bool {
        let a = sents[s].lowerBound
        // (Opening a sentence without figures, "Trong đó, Chi cục X là đơn vị có số thu lớn", it
        // names the subject of what follows.)
        if !records.isEmpty, let t = firstToken(of: .trongDo, in: a, min(a + 2, sents[s].upperBound)), !isW(t, W.cu) { return true }
        var first: String?
        for k in records where !out[k].side {
            if let f = first { if out[k].office != f { return true } } else { first = out[k].office }
        }
        return false
    }

    /// Whether sentence `s` holds only changes (percentages) of `metric`, named by its word: "Revenue
    /// has increased by 77% compared to the same period in 2024" after the revenue figure.
    func changesOf(_ metric: Metric, sentence s: Int, quantities qs: Range<Int>) -> Bool {
        guard qs.allSatisfy({ quants[$0].kind.isPercent }) else { return false }
        let r = sents[s]
        let hasChange = (r.lowerBound..<r.upperBound).contains { cue($0) == .up || cue($0) == .down }
        switch metric {
        case .revenue: return hasChange && firstToken(of: .revenue, in: r.lowerBound, r.upperBound) != nil
        case .tradeValue: return hasChange && firstToken(of: .trade, in: r.lowerBound, r.upperBound) != nil
        default: return false
        }
    }

    /// Whether sentence `s` opens by pointing back at the figure before it: "Con số này / trên",
    /// "Kết quả này", "Số thu này", "This / The figure", "This number".
    func pointsBack(sentence s: Int) -> Bool {
        var k = sents[s].lowerBound
        while k < sents[s].upperBound, toks[k].kind == .punct || toks[k].kind == .nl { k += 1 }
        let a = w(k), b = w(k + 1), c = w(k + 2)
        let thisOne = c == W.nay || c == W.tren || c == W.do_
        if (a == W.con && b == W.so) || (a == W.ket && b == W.qua) || (a == W.so && b == W.thu) { return thisOne }
        return (a == W.this || a == W.the) && (b == W.figure || b == W.number)
    }

    /// "Cục" standing alone ("toàn Cục", "Cục đã …", not "Cục Hải quan …", "Chi cục", "Tổng cục", "Cục
    /// Thuế") in `a..<b`: the report's department (its main office, else the first department named).
    func departmentNamedBare(in a: Int, _ b: Int) -> String? {
        var k = max(a, 0)
        var found = false
        while k < min(b, tokCount) {
            // (Followed by a word other than the names' "Hải quan", "HQ", "trưởng" or another body's "Thuế".)
            if isW(k, W.cuc), toks[k].up || isW(k - 1, W.toan), !isW(k - 1, W.chi), !isW(k - 1, W.tong),
               k + 1 < tokCount, toks[k + 1].kind == .word, !isW(k + 1, W.hai), !isW(k + 1, W.hq), !isW(k + 1, W.truong),
               cue(k + 1) != .nonCustoms, cue(k) != .nonCustoms {
                found = true
                break
            }
            k += 1
        }
        guard found else { return nil }
        if let m = mainOffice, m.utf8.count > 3, !m.dropFirst(3).contains("."), !Analysis.hasPrefix(m, "vn.kv") { return m }
        return mentions.first(where: { $0.kind == .department && !$0.weak && !$0.absorbed })?.id
    }

    /// "Chi cục" standing alone in `a..<b` ("toàn Chi cục", "của Chi cục đạt …", not "Chi cục Hải quan …",
    /// "Chi cục trưởng" or another body's "Chi cục Thuế"): the branch or region named last, else the
    /// report's main office if it is one; a unit of a region stands for its region.
    func branchNamedBare(in a: Int, _ b: Int, lastOfficeMention: String?) -> String? {
        var k = max(a, 1)
        var found = false
        while k < min(b, tokCount) {
            // (Not branches counted: "12 chi cục trực thuộc", "các chi cục".)
            if isW(k, W.cuc), isW(k - 1, W.chi), !(k + 1 < tokCount && toks[k + 1].kind == .word
                && (toks[k + 1].up || isW(k + 1, W.hai) || isW(k + 1, W.hq) || isW(k + 1, W.truong))),
               !isNum(k - 2), !isW(k - 2, W.cac), !isW(k - 2, W.nhung), !isW(k - 2, W.nhieu),
               cue(k + 1) != .nonCustoms, cue(k) != .nonCustoms {
                found = true
                break
            }
            k += 1
        }
        guard found else { return nil }
        return Analysis.branchOrRegion(of: lastOfficeMention) ?? Analysis.branchOrRegion(of: mainOffice)
    }

    /// The branch an office id names, or the region of a region or one of its units ("vn.kv3.x" → "vn.kv3").
    /// (On the bytes: `split` over the string's characters cost some 14,000 instructions a call.)
    static func branchOrRegion(of id: String?) -> String? {
        guard let id else { return nil }
        var dots: [Int] = []
        var n = 0
        for b in id.utf8 { if b == UInt8(ascii: ".") { dots.append(n) }; n += 1 }
        if dots.count >= 1, Analysis.hasPrefix(id, "vn.kv") {
            let end = dots.count >= 2 ? dots[1] : n
            return String(decoding: Array(id.utf8)[0..<end], as: UTF8.self)
        }
        return dots.count == 2 ? id : nil
    }

    /// English: "in fines" right after the amount, or "from fines / (administrative) penalties" later in its clause.
    func finesAfter(_ q: Quant) -> Bool {
        guard format == .english else { return false }
        if isW(q.b, W.in_), cue(q.b + 1) == .fines { return true }
        var k = q.b
        while k < min(q.b + 8, sents[q.sentence].upperBound), !isP(k, UInt8(ascii: ",")), !isP(k, UInt8(ascii: ";")) {
            if isW(k, W.from), cue(k + 1) == .fines || cue(k + 1) == .penalty { return true }
            k += 1
        }
        return false
    }

    /// Whether "quản lý" or "phụ trách" (what an office is said to manage) ends in `r`.
    func managesArea(endingIn r: Range<Int>) -> Bool {
        hasPair(W.quan, W.ly, endingIn: r) || hasPair(W.phu, W.trach, endingIn: r)
    }

    /// Whether "tương đương" / "equivalent to" fills `a..<b` exactly.
    func equivalentSpan(from a: Int, to b: Int) -> Bool {
        guard let span = cueStarting(a) else { return false }
        return span.cue == .exclEquiv && Int(span.b) == b
    }

    /// Tourism's count ("ngành du lịch đón 15 triệu lượt khách"): "du lịch" left of the count (in its clause,
    /// with `clauseOnly`), unless customs processed them ("nhằm hỗ trợ du lịch, Hải quan … làm thủ tục cho
    /// 14.200 lượt khách", "làm thủ tục cho tàu du lịch với 14.200 lượt khách").
    func tourismCount(_ q: Quant, from start: Int, clauseOnly: Bool) -> Bool {
        guard let (_, pos) = firstCueLeft(from: q.a, to: start, where: { c, _ in c == .exclDomestic }) else { return false }
        if clauseOnly, hasComma(pos, q.a) { return false }
        return !hasPair(W.thu, W.tuc, endingIn: max(start, 1)..<q.a)
    }

    /// Whether a count in `unit` can be one of `metric`'s ("vụ" of violations, "tờ khai" of declarations, "lượt" of people or vehicles).
    static func counts(_ metric: Metric, in unit: Cue) -> Bool {
        switch (metric, unit) {
        case (.declarations, .unitDecl), (.enterprises, .unitEnt), (.travellers, .unitTrav), (.vehicles, .unitVeh),
             (.travellers, .unitLuot), (.vehicles, .unitLuot),
             (.violations, .unitCase), (.penaltyCases, .unitCase), (.prosecutions, .unitCase):
            return true
        default: return false
        }
    }

    /// A superlative ("lớn nhất", "cao nhất") and, before it, an enterprise ("doanh nghiệp", "công ty",
    /// "tập đoàn"), within the 25 tokens before `b` (and not before `a`).
    func enterpriseSuperlative(from a: Int, to b: Int) -> Bool {
        // The superlative first, near the figure (most figures have none), then the enterprise.
        var k = b - 1
        let low = max(a, b - 25)
        while k > low, !(isW(k, W.nhat) && (isW(k - 1, W.lon) || isW(k - 1, W.cao))) { k -= 1 }
        guard k > low else { return false }
        while k > low {
            if isW(k, W.nghiep) && isW(k - 1, W.doanh) || isW(k, W.ty) && isW(k - 1, W.cong) || isW(k, W.doan) && isW(k - 1, W.tap) {
                return true
            }
            k -= 1
        }
        return false
    }

    /// "của tỉnh", "toàn tỉnh", "trên địa bàn tỉnh" in `a..<b` (the province as the owner of a budget).
    /// Also "tỉnh / thành phố X thu (ngân sách) …" opening a sentence or a clause (not after
    /// "trong đó", "riêng": a department's area): the province collecting its own budget.
    func provinceBudget(from a: Int, to b: Int) -> Bool {
        // ("số thu ngân sách từ hoạt động xuất nhập khẩu trên địa bàn tỉnh Quảng Ninh": customs' revenue there.)
        if let f = firstCue(.flowTotal, in: max(a, 0)..<b), isW(f - 1, W.tu) || isW(f - 1, W.dong) && isW(f - 2, W.hoat) && isW(f - 3, W.tu) {
            return false
        }
        var k = a
        while k + 1 < b {
            // (Not "Trong đó, địa bàn tỉnh Phú Yên thu được …": an area of the office's own.)
            // (Nor "Trên địa bàn tỉnh Vĩnh Phúc, số thu đạt …" opening a sentence: a department's area, named.)
            let areaOpening = k - 2 == sents[Int(sentOf[max(k - 2, 0)])].lowerBound && place(at: k + 2).map { isP($0.0, UInt8(ascii: ",")) } == true
            if isW(k + 1, W.tinh), isW(k, W.cua) || isW(k, W.toan) || (isW(k, W.ban) && isW(k - 1, W.dia) && isW(k - 2, W.tren) && !areaOpening) {
                return true
            }
            k += 1
        }
        k = max(a, 0)
        while k < b {
            // "tỉnh phấn đấu thu …", "tỉnh được giao dự toán …" heading the clause; "HĐND / UBND tỉnh giao dự toán …"
            // (a province council sets the province's budget, not customs').
            // ("tỉnh Ninh Bình được giao …": the province's name may stand between.) (The word first: this runs
            // over every token before a figure.)
            if isW(k, W.tinh), k == sents[Int(sentOf[k])].lowerBound || isP(k - 1, UInt8(ascii: ",")) {
                let verb = place(at: k + 1).map { $0.0 } ?? k + 1
                if cue(verb) == .targetStretch || cue(verb) == .targetEst || isW(verb, W.duoc) && isW(verb + 1, W.giao) { return true }
            }
            if cue(k) == .nonCustoms, isW(k + 1, W.tinh), isW(k + 2, W.giao) { return true }
            // ("TP Hồ Chí Minh thu …" is as often the department in a list of them: only words written out.)
            let named = isW(k, W.tinh) ? k + 1 : (isW(k, W.thanh) && isW(k + 1, W.pho) ? k + 2 : nil)
            if let n = named, let (e, p) = place(at: n), !p.isBorder, cue(e) == .revenue || cue(e) == .revenueWeak {
                let sentenceStart = sents[Int(sentOf[k])].lowerBound
                let head = k == sentenceStart || isP(k - 1, UInt8(ascii: ","))
                if head, firstCue(.trongDo, in: sentenceStart..<k) == nil { return true }
            }
            k += 1
        }
        return false
    }

    /// A singular "đơn vị" ("the unit", not "các / nhiều / 10 đơn vị") or "the unit / branch /
    /// department" in `a..<b`: the text speaks of the office it has been about.
    func namesTheUnit(in a: Int, _ b: Int) -> Bool {
        var k = max(a, 0)
        while k + 1 < min(b, tokCount) {
            if isW(k, W.don), isW(k + 1, W.vi), !(k > 0 && (toks[k - 1].kind == .num || isW(k - 1, W.cac) || isW(k - 1, W.nhieu)
                || isW(k - 1, W.nhung) || isW(k - 1, W.may) || isW(k - 1, W.vai))) { return true }
            if isW(k, W.the), isW(k + 1, W.unit) || isW(k + 1, W.branch) || isW(k + 1, W.department) { return true }
            k += 1
        }
        return false
    }

    /// "(qua) địa bàn tỉnh" / "cửa khẩu của tỉnh" with no name between the office and the figure:
    /// the province of a regional office ("Chi cục Hải quan khu vực VI" → Lạng Sơn).
    func unnamedArea(_ q: Quant, from start: Int, office m: Mention) -> String {
        guard m.kind == .region, let r = m.region else { return m.id }
        var k = start
        while k < q.a {
            // (Not the area the office is said to manage: "…, đơn vị quản lý địa bàn tỉnh Quảng Trị và TP Huế".)
            if cue(k) == .area, managesArea(endingIn: (k - 1)..<k) {
                k = max(k + 1, Int(spans[Int(cueOf[k])].b))
                continue
            }
            if cue(k) == .area || (isW(k, W.khau) && isW(k + 1, W.cua) && isW(k + 2, W.tinh)) {
                var j = k + 1
                if cue(k) == .area { j = Int(spans[Int(cueOf[k])].b) }
                if isW(j, W.tinh) || isW(j, W.cua) || isW(j + 2, W.tinh) {
                    if let seat = OfficeRegistry.regions.first(where: { $0.number == r })?.provinces.first { return "vn." + seat }
                }
            }
            k += 1
        }
        return m.id
    }

    /// Whether period `p` is inside a parenthesis that also holds a figure and closes before `q`:
    /// an aside about another period ("Cục Hải quan X (năm 2022: 4.000 tỷ đồng) thu 5.000 tỷ"),
    /// not the period of `q`. (A parenthesis holding only a period, "Năm 2023 (tính đến 15/12)",
    /// still dates what follows.)
    func inClosedAside(_ p: PM, before q: Quant) -> Bool {
        // An aside opens just before its period ("(năm 2022: …", "(cùng kỳ năm 2022 …"): most
        // periods have no parenthesis there, and need no scan.
        guard isP(p.a - 1, UInt8(ascii: "(")) || isP(p.a - 2, UInt8(ascii: "(")) || isP(p.a - 3, UInt8(ascii: "(")) else {
            return false
        }
        var figure = false
        var depth = 0
        for t in p.b..<q.a {
            if isP(t, UInt8(ascii: "(")) { depth += 1 }
            if isP(t, UInt8(ascii: ")")) {
                if depth == 0 { return figure }
                depth -= 1
            }
            if depth == 0, toks[t].kind == .num { figure = true }
        }
        return false
    }

    /// "có 10 đơn vị thu trên 10.000 tỷ đồng", "8 Cục Hải quan đạt …", "12 units collected …": a sum
    /// of several offices counted before it in the sentence (from `start`), with no one office
    /// named in between ("trong số 12 chi cục, Chi cục X đạt …" is X's).
    func officesCountedBefore(_ qi: Int, from start: Int) -> Bool {
        var k = qi - 1
        while k >= 0, quants[k].sentence == quants[qi].sentence, quants[k].a >= start {
            if case .count(.unitOther) = quants[k].kind {
                let n = quants[k].numTok + 1
                if (isW(n, W.don) && isW(n + 1, W.vi)) || isW(n, W.cuc) || (isW(n, W.chi) && isW(n + 1, W.cuc))
                    || isW(n, W.units) || isW(n, W.departments) || isW(n, W.branches) {
                    let from = quants[k].b, to = quants[qi].a
                    return !mentions.contains { $0.a >= from && $0.b <= to && $0.kind != .area && $0.kind != .gate }
                }
            }
            k -= 1
        }
        return false
    }

    /// `sentPeriods`: indices into `periods` of the sentence's non-hint periods (those starting in
    /// it), in order. A period before or after the figure within the sentence is one of them.
    /// Also returns whether the period is a fallback (the report's first).
    func periodFor(_ q: Quant, sentence s: Int, sentPeriods: ArraySlice<Int>, carried: Int?) -> (Period, String, Bool) {
        let r = sents[s]
        let np = periods.count
        var best = -1
        for k in sentPeriods where periods[k].b <= q.a && !inClosedAside(periods[k], before: q) { best = k }
        if best < 0 {
            // Written after the figure, before any other figure or comparison ("… collected as of June 11").
            var after = -1
            for k in sentPeriods where periods[k].a >= q.b && periods[k].b <= r.upperBound { after = k; break }
            if after >= 0 {
                let k = after
                var clean = true
                var depth = 0
                for t in q.b..<periods[k].a {
                    if isP(t, UInt8(ascii: "(")) { depth += 1 }
                    if isP(t, UInt8(ascii: ")")) { depth -= 1; continue }
                    if depth > 0 { continue }
                    if toks[t].kind == .num || cue(t) == .compare || cue(t) == .yoy || isP(t, UInt8(ascii: ";")) { clean = false; break }
                }
                if clean { best = k }
            }
        }
        if best < 0, let c = carried { best = c }
        // None named before it: the title's, rather than a guess from later in the body.
        if best < 0, let t = titlePeriod { return (t, "(title)", true) }
        var fallback = false
        if best < 0 {
            // Nothing before: the first period the report names.
            var k = 0
            while k < np, !(!periods[k].hint && !periods[k].toNow && periods[k].a >= q.b) { k += 1 }
            if k < np { best = k }
            fallback = true
        }
        // The two fields read through a pointer: a subscript read here copied the whole period mention.
        guard best >= 0, let res = periods.withUnsafeBufferPointer({ ($0.baseAddress! + best).pointee.resolved }) else {
            return (Period(start: nil, end: nil), "", false)
        }
        return (res, periods.withUnsafeBufferPointer { ($0.baseAddress! + best).pointee.text }, fallback)
    }
}

extension Analysis {
    /// `text.hasPrefix(prefix)` on UTF-8 bytes (both ASCII here), without String's generic path.
    @inline(__always) static func hasPrefix(_ text: String, _ prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        let pp = prefix.utf8Start
        var text = text
        return text.withUTF8 { t in
            guard t.count >= n else { return false }
            for i in 0..<n where t[i] != pp[i] { return false }
            return true
        }
    }
}

extension Metric {
    /// The anti-smuggling metrics: cases, their goods' value, penalties, prosecutions and fines.
    var isEnforcement: Bool {
        switch self {
        case .violations, .violationValue, .penaltyCases, .prosecutions, .fines: return true
        default: return false
        }
    }
}

extension Analysis {
    /// Whether the next quantity is money that the words right after quantity `qi` name as its
    /// goods' value: ", (với) (tổng) trị giá / giá trị (khoảng) …", "worth …".
    func valueOfTheGoodsFollows(_ qi: Int) -> Bool {
        guard qi + 1 < quants.count, quants[qi + 1].kind.isMoney, quants[qi + 1].sentence == quants[qi].sentence else { return false }
        var valueWord = false
        for k in quants[qi].b..<quants[qi + 1].a {
            let c = cue(k)
            if c == .violValue || c == .trade { valueWord = true; continue }
            if isP(k, UInt8(ascii: ",")) || isW(k, W.voi) || isW(k, W.co) || c == .qualOver || c == .qualAbout || c == .qualUnder { continue }
            return false
        }
        return valueWord
    }
}

extension W {
    static let level: UInt64 = 0x4000006c6576656c /* level */, thap: UInt64 = 0x4000000070616874 /* thap */
    static let it: UInt64 = 0x4000000000007469 /* it */, no: UInt64 = 0x4000000000006f6e /* no */
    static let handled: UInt64 = 0x4064656c646e6168 /* handled */
}

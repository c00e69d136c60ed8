import CustomsModel

/// Comparisons written right of a figure: "tăng/giảm X% (so với cùng kỳ)", "bằng X% so với cùng
/// kỳ" (a ratio), "gấp N lần", changes against the previous month, and attainment of targets
/// ("bằng 126% dự toán (3.400 tỷ đồng)", "vượt 7,5% chỉ tiêu", "equal to 188% of the assigned target").
extension Analysis {
    private func skipFiller(_ k: Int) -> Bool {
        let c = cue(k)
        if c == .qualOver || c == .qualAbout || c == .qualUnder || c == .attain { return true }
        let h = w(k)
        return h == W.muc || h == W.by || h == W.of || h == W.la || h == W.the || h == W.a || h == W.an || h == W.some
            || h == W.len || isP(k, UInt8(ascii: "("))
            // "giảm nhẹ 0,5%", "tăng mạnh 25%", "tăng thêm 3%", "tăng tới 30%"
            || h == W.nhe || h == W.manh || h == W.them || h == W.toi || h == W.den
            // "tăng vọt / đột biến / cao 95%", "giảm sâu 25%"
            || h == W.vot || h == W.dot || h == W.bien || h == W.sau || h == W.cao
    }

    /// What kind of comparison follows position `k` (up to `end`): previous period or year-on-year,
    /// or a comparison with a target (not a change at all).
    /// (`other`: with another office, "gấp 5 lần số thu của Cục Hải quan Lào Cai": no change of the figure's own.)
    enum Against { case yoy, prev, target, other, none }

    /// Whether an office (not an area or a gate) is named at `j`.
    func officeNamed(at j: Int) -> Bool {
        guard j >= 0, j < tokCount, masked[j] else { return false }
        return mentions.contains { $0.a == j && $0.kind != .area && $0.kind != .gate && !$0.weak }
    }
    /// Another office named at `j` the way a comparison names it: by its name, by its province alone
    /// ("gấp đôi Hải Phòng", "double that of Hai Phong"), or as "đơn vị" ("gấp 1,7 lần đơn vị đứng
    /// thứ hai").
    func otherOfficeNamed(at j: Int) -> Bool {
        if officeNamed(at: j) { return true }
        if isW(j, W.don), isW(j + 1, W.vi) { return true }
        // (Not where the figure was: "tăng 8% tại Hải Phòng", "up 8% in Hai Phong".)
        guard j >= 0, j < tokCount, !masked[j], toks[j].up, !isW(j - 1, W.tai), !isW(j - 1, W.in_), !isW(j - 1, W.at),
              let (_, p) = place(at: j) else { return false }
        return !p.isBorder
    }

    func against(from k: Int, to end: Int) -> Against {
        // "chỉ bằng 83% năm 2022": a year right after the percentage is the comparison's.
        if isW(k, W.nam), year(at: k + 1) != nil { return .yoy }
        // "gấp 5 lần số thu của Cục Hải quan Lào Cai", "bằng 40% số thu của …": another office's figure.
        var o = k
        while o < min(end, k + 5), !isPunctLike(o) {
            if otherOfficeNamed(at: o) { return .other }
            o += 1
        }
        var j = k
        while j < end {
            let c = cue(j)
            if c == .prevPeriod { return .prev }
            if c == .compare || c == .yoy {
                var m = c == .compare ? Int(spans[Int(cueOf[j])].b) : j
                var steps = 0
                // ("so với kết quả thực hiện trong nửa cuối tháng 9/2025": eight words to the month.)
                while m < end, steps < 5 {
                    let c2 = cue(m)
                    if c2 == .prevPeriod { return .prev }
                    // "so với Cục Hải quan Lạng Sơn", "so với Hải Phòng": with another office, not with an earlier period.
                    if otherOfficeNamed(at: m) { return .other }
                    if c2 == .targetEst || c2 == .targetStretch { return .target }
                    // "vượt 5% so với tiến độ": ahead of the schedule, neither a change nor an attainment.
                    if isW(m, W.tien), isW(m + 1, W.do_) { return .other }
                    if c2 == .yoy {
                        let e = Int(spans[Int(cueOf[m])].b)
                        if isW(e, W.thang) { return .prev }
                        return .yoy
                    }
                    // ("Tết Quý Mão 2023": a year's name, not a quarter.)
                    if isW(m, W.thang) || (isW(m, W.quy) && (isNum(m + 1) || romanOrInt(m + 1) != nil)) || W.monthNames.contains(w(m)) {
                        // "so với cùng tháng năm trước", "so với tháng 11 năm ngoái": that month a year before.
                        if isW(m - 1, W.cung) { return .yoy }
                        for j in (m + 1)..<min(end, m + 5) where cue(j) == .yoy { return .yoy }
                        return sameMonthsOfAnotherYear(comparedAt: m, before: k) ? .yoy : .prev
                    }
                    if isW(m, W.nam) || year(at: m) != nil { return .yoy }
                    // ("so với kết quả thực hiện trong nửa cuối tháng 9/2025": the releases' words are not counted.)
                    if !(isW(m, W.ket) || isW(m, W.qua) || isW(m, W.thuc) || isW(m, W.hien) || isW(m, W.trong)) { steps += 1 }
                    m += 1
                }
                return .yoy
            }
            if toks[j].kind == .num && quants.contains(where: { $0.numTok == j && $0.kind.isPercent }) && j > k + 1 {
                // "giảm 10,45% về số vụ, tăng 125,8% về giá trị so với tháng 3": parallel changes share
                // the comparison after the last of them.
                let parallel = (k..<j).contains { cue($0) == .aboutCount || cue($0) == .aboutValue }
                if !parallel { return .none }
            }
            j += 1
        }
        return sharedComparison(from: k, to: end)
    }

    /// "xuất khẩu đạt …, giảm 9,4%; nhập khẩu đạt …, giảm 4,6% so với nửa cuối tháng 9": a change with no
    /// comparison of its own, in a clause that ";" parts from the next, shares the period before that
    /// the sentence's last change is compared with.
    @inline(never) func sharedComparison(from k: Int, to end: Int) -> Against {
        guard end > k, (k..<end).contains(where: { isP($0, UInt8(ascii: ";")) }) else { return .none }
        let sentenceEnd = sents[Int(sentOf[k])].upperBound
        guard let last = quants.last(where: { $0.kind.isPercent && $0.a >= end && $0.b < sentenceEnd && sentOf[$0.a] == sentOf[k] }),
              !(last.b..<sentenceEnd).contains(where: { isP($0, UInt8(ascii: ";")) }) else { return .none }
        return against(from: last.b, to: sentenceEnd) == .prev ? .prev : .none
    }

    /// Whether the month or quarter named at `m` in a comparison ("so với quý I/2023") is, with its
    /// year, the months of the last period named before `k` in another year ("Quý I/2024"): the
    /// same period of an earlier year, not the period before.
    func sameMonthsOfAnotherYear(comparedAt m: Int, before k: Int) -> Bool {
        guard let ci = periods.firstIndex(where: { $0.a <= m && m < $0.b }),
              let cy = periods[ci].eY ?? periods[ci].sY else { return false }
        let c = periods[ci]
        guard let r = periods[..<ci].last(where: { $0.b <= k && !$0.hint }) else {
            // (With the period in the title only: "Thu ngân sách tháng 8 tăng 6,2%" over "… so với tháng 8/2023".)
            guard let t = titlePeriod, let ts = t.start, let te = t.end, te.year != cy else { return false }
            let lastDay = te.day == CalendarDate.daysIn(month: te.month, year: te.year) ? 0 : te.day
            return PM.sameSpanAYearApart(figure: (ts.month, ts.day, te.month, lastDay), compared: c)
        }
        guard let ry = r.eY ?? r.sY ?? r.resolved?.end?.year, ry != cy else { return false }
        return PM.sameSpanAYearApart(figure: (r.sM, r.sD, r.eM, r.eD), compared: c)
    }

    /// The ")" closing the "(" at `open`, before `limit`.
    func closingParenthesis(from open: Int, limit: Int) -> Int? {
        var depth = 0
        var k = open
        while k < limit {
            if isP(k, UInt8(ascii: "(")) { depth += 1 } else if isP(k, UInt8(ascii: ")")) {
                depth -= 1
                if depth == 0 { return k }
            }
            k += 1
        }
        return nil
    }

    /// Whether only a comparison and "to / at / lên (mức) / xuống (còn)" stand between percent `p` and the
    /// figure starting at token `figure`: "11% to VND 370 trillion", "5,2% year-on-year to", "15%, lên mức",
    /// "giảm 5% xuống còn 45.000 lượt".
    func percentLeads(_ p: Quant, into figure: Int) -> Bool {
        var k = p.b
        var linked = false
        var compared = false
        while k < figure {
            let c = cue(k)
            if c == .yoy || c == .compare { k = max(k + 1, Int(spans[Int(cueOf[k])].b)); linked = false; compared = true; continue }
            // ("tăng 12,5% so với năm 2023 / năm trước / cùng kỳ năm 2023, đạt …": the period compared with.)
            if compared, !linked, year(at: k) != nil || isP(k, UInt8(ascii: "/")) || isW(k, W.nam) || isW(k, W.truoc) || isW(k, W.ngoai)
                || isW(k, W.thang) || isW(k, W.quy) || romanOrInt(k) != nil {
                k += 1
                continue
            }
            let h = w(k)
            // ("…, chỉ đạt 12.650 tỷ đồng", "…, chỉ còn …": "only".)
            if h == W.chi, cue(k + 1) == .attain || isW(k + 1, W.con) { k += 1; continue }
            // ("…, đạt 1,36 tỷ USD", "…, reaching $5 billion": the level after the change.)
            // ("tăng 8% so với cùng kỳ với số thu 19.900 tỷ đồng": "với (số thu)" leads into it too.)
            if h == W.to || h == W.at || h == W.len || h == W.muc || h == W.xuong || h == W.con || cue(k) == .attain
                || (h == W.voi && cue(k + 1) == .revenue) {
                linked = true
            } else if linked, cue(k) == .revenue, cueOf[k] >= 0 {
                k = Int(spans[Int(cueOf[k])].b)
                continue
            } else if h == W.from || isP(k, UInt8(ascii: ",")) {
                linked = false
            } else { return false }
            k += 1
        }
        return linked && k == figure && k - p.b <= 10
    }

    /// A change against what `a` says (the previous period, else the same period a year before; none
    /// against a target), unless the figure already has one of that kind.
    func setChange(_ v: Double, against a: Against, of c: inout Cand) {
        if a == .prev {
            if c.changePrev == nil { c.changePrev = v }
        } else if a != .target, a != .other, c.changePct == nil {
            c.changePct = v
        }
    }

    /// The target phrase right after a percent ("dự toán", "chỉ tiêu phấn đấu", "of the assigned
    /// target"): its first and end token, or nil.
    func targetPhrase(after k: Int, limit: Int) -> (Int, Int)? {
        var j = k
        var steps = 0
        while j < limit, steps < 7 {
            let c = cue(j)
            if c == .targetEst || c == .targetStretch || c == .targetModal {
                var e = j
                while e < limit, !isP(e, UInt8(ascii: ",")), !isP(e, UInt8(ascii: ";")), !isP(e, UInt8(ascii: ")")),
                      !(toks[e].kind == .num && quants.contains(where: { $0.numTok == e && $0.kind.isPercent })) {
                    e += 1
                }
                return (j, e)
            }
            // ("92.5% of the VND 2,000 billion target": the target's amount before its noun.)
            if let amount = quants.first(where: { $0.a == j && $0.kind.isVND }) { j = amount.b; steps += 1; continue }
            let h = w(j)
            let filler = c == .compare || h == W.of || h == W.the || h == W.this || h == W.year || h == W.s
                || isP(j, UInt8(ascii: "'")) || h == W.cua || h == W.annual || h == W.set || h == W.its || h == W.their
                || h == W.yearly || h == W.full || h == W.above || isP(j, UInt8(ascii: "-"))
                // ("105% of the State budget (revenue) estimate", "of the 2024 estimate".)
                || (format == .english && (h == W.state || h == W.budget || h == W.revenue || h == W.collection || year(at: j) != nil))
            if !filler { return nil }
            j += 1
            steps += 1
        }
        return nil
    }

    /// An amount in đồng told past a comma after an attainment ("đạt 105% dự toán, …"), and what it is.
    enum AfterAttainment {
        /// "…, tương đương 2.900 tỷ đồng", "…, với số thu 2.450 tỷ đồng": the amount attained (the
        /// revenue), restated.
        case restated
        /// "…, vượt 140 tỷ đồng": the excess over the target.
        case excess
    }

    /// Whether the amount `qi` follows an attainment and a comma ("đạt 105% dự toán, tương đương
    /// 2.900 tỷ đồng"); then also the attainment's percent and target phrase. (Right after the target
    /// words, with no comma, an amount is the target's: "đạt 105% dự toán 2.760 tỷ đồng".)
    func amountAfterAttainment(_ qi: Int) -> (AfterAttainment, pct: Double, phrase: (Int, Int))? {
        guard qi > 0, quants[qi].kind.isVND else { return nil }
        let q = quants[qi], p = quants[qi - 1]
        guard p.kind.isPercent, p.sentence == q.sentence else { return nil }
        // The percent is an attainment: "đạt / bằng / hoàn thành" before it.
        var j = p.a - 1
        var attained = false
        while j >= 0, j >= p.a - 3 {
            // ("thu ngân sách đạt" is one revenue cue: its "đạt" counts.)
            if cue(j) == .attain || cue(j) == .ratio || isW(j, W.dat) { attained = true; break }
            if !skipFiller(j) { break }
            j -= 1
        }
        guard attained, var phrase = targetPhrase(after: p.b, limit: q.a) else { return nil }
        // "đạt 62% dự toán với số thu 19.900 tỷ đồng": "với" parts them as a comma does.
        if !isP(phrase.1, UInt8(ascii: ",")) {
            guard let with = firstWord(W.voi, in: phrase.0..<q.a) else { return nil }
            phrase.1 = with
        }
        // Between the comma and the amount, only the words restating it, or "vượt" (and a qualifier).
        var excess = false
        for k in (isP(phrase.1, UInt8(ascii: ",")) ? phrase.1 + 1 : phrase.1)..<q.a {
            let c = cue(k), h = w(k)
            // ("tương đương tăng 140 tỷ đồng": a change.)
            if h == W.tang || h == W.giam { return nil }
            if h == W.vuot { excess = true; continue }
            let linker = c == .exclEquiv || c == .attain || c == .ratio || c == .revenue || c == .revenueWeak
                || c == .qualOver || c == .qualAbout || c == .qualUnder || h == W.voi || h == W.tuc || h == W.la
            if !linker { return nil }
        }
        return (excess ? .excess : .restated, p.value, phrase)
    }

    /// `range`: the candidates of sentence `s` in `cands`; `quantRange`: its quantities (they are
    /// contiguous in `quants`).
    /// `roles`: the roles of the quantities (those of the sentence decided).
    /// `percentsFrom`: the first quantity to read as the figure's change or attainment (by default
    /// the one after it; a later sentence's first, for a sentence that points back at the figure).
    func attach(_ cands: inout [Cand], _ range: Range<Int>, sentence s: Int, quantRange: Range<Int>, roles: [Quant.Role],
                percentsFrom: Int? = nil) {
        guard !range.isEmpty else { return }
        let r = sents[s]
        var partsSpan: (open: Int, close: Int)?  // the parentheses of parts right after a total (see below)
        for ci in range where !cands[ci].side {
            // The figure's quantity and metric, read once: repeated `cands[ci]` reads in this long body
            // were compiled as calls of the array's getter, each copying the whole candidate.
            let cq = cands[ci].q
            let cmetric = cands[ci].metric
            let qa = quants[cq].a
            let qb = quants[cq].b
            // The quantities right of the figure: quantities start in increasing token order, so
            // those before it (and it) are never read here (all of the sentence's were scanned
            // for every figure, quadratic in dense sentences).
            let after = max(cq + 1, percentsFrom ?? 0)..<quantRange.upperBound
            // The figure's tail ends at the next record or blocker of the sentence.
            var tailEnd = r.upperBound
            // "1,2 tỷ USD (xuất khẩu 700 triệu USD, nhập khẩu 500 triệu USD), tăng 9%": the parts in
            // parentheses right after the figure are passed over, and what follows them is its.
            var partsEnd = -1
            if isP(qb, UInt8(ascii: "(")), let close = closingParenthesis(from: qb, limit: r.upperBound),
               after.contains(where: { roles[$0] == .record && quants[$0].a < close }) {
                partsEnd = close
            }
            for k in after where (roles[k] == .record || roles[k] == .blocker) && quants[k].a > max(qa, partsEnd) {
                tailEnd = quants[k].a
                break
            }
            // A part in such parentheses: its tail ends with them.
            if let parts = partsSpan, qa > parts.open, qa < parts.close { tailEnd = min(tailEnd, parts.close) }
            if partsEnd >= 0 { partsSpan = (qb, partsEnd) }
            // "gấp N lần", and "tăng N lần", the press's "increase N times": the ratio N (a percent
            // after "tăng" is read below). Every token of the cue, as a token scan would.
            var k = qb
            while k < tailEnd {
                let c = cue(k)
                // "bằng 1,2 lần cùng kỳ": a ratio in times, as "gấp" gives it.
                if c == .gap || c == .up || c == .ratio, let (times, next) = ratio(afterCueAt: k, writtenOut: c != .up) {
                    let pct = round2((times - 1) * 100)
                    let a = against(from: next, to: tailEnd)
                    setChange(pct, against: a, of: &cands[ci])
                }
                // "giảm 2,5 lần so với năm 2023": the figure is the earlier one divided by N.
                if c == .down, let (times, next) = ratio(afterCueAt: k, writtenOut: false), times > 1 {
                    setChange(round2((1 / times - 1) * 100), against: against(from: next, to: tailEnd), of: &cands[ci])
                }
                // English multiples: "double the same period of 2023", "doubled from a year earlier",
                // "up 2.5-fold year-on-year", "a threefold increase".
                if c == .multiple, let (times, next) = englishMultiple(at: k) {
                    setChange(round2((times - 1) * 100), against: against(from: next, to: tailEnd), of: &cands[ci])
                }
                // "1.5 times higher than the same period last year"; "1.5 times that of April 2023 / the
                // same period / last year's" (as "twice that of …" is read as a multiple).
                // (The cue first: the words after it are read only for "times".)
                if c == .times, isNum(k - 1), isW(k + 1, W.higher) || isW(k + 1, W.more) || isW(k + 1, W.larger)
                    || (isW(k + 1, W.that) || isW(k + 1, W.those)) && isW(k + 2, W.of)
                    || isW(k + 1, W.the) && isW(k + 2, W.same) || isW(k + 1, W.last) && isW(k + 2, W.year),
                   !(k - 2 >= qb && (cue(k - 2) == .gap || cue(k - 2) == .up || cue(k - 2) == .ratio)), let d = parseNumber(k - 1), d.double > 1 {
                    let a = against(from: k + 1, to: tailEnd)
                    let pct = round2((d.double - 1) * 100)
                    setChange(pct, against: a, of: &cands[ci])
                }
                k += 1
            }
            // "đạt 105% dự toán, tương đương 2.900 tỷ đồng": the attainment written before the amount.
            if cmetric == .revenue, let (kind, pct, phrase) = amountAfterAttainment(cq), kind == .restated {
                addOnce(TargetAttainment(kind: targetPhraseKind(phrase.0, phrase.1), pct: pct), to: &cands[ci])
            }
            // "fell 11% to VND 370 trillion", "rose 5.2% year-on-year to …", "tăng 15% lên 4.000 tỷ đồng":
            // the change written before the figure it leads into.
            if cq > quantRange.lowerBound, quants[cq - 1].kind.isPercent,
               percentLeads(quants[cq - 1], into: qa) {
                let p = quants[cq - 1]
                var j = p.a - 1
                while j > max(r.lowerBound, p.a - 3), isW(j, W.by) { j -= 1 }
                if cue(j) == .up || cue(j) == .down {
                    let v = cue(j) == .down ? -p.value : p.value
                    let a = against(from: p.b, to: tailEnd)
                    setChange(v, against: a, of: &cands[ci])
                }
            }
            var lastDirection: Cue?  // of the last change read in the tail: "tăng 4,1% so với tháng trước và 10,2% so với cùng kỳ"
            for pi in after {
                // Past the tail, so are all the next ones (they start further right).
                if quants[pi].a >= tailEnd { break }
                if quants[pi].a < partsEnd { continue }
                guard quants[pi].kind.isPercent else { continue }
                let p = quants[pi]
                guard p.a >= qb, p.b <= tailEnd else { continue }
                // "…, while trade rose 5% to $680 billion": the change of the figure it leads into.
                if pi + 1 < quantRange.upperBound, !quants[pi + 1].kind.isPercent, percentLeads(p, into: quants[pi + 1].a) { continue }
                // The cue before the percent.
                var before: Cue = .none
                var beforePos = -1
                // "đạt 102% so với cùng kỳ": a ratio like "bằng" when a comparison follows.
                var attainBefore = false
                var j = p.a - 1
                var steps = 0
                while j >= qb, steps < 5 {
                    let c = cue(j)
                    if c == .up || c == .down || c == .ratio || c == .exceed || c == .exclEquiv {
                        before = c; beforePos = j; break
                    }
                    if c == .attain { attainBefore = true; break }
                    if !skipFiller(j) { break }
                    j -= 1
                    steps += 1
                }
                // "(+5%)", "(-3,2% so với cùng kỳ)", a table row's "+8,2%": a sign on the percent is a change's.
                if before == .none, let sign = signedChange(numberAt: p.numTok) { before = sign; beforePos = p.numTok - 1 }
                // English: "8% higher / more than (in) 2023", "8 percent lower / less than last year", "12.3% higher
                // year-on-year".
                if before == .none, isW(p.b + 1, W.than) || cue(p.b + 1) == .yoy {
                    if isW(p.b, W.higher) || isW(p.b, W.more) { before = .up; beforePos = p.b }
                    if isW(p.b, W.lower) || isW(p.b, W.less) { before = .down; beforePos = p.b }
                }
                // "an increase of VND1.2 trillion, or 22.6%, over …": the percent restating a change.
                // (Not ", or 24.6% of the yearly target": an attainment.)
                if before == .none, isW(p.a - 1, W.or) || (isP(p.a - 1, UInt8(ascii: ",")) && isW(p.a - 2, W.or)),
                   targetPhrase(after: p.b, limit: tailEnd) == nil {
                    for m in stride(from: p.a - 2, through: max(qb, p.a - 10), by: -1) where cue(m) == .up || cue(m) == .down {
                        before = cue(m); beforePos = m; break
                    }
                }
                // "7.5% above the annual target": an excess, as "vượt 7,5% dự toán" is.
                if before == .none, isW(p.b, W.above) { before = .exceed; beforePos = p.b }
                // "108% of the same period last year": a ratio, as "bằng 108% so với cùng kỳ" is.
                if before == .none, isW(p.b, W.of) {
                    let k = isW(p.b + 1, W.the) ? p.b + 2 : p.b + 1
                    if isW(k, W.same), isW(k + 1, W.period) { before = .ratio; beforePos = p.b }
                }
                // English: "a 12.7 per cent increase", "a 12.5% year-on-year increase", "annual drops of 8.2%";
                // also after "representing" or "equivalent to" ("representing a 12.5% increase"), which
                // would otherwise make a ratio of it.
                if before == .none || format == .english && (before == .exclEquiv || before == .ratio || attainBefore) {
                    var m0 = p.b
                    if let span = cueStarting(m0), span.cue == .yoy { m0 = Int(span.b) }
                    // (Not "…by 13.1% but down 11.4%": a direction before a number is the next change's.)
                    for m in m0..<min(tokCount, m0 + 2) where (cue(m) == .up || cue(m) == .down) && !isNum(m + 1) && !isNum(m + 2) {
                        before = cue(m); beforePos = m; attainBefore = false
                    }
                }
                if before == .none {
                    if before == .none, j >= 0, isW(j + 1, W.of) || isW(p.a - 1, W.of) {
                        for m in max(qb, p.a - 4)..<p.a where cue(m) == .up || cue(m) == .down { before = cue(m); beforePos = m }
                    }
                }
                // "tăng 11.694 tỷ đồng (tương ứng 21,4%)": the sign comes from the change word before the amount.
                // With no change word, "tương đương 108% so với cùng kỳ" is a ratio, as "bằng" is.
                if before == .exclEquiv {
                    before = .ratio
                    for m in stride(from: beforePos - 1, through: max(qb, beforePos - 8), by: -1) where cue(m) == .up || cue(m) == .down {
                        before = cue(m); break
                    }
                }
                // "… và 10,2% so với cùng kỳ", "… and 10.2% year-on-year": the direction of the change before.
                if before == .none, let d = lastDirection, j >= qb, isW(j, W.va) || isW(j, W.and) || isP(j, UInt8(ascii: ",")) {
                    before = d
                    beforePos = j
                }
                if before == .up || before == .down { lastDirection = before }
                var who = ci
                // "(giảm 10,45% về số vụ, tăng 125,8% về giá trị ...)"
                for m in p.b..<min(tokCount, p.b + 2) {
                    if cue(m) == .aboutCount, let idx = range.last(where: { cands[$0].unit == .count && !cands[$0].side }) { who = idx }
                    if cue(m) == .aboutValue, let idx = range.last(where: { cands[$0].unit != .count && !cands[$0].side }) { who = idx }
                }
                let pctValue = p.value
                if before == .up || before == .down {
                    var a = against(from: p.b, to: tailEnd)
                    // "So với tháng 9, số thu tăng 5%", "Compared with September, revenue rose 5%": the
                    // comparison opens the sentence.
                    if a == .none, beforePos > r.lowerBound,
                       let open = firstCue(.compare, in: r.lowerBound..<min(r.lowerBound + 3, beforePos)) {
                        a = against(from: open, to: beforePos)
                    }
                    if a == .target || a == .other { continue }
                    let v = before == .down ? -pctValue : pctValue
                    if a == .prev { if cands[who].changePrev == nil { cands[who].changePrev = v } } else if cands[who].changePct == nil {
                        cands[who].changePct = v
                    }
                    continue
                }
                let tp = targetPhrase(after: p.b, limit: tailEnd)
                if before == .exceed, tp != nil {
                    addAttainment(&cands[ci], pct: pctValue >= 100 ? pctValue : 100 + pctValue, phrase: tp!, after: p)
                    continue
                }
                // "vượt 8% so với cùng kỳ": above last year's figure, a change.
                if before == .exceed, tp == nil, against(from: p.b, to: tailEnd) == .yoy {
                    if cands[who].changePct == nil { cands[who].changePct = pctValue }
                    continue
                }
                if let phrase = tp {
                    // "vượt chỉ tiêu ... là hơn 0,8%" has the percent after the phrase; here the phrase follows.
                    addAttainment(&cands[ci], pct: pctValue, phrase: phrase, after: p)
                    continue
                }
                // "vượt chỉ tiêu pháp lệnh được giao của năm 2016 là hơn 0,8%"
                var exceedAt = -1
                for m in stride(from: p.a - 1, through: max(qb, p.a - 14), by: -1) where cue(m) == .exceed { exceedAt = m; break }
                if exceedAt >= 0 {
                    var phrase: (Int, Int)?
                    for m in exceedAt..<p.a where cue(m) == .targetEst || cue(m) == .targetStretch { phrase = (m, p.a); break }
                    if cue(exceedAt) == .exceed, spans[Int(cueOf[exceedAt])].b - spans[Int(cueOf[exceedAt])].a > 1 { phrase = (exceedAt, p.a) }
                    if let ph = phrase, cmetric == .revenue {
                        let kind = targetPhraseKind(ph.0, ph.1)
                        addOnce(TargetAttainment(kind: kind, pct: pctValue >= 100 ? pctValue : 100 + pctValue), to: &cands[ci])
                        continue
                    }
                }
                if before == .ratio || attainBefore {
                    let a = against(from: p.b, to: tailEnd)
                    if a == .yoy { if cands[who].changePct == nil { cands[who].changePct = round2(pctValue - 100) }; continue }
                    if a == .prev { if cands[who].changePrev == nil { cands[who].changePrev = round2(pctValue - 100) }; continue }
                    // "Chỉ tiêu … là 63.000 tỷ đồng; … đã thu được 32.000 tỷ đồng, đạt 50,8%": with no target
                    // word, the share of a target told before whose amount agrees with it.
                    if a == .none, attainBefore, cmetric == .revenue, targetPhrase(after: p.b, limit: tailEnd) == nil,
                       let t = cands.last(where: { $0.metric == .revenueTarget && $0.office == cands[ci].office && $0.value > 0
                           && abs(cands[ci].value / $0.value * 100 - pctValue) < 0.6 }) {
                        addOnce(TargetAttainment(kind: t.targetKind ?? .estimate, pct: pctValue, amount: t.value), to: &cands[ci])
                        continue
                    }
                    // "9.200 tỷ đồng/17.000 tỷ đồng chỉ tiêu được giao, đạt 54%": the target was named
                    // between the figure and its attainment, with its amount after the slash.
                    if a == .none, cmetric == .revenue,
                       isP(qb, UInt8(ascii: "/")), let t = lastTargetCue(in: qb..<p.a),
                       let target = quants[after].first(where: { $0.kind.isVND && $0.a == qb + 1 && $0.b <= t }) {
                        let kind: TargetKind = cue(t) == .targetStretch ? .stretch : .estimate
                        addOnce(TargetAttainment(kind: kind, pct: pctValue, amount: target.value), to: &cands[ci])
                        continue
                    }
                }
                // "(hơn 127%)" right after a revenue amount.
                if cmetric == .revenue, p.a - qb <= 3, isP(qb, UInt8(ascii: "(")), isP(p.b, UInt8(ascii: ")")) {
                    addOnce(TargetAttainment(kind: .estimate, pct: pctValue), to: &cands[ci])
                }
            }
        }
    }

    func round2(_ v: Double) -> Double { (v * 100).rounded() / 100 }

    /// The direction a sign written on the number at `k` gives ("+5%", "-3,2%", "−3,2%"): the sign
    /// right before it with no space, not after a number or a word it would join ("5-7%", "COVID-19").
    func signedChange(numberAt k: Int) -> Cue? {
        guard k >= 1, !toks[k].sp, toks[k - 1].kind == .punct else { return nil }
        let plus = isP(k - 1, UInt8(ascii: "+"))
        guard plus || isP(k - 1, UInt8(ascii: "-")) else { return nil }
        if k >= 2, !toks[k - 1].sp, toks[k - 2].kind == .num || toks[k - 2].kind == .word { return nil }
        return plus ? .up : .down
    }

    /// Adds `t` unless the figure has an attainment of that kind already (the first reading wins).
    func addOnce(_ t: TargetAttainment, to c: inout Cand) {
        if !c.vsTargets.contains(where: { $0.kind == t.kind }) { c.vsTargets.append(t) }
    }

    /// The ratio after the change cue at `k` and the token after it: "4 lần"; with `writtenOut`
    /// (after "gấp") also "đôi", "ba (lần)", "rưỡi". A ratio of 1 or less after "tăng" is none.
    func ratio(afterCueAt k: Int, writtenOut: Bool) -> (Double, Int)? {
        guard cueOf[k] >= 0 else { return nil }
        var j = Int(spans[Int(cueOf[k])].b)
        while skipFiller(j) { j += 1 }
        if isNum(j), cue(j + 1) == .times, let d = parseNumber(j), writtenOut || d.double > 1 { return (d.double, j + 2) }
        guard writtenOut, isW(j, W.doi) || isW(j, W.ba) || isW(j, W.ruoi) else { return nil }
        return (isW(j, W.doi) ? 2 : isW(j, W.ba) ? 3 : 1.5, cue(j + 1) == .times ? j + 2 : j + 1)
    }

    /// An English multiple at token `k` and the token after it: "double" / "twice" before what it
    /// compares with ("double the same period", "twice that of 2023", "double last year's"),
    /// "doubled", "tripled", "quadrupled", "threefold", "2.5-fold", "two-fold". ("double-digit
    /// growth", "double taxation": no multiple of the figure.)
    func englishMultiple(at k: Int) -> (Double, Int)? {
        let h = w(k)
        guard h != 0 else { return nil }
        if isP(k + 1, UInt8(ascii: "-")) && h != W.fold { return nil }
        switch h {
        case W.doubled: return (2, k + 1)
        case W.tripled, W.threefold: return (3, k + 1)
        case W.quadrupled: return (4, k + 1)
        case W.double, W.twice, W.triple:
            // Only before what it is compared with, or at the end of the clause.
            let next = w(k + 1)
            let compared = next == W.the || next == W.that || next == W.those || next == W.from || next == W.compared
                || next == W.over || next == W.against || next == W.last || next == W.its || next == W.as_
                || next == W.year || next == W.in_ || isPunctLike(k + 1) || k + 1 >= tokCount
            guard compared else { return nil }
            return (h == W.triple ? 3 : 2, k + 1)
        case W.fold:
            // "2.5-fold", "2.5 fold", "two-fold".
            var j = k - 1
            if isP(j, UInt8(ascii: "-")) { j -= 1 }
            if isNum(j), let d = parseNumber(j), d.double > 1 { return (d.double, k + 1) }
            let word = w(j)
            return word == W.two ? (2, k + 1) : word == W.three ? (3, k + 1) : word == W.four ? (4, k + 1) : nil
        default: return nil
        }
    }

    func addAttainment(_ c: inout Cand, pct: Double, phrase: (Int, Int), after p: Quant) {
        guard c.metric == .revenue else { return }
        let kind = targetPhraseKind(phrase.0, phrase.1)
        // The amount: a VND figure (or a bare "(2.135)") right after the phrase.
        var amount: Double?
        // (Not past a comma: "đạt 105% dự toán, vượt 140 tỷ đồng" tells the excess.)
        if let aq = quants.first(where: { $0.a >= phrase.0 && $0.a <= phrase.1 + 2 && $0.sentence == p.sentence && !hasComma(phrase.1, $0.a)
            && ($0.kind == .vnd || ($0.kind == .bare && isP($0.a - 1, UInt8(ascii: "(")) && isP($0.b, UInt8(ascii: ")")))) }) {
            if aq.kind == .vnd { amount = aq.value } else if let cq = quants.indices.contains(c.q) ? quants[c.q] : nil {
                amount = aq.dec.scaled(cq.scaleExp)
            }
        }
        c.vsTargets.append(TargetAttainment(kind: kind, pct: pct, amount: amount))
    }
}

extension W {
    static let tang: UInt64 = 0x40000000676e6174 /* tang */, giam: UInt64 = 0x400000006d616967 /* giam */, vuot: UInt64 = 0x40000000746f7576 /* vuot */
    static let larger: UInt64 = 0x400072656772616c /* larger */, or: UInt64 = 0x400000000000726f /* or */, yearly: UInt64 = 0x4000796c72616579 /* yearly */, above: UInt64 = 0x40000065766f6261 /* above */, an: UInt64 = 0x4000000000006e61 /* an */, some: UInt64 = 0x40000000656d6f73 /* some */, annual: UInt64 = 0x40006c61756e6e61 /* annual */, set: UInt64 = 0x4000000000746573 /* set */
}

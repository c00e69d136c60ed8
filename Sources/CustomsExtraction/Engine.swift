import CustomsModel

/// A record being built, with the cues that decided it (for `explain`).
struct Cand {
    var q: Int
    var metric: Metric
    var flow: Flow?
    var value: Double
    var valueMax: Double?
    var unit: MeasureUnit
    var qualifier: Qualifier = .exact
    var basis: Basis = .actual
    var period = Period(start: nil, end: nil)
    var changePct: Double?
    var changePrev: Double?
    var vsTargets: [TargetAttainment] = []
    var targetKind: TargetKind?
    var office = ""
    var evA: Int
    var evB: Int
    var nonCustoms = false
    var fromGate = false
    var officeFallback = false
    var periodFallback = false
    var sentenceHasOffice = false
    var side = false
    var confidence = 0.9
    /// The cues that decided the record, only in `explain` mode (nil otherwise, so that copies
    /// of candidates stay cheap). Written while the candidate is built, before it is copied.
    var ex: CandExplain?
}

/// The explain-only part of a candidate.
final class CandExplain {
    var officeCue = ""
    var metricCue = ""
    var periodCue = ""
    var notes: [String] = []
}

extension Analysis {
    // MARK: document-level setup

    mutating func setUp() {
        if let lang = report.language, Analysis.isEnglishTag(lang) { format = .english } else if report.language == nil {
            var en = 0, vi = 0
            for i in 0..<min(400, tokCount) where toks[i].kind == .word {
                let h = toks[i].h
                if h == W.the || h == W.and || h == W.of { en += 1 }
                if h == W.cua || h == W.va || h == W.cac { vi += 1 }
            }
            format = en > vi ? .english : .vietnamese
        }
        // (The 2025 organisation, `era2025`, and the first province named, `docProvince`, are
        // found when first asked: most reports never ask.)
    }

    /// Is the report of the organisation after 3/2025 ("Cục Hải quan" the national body, branches
    /// regional)? By its publication date, else by the text (see `era2025`).
    func scanEra2025() -> Bool {
        if let p = pub {
            return p.year > 2025 || (p.year == 2025 && (p.month ?? 12) >= 3)
        } else {
            // One pass on the buffers in place: a regional office's number is a sign of the new
            // era; so is a year from 2025 on, unless it lies well beyond every earlier year the
            // report names (a plan's horizon, "tầm nhìn đến năm 2045", in a report of 2023).
            let romans = W.romans
            var latestBefore: Int?  // the latest year before 2025
            var earliestFrom: Int?  // the earliest year from 2025 on
            let regional = toks.withUnsafeBufferPointer { tp in
                ft.bytes.withUnsafeBufferPointer { bytes in
                    /// Is token `k` the word `h`?
                    func isWord(_ k: Int, _ h: UInt64) -> Bool { k >= 0 && tp[k].kind == .word && tp[k].h == h }
                    // The numerals are looked at from the word before them ("vực", "Region"), so
                    // that every other word costs one comparison.
                    let n = tp.count
                    for i in 0..<n {
                        let t = tp[i]
                        if t.kind == .num {
                            if t.e - t.s == 4, let y = NumberParser.int(bytes, Int(t.s), Int(t.e)), (1990...2100).contains(y) {
                                if y >= 2025 { earliestFrom = min(earliestFrom ?? y, y) } else { latestBefore = max(latestBefore ?? y, y) }
                            }
                        } else if t.kind == .word, t.h == W.vuc || t.h == W.region, i + 1 < n {
                            // "quan khu vực <number or numeral>", "Region <numeral>".
                            let next = tp[i + 1]
                            let afterKhuVuc = t.h == W.vuc && isWord(i - 1, W.khu) && isWord(i - 2, W.quan)
                            if next.kind == .num, afterKhuVuc { return true }
                            if next.kind == .word, afterKhuVuc || t.h == W.region, romans.contains(next.h) { return true }
                        }
                    }
                    return false
                }
            }
            if regional { return true }
            guard let from = earliestFrom else { return false }
            guard let before = latestBefore else { return true }
            return from - before <= 2
        }
    }

    /// `tag.lowercased().hasPrefix("en")`, on the bytes for an ASCII tag (the usual "en", "vi",
    /// "en-US"): there lower-casing is per byte and every byte is a character of its own.
    static func isEnglishTag(_ tag: String) -> Bool {
        var tag = tag
        let ascii: Bool? = tag.withUTF8 { b in
            guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
            return b.count >= 2 && b[0] | 0x20 == UInt8(ascii: "e") && b[1] | 0x20 == UInt8(ascii: "n")
        }
        return ascii ?? tag.lowercased().hasPrefix("en")
    }

    func hostOf(_ url: String) -> String {
        var s = Substring(url)
        if let r = s.range(of: "://") { s = s[r.upperBound...] }
        if let slash = s.firstIndex(of: "/") { s = s[..<slash] }
        return String(s)
    }

    // MARK: main office

    mutating func pickMainOffice(title: [Mention], url: [Mention]) {
        func strong(_ ms: [Mention]) -> String? {
            ms.first { !$0.weak && !$0.assigner && !$0.absorbed && $0.kind != .area && $0.kind != .gate }?.id
        }
        var bodyStrong: String?
        for m in mentions where !m.weak && !m.assigner && !m.absorbed && m.kind != .area && m.kind != .gate {
            if captionSent[Int(sentOf[m.a])] { continue }
            bodyStrong = m.id
            break
        }
        if bodyStrong == nil { bodyStrong = strong(mentions) }
        mainOffice = strong(title) ?? bodyStrong ?? strong(url) ?? mentions.first(where: { $0.kind == .area })?.id
            ?? mentions.first(where: { $0.weak })?.id
            // A customs report that names no office ("Hải quan thu ngân sách …", "Customs revenue
            // reached …"): the customs of a local newspaper's province, else the customs as a whole.
            ?? (mentions.isEmpty && title.isEmpty && url.isEmpty ? sourceProvince.map { "vn." + $0 } ?? "vn" : nil)
    }

    // MARK: cue scans

    /// The cues left of token `end` down to `start` (nearest first, with their first tokens),
    /// skipping masked tokens: what `firstCueLeft` visits. Kept by `build` across the decisions
    /// about one quantity (metric, qualifier, basis read the same walk) and reused for the next
    /// (one buffer, no allocation per quantity).
    struct CueWalk {
        var cues: [(Cue, Int)] = []
        var end = -1
        var start = -1
        init() { cues.reserveCapacity(16) }
        /// Is there a cue for which `match` holds, if this is the walk from `end` to `start`
        /// (nil: another walk)? (Masks do not change while records are built.)
        @inline(__always) func has(from end: Int, to start: Int, where match: (Cue) -> Bool) -> Bool? {
            guard end == self.end, start == self.start else { return nil }
            for (c, _) in cues where match(c) { return true }
            return false
        }
    }

    /// Fills `walk` with the cues left of `end` down to `start` (unless it holds them already).
    func cuesLeft(from end: Int, to start: Int, into walk: inout CueWalk) {
        if walk.end == end && walk.start == start { return }
        walk.cues.removeAll(keepingCapacity: true)
        _ = firstCueLeft(from: end, to: start) { c, a in walk.cues.append((c, a)); return false }
        walk.end = end
        walk.start = start
    }

    /// The nearest cue left of token `end` (down to `start`, in `cuesLeft` order) for which `match`
    /// holds, with its first token. Reads the analysis' arrays in place: a walker struct holding
    /// copies of them cost four retains and releases per walk on the per-quantity path. (Through
    /// buffer pointers: the walk visits a dozen tokens per quantity, each read checked bounds.)
    @inline(__always) func firstCueLeft(from end: Int, to start: Int, where match: (Cue, Int) -> Bool) -> (Cue, Int)? {
        let hi = min(end, tokCount)
        let lo = max(start, 0)
        guard lo < hi else { return nil }
        return toks.withUnsafeBufferPointer { tp in
            cueOf.withUnsafeBufferPointer { co in
                masked.withUnsafeBufferPointer { mk in
                    spans.withUnsafeBufferPointer { spp -> (Cue, Int)? in
                        var k = hi - 1
                        while k >= lo {
                            if tp[k].kind == .punct && tp[k].h == UInt64(UInt8(ascii: ";")) { return nil }
                            let idx = co[k]
                            if idx >= 0, !mk[k] {
                                let sp = spp[Int(idx)]
                                if match(sp.cue, Int(sp.a)) { return (sp.cue, Int(sp.a)) }
                                k = Int(sp.a) - 1
                                continue
                            }
                            k -= 1
                        }
                        return nil
                    }
                }
            }
        }
    }

    /// The first token of `a..<b` at which `cue(k) == c` (c is not `.none`), or nil. The scans of
    /// many tokens per quantity go through here: most tokens have no cue, so `cueOf` is tested
    /// first, on buffers read in place (`cue(k)` checks bounds and the mask at every token).
    /// `cueOf` and `masked` hold one entry per token, so indices in `lo..<hi` are in range.
    @inline(__always) func firstToken(of c: Cue, in a: Int, _ b: Int) -> Int? {
        let lo = max(a, 0), hi = min(b, tokCount)
        guard lo < hi else { return nil }
        return cueOf.withUnsafeBufferPointer { co in
            masked.withUnsafeBufferPointer { mk in
                spans.withUnsafeBufferPointer { sp in
                    var k = lo
                    while k < hi {
                        let idx = co[k]
                        if idx >= 0, !mk[k], sp[Int(idx)].cue == c { return k }
                        k += 1
                    }
                    return nil
                }
            }
        }
    }

    /// Is there a cue left of `end` (down to `start`) for which `match` holds?
    @inline(__always) func hasCueLeft(from end: Int, to start: Int, where match: (Cue) -> Bool) -> Bool {
        firstCueLeft(from: end, to: start) { c, _ in match(c) } != nil
    }

    /// The words that may sit between a qualifier and its number.
    func skippableBeforeNumber(_ k: Int) -> Bool {
        let c = cue(k)
        if c == .attain || c == .vnd || c == .usd { return true }
        let h = w(k)
        return h == W.la || h == W.at || h == W.to || h == W.of || h == W.con || h == W.so_ || h == W.len || h == W.muc
            || h == W.tong || h == W.by || isP(k, UInt8(ascii: "$")) || isP(k, UInt8(ascii: "/"))
    }

    /// `walk`: the cues left of the quantity if already collected (for any window).
    func qualifierOf(_ q: Quant, windowStart: Int, walk: borrowing CueWalk) -> (Qualifier, String) {
        if q.valueMax != nil { return (.range, "range") }
        var k = q.a - 1
        var steps = 0
        while k >= windowStart, steps < 6 {
            let c = cue(k)
            switch c {
            case .qualOver:
                // "9.545 lượt hành khách trên 97 chuyến bay": right after another count, "trên" is "on".
                if isW(k, W.tren), k > 0, toks[k - 1].kind == .num || isCountUnit(cue(k - 1)) { return (.exact, "") }
                // "… lượt hành khách xuất nhập cảnh trên 62.000 chuyến bay": a count a few words before.
                if isW(k, W.tren), case .count(let u) = q.kind, u == .unitVeh,
                   quants.contains(where: { $0.b <= k && $0.b >= k - 4 && $0.sentence == q.sentence && $0.kind == .count(.unitTrav) }) {
                    return (.exact, "")
                }
                return (.over, label(k, k + 1))
            case .qualUnder: return (.under, label(k, k + 1))
            case .qualAbout, .qualEstimate, .forecastEst: return (.about, label(k, k + 1))
            case .exceed: return (.over, label(k, k + 1))
            default: break
            }
            // ("vượt mốc 10.000 tỷ đồng": over the mark.)
            if !skippableBeforeNumber(k) && !(toks[k].kind == .num) && !isP(k, UInt8(ascii: "(")) && !(k == q.a - 1 && c == .exclMilestone) {
                break
            }
            if let sp = cueStarting(Int(cueOf[k] >= 0 ? spans[Int(cueOf[k])].a : Int32(k))), Int(sp.a) < k { k = Int(sp.a) } else { k -= 1 }
            steps += 1
        }
        let estimate: (Cue) -> Bool = { $0 == .qualEstimate || $0 == .forecastEst }
        if walk.has(from: q.a, to: windowStart, where: estimate) ?? hasCueLeft(from: q.a, to: windowStart, where: estimate) {
            return (.about, "ước")
        }
        return (.exact, "")
    }

    @inline(__always) func isCountUnit(_ c: Cue) -> Bool {
        switch c {
        case .unitDecl, .unitEnt, .unitCase, .unitTrav, .unitVeh, .unitLuot, .unitOther: return true
        default: return false
        }
    }

    /// "tương ứng" at `k` right before `q` (or with "là / đạt" between), and "và" + another number
    /// right after `q`: "respectively", a list of levels.
    func respectivelyList(at k: Int, _ q: Quant) -> Bool {
        let linked = k + 1 == q.a || (k + 2 == q.a && (isW(k + 1, W.la) || isW(k + 1, W.dat)))
        return isW(k, W.ung) && isW(k - 1, W.tuong) && linked && isW(q.b, W.va) && isNum(q.b + 1)
    }

    /// Is an up/down word right before the quantity (an absolute change, not a level)?
    func changeWordBefore(_ q: Quant, windowStart: Int) -> Bool {
        var k = q.a - 1
        var steps = 0
        while k >= windowStart, steps < 3 {
            let c = cue(k)
            if c == .up || c == .down || c == .gap { return true }
            // ("tương ứng (là) 820 triệu USD và 95 triệu USD": "respectively", a list of levels.)
            if c == .exclEquiv { return !respectivelyList(at: k, q) }
            if isW(k, W.la) || isW(k, W.dat), cue(k - 1) == .exclEquiv, respectivelyList(at: k - 1, q) { return false }
            if isW(k, W.by) {
                for m in max(windowStart, k - 3)..<k where cue(m) == .exceed || cue(m) == .up || cue(m) == .down { return true }
            }
            // "an increase of VND1.2 trillion", "a decrease of …": the amount of a change.
            if isW(k, W.of), k > 0, cue(k - 1) == .up || cue(k - 1) == .down { return true }
            // "up 12.5 percent, or VND 500 billion": the change restated as an amount.
            if isW(k, W.or), format == .english {
                var j = k - 1
                if isP(j, UInt8(ascii: ",")) { j -= 1 }
                if let p = quants.last(where: { $0.b == j + 1 }), p.kind.isPercent,
                   firstCueLeft(from: p.a, to: max(windowStart, p.a - 3), where: { c, _ in c == .up || c == .down }) != nil {
                    return true
                }
            }
            if c == .qualOver || c == .qualAbout || c == .qualUnder || isW(k, W.by) || isW(k, W.them) {
                k = cueOf[k] >= 0 ? Int(spans[Int(cueOf[k])].a) - 1 : k - 1
                steps += 1
                continue
            }
            // "giảm so với tháng 3 khoảng 3.822 tỷ đồng", "cao hơn cùng kỳ 500 tỷ đồng": the change
            // word, what it compares with (with or without "so với"), then the amount of the change.
            let compared = comparedPeriod(endingAt: k, from: windowStart)
            if let before = compared.comparison.map({ $0 - 1 }) ?? (compared.sameTime && compared.stop >= windowStart ? compared.stop : nil),
               cue(before) == .up || cue(before) == .down {
                return true
            }
            // ("nhiều hơn năm 2023 khoảng 2.400 tỷ đồng": the change word right before a year.)
            if compared.comparison == nil, compared.stop < k, compared.stop >= windowStart, cue(compared.stop) == .up || cue(compared.stop) == .down,
               year(at: compared.stop + 2) != nil || year(at: compared.stop + 1) != nil {
                return true
            }
            break
        }
        return false
    }

    /// Walks back from token `end` over the words of a period ("tháng 3", "cùng kỳ năm 2023", at
    /// most six tokens) to "so với": `comparison` is the first token of "so với <period>" when that
    /// is what ends at `end`; else `stop` is the token the walk stopped at, and `sameTime` whether
    /// the words included "cùng kỳ".
    func comparedPeriod(endingAt end: Int, from start: Int) -> (comparison: Int?, stop: Int, sameTime: Bool) {
        var k = end
        var sameTime = false
        while k >= max(start, end - 6) {
            if cue(k) == .compare, cueOf[k] >= 0 { return (Int(spans[Int(cueOf[k])].a), k, sameTime) }
            let periodWord = isNum(k) || isP(k, UInt8(ascii: "/")) || isW(k, W.thang) || isW(k, W.nam) || isW(k, W.quy)
                || isW(k, W.cung) || isW(k, W.ky) || isW(k, W.truoc) || cue(k) == .yoy || cue(k) == .prevPeriod
            guard periodWord else { break }
            if cue(k) == .yoy { sameTime = true }
            k -= 1
        }
        return (nil, k, sameTime)
    }

    /// A rate ("xe/ngày", "per day", "mỗi ngày") right after the quantity.
    func rateAfter(_ q: Quant) -> Bool {
        if isP(q.b, UInt8(ascii: "/")) {
            let h = w(q.b + 1)
            if h == W.ngay || h == W.day || h == W.tuan || h == W.thung || h == W.thang || h == W.nam || h == W.week { return true }
        }
        // "350 xe mỗi ngày", "USD 2 million a day"; not the next clause's or sentence's rate
        // ("đạt 1,2 tỷ USD. Mỗi ngày có 350 xe").
        // (English puts a verb between: "1,200 vehicles were cleared on the busiest day".)
        var end = min(q.b + (format == .english ? 6 : 3), sents[q.sentence].upperBound)
        for k in q.b..<max(q.b, end) where isP(k, UInt8(ascii: ",")) || isP(k, UInt8(ascii: ";")) || isP(k, UInt8(ascii: "(")) {
            end = k
            break
        }
        return end > q.b && firstToken(of: .exclRate, in: q.b, end) != nil
    }

    func flowAfter(_ q: Quant, span: Int, people: Bool) -> Flow? {
        var k = q.b
        let end = min(tokCount, q.b + span)
        var opened = false
        while k < end {
            if isPunctLike(k) && !isP(k, UInt8(ascii: "(")) { break }
            if isP(k, UInt8(ascii: "(")) { opened = true }
            // "11.240 tờ khai (nhập khẩu 4.105, …)": a breakdown in parentheses, not the figure's flow.
            let flow: Flow?
            switch cue(k) {
            case .flowTotal, .flowXNC: flow = .total
            case .flowImport: flow = people ? .entry : .import
            case .flowExport: flow = people ? .exit : .export
            case .flowExit: flow = .exit
            case .flowEntry: flow = .entry
            default: flow = nil
            }
            if let flow {
                if opened, isNum(k + 1) || isNum(k + 2) || isNum(k + 3) { return nil }
                // "95.000 lượt khách xuất cảnh và nhập cảnh": both directions, the total.
                if directionJoined(at: k, after: true) { return .total }
                // "xuất cảnh 63.100 lượt và nhập cảnh 62.200 lượt": the next item's direction (not
                // "60,000 for exports and 35,000 for imports": the figure's own, right after it).
                let own = k == q.b + 1 && (isW(q.b, W.for_) || isW(q.b, W.on) || isW(q.b, W.as_) || isW(q.b, W.were) || isW(q.b, W.was))
                if k > q.b, !own, isNum(k + 1) || isNum(k + 2) { return nil }
                return flow
            }
            k += 1
        }
        return nil
    }

    /// A direction between the number and its noun: "60,000 export declarations", "520,000 outbound passengers".
    func flowInside(_ q: Quant, people: Bool) -> Flow? {
        var k = q.numTok + 1
        while k < q.b {
            let c = cue(k)
            if Analysis.isDirection(c) {
                // ("1.2 million arrivals and departures": both, the total.)
                if directionJoined(at: k, after: true) { return Analysis.flow(of: .flowTotal, people: people) }
                return Analysis.flow(of: c, people: people)
            }
            k += 1
        }
        return nil
    }

    /// Whether the direction cue at `k` is joined by "và / and / ," to the opposite one right after it
    /// (`after`) or right before it: "xuất cảnh và nhập cảnh", "arrivals and departures", "imported and
    /// exported" name both, the total.
    func directionJoined(at k: Int, after: Bool) -> Bool {
        guard cueOf[k] >= 0 else { return false }
        let span = spans[Int(cueOf[k])]
        let joint = after ? Int(span.b) : Int(span.a) - 1
        guard isW(joint, W.va) || isW(joint, W.and) || isP(joint, UInt8(ascii: ",")) else { return false }
        let other = cue(after ? joint + 1 : joint - 1)
        return other != span.cue && (other == .flowExit || other == .flowEntry || other == .flowImport || other == .flowExport)
    }

    /// Whether `c` names a direction of trade or of crossing.
    @inline(__always) static func isDirection(_ c: Cue) -> Bool {
        switch c {
        case .flowTotal, .flowXNC, .flowImport, .flowExport, .flowExit, .flowEntry: return true
        default: return false
        }
    }

    /// The flow a direction cue gives a figure of people (travellers, vehicles) or of goods: imports
    /// are entries for people; exits, entries and "xuất nhập cảnh" give goods none.
    @inline(__always) static func flow(of c: Cue, people: Bool) -> Flow? {
        switch c {
        case .flowTotal: return .total
        case .flowXNC: return people ? .total : nil
        case .flowImport: return people ? .entry : .import
        case .flowExport: return people ? .exit : .export
        case .flowExit: return people ? .exit : nil
        case .flowEntry: return people ? .entry : nil
        default: return nil
        }
    }

    /// A bare "xuất" / "nhập" right after a count's noun or "chiều" (the press drops "khẩu" and "cảnh":
    /// "tờ khai xuất là 700.000", "520.000 tờ khai nhập", "32.600 lượt khách xuất", "chiều xuất 10.900
    /// lượt"), at the figure's noun or to its left within its clause; "xuất, nhập" names both, the total.
    func bareDirectionFlow(_ q: Quant, people: Bool) -> Flow? {
        if let f = bareDirection(at: q.b, people: people) { return f }
        var k = q.a - 1
        let start = clauseStart(q)
        while k > start {
            if isP(k, UInt8(ascii: ",")) || isP(k, UInt8(ascii: ";")) || isP(k, UInt8(ascii: "(")) { break }
            if let f = bareDirection(at: k, people: people) { return f }
            k -= 1
        }
        return nil
    }

    private func bareDirection(at k: Int, people: Bool) -> Flow? {
        let h = w(k)
        guard h == W.xuat || h == W.nhap, cue(k) == .none else { return nil }
        let before = cue(k - 1)
        guard before == .unitDecl || before == .unitTrav || before == .unitVeh || before == .unitLuot || isW(k - 1, W.chieu) else { return nil }
        let other = h == W.xuat ? W.nhap : W.xuat
        if isW(k + 1, other) || (isP(k + 1, UInt8(ascii: ",")) || isP(k + 1, UInt8(ascii: "/")) || isP(k + 1, UInt8(ascii: "-")) || isW(k + 1, W.va))
            && isW(k + 2, other) {
            return .total
        }
        if people { return h == W.xuat ? .exit : .entry }
        return h == W.xuat ? .export : .import
    }

    /// Where the quantity's clause begins: the nearest ",", ";" or "(" before it, else its sentence's start.
    func clauseStart(_ q: Quant) -> Int {
        let sentenceStart = sents[q.sentence].lowerBound
        var k = q.a - 1
        while k > sentenceStart, !isP(k, UInt8(ascii: ",")), !isP(k, UInt8(ascii: ";")), !isP(k, UInt8(ascii: "(")) { k -= 1 }
        return max(k, sentenceStart)
    }

    /// The nearest flow cue left of the quantity, within its clause (back to `start`).
    func flowLeft(_ q: Quant, start: Int, people: Bool, stopAtComma: Bool) -> Flow? {
        var k = q.a - 1
        while k >= start {
            if isP(k, UInt8(ascii: ";")) { break }
            if stopAtComma, isP(k, UInt8(ascii: ",")) || isP(k, UInt8(ascii: "(")) || isP(k, UInt8(ascii: ")")) { break }
            if !masked[k], case let c = cue(k), Analysis.isDirection(c) {
                // ("45.200 tờ khai xuất khẩu và 10,2 triệu lượt hành khách": the direction of the count before.)
                if stopAtComma, cueOf[k] >= 0, case let a = Int(spans[Int(cueOf[k])].a),
                   quants.contains(where: { $0.b == a && !$0.kind.isMoney && !$0.kind.isPercent }) {
                    return nil
                }
                // ("goods imported and exported", "hàng nhập và xuất khẩu": both directions, the total.)
                if directionJoined(at: k, after: false) { return Analysis.flow(of: .flowTotal, people: people) }
                return Analysis.flow(of: c, people: people)
            }
            k -= 1
        }
        return nil
    }
}

extension W {
    static let con: UInt64 = 0x40000000006e6f63 /* con */, len: UInt64 = 0x40000000006e656c /* len */, muc: UInt64 = 0x400000000063756d /* muc */, them: UInt64 = 0x400000006d656874 /* them */
    static let thung: UInt64 = 0x400000676e756874 /* thung */, week: UInt64 = 0x400000006b656577 /* week */
}

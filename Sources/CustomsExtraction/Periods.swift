import CustomsModel

/// Period expressions: "năm 2020", "6 tháng đầu năm 2021", "quý I/2022", "tháng 9/2021",
/// "từ 1/1/2020 đến 15/10", "tính đến 15/10", "lũy kế đến 20/4", "từ đầu năm đến nay",
/// "50 ngày đầu năm 2023", and their English forms ("first nine months of 2024", "as of June 11").
extension Analysis {
    struct DateParts { var y: Int?; var m: Int; var d: Int; var next: Int }

    /// D/M[/Y], D-M[-Y], D.M.Y (one token), "D tháng M năm Y", English "June 11[, 2025]".
    func date(at i: Int) -> DateParts? {
        guard i < tokCount else { return nil }
        if isNum(i) {
            // Digits only: a day number; anything else is one compact token (or no date).
            if let d = intValue(i) { return date(at: i, day: d) }
            return compactDate(at: i)
        }
        if let m = W.monthNames.firstIndex(of: w(i)), let d = intValue(i + 1), (1...31).contains(d) {
            if isP(i + 2, UInt8(ascii: ",")), let y = intValue(i + 3), (1900...2100).contains(y) {
                return DateParts(y: y, m: m + 1, d: d, next: i + 4)
            }
            return DateParts(y: nil, m: m + 1, d: d, next: i + 2)
        }
        // "mid-December (2024)": the 15th.
        if isW(i, W.mid), isP(i + 1, UInt8(ascii: "-")), let m = W.monthNames.firstIndex(of: w(i + 2)) {
            if let y = year(at: i + 3) { return DateParts(y: y, m: m + 1, d: 15, next: i + 4) }
            return DateParts(y: nil, m: m + 1, d: 15, next: i + 3)
        }
        return nil
    }

    /// "15.8.2017" (or "31.3" after "ngày") as one number token `i` (nil without separators inside).
    func compactDate(at i: Int) -> DateParts? {
        let t = toks[i]
        // "15.8.2017" arrives as one token: its parts (only the first three matter).
        var parts = (0, 0, 0)
        var count = 0
        var cur = 0
        var hasSep = false
        ft.bytes.withUnsafeBufferPointer { bytes in
            for k in Int(t.s)..<Int(t.e) {
                let c = bytes[k]
                if c >= 0x30 && c <= 0x39 { cur = min(cur, 1_000_000) * 10 + Int(c - 0x30) } else {
                    if count == 0 { parts.0 = cur } else if count == 1 { parts.1 = cur } else if count == 2 { parts.2 = cur }
                    count += 1
                    cur = 0
                    hasSep = true
                }
            }
        }
        if count == 0 { parts.0 = cur } else if count == 1 { parts.1 = cur } else if count == 2 { parts.2 = cur }
        count += 1
        if hasSep {
            if count == 3, (1...31).contains(parts.0), (1...12).contains(parts.1), (1900...2100).contains(parts.2) {
                return DateParts(y: parts.2, m: parts.1, d: parts.0, next: i + 1)
            }
            // "ngày 31.3": day and month after "ngày" (a number with one or two digits after its dot is
            // no grouped thousands).
            if count == 2, isW(i - 1, W.ngay), t.e - t.s <= 5, (1...31).contains(parts.0), (1...12).contains(parts.1) {
                return DateParts(y: nil, m: parts.1, d: parts.0, next: i + 1)
            }
        }
        return nil
    }

    /// A date starting with the number token `i` whose value (digits only) is `d`.
    func date(at i: Int, day d: Int) -> DateParts? {
        guard (1...31).contains(d) else { return nil }
        // "D/M", "D-M", "D.M" (the separator glued to both numbers).
        if i + 1 < tokCount, toks[i + 1].kind == .punct, !toks[i + 1].sp {
            let sep = UInt8(truncatingIfNeeded: toks[i + 1].h)
            if sep == UInt8(ascii: "/") || sep == UInt8(ascii: "-") || sep == UInt8(ascii: "."),
               let m = intValue(i + 2), (1...12).contains(m), !toks[i + 2].sp {
                if isP(i + 3, sep), !toks[i + 3].sp, let y = intValue(i + 4), (1900...2100).contains(y) {
                    return DateParts(y: y, m: m, d: d, next: i + 5)
                }
                if sep == UInt8(ascii: "-"), isP(i + 3, UInt8(ascii: "-")) { return nil }
                return DateParts(y: nil, m: m, d: d, next: i + 3)
            }
        }
        if sep2(i + 1), let m = intValue(i + 2), (1...12).contains(m) {
            // "16 / 3 - 15 / 4" with spaces.
            return DateParts(y: nil, m: m, d: d, next: i + 3)
        }
        // "18 tháng 3 năm 2014"
        if isW(i + 1, W.thang), let m = intValue(i + 2), (1...12).contains(m) {
            if isW(i + 3, W.nam), let y = intValue(i + 4), (1900...2100).contains(y) {
                return DateParts(y: y, m: m, d: d, next: i + 5)
            }
            return DateParts(y: nil, m: m, d: d, next: i + 3)
        }
        return nil
    }

    private func sep2(_ i: Int) -> Bool { isP(i, UInt8(ascii: "/")) }

    func year(at i: Int) -> Int? {
        guard let y = intValue(i), (1990...2100).contains(y), toks[i].e - toks[i].s == 4 else { return nil }
        return y
    }

    /// "/2022", "-2017", " năm 2022" after a month or quarter; also "năm nay" (the year published)
    /// and "năm ngoái / năm trước" (the year before it).
    func yearSuffix(_ i: Int) -> (Int, Int)? {
        if (isP(i, UInt8(ascii: "/")) || isP(i, UInt8(ascii: "-"))), let y = year(at: i + 1) { return (y, i + 2) }
        if isW(i, W.nam), let y = year(at: i + 1) { return (y, i + 2) }
        if isW(i, W.nam), let published = pub?.year {
            if isW(i + 1, W.nay) { return (published, i + 2) }
            // ("Quý I năm tới / năm sau": of the year after publication.)
            if isW(i + 1, W.toi) || isW(i + 1, W.sau) && !isNum(i + 2) { return (published + 1, i + 2) }
            if isW(i + 1, W.ngoai) || isW(i + 1, W.truoc) { return (published - 1, i + 2) }
        }
        if (isW(i, W.of) || isW(i, W.in_)), let y = year(at: i + 1) { return (y, i + 2) }
        if isP(i, UInt8(ascii: ",")), let y = year(at: i + 1), W.monthNames.contains(w(i - 1)) { return (y, i + 2) }
        if let y = year(at: i), toks[i].sp { return (y, i + 1) }
        return nil
    }

    func romanOrInt(_ i: Int) -> Int? {
        if let k = W.romans.firstIndex(of: w(i)) { return k + 1 }
        if let v = intValue(i), (1...40).contains(v) { return v }
        return nil
    }

    /// A small count: digits or an English number word.
    func smallCount(_ i: Int) -> Int? {
        if let v = intValue(i) { return v }
        if let k = W.englishNumbers.firstIndex(of: w(i)) { return k + 1 }
        return nil
    }

    /// Whether the period at `i..<periodEnd` dates the level a change started from: right after
    /// "từ / from <amount>" and right before "lên / xuống / còn / to".
    func startingLevelBefore(_ i: Int, periodEnd: Int) -> Bool {
        let next = isW(periodEnd, W.cua) ? periodEnd + 1 : periodEnd
        guard Analysis.changesTo(w(next)) else { return false }
        var j = i - 1
        while j >= max(0, i - 5), !isPunctLike(j) {
            if isNum(j) { return isW(j - 1, W.tu) || isW(j - 1, W.from) }
            j -= 1
        }
        return false
    }

    /// "lên", "xuống", "còn", "to": where the level a change reached follows.
    static func changesTo(_ h: UInt64) -> Bool { h == W.len || h == W.xuong || h == W.con || h == W.to }

    /// Is the token just before `i` (skipping "cùng kỳ") a comparison ("so với", "compared to", "than")?
    func comparisonBefore(_ i: Int) -> Bool {
        var j = i - 1
        var steps = 0
        while j >= 0, steps < 7 {
            let c = cue(j)
            if c == .compare { return true }
            // "bằng 1,2 lần tháng 3", "gấp đôi năm 2023", "1.2 times that of March": a multiple of the base.
            if isW(j, W.lan) || isW(j, W.times), isNum(j - 1) { return true }
            // "up 15% from the first ten months of 2023": "from" right after a change; "an increase of
            // 11.8% over last year".
            if isW(j, W.from) || isW(j, W.over), isP(j - 1, UInt8(ascii: "%")) || cue(j - 1) == .percentWord { return true }
            if c == .yoy { j = Int(spans[Int(cueOf[j])].a) - 1; steps += 1; continue }
            if isW(j, W.the) || isW(j, W.same) || isW(j, W.period) || isW(j, W.in_) || isW(j, W.of) || isW(j, W.voi) { j -= 1; steps += 1; continue }
            // "from the same month / the corresponding period / Q3 / the first nine months last year".
            if format == .english, isW(j, W.month) || isW(j, W.months) || isW(j, W.quarter) || isW(j, W.corresponding) || isW(j, W.time)
                || isW(j, W.first) || isW(j, W.half) || isW(j, W.q) || isNum(j) || W.englishNumbers.contains(w(j)) {
                j -= 1; steps += 1; continue
            }
            // "so với (dịp) Tết (Nguyên đán) năm 2023", "so với dịp lễ năm ngoái": the holiday a year before.
            if isW(j, W.tet) || isW(j, W.dip) || isW(j, W.le) || isW(j, W.nguyen) || isW(j, W.dan) || isW(j, W.nghi) || isW(j, W.ky) {
                j -= 1; steps += 1; continue
            }
            // "so với kết quả thực hiện trong nửa cuối tháng 9": the wording of the customs releases.
            if isW(j, W.ket) || isW(j, W.qua) || isW(j, W.thuc) || isW(j, W.hien) || isW(j, W.trong) {
                j -= 1; steps += 1; continue
            }
            break
        }
        return false
    }

    /// Does a target phrase ("dự toán", "chỉ tiêu (được giao)", "kế hoạch", "target") end within
    /// the three tokens before `i`, with no punctuation between?
    func targetRightBefore(_ i: Int) -> Bool {
        var j = i - 1
        while j >= max(0, i - 3), !isPunctLike(j) {
            if cue(j) == .targetEst || cue(j) == .targetStretch { return true }
            j -= 1
        }
        return false
    }

    /// Does "same period" (with "of" / "the" between) end just before `i`?
    func samePeriodBefore(_ i: Int) -> Bool {
        var j = i - 1
        while j > i - 3, isW(j, W.of) || isW(j, W.the) { j -= 1 }
        return isW(j, W.period) && isW(j - 1, W.same)
    }

    /// Words that can start a period expression (everything else is skipped at once).
    /// (Marked `WordTable.periodStart` on their tokens.)
    static let periodStartWords: [UInt64] = [
        W.tu, W.from, W.between, W.ket, W.tinh, W.luy, W.den, W.toi, W.as_, W.by, W.through, W.until, W.hien, W.nua, W.quy,
        W.thang, W.nam, W.in_, W.for_, W.of, W.this, W.last, W.first, W.ngay, W.het, W.q, W.whole, W.full, W.end,
        W.mung, W.mong, W.so_, W.ky, W.second, W.latter, W.hh, W.since, W.sept, W.dip, W.nghi, W.year, W.final, W.up, W.to, W.past,
    ] + W.monthNames + W.monthAbbreviations + W.ordinalQuarter + W.countWords + W.englishNumbers

    mutating func findPeriods() {
        // The scan marks the tokens it covers straight into `inPeriod`, taken out of `self` for
        // the time (it reads the analysis, so cannot write it); no list of ranges in between.
        var covered: [Bool] = []
        swap(&covered, &inPeriod)
        // The scan appends straight to `periods` (taken out the same way; empty here, with a spare
        // buffer, see `SpareBuffers`).
        var found = take(&periods)
        scanPeriods(marking: &covered, into: &found)
        periods = found
        swap(&covered, &inPeriod)
    }

    /// The period expressions in token order; marks the tokens each one covers in `covered`.
    /// Not mutating, so that the many `periodAt` calls do not copy the analysis (a mutating
    /// caller would).
    func scanPeriods(marking covered: inout [Bool], into found: inout [PM]) {
        let n = tokCount
        // Reports name a few dozen periods at most: one allocation instead of repeated growth.
        found.reserveCapacity(found.count + 32)
        // `periodAt` overwrites all of it when it finds a period.
        var p = PM(a: 0, b: 0, sY: nil, sM: 1, sD: 1, eY: nil, eM: 0, eD: 0)
        var restatedUntil = 0  // the ")" of a parenthesis that tells the period before it again
        ft.bytes.withUnsafeBufferPointer { bp in
            toks.withUnsafeBufferPointer { tp in
                var i = 0
                while i < n {
                    // Only start words and a few numbers can begin a period: the rest is skipped
                    // here, without the call of `periodAt`. First, in a loop of its own that reads
                    // two bytes of each token, to the next number or start word.
                    while i < n, tp[i].kind != .num, tp[i].kind != .word || tp[i].lex & WordTable.periodStart == 0 { i += 1 }
                    guard i < n else { break }
                    let t = tp[i]
                    let candidate = switch t.kind {
                    case .word: t.lex & WordTable.periodStart != 0 && Analysis.wordMayStartPeriod(tp, t.h, i)
                    case .num: Analysis.numberMayStartPeriod(tp, i, bp)
                    case .punct, .nl: false
                    }
                    guard candidate, periodAt(i, into: &p) else { i += 1; continue }
                    // A span pointing back takes its days from the periods named before it; none without one.
                    if let context = p.ofContext, !spanOfContext(context, into: &p, found: found) { i += 1; continue }
                    // Any period a comparison names ("so với 10 tháng năm 2023", "so với kỳ 2 tháng
                    // 10/2024") is the comparison's: it only tells the year (see `sameMonthsCompared`).
                    if !p.hint, comparisonBefore(i) { p.hint = true; p.hintYear = p.eY ?? p.sY }
                    // "tăng từ 3,2 tỷ USD năm 2022 lên 4,1 tỷ USD": the period of the level a change
                    // started from, not of the figures told.
                    if !p.hint, startingLevelBefore(i, periodEnd: p.b) { p.hint = true; p.hintYear = nil }
                    // "bằng 7,5% dự toán năm 2024": the year a target is for dates its own sentence
                    // (the target), not the sentences after it.
                    if !p.hint, targetRightBefore(i) { p.sentenceOnly = true }
                    // "Từ 25/1 đến 2/2/2025 (tức 26 tháng Chạp đến mùng 5 Tết)": the same days told again,
                    // in the lunar calendar, in parentheses right after them (every period up to the ")").
                    // (The parenthesis opens right where that period ends; "tức" or the lunar calendar's
                    // words tell a restatement from a refinement, "Năm 2023 (tính đến 15/12)".)
                    if !p.hint, let last = found.last, !last.hint, case let open = last.b, i > open, i - open <= 4,
                       isP(open, UInt8(ascii: "(")), let close = restatement(openingAt: open) {
                        restatedUntil = close
                    }
                    if i < restatedUntil { p.hint = true; p.hintYear = nil }
                    let end = p.b
                    p.text = label(i, end)
                    found.append(p)
                    for k in i..<max(i, min(end, n)) { covered[k] = true }
                    i = max(end, i + 1)
                }
            }
        }
    }

    /// False when the start word `h` at `i` cannot begin a period because of the token after it
    /// (the forms of `periodAt` for these words): "in / for / of" need a year next ("for" also "the
    /// year"); "năm" a year,
    /// "nay", "qua" or the end of a phrase; "this / last" "year"; "hiện" "nay"; "nửa" "đầu / cuối /
    /// năm"; "tính" "từ / đến / tới"; "as" "of". "ngày" begins none by itself (only the number
    /// after "trong ngày").
    @inline(__always) static func wordMayStartPeriod(_ tp: UnsafeBufferPointer<Tok>, _ h: UInt64, _ i: Int) -> Bool {
        let atEnd = i + 1 >= tp.count
        let nextKind = atEnd ? TK.nl : tp[i + 1].kind  // (the end of the text ends a phrase)
        let next: UInt64 = !atEnd && nextKind == .word ? tp[i + 1].h : 0
        switch h {
        case W.ngay: return false
        case W.tinh: return next == W.tu || next == W.den || next == W.toi
        case W.as_: return next == W.of || next == W.at
        // English numbers start only "nine-month …" and "nine months to September".
        case W.one, W.two, W.three, W.four, W.five, W.six, W.seven, W.eight, W.nine, W.ten, W.eleven, W.twelve:
            return nextKind == .punct || next == W.months
        case W.up: return next == W.to
        case W.to: return next == W.date
        case W.in_, W.of: return nextKind == .num
        case W.for_: return nextKind == .num || (next == W.the && i + 2 < tp.count && tp[i + 2].h == W.year)
        case W.nam:
            return nextKind != .word || next == W.nay || next == W.qua || next == W.ngoai || next == W.thang || next == W.vua
                || next == W.toi || next == W.sau
                || (i > 0 && tp[i - 1].h == W.ca)  // "cả năm đạt …": the whole year
                || (i > 0 && tp[i - 1].h == W.trong && (next == W.dat || next == W.uoc || next == W.thu || next == W.la))
        case W.whole, W.full: return next == W.year || nextKind == .punct  // ("full-year")
        case W.mung, W.mong: return nextKind == .num
        case W.so_: return next == W.far
        case W.ky: return nextKind == .num || next == W.i || next == W.ii || next == W.nghi || nextKind == .punct  // ("Trong kỳ,")
        case W.dip: return next == W.nghi || next == W.tet
        case W.year: return next == W.to || next == W.through
        case W.nghi: return next == W.tet
        case W.end: return next == W.the
        case W.mot, W.hai, W.ba, W.bon, W.sau, W.bay, W.tam, W.chin: return next == W.thang || next == W.quy
        case W.muoi: return next == W.thang || next == W.mot || next == W.hai
        case W.this: return next == W.year
        case W.last: return next == W.year || next == W.month || next == W.quarter || nextKind == .num || W.englishNumbers.contains(next)
        case W.second, W.latter: return next == W.half || next == W.quarter || nextKind == .punct  // ("second-quarter")
        case W.hien: return next == W.nay
        case W.het: return next == W.thang || next == W.quy || next == W.ngay || next == W.nam
        case W.ket: return next == W.thuc  // "Kết thúc quý III"
        case W.q, W.hh: return nextKind == .num
        case W.since: return next == W.the || W.englishMonth(next) != nil
        case W.nua: return next == W.dau || next == W.cuoi || next == W.nam
        default: return true
        }
    }

    /// Whether the number token at `i` can begin one of the number forms of `periodAt`: digits
    /// only, a four-digit year 1990...2100, or a value in 1...300 before "tháng" / "ngày" ("6 tháng",
    /// "50 ngày đầu", "18 tháng 3") or, up to 31, before "/", "-", "." (a date "D/M", "D-M", "D.M");
    /// anything else can only be a compact date "D.M.YYYY", eight bytes at least.
    @inline(__always) static func numberMayStartPeriod(_ tp: UnsafeBufferPointer<Tok>, _ i: Int,
                                                       _ bp: UnsafeBufferPointer<UInt8>) -> Bool {
        let t = tp[i]
        let s = Int(t.s), e = Int(t.e)
        guard let v = NumberParser.int(bp, s, e) else { return e - s >= 8 || monthsAndAHalf(tp, i, bp) }
        if e - s == 4 && (1990...2100).contains(v) { return true }
        guard (1...300).contains(v), i + 1 < tp.count else { return false }
        let next = tp[i + 1]
        switch next.kind {
        case .word: return next.h == W.thang || next.h == W.ngay || (next.h == W.months && v <= 12) || (next.h == W.quy && v <= 4)
            || (next.h == W.tuan && v == 2)
        case .punct:
            let c = UInt8(truncatingIfNeeded: next.h)
            return v <= 31 && (c == UInt8(ascii: "/") || c == UInt8(ascii: "-") || c == UInt8(ascii: "."))
        case .num, .nl: return false
        }
    }

    /// The days of a span that points back (`PM.ofContext`) from the periods `found` before it, into `p`;
    /// false when none fits.
    func spanOfContext(_ context: PM.SpanOfContext, into p: inout PM, found: [PM]) -> Bool {
        switch context {
        case .quarter:
            // The quarter of the last period named, with its year.
            guard let last = found.last(where: { !$0.hint && $0.eM > 0 }), let y = last.eY ?? last.sY ?? pub?.year else { return false }
            let first = (last.eM - 1) / 3 * 3 + 1
            (p.sM, p.eM, p.sY, p.eY) = (first, first + 2, y, y)
        case .month:
            guard let last = found.last(where: { !$0.hint && $0.eM > 0 && $0.sM == $0.eM && $0.sD == 1 && $0.eD == 0 }),
                  let y = last.eY ?? last.sY ?? pub?.year else { return false }
            (p.sM, p.eM, p.sY, p.eY) = (last.sM, last.eM, y, y)
        case .report:
            guard let first = found.first(where: { !$0.hint && !$0.sentenceOnly && $0.eM > 0 && !$0.toNow }) else { return false }
            (p.sY, p.sM, p.sD, p.eY, p.eM, p.eD) = (first.sY, first.sM, first.sD, first.eY, first.eM, first.eD)
        }
        return true
    }

    /// "5,5 tháng đầu năm": months and a half (outlined: the caller is inlined into the scan's loop).
    @inline(never) static func monthsAndAHalf(_ tp: UnsafeBufferPointer<Tok>, _ i: Int, _ bp: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(tp[i].s), e = Int(tp[i].e)
        let half = e - s >= 3 && e - s <= 4 && bp[e - 1] == UInt8(ascii: "5") && (bp[e - 2] == UInt8(ascii: ",") || bp[e - 2] == UInt8(ascii: "."))
        return half && i + 1 < tp.count && tp[i + 1].h == W.thang
    }

    /// The period expression starting at `i`, if any, into `out` (its end token is `b`).
    /// (Written into the caller's value: returning the large optional would copy it twice on
    /// every call, most of which find nothing.)
    func periodAt(_ i: Int, into out: inout PM) -> Bool {
        let t = toks[i]
        // ---- ranges "từ (ngày) D/M(/Y) đến (hết) (ngày) D/M(/Y)" and YTD forms ----
        if t.kind == .word {
            let h = t.h
            // "sáu tháng đầu năm 2024", "mười một tháng năm 2023": a count written out.
            if let count = W.count(h) {
                var n = count
                var thang = i + 1
                if n == 10, isW(i + 1, W.mot) || isW(i + 1, W.hai) { n += isW(i + 1, W.mot) ? 1 : 2; thang += 1 }
                // (Unanchored where it opens the sentence's phrase of time, before a comma or its verb: "Chín
                // tháng, …", "Trong sáu tháng, …", not "sau hai tháng triển khai".)
                let sentenceStart = sents[Int(sentOf[i])].lowerBound
                let opens = (i == sentenceStart || (isW(i - 1, W.trong) && i - 1 == sentenceStart)) && isPunctLike(thang + 1)
                if isW(thang, W.thang), monthsOfYear(n, at: i, thang: thang, anchored: !opens, into: &out) { return true }
                if isW(i + 1, W.quy), quartersOfYear(count, from: i, quy: i + 1, into: &out) { return true }
            }
            if h == W.mung || h == W.mong { return lunarNewYearDays(from: i, into: &out) }
            // "kỳ nghỉ Tết", "dịp (nghỉ) Tết Nguyên đán Giáp Thìn", "nghỉ Tết": the official holiday.
            // ("9 ngày nghỉ Tết" is the number's to read, with its count of days.)
            if h == W.ky || h == W.dip || (h == W.nghi && !(isW(i - 1, W.ngay) && isNum(i - 2))) {
                var j = i
                if h != W.nghi { j += 1 }
                if isW(j, W.nghi) { j += 1 }
                if isW(j, W.tet), tetHoliday(days: nil, from: i, at: j, into: &out) { return true }
            }
            // "kỳ 1 tháng 3/2024", "kỳ II tháng 12": the statistics' half-months.
            if h == W.ky {
                if isW(i - 1, W.trong), isPunctLike(i + 1) {
                    var p = PM(a: i, b: i + 1, sY: nil, sM: 1, sD: 1, eY: nil, eM: 12, eD: 0)
                    p.ofContext = .report
                    out = p; return true
                }
                guard let k = romanOrInt(i + 1), k == 1 || k == 2 else { return false }
                if let half = halfMonth(k, from: i, at: i + 2) { out = half; return true }
                return false
            }
            if h == W.tu || h == W.from || h == W.between || (h == W.tinh && isW(i + 1, W.tu)) {
                var j = i + 1
                if h == W.tinh { j += 1 }
                if isW(j, W.ngay) { j += 1 }
                // "từ 0h - 11h30 ngày 1/1": a single day.
                if isNum(j), isW(j + 1, W.hh) {
                    var k = j
                    while k < min(tokCount, j + 8), !isW(k, W.ngay) { k += 1 }
                    if isW(k, W.ngay), let d = date(at: k + 1) {
                        out = PM(a: i, b: d.next, sY: d.y, sM: d.m, sD: d.d, eY: d.y, eM: d.m, eD: d.d); return true
                    }
                }
                // "Từ năm 2021 đến (hết) năm 2025", "từ 2021 đến 2024": whole years (to now: below).
                let yearAt = isW(j, W.nam) ? j + 1 : j
                if let y0 = year(at: yearAt), isW(yearAt + 1, W.den) || isW(yearAt + 1, W.toi) || isP(yearAt + 1, UInt8(ascii: "-")) {
                    var k = yearAt + 2
                    if isW(k, W.het) { k += 1 }
                    if isW(k, W.nam) { k += 1 }
                    if let y1 = year(at: k), y1 > y0 {
                        out = PM(a: i, b: k + 1, sY: y0, sM: 1, sD: 1, eY: y1, eM: 12, eD: 31); return true
                    }
                    if isW(yearAt + 1, W.den), isW(yearAt + 2, W.nay) {
                        var p = PM(a: i, b: yearAt + 3, sY: y0, sM: 1, sD: 1, eY: nil, eM: 0, eD: 0)
                        p.toNow = true
                        out = p; return true
                    }
                }
                // "từ đầu năm (2017) đến ..."
                var startYear: Int?
                var ytd = false
                var startMonth = 0
                var startDay = 1
                var startKnown = false
                var startDate = false  // the start is a day ("từ ngày 1/7/2025")
                if isW(j, W.dau), isW(j + 1, W.nam) {
                    ytd = true
                    j += 2
                    if let y = year(at: j) { startYear = y; j += 1 }
                } else if isW(j, W.dau), isW(j + 1, W.quy), let q = romanOrInt(j + 2), (1...4).contains(q) {
                    // "từ đầu quý IV(/2024) đến …": from the quarter's first day.
                    startMonth = 3 * q - 2
                    startKnown = true
                    j += 3
                    if let (y, nx) = yearSuffix(j) { startYear = y; j = nx }
                } else if let (m, y, nx) = monthAt(isW(j, W.dau) ? j + 1 : j) {
                    // "từ (đầu) tháng 5/2024 đến …": from the month's first day.
                    startMonth = m
                    startKnown = true
                    startYear = y
                    j = nx
                } else if let m = W.monthNames.firstIndex(of: w(j)), !isNum(j + 1) || h == W.between || year(at: j + 1) != nil {
                    startMonth = m + 1
                    startKnown = true
                    j += 1
                    if let y = year(at: j) { startYear = y; j += 1 }
                } else if let d = date(at: j) {
                    startMonth = d.m; startDay = d.d; startYear = d.y; startKnown = true
                    startDate = true
                    j = d.next
                } else if let d = intValue(j), (1...31).contains(d), toks[j].e - toks[j].s <= 2 {
                    // "từ ngày 14 đến 20/2": the month comes with the end.
                    startDay = d
                    j += 1
                } else { return false }
                guard isW(j, W.den) || isW(j, W.toi) || isP(j, UInt8(ascii: "-")) || isW(j, W.to) || isW(j, W.until) || isW(j, W.and)
                    || isW(j, W.through) else {
                    if ytd {
                        // "Từ đầu năm, …" with no end: the year so far, as "từ đầu năm đến nay", unless a
                        // period just named is over by publication (`toEndOfContext`).
                        var p = PM(a: i, b: j, sY: startYear, sM: 1, sD: 1, eY: nil, eM: 0, eD: 0)
                        p.toNow = true
                        p.toEndOfContext = true
                        out = p; return true
                    }
                    // "(Kể) từ ngày 1/7/2025, Chi cục … đã …": from that day to publication (as "… đến nay").
                    // ("from January 2020" alone, a month, is not read as a range.)
                    if startDate, h == W.tu, isW(i - 1, W.ke) || isW(i + 1, W.ngay), isP(j, UInt8(ascii: ",")) {
                        var p = PM(a: i, b: j, sY: startYear, sM: startMonth, sD: startDay, eY: nil, eM: 0, eD: 0)
                        p.toNow = true
                        out = p; return true
                    }
                    return false
                }
                j += 1
                if isW(j, W.het) { j += 1 }
                if isW(j, W.ngay) { j += 1 }
                if isW(j, W.nay) || (isW(j, W.thoi) && isW(j + 1, W.diem)) {
                    let end = isW(j, W.nay) ? j + 1 : (isW(j + 2, W.nay) ? j + 3 : j + 2)
                    // ("Từ đầu năm đến nay" is of the year of publication, whatever year the text named before.)
                    var p = PM(a: i, b: end, sY: startYear ?? (ytd ? pub?.year : nil), sM: ytd ? 1 : max(1, startMonth), sD: ytd ? 1 : startDay,
                               eY: nil, eM: 0, eD: 0)
                    p.toNow = true
                    out = p; return true
                }
                if isW(j, W.cuoi), isW(j + 1, W.thang), let m = intValue(j + 2), (1...12).contains(m) {
                    var k = j + 3
                    var ey: Int?
                    if let (y, nx) = yearSuffix(k) { ey = y; k = nx }
                    let sm = ytd ? 1 : (startMonth == 0 ? 1 : startMonth)
                    out = PM(a: i, b: k, sY: startYear ?? ey, sM: sm, sD: ytd ? 1 : startDay, eY: ey ?? startYear, eM: m, eD: 0); return true
                }
                if let (m, ey, k) = monthAt(j) {
                    let sm = ytd ? 1 : max(1, startMonth)
                    var sy = startYear ?? ey
                    // "từ tháng 11 đến tháng 2/2023": the start is in the year before.
                    if startYear == nil, let y = ey, sm > m { sy = y - 1 }
                    out = PM(a: i, b: k, sY: sy, sM: sm, sD: ytd ? 1 : startDay, eY: ey ?? startYear, eM: m, eD: 0); return true
                }
                // ("September 2024", not "September 15": a day makes a date, read below.)
                if let m = W.monthNames.firstIndex(of: w(j)), h == W.between || !isNum(j + 1) || year(at: j + 1) != nil {
                    var k = j + 1
                    var ey: Int?
                    if let y = year(at: k) { ey = y; k += 1 } else if isW(k, W.this), isW(k + 1, W.year) { ey = pub?.year; k += 2 }
                    out = PM(a: i, b: k, sY: startYear ?? ey, sM: max(1, startMonth), sD: 1, eY: ey ?? startYear, eM: m + 1, eD: 0); return true
                }
                if let d = date(at: j) {
                    let sm = ytd ? 1 : (startMonth == 0 ? d.m : startMonth)
                    let sd = ytd ? 1 : startDay
                    var sy = startYear
                    var ey = d.y
                    if sy == nil, let y = ey, sm <= d.m { sy = y }
                    if ey == nil, let y = sy, sm <= d.m { ey = y }
                    if sy == nil, let y = ey, sm > d.m { sy = y - 1 }
                    out = PM(a: i, b: d.next, sY: sy, sM: sm, sD: sd, eY: ey, eM: d.m, eD: d.d); return true
                }
                // "from February 8 to 16", "từ ngày 8/2 đến ngày 16": the last day in the first one's month.
                if startKnown, startMonth > 0, let d = intValue(j), d > startDay, d <= 31, toks[j].e - toks[j].s <= 2,
                   !isP(j + 1, UInt8(ascii: "/")), !isP(j + 1, UInt8(ascii: "-")), !unitFollows(j + 1) {
                    out = PM(a: i, b: j + 1, sY: startYear, sM: startMonth, sD: startDay, eY: startYear, eM: startMonth, eD: d); return true
                }
                return false
            }
            // "tính đến (hết) (ngày) D/M", "lũy kế (tính) đến", "đến (hết) ngày D/M", "as of June 11", "by November 30"
            var j = i
            var ytdStart = false
            if h == W.tinh, isW(i + 1, W.den) || isW(i + 1, W.toi) { j = i + 2; ytdStart = true }
            else if h == W.luy, isW(i + 1, W.ke) {
                j = i + 2
                if isW(j, W.tinh) { j += 1 }
                if isW(j, W.tu), isW(j + 1, W.dau), isW(j + 2, W.nam) { j += 3 }
                if isW(j, W.den) || isW(j, W.toi) { j += 1 }
                ytdStart = true
            } else if h == W.den || h == W.toi { j = i + 1; ytdStart = true }
            else if h == W.het { j = i; ytdStart = true }  // "Hết tháng 6/2024, …": by the end of June
            // ("Kết thúc quý III, …", "Kết thúc tháng 9": as "hết".)
            else if h == W.ket, isW(i + 1, W.thuc), isW(i + 2, W.thang) || isW(i + 2, W.quy) { j = i + 2; ytdStart = true }
            else if h == W.as_, isW(i + 1, W.of) || isW(i + 1, W.at) { j = i + 2; ytdStart = true }
            else if h == W.up, isW(i + 1, W.to) { j = i + 2; ytdStart = true }  // "Up to September 30, …"
            else if h == W.by || h == W.through || h == W.until { j = i + 1; ytdStart = true }
            if ytdStart {
                if isW(j, W.het) { j += 1 }
                // "đến 14 giờ 15 phút chiều ngày 30-12-2016", "đến sáng 21-12"
                var t2 = j
                while t2 < min(tokCount, j + 7), isNum(t2) || isW(t2, W.gio) || isW(t2, W.phut) || isW(t2, W.sang) || isW(t2, W.chieu) || isW(t2, W.trua) || isW(t2, W.hh) {
                    t2 += 1
                }
                if t2 > j, isW(t2, W.ngay) || isW(t2 - 1, W.sang) || isW(t2 - 1, W.chieu) {
                    if isW(t2, W.ngay) { j = t2 } else if date(at: t2 - 1) == nil { j = t2 }
                }
                let hadNgay = isW(j, W.ngay)
                if hadNgay { j += 1 }
                if isW(j, W.the), isW(j + 1, W.end), isW(j + 2, W.of) {
                    // "by the end of September 2018"
                    if let m = W.monthNames.firstIndex(of: w(j + 3)) {
                        var k = j + 4
                        var y: Int?
                        if let yy = year(at: k) { y = yy; k += 1 }
                        out = PM(a: i, b: k, sY: y, sM: 1, sD: 1, eY: y, eM: m + 1, eD: 0); return true
                    }
                    // "by the end of the second quarter / of Q2 / of the first half (of 2024)": the year to then.
                    if let months = englishPartOfYear(isW(j + 3, W.the) ? j + 4 : j + 3) {
                        let (y, end) = englishYearAfter(months.next)
                        out = PM(a: i, b: end, sY: y, sM: 1, sD: 1, eY: y, eM: months.last, eD: 0); return true
                    }
                }
                if isW(j, W.nay) || (isW(j, W.thoi) && isW(j + 1, W.diem)) || (isW(j, W.hien) && isW(j + 1, W.nay)) {
                    guard h != W.by, h != W.through else { return false }
                    // "(cao nhất) từ trước đến nay", "kể từ khi thành lập (Cục) đến nay": ever, no period.
                    if isW(i - 1, W.truoc) && isW(i - 2, W.tu) { return false }
                    for k in max(0, i - 6)..<i where isW(k, W.khi) && isW(k - 1, W.tu) { return false }
                    let end = isW(j, W.nay) ? j + 1 : (isW(j + 2, W.nay) ? j + 3 : j + 2)
                    var p = PM(a: i, b: end, sY: nil, sM: 1, sD: 1, eY: nil, eM: 0, eD: 0)
                    p.toNow = true
                    out = p; return true
                }
                if isW(j, W.cuoi), isW(j + 1, W.thang), let m = intValue(j + 2), (1...12).contains(m) {
                    var k = j + 3
                    var y: Int?
                    if let (yy, nx) = yearSuffix(k) { y = yy; k = nx }
                    out = PM(a: i, b: k, sY: y, sM: 1, sD: 1, eY: y, eM: m, eD: 0); return true
                }
                // "tính đến hết kỳ 1 tháng 3/2024", "đến hết nửa đầu tháng 3": the year to the end of that half.
                if isW(j, W.ky) || isW(j, W.nua), let half = halfMonth(
                    isW(j, W.nua) ? (isW(j + 1, W.cuoi) ? 2 : 1) : (romanOrInt(j + 1) ?? 0), from: i, at: j + 2) {
                    var p = half
                    p.sM = 1
                    p.sD = 1
                    out = p; return true
                }
                // "tính đến giữa tháng 10/2024", "đến trung tuần tháng 10": the year to the middle of that month.
                let middle = isW(j, W.giua) ? j + 1 : (isW(j, W.trung) && isW(j + 1, W.tuan) ? j + 2 : nil)
                if let m0 = middle, let (m, y, k) = monthAt(m0) {
                    out = PM(a: i, b: k, sY: y, sM: 1, sD: 1, eY: y, eM: m, eD: 15); return true
                }
                // "tính đến (hết) tháng 11/2024": the year to the end of that month.
                if let (m, y, k) = monthAt(j) {
                    out = PM(a: i, b: k, sY: y, sM: 1, sD: 1, eY: y, eM: m, eD: 0); return true
                }
                // "Through November (2024)", "by September": the year to the end of that month.
                if h == W.through || h == W.by || h == W.until, let mo = W.englishMonth(w(j)), toks[j].up, !isNum(j + 1) || year(at: j + 1) != nil {
                    var k = j + 1
                    var y: Int?
                    if let yy = year(at: k) { y = yy; k += 1 }
                    out = PM(a: i, b: k, sY: y, sM: 1, sD: 1, eY: y, eM: mo + 1, eD: 0); return true
                }
                // "đến hết quý II/2024": the year to the end of that quarter.
                if isW(j, W.quy), let q = romanOrInt(j + 1), (1...4).contains(q) {
                    var k = j + 2
                    var y: Int?
                    if let (yy, nx) = yearSuffix(k) { y = yy; k = nx }
                    out = PM(a: i, b: k, sY: y, sM: 1, sD: 1, eY: y, eM: q * 3, eD: 0); return true
                }
                // "(dự kiến) đến hết năm (nay / 2024)": the whole year; without its number, an outlook
                // that dates only its sentence.
                if isW(j, W.nam), isW(j - 1, W.het), !isNum(j + 1) || year(at: j + 1) != nil {
                    var k = j + 1
                    var y: Int?
                    if let yy = year(at: k) { y = yy; k += 1 } else if isW(k, W.nay) { y = pub?.year; k += 1 }
                    var p = PM(a: i, b: k, sY: y, sM: 1, sD: 1, eY: y, eM: 12, eD: 31)
                    if year(at: j + 1) == nil { p.sentenceOnly = true }
                    out = p; return true
                }
                if isW(j, W.cuoi), isW(j + 1, W.nam) {
                    var k = j + 2
                    var y: Int?
                    if let yy = year(at: k) { y = yy; k += 1 }
                    out = PM(a: i, b: k, sY: y, sM: 1, sD: 1, eY: y, eM: 12, eD: 31); return true
                }
                if let d = date(at: j) {
                    // "đến 2030" is no date; a date needs a month.
                    out = PM(a: i, b: d.next, sY: d.y, sM: 1, sD: 1, eY: d.y, eM: d.m, eD: d.d); return true
                }
                if h == W.den || h == W.toi || h == W.het { return false }
            }
            // "đến nay", "hiện nay" alone
            if h == W.hien, isW(i + 1, W.nay), !isW(i - 1, W.tu) {
                // "hiện nay" is a time adverb that does not always scope a figure: kept as to-now.
                var p = PM(a: i, b: i + 2, sY: nil, sM: 1, sD: 1, eY: nil, eM: 0, eD: 0)
                p.toNow = true
                out = p; return true
            }
            // "nửa đầu năm", "nửa năm 2016", "nửa cuối năm"
            if h == W.nua {
                var j = i + 1
                var second = false
                if isW(j, W.dau) { j += 1 } else if isW(j, W.cuoi) { second = true; j += 1 }
                // "nửa đầu tháng 3/2024", "nửa cuối tháng 12": a half of the month (the press's "kỳ").
                if j > i + 1, let half = halfMonth(second ? 2 : 1, from: i, at: j) { out = half; return true }
                // ("nửa đầu tháng này": of the month of publication.)
                if j > i + 1, isW(j, W.thang), isW(j + 1, W.nay), let p = pub, let m = p.month {
                    out = PM(a: i, b: j + 2, sY: p.year, sM: m, sD: second ? 16 : 1, eY: p.year, eM: m, eD: second ? 0 : 15); return true
                }
                if isW(j, W.nam) {
                    j += 1
                    var y: Int?
                    if let yy = year(at: j) { y = yy; j += 1 }
                    out = PM(a: i, b: j, sY: y, sM: second ? 7 : 1, sD: 1, eY: y, eM: second ? 12 : 6, eD: 0); return true
                }
                return false
            }
            // "quý I/2022", "quý 1 năm 2023", "Q1/2025", "Q3 2024"
            if h == W.quy || (h == W.q && toks[i].up && isNum(i + 1) && !toks[i + 1].sp),
               let q = romanOrInt(i + 1), (1...4).contains(q) {
                var j = i + 2
                var y: Int?
                if let (yy, nx) = yearSuffix(j) { y = yy; j = nx }
                var p = PM(a: i, b: j, sY: y, sM: q * 3 - 2, sD: 1, eY: y, eM: q * 3, eD: 0)
                if comparisonBefore(i) { p.hint = true; p.hintYear = y }
                out = p; return true
            }
            // "Quý trước, …", "(Trong) quý vừa qua": the quarter before publication's (not "so với quý trước").
            if h == W.quy, let p = quarterBeforePublication(from: i) { out = p; return true }
            // "quý đầu năm (2024)", "quý cuối năm": the first or the last quarter.
            if h == W.quy, quartersOfYear(1, from: i, quy: i, into: &out) { return true }
            // "Trong quý, …", "cả quý đạt …": the quarter of the period named before.
            if h == W.quy, isW(i - 1, W.trong) || isW(i - 1, W.ca),
               isPunctLike(i + 1) || isW(i + 1, W.dat) || isW(i + 1, W.la) || isW(i + 1, W.thu) || isW(i + 1, W.uoc) {
                var p = PM(a: i, b: i + 1, sY: nil, sM: 1, sD: 1, eY: nil, eM: 3, eD: 0)
                p.ofContext = .quarter
                out = p; return true
            }
            // (The cheap test first: the list scan is the costly one.)
            // ("second-quarter revenue": the attributive, hyphenated.)
            let quarterAt = isP(i + 1, UInt8(ascii: "-")) ? i + 2 : i + 1
            if isW(quarterAt, W.quarter), let q = W.ordinalQuarter.firstIndex(of: h) {
                var j = quarterAt + 1
                var y: Int?
                if let (yy, nx) = yearSuffix(j) ?? englishRelativeYear(j) { y = yy; j = nx }
                let qq = q + 1
                out = PM(a: i, b: j, sY: y, sM: qq * 3 - 2, sD: 1, eY: y, eM: qq * 3, eD: 0); return true
            }
            // "tháng 9/2021", "trong tháng 9", "tháng Tư", "tháng 12-2017"
            if h == W.thang {
                var m: Int?
                var j = i + 1
                let wj = w(j)  // read outside the closure below, which would otherwise copy the analysis
                if let v = intValue(j), (1...12).contains(v), toks[j].e - toks[j].s <= 2 { m = v; j += 1 }
                else if let e = W.viMonthWords.first(where: { $0.0 == wj }), !e.2 || toks[j].up {
                    m = e.1
                    j += 1
                    if e.1 == 10, isW(j, W.mot) { m = 11; j += 1 } else if e.1 == 10, isW(j, W.hai) { m = 12; j += 1 }
                }
                // "(Trong) tháng trước, …": the month before publication (not "so với tháng trước").
                // "Tháng cuối năm (2020), …": December.
                if m == nil, isW(i + 1, W.cuoi), isW(i + 2, W.nam), !isNum(i - 1) {
                    var k = i + 3
                    var y: Int?
                    if let yy = year(at: k) { y = yy; k += 1 }
                    out = PM(a: i, b: k, sY: y, sM: 12, sD: 1, eY: y, eM: 12, eD: 0); return true
                }
                // "Trong tháng, …": the month named last (not the cumulative period told since).
                if m == nil, isW(i - 1, W.trong), isPunctLike(i + 1) {
                    var p = PM(a: i, b: i + 1, sY: nil, sM: 1, sD: 1, eY: nil, eM: 1, eD: 0)
                    p.ofContext = .month
                    out = p; return true
                }
                if m == nil, isW(i + 1, W.truoc), isW(i - 1, W.trong) || i == sents[Int(sentOf[i])].lowerBound, !comparisonBefore(i),
                   let p = monthBeforePublication(from: i) {
                    out = p; return true
                }
                // "(Trong) tháng qua, …": the month just past; in a report of its last days, that month.
                let monthVuaQua = isW(i + 1, W.vua) && isW(i + 2, W.qua)
                if m == nil, isW(i + 1, W.qua) || monthVuaQua, isW(i - 1, W.trong) || i == sents[Int(sentOf[i])].lowerBound, !comparisonBefore(i),
                   !pluralBefore(i), !isNum(i - 1), let pubDate = pub, let pm = pubDate.month {
                    if let d = pubDate.day, d >= 25 {
                        out = PM(a: i, b: monthVuaQua ? i + 3 : i + 2, sY: pubDate.year, sM: pm, sD: 1, eY: pubDate.year, eM: pm, eD: 0); return true
                    }
                    if let p = monthBeforePublication(from: i) { out = p; return true }
                }
                // "tháng đầu năm (2024)", "tháng đầu tiên của năm": January (not "những tháng đầu năm",
                // the first months in general).
                if m == nil, isW(i + 1, W.dau) {
                    var k = i + 2
                    if isW(k, W.tien) { k += 1 }
                    if isW(k, W.cua) { k += 1 }
                    let plural = pluralBefore(i) || isNum(i - 1) || W.count(w(i - 1)) != nil
                    if isW(k, W.nam), !plural {
                        k += 1
                        var y: Int?
                        if let yy = year(at: k) { y = yy; k += 1 } else if isW(k, W.nay) { y = pub?.year; k += 1 }
                        out = PM(a: i, b: k, sY: y, sM: 1, sD: 1, eY: y, eM: 1, eD: 0); return true
                    }
                }
                guard let month = m else { return false }
                // "tháng 1-2/2024", "tháng 7 - 9": the months from one to the other.
                var lastMonth = month
                if month < 12, isP(j, UInt8(ascii: "-")), let v = intValue(j + 1), v > month, v <= 12, toks[j + 1].e - toks[j + 1].s <= 2 {
                    lastMonth = v
                    j += 2
                }
                // "tháng 8 và 9/2021": only a hint.
                var y: Int?
                if let (yy, nx) = yearSuffix(j) { y = yy; j = nx }
                var p = PM(a: i, b: j, sY: y, sM: month, sD: 1, eY: y, eM: lastMonth, eD: 0)
                if comparisonBefore(i) || isW(j, W.va) { p.hint = true; p.hintYear = y }
                if isW(i - 1, W.cuoi) || isW(i - 1, W.dau) || isW(i - 1, W.giua) || (isW(i - 1, W.tuan) && isW(i - 2, W.trung)) {
                    p.hint = true; p.hintYear = y
                }
                out = p; return true
            }
            // English months from one to another: "January-October 2024", "the January-October period of 2024".
            // (Abbreviated too: "Jan-Oct", "the Jan-Oct period".)
            if t.up, let m = W.englishMonth(h), isP(i + 1, UInt8(ascii: "-")) || isW(i + 1, W.to),
               let m2 = W.englishMonth(w(i + 2)), m2 > m {
                var j = i + 3
                if isW(j, W.period) { j += 1 }
                var y: Int?
                if let (yy, next) = yearSuffix(j) { y = yy; j = next }
                var p = PM(a: i, b: j, sY: y, sM: m + 1, sD: 1, eY: y, eM: m2 + 1, eD: 0)
                if comparisonBefore(i) { p.hint = true; p.hintYear = y }
                out = p; return true
            }
            // "H1", "H2 2024": a half of the year.
            if h == W.hh, t.up, isNum(i + 1), !toks[i + 1].sp, let half = intValue(i + 1), half == 1 || half == 2 {
                var j = i + 2
                var y: Int?
                if let (yy, next) = yearSuffix(j) { y = yy; j = next }
                out = PM(a: i, b: j, sY: y, sM: half == 1 ? 1 : 7, sD: 1, eY: y, eM: half == 1 ? 6 : 12, eD: 0); return true
            }
            // "since the beginning / start of the year": to the day of publication.
            // (Or "since the start of 2024 / of this year": that year to publication.)
            // "Since July 1(, 2024)": from that day to publication.
            if h == W.since, let d = date(at: i + 1) {
                var p = PM(a: i, b: d.next, sY: d.y, sM: d.m, sD: d.d, eY: nil, eM: 0, eD: 0)
                p.toNow = true
                out = p; return true
            }
            // ("since the beginning of the fourth quarter / of Q4": from the quarter's first day.)
            let sinceQuarter = isW(i + 4, W.the) ? i + 5 : i + 4
            if h == W.since, isW(i + 1, W.the), isW(i + 2, W.beginning) || isW(i + 2, W.start), isW(i + 3, W.of),
               isW(sinceQuarter, W.q) || isW(sinceQuarter + 1, W.quarter) || isW(sinceQuarter + 2, W.quarter),
               let part = englishPartOfYear(sinceQuarter) {
                let (y, end) = englishYearAfter(part.next)
                var p = PM(a: i, b: end, sY: y ?? pub?.year, sM: part.last - 2, sD: 1, eY: nil, eM: 0, eD: 0)
                p.toNow = true
                out = p; return true
            }
            if h == W.since, isW(i + 1, W.the), isW(i + 2, W.beginning) || isW(i + 2, W.start), isW(i + 3, W.of) {
                var y = pub?.year
                var end = i + 4
                if isW(i + 4, W.the), isW(i + 5, W.year) { end = i + 6 } else if isW(i + 4, W.this), isW(i + 5, W.year) { end = i + 6 }
                else if let yy = year(at: i + 4) { y = yy; end = i + 5 } else { return false }
                var p = PM(a: i, b: end, sY: y, sM: 1, sD: 1, eY: nil, eM: 0, eD: 0)
                p.toNow = true
                out = p; return true
            }
            // English month names: "in August", "August 2024" (a date "June 11" is handled by the YTD forms).
            if t.up, let m = W.englishMonth(h), !isNum(i + 1) || year(at: i + 1) != nil {
                var j = i + 1
                var y: Int?
                if let yy = year(at: j) { y = yy; j += 1 } else if let (yy, nx) = englishRelativeYear(j) { y = yy; j = nx }
                // (Or attributive, before a noun: "the department's June revenue", "its May exports".)
                // (Or opening a sentence or a title's clause, "January revenue down 12%", but not the verb "May".)
                let opens = (i == sents[Int(sentOf[i])].lowerBound || isP(i - 1, UInt8(ascii: ":"))) && h != W.may
                let attributive = !isNum(i + 1) && i + 1 < tokCount && toks[i + 1].kind == .word && !toks[i + 1].up
                    && (isW(i - 1, W.its) || isW(i - 1, W.their) || isW(i - 1, W.the) || isW(i - 1, W.s) && isP(i - 2, UInt8(ascii: "'")) || opens)
                guard isW(i - 1, W.in_) || isW(i - 1, W.of) || y != nil || attributive else { return false }
                var p = PM(a: i, b: j, sY: y, sM: m + 1, sD: 1, eY: y, eM: m + 1, eD: 0)
                if comparisonBefore(i) { p.hint = true; p.hintYear = y }
                out = p; return true
            }
            // "năm 2020", "năm nay", "năm qua", "cả năm (2017)", "trong năm"
            if h == W.nam {
                if let y = year(at: i + 1) {
                    if let span = yearSpan(from: i, at: i + 1) { out = span; return true }
                    var p = PM(a: i, b: i + 2, sY: y, sM: 1, sD: 1, eY: y, eM: 12, eD: 31)
                    if comparisonBefore(i) { p.hint = true; p.hintYear = y + 1 }
                    if isW(i - 1, W.cua) && !isW(i - 2, W.thang) { p.hint = true; p.hintYear = y }
                    if cue(i - 1) == .yoy || isW(i - 1, W.ky) { p.hint = true; p.hintYear = y + 1 }
                    out = p; return true
                }
                if isW(i + 1, W.nay), !isW(i - 1, W.ngay) {
                    let y = pub?.year
                    out = PM(a: i, b: i + 2, sY: y, sM: 1, sD: 1, eY: y, eM: 12, eD: 31); return true
                }
                // "Năm tới / Năm sau, …" (an outlook in a year-end review): the year after publication, for its
                // sentence only.
                if isW(i + 1, W.toi) || isW(i + 1, W.sau) && !isNum(i + 2), !comparisonBefore(i), !pluralBefore(i), let p = pub {
                    var next = PM(a: i, b: i + 2, sY: p.year + 1, sM: 1, sD: 1, eY: p.year + 1, eM: 12, eD: 31)
                    next.sentenceOnly = true
                    out = next; return true
                }
                // "nhiều năm qua", "những năm qua", "các / mấy / vài năm qua": years in general, no period.
                // ("năm vừa qua": the same as "năm qua".)
                let vuaQua = isW(i + 1, W.vua) && isW(i + 2, W.qua)
                if isW(i + 1, W.qua) || isW(i + 1, W.ngoai) || vuaQua, !isW(i - 1, W.cua), !pluralBefore(i) {
                    // "năm qua", "trong năm qua", "năm ngoái": the year before publication; but "năm qua"
                    // in a December review is the year it closes ("so với năm qua" there still compares
                    // with the one before).
                    let comparison = comparisonBefore(i) || cue(i - 1) == .yoy || isW(i - 1, W.ky)
                    let closing = (isW(i + 1, W.qua) || vuaQua) && pub?.month == 12 && !comparison
                    let y = pub.map { closing ? $0.year : $0.year - 1 }
                    var p = PM(a: i, b: vuaQua ? i + 3 : i + 2, sY: y, sM: 1, sD: 1, eY: y, eM: 12, eD: 31)
                    if y == nil { p.yearOfContext = false }
                    // "so với cùng kỳ năm ngoái": the base of a comparison, only a hint.
                    if comparison {
                        p.hint = true
                        p.hintYear = y.map { $0 + 1 }
                    }
                    out = p; return true
                }
                // "trong năm," and "cả năm" before anything ("cả năm ước đạt …"): the year of the context.
                // Before a word, an outlook for the year: it dates its sentence only.
                let endsPhrase = isPunctLike(i + 1) || tokCount <= i + 1
                // "Số tờ khai trong năm đạt …", "số thu trong năm ước …": the verb of a figure after it.
                let figureVerb = isW(i - 1, W.trong) && (isW(i + 1, W.dat) || isW(i + 1, W.uoc) || isW(i + 1, W.thu) || isW(i + 1, W.la))
                if isW(i - 1, W.ca) || (isW(i - 1, W.trong) && (endsPhrase || figureVerb)) {
                    var p = PM(a: i, b: i + 1, sY: nil, sM: 1, sD: 1, eY: nil, eM: 12, eD: 31)
                    p.yearOfContext = true
                    // (A figure's verb of fact, "cả năm đạt …", dates what follows too: "Kim ngạch cả năm đạt …
                    // Tổng số tờ khai đạt …"; a sentence of outlooks does not re-date, see `buildRecords`.)
                    p.sentenceOnly = !endsPhrase && !(isW(i + 1, W.dat) || isW(i + 1, W.la) || isW(i + 1, W.thu))
                    out = p; return true
                }
                return false
            }
            // English: "in 2021", "for 2022", "of 2024", "this year", "first nine months of 2024"
            if h == W.in_ || h == W.for_ || h == W.of, let y = year(at: i + 1) {
                var p = PM(a: i, b: i + 2, sY: y, sM: 1, sD: 1, eY: y, eM: 12, eD: 31)
                if comparisonBefore(i) || cue(i - 1) == .yoy || isW(i - 1, W.period) || isW(i - 2, W.same) { p.hint = true; p.hintYear = y + 1 }
                out = p; return true
            }
            // "up 15.7% over the same period (of) last year" is the base of a comparison, not a
            // period to carry to the next sentences.
            // "last month": the month before publication (not "compared with last month").
            // "(in) the year to October (2024)": January to that month; "the year to date": to publication.
            if h == W.year, isW(i + 1, W.to) || isW(i + 1, W.through) {
                if isW(i + 2, W.date) {
                    var p = PM(a: i, b: i + 3, sY: pub?.year, sM: 1, sD: 1, eY: nil, eM: 0, eD: 0)
                    p.toNow = true
                    out = p; return true
                }
                guard let m = W.englishMonth(w(i + 2)) else { return false }
                var j = i + 3
                var y: Int?
                if let (yy, next) = yearSuffix(j) { y = yy; j = next }
                out = PM(a: i, b: j, sY: y, sM: 1, sD: 1, eY: y, eM: m + 1, eD: 0); return true
            }
            // "the last two quarters of 2024 / of this year" (with its year: alone, "the last two quarters"
            // may be the two before publication).
            if h == W.last, let n = smallCount(i + 1), (1...4).contains(n), isW(i + 2, W.quarters), isW(i + 3, W.of) {
                let (y, end) = englishYearAfter(i + 3)
                guard end > i + 3 else { return false }
                out = PM(a: i, b: end, sY: y, sM: 13 - 3 * n, sD: 1, eY: y, eM: 12, eD: 0); return true
            }
            // "the last / final quarter of 2023": its fourth quarter.
            if h == W.last || h == W.final, isW(i + 1, W.quarter), isW(i + 2, W.of) {
                let (y, end) = englishYearAfter(i + 2)
                guard end > i + 2 else { return false }
                out = PM(a: i, b: end, sY: y, sM: 10, sD: 1, eY: y, eM: 12, eD: 0); return true
            }
            if h == W.last, isW(i + 1, W.month), !comparisonBefore(i), let p = monthBeforePublication(from: i) {
                out = p; return true
            }
            if h == W.last, isW(i + 1, W.year), !comparisonBefore(i), !samePeriodBefore(i) {
                var p = PM(a: i, b: i + 2, sY: pub.map { $0.year - 1 }, sM: 1, sD: 1, eY: pub.map { $0.year - 1 }, eM: 12, eD: 31)
                if pub == nil { p.hint = true }
                out = p; return true
            }
            // "the whole / full year (2025)", "end the year at …": the year of the context, or the one written.
            let fullYear = (h == W.whole || h == W.full) && (isW(i + 1, W.year) || isP(i + 1, UInt8(ascii: "-")) && isW(i + 2, W.year))
            if fullYear || (h == W.end || h == W.for_) && isW(i + 1, W.the) && isW(i + 2, W.year) {
                // (And "for the year": "revenue for the year is forecast at …"; "full-year".)
                var b = h == W.end || h == W.for_ || isP(i + 1, UInt8(ascii: "-")) ? i + 3 : i + 2
                var p = PM(a: i, b: b, sY: nil, sM: 1, sD: 1, eY: nil, eM: 12, eD: 31)
                if let y = year(at: b) { p.sY = y; p.eY = y; b += 1; p.b = b } else { p.yearOfContext = true }
                p.sentenceOnly = true
                out = p; return true
            }
            // "so far (this year)", "this year so far": the year to publication, as "từ đầu năm đến nay".
            let soFarAfter = h == W.this && isW(i + 1, W.year) && isW(i + 2, W.so_) && isW(i + 3, W.far)
            if (h == W.so_ && isW(i + 1, W.far)) || soFarAfter {
                let thisYearAfter = !soFarAfter && isW(i + 2, W.this) && isW(i + 3, W.year)
                var p = PM(a: i, b: soFarAfter || thisYearAfter ? i + 4 : i + 2, sY: pub?.year, sM: 1, sD: 1, eY: nil, eM: 0, eD: 0)
                p.toNow = true
                out = p; return true
            }
            // "nine-month revenue", "the nine-month period (of 2024)": months from January (not "a six-month high").
            if isP(i + 1, UInt8(ascii: "-")), isW(i + 2, W.month), !isW(i - 1, W.a), let k = W.englishNumbers.firstIndex(of: h), k >= 1 {
                var j = i + 3
                if isW(j, W.period) { j += 1 }
                let (y, end) = englishYearAfter(j)
                out = PM(a: i, b: end, sY: y, sM: 1, sD: 1, eY: y, eM: k + 1, eD: 0); return true
            }
            // "in the past / last nine months": the months of the year so far, as "9 tháng qua".
            if h == W.past || h == W.last, let n = smallCount(i + 1), (2...12).contains(n), isW(i + 2, W.months),
               let p = pub, let pm = p.month, n <= pm {
                out = PM(a: i, b: i + 3, sY: p.year, sM: 1, sD: 1, eY: p.year, eM: n, eD: 0); return true
            }
            // "the nine months to September (30)": January to then.
            if let n = W.englishNumbers.firstIndex(of: h).map({ $0 + 1 }), let p = monthsTo(n, monthsAt: i + 1, from: i) { out = p; return true }
            // "To date, …", "… has collected VND … to date": the year to publication, as "so far".
            if h == W.to, isW(i + 1, W.date) {
                var p = PM(a: i, b: i + 2, sY: pub?.year, sM: 1, sD: 1, eY: nil, eM: 0, eD: 0)
                p.toNow = true
                out = p; return true
            }
            if h == W.this, isW(i + 1, W.year) {
                let y = pub?.year
                var p = PM(a: i, b: i + 2, sY: y, sM: 1, sD: 1, eY: y, eM: 12, eD: 31)
                if y == nil { p.yearOfContext = true }
                out = p; return true
            }
            if h == W.first {
                // "first half of November", "first 15 days of November (2024)": days of that month.
                if isW(i + 1, W.half), isW(i + 2, W.of), let mo = W.englishMonth(w(i + 3)) {
                    var j = i + 4
                    var y: Int?
                    if let (yy, next) = yearSuffix(j) { y = yy; j = next }
                    out = PM(a: i, b: j, sY: y, sM: mo + 1, sD: 1, eY: y, eM: mo + 1, eD: 15); return true
                }
                // "first fortnight / first two weeks of October": days 1 to 15.
                let fortnight = isW(i + 1, W.fortnight) ? i + 2 : (smallCount(i + 1) == 2 && isW(i + 2, W.weeks) ? i + 3 : nil)
                if let f = fortnight, isW(f, W.of), let mo = W.englishMonth(w(f + 1)) {
                    var j = f + 2
                    var y: Int?
                    if let (yy, next) = yearSuffix(j) { y = yy; j = next }
                    out = PM(a: i, b: j, sY: y, sM: mo + 1, sD: 1, eY: y, eM: mo + 1, eD: 15); return true
                }
                if let d = intValue(i + 1), (1...31).contains(d), isW(i + 2, W.days), isW(i + 3, W.of), let mo = W.englishMonth(w(i + 4)) {
                    var j = i + 5
                    var y: Int?
                    if let (yy, next) = yearSuffix(j) { y = yy; j = next }
                    out = PM(a: i, b: j, sY: y, sM: mo + 1, sD: 1, eY: y, eM: mo + 1, eD: d); return true
                }
                // "first nine months (of 2024 / of this year)", "first four and a half months", "first half"
                var j = i + 1
                // "first three quarters (of 2024)": January to the end of the third quarter.
                if let n = smallCount(j), (1...4).contains(n), isW(j + 1, W.quarters) {
                    let (y, end) = englishYearAfter(j + 2)
                    out = PM(a: i, b: end, sY: y, sM: 1, sD: 1, eY: y, eM: 3 * n, eD: 0); return true
                }
                if let n = smallCount(j), (1...12).contains(n) {
                    j += 1
                    var halfMore = false
                    if isW(j, W.and), isW(j + 1, W.a), isW(j + 2, W.half) { halfMore = true; j += 3 }
                    guard isW(j, W.months) || isW(j, W.month) else { return false }
                    j += 1
                    let (y, afterYear) = englishYearAfter(j)
                    j = afterYear
                    if halfMore, n < 12 { out = PM(a: i, b: j, sY: y, sM: 1, sD: 1, eY: y, eM: n + 1, eD: 15); return true }
                    out = PM(a: i, b: j, sY: y, sM: 1, sD: 1, eY: y, eM: n, eD: 0); return true
                }
                if isP(j, UInt8(ascii: "-")), isW(j + 1, W.half) { j += 1 }  // "first-half revenue"
                if isW(j, W.half) {
                    // ("of 2024", "of this year": the year is the half's.)
                    let (y, end) = englishYearAfter(j + 1)
                    out = PM(a: i, b: end, sY: y, sM: 1, sD: 1, eY: y, eM: 6, eD: 0); return true
                }
                return false
            }
            // "the second / latter half (of 2024)": July to December.
            if (h == W.second || h == W.latter), isW(i + 1, W.half) || isP(i + 1, UInt8(ascii: "-")) && isW(i + 2, W.half) {
                let i = isW(i + 1, W.half) ? i : i + 1  // ("second-half": read from the hyphen on)
                // "the second half of October": days 16 to the month's end.
                if isW(i + 2, W.of), let mo = W.englishMonth(w(i + 3)) {
                    var j = i + 4
                    var y: Int?
                    if let (yy, next) = yearSuffix(j) { y = yy; j = next }
                    out = PM(a: i, b: j, sY: y, sM: mo + 1, sD: 16, eY: y, eM: mo + 1, eD: 0); return true
                }
                let (y, end) = englishYearAfter(i + 2)
                out = PM(a: i, b: end, sY: y, sM: 7, sD: 1, eY: y, eM: 12, eD: 31); return true
            }
            return false
        }
        // ---- numbers: "6 tháng đầu năm 2021", "10 tháng qua", "12 ngày đầu năm 2026", dates "01/01-30/6/2016" ----
        if t.kind == .num {
            // The token's value, parsed once for all the forms below (nil: not digits only, e.g. "15.8.2017";
            // then no count, year or day number either).
            let n = intValue(i)
            // "the 10-month period (of 2024)", "in the 10-month period": months from January.
            // (Attributive too, "10-month revenue"; but not "a 10-month high".)
            if let n, (2...12).contains(n), isP(i + 1, UInt8(ascii: "-")), isW(i + 2, W.month), !isW(i - 1, W.a), !isW(i - 1, W.an) {
                var j = i + 3
                if isW(j, W.period) { j += 1 }
                var y: Int?
                if isW(j, W.of), let yy = year(at: j + 1) { y = yy; j += 2 }
                out = PM(a: i, b: j, sY: y, sM: 1, sD: 1, eY: y, eM: n, eD: 0); return true
            }
            if let n, isW(i + 1, W.quy), quartersOfYear(n, from: i, quy: i + 1, into: &out) { return true }
            if let n, let p = monthsTo(n, monthsAt: i + 1, from: i) { out = p; return true }
            // "2 tuần đầu tháng 10/2024": the first half of the month (the releases' "kỳ 1").
            if n == 2, isW(i + 1, W.tuan), isW(i + 2, W.dau), let half = halfMonth(1, from: i, at: i + 3) { out = half; return true }
            if n != nil, isP(i + 1, UInt8(ascii: "-")), let span = yearSpan(from: i, at: i) { out = span; return true }
            // "5,5 tháng đầu năm", "9 tháng rưỡi (đầu năm)": the months and a half, to the 15th of the next
            // (the cut-off of the half-month releases).
            if isW(i + 1, W.thang), n == nil || isW(i + 2, W.ruoi), let d = n.map(Double.init) ?? parseNumber(i)?.double,
               case let whole = Int(d), n != nil || d - Double(whole) == 0.5, (1...11).contains(whole),
               monthsOfYear(whole + 1, at: i, thang: n == nil ? i + 1 : i + 2, anchored: false, into: &out), out.sM == 1 {
                out.eD = 15
                return true
            }
            if let n, (1...12).contains(n), isW(i + 1, W.thang), !isNum(i + 2) {
                return monthsOfYear(n, at: i, thang: i + 1, anchored: false, into: &out)
            }
            if let n, isW(i + 1, W.ngay), isW(i + 2, W.nghi), isW(i + 3, W.tet) {
                return tetHoliday(days: n, from: i, at: i + 3, into: &out)
            }
            if let n, (1...300).contains(n), isW(i + 1, W.ngay), isW(i + 2, W.dau) {
                var j = i + 3
                if isW(j, W.tien) { j += 1 }
                if isW(j, W.cua) { j += 1 }
                if lunarNewYearDays(n, from: i, at: j, into: &out) { return true }
                // "15 ngày đầu tháng 3/2024": the first days of that month.
                if let (m, y, k) = monthAt(j) {
                    guard n <= CalendarDate.daysIn(month: m, year: y ?? 2001) else { return false }
                    out = PM(a: i, b: k, sY: y, sM: m, sD: 1, eY: y, eM: m, eD: n); return true
                }
                guard isW(j, W.nam) else { return false }
                j += 1
                var y: Int?
                if let yy = year(at: j) { y = yy; j += 1 } else if isW(j, W.nay) { y = pub?.year; j += 1 } else if !isPunctLike(j) { return false }
                // Day n of the year.
                let yr = y ?? 2001
                let last = CalendarDate(year: yr, month: 1, day: 1)!.adding(days: n - 1)
                if last.year != yr { return false }
                out = PM(a: i, b: j, sY: y, sM: 1, sD: 1, eY: y, eM: last.month, eD: last.day); return true
            }
            // "11 months of 2024", "in the 11 months of this year": months of a year (a bare "11
            // months" is more often a duration).
            if let n, (1...12).contains(n), isW(i + 1, W.months), isW(i + 2, W.of), !isW(i - 1, W.first) {
                if let y = year(at: i + 3) { out = PM(a: i, b: i + 4, sY: y, sM: 1, sD: 1, eY: y, eM: n, eD: 0); return true }
                if isW(i + 3, W.this), isW(i + 4, W.year) {
                    out = PM(a: i, b: i + 5, sY: pub?.year, sM: 1, sD: 1, eY: pub?.year, eM: n, eD: 0); return true
                }
            }
            // (`smallCount` of a number token is its value.)
            if n != nil, isW(i + 1, W.months), !isW(i - 1, W.first) { return false }
            // A bare year ("Tết Bính Ngọ 2026", "cùng kỳ 2012"): only a hint.
            if let y = n, (1990...2100).contains(y), t.e - t.s == 4, !isP(i + 1, UInt8(ascii: "/")), !unitFollows(i + 1) {
                var p = PM(a: i, b: i + 1, sY: y, sM: 1, sD: 1, eY: y, eM: 12, eD: 31)
                // ("the 2024 target": the year of the target, which dates its sentence.)
                if cue(i + 1) == .targetEst || cue(i + 1) == .targetStretch {
                    p.sentenceOnly = true
                    out = p; return true
                }
                p.hint = true
                p.hintYear = (cue(i - 1) == .yoy || comparisonBefore(i)) ? y + 1 : y
                out = p; return true
            }
            // "01/01-30/6/2016", "16/3 - 15/4/2022": two full dates joined by a dash.
            let first: DateParts? = if let n { date(at: i, day: n) } else { compactDate(at: i) }
            if let d1 = first {
                if isP(d1.next, UInt8(ascii: "-")), let d2 = date(at: d1.next + 1) {
                    var sy = d1.y
                    var ey = d2.y
                    if sy == nil, let y = ey { sy = d1.m <= d2.m ? y : y - 1 }
                    if ey == nil { ey = sy }
                    out = PM(a: i, b: d2.next, sY: sy, sM: d1.m, sD: d1.d, eY: ey, eM: d2.m, eD: d2.d); return true
                }
                // "trong ngày 1/1", "riêng ngày 30/4": one day; other bare dates only tell the year
                // ("Ngày 5/1, Cục Hải quan … tổ chức hội nghị" dates the news, not its figures).
                if isW(i - 1, W.ngay), isW(i - 2, W.trong) || isW(i - 2, W.rieng) {
                    out = PM(a: i - 1, b: d1.next, sY: d1.y, sM: d1.m, sD: d1.d, eY: d1.y, eM: d1.m, eD: d1.d); return true
                }
                var p = PM(a: i, b: d1.next, sY: d1.y, sM: d1.m, sD: d1.d, eY: d1.y, eM: d1.m, eD: d1.d)
                p.hint = true
                p.hintYear = d1.y
                out = p; return true
            }
        }
        return false
    }

    /// "mùng 4 Tết (Giáp Thìn)", "mồng 1 đến mùng 5 Tết" at `i`: days of the lunar year, counted from
    /// Tết as its first day.
    func lunarNewYearDays(from i: Int, into out: inout PM) -> Bool {
        guard let first = intValue(i + 1), (1...30).contains(first) else { return false }
        var j = i + 2
        var last = first
        // "mùng 1 đến (hết) mùng 5", "mùng 1 - mùng 5", "mùng 1 - 5"
        var k = j
        if isW(k, W.den) || isW(k, W.toi) || isP(k, UInt8(ascii: "-")) {
            k += 1
            if isW(k, W.het) { k += 1 }
            if isW(k, W.mung) || isW(k, W.mong) { k += 1 }
            if let e = intValue(k), (first...30).contains(e) { last = e; j = k + 1 }
        }
        // ("mùng 5 tháng Giêng": the first lunar month's days are Tết's.)
        guard isW(j, W.tet) || isW(j, W.thang) && isW(j + 1, W.gieng) else { return false }
        guard lunarNewYearDays(last, from: i, at: j, into: &out), let y = out.sY,
              let tet = CalendarDate(year: y, month: out.sM, day: out.sD) else { return false }
        // From the first day named: Tết plus `first - 1` days.
        let start = tet.adding(days: first - 1)
        (out.sY, out.sM, out.sD) = (start.year, start.month, start.day)
        return true
    }

    /// "of 2024", "of this year", "of the year" at `j` (or nothing): the year and the token after.
    /// "(of) this year", "(of) last year" after a month or quarter ("the first quarter of this year",
    /// "May last year"): the year of publication, or the one before.
    func englishRelativeYear(_ j: Int) -> (Int, Int)? {
        guard format == .english, let published = pub?.year else { return nil }
        let k = isW(j, W.of) ? j + 1 : j
        guard isW(k + 1, W.year) else { return nil }
        if isW(k, W.this) { return (published, k + 2) }
        if isW(k, W.last) { return (published - 1, k + 2) }
        return nil
    }

    func englishYearAfter(_ j: Int) -> (Int?, Int) {
        guard isW(j, W.of) else { return (nil, j) }
        if let y = year(at: j + 1) { return (y, j + 2) }
        if isW(j + 1, W.this), isW(j + 2, W.year) { return (pub?.year, j + 3) }
        if isW(j + 1, W.the), isW(j + 2, W.year) { return (nil, j + 3) }
        return (nil, j)
    }

    /// "(3) quý đầu năm (2024)", "hai quý cuối năm" with "quý" at `quy`: the first or the last `n`
    /// quarters of the year ("3 quý đầu năm" is January to September, not the first quarter).
    func quartersOfYear(_ n: Int, from i: Int, quy: Int, into out: inout PM) -> Bool {
        guard (1...4).contains(n), isW(quy + 1, W.dau) || isW(quy + 1, W.cuoi), isW(quy + 2, W.nam) else { return false }
        let first = isW(quy + 1, W.dau)
        var j = quy + 3
        var y: Int?
        if let yy = year(at: j) { y = yy; j += 1 } else if isW(j, W.nay) { y = pub?.year; j += 1 }
        out = PM(a: i, b: j, sY: y, sM: first ? 1 : 13 - 3 * n, sD: 1, eY: y, eM: first ? 3 * n : 12, eD: 0)
        return true
    }

    /// "(9 ngày) nghỉ Tết (Nguyên đán) (Ất Tỵ) (2025)" with "Tết" at `j`: the official holiday of that
    /// lunar year (`LunarNewYear.holiday`); a number of days that disagrees with it names no period.
    /// With no year named, the year comes from the context as any period's (`resolvePeriods`).
    func tetHoliday(days: Int?, from i: Int, at j: Int, into out: inout PM) -> Bool {
        guard let (named, end) = lunarYearNamed(at: j) else { return false }
        if let named, tetHolidayDays(named, days: days ?? 0) == nil { return false }
        out = PM(a: i, b: end, sY: named, sM: 1, sD: 1, eY: named, eM: 1, eD: 1)
        out.tetHoliday = true
        out.tetDays = days ?? 0
        return true
    }

    /// The official Tết holiday of `year`, unless `days` (> 0) disagrees with its length.
    func tetHolidayDays(_ year: Int, days: Int) -> (CalendarDate, CalendarDate)? {
        guard let holiday = LunarNewYear.holiday(of: year), let first = holiday.start, let last = holiday.end,
              days == 0 || first.adding(days: days - 1) == last else { return nil }
        return (first, last)
    }

    /// "(3 ngày đầu tiên của) năm mới Canh Dần", "Tết (Nguyên đán) Giáp Thìn 2024", "xuân Ất Tỵ" at
    /// `j`: the first `days` days of the lunar year, from Tết.
    func lunarNewYearDays(_ days: Int, from i: Int, at j0: Int, into out: inout PM) -> Bool {
        guard let (named, j) = lunarYearNamed(at: j0), let y = named ?? pub?.year, let first = LunarNewYear.firstDay(of: y),
              (1...60).contains(days) else { return false }
        let end = first.adding(days: days - 1)
        out = PM(a: i, b: j, sY: y, sM: first.month, sD: first.day, eY: end.year, eM: end.month, eD: end.day)
        return true
    }

    /// The lunar year named at `j0` ("năm mới", "Tết (Nguyên đán)", "xuân (mới)", then a stem and a
    /// branch, then a year) and the token after it: the year written, else the one the stem and branch
    /// name nearest the publication, else nil (the publication's year, for the caller). Nil when no
    /// such phrase starts at `j0`.
    func lunarYearNamed(at j0: Int) -> (Int?, Int)? {
        var j = j0
        if isW(j, W.nam), isW(j + 1, W.moi) { j += 2 }
        else if isW(j, W.tet) { j += 1; if isW(j, W.nguyen), isW(j + 1, W.dan) { j += 2 } }
        else if isW(j, W.xuan) { j += 1; if isW(j, W.moi) { j += 1 } }
        else if isW(j, W.thang), isW(j + 1, W.gieng) { j += 2; if isW(j, W.nam) { j += 1 } }
        else { return nil }
        var lunarYear: Int?
        if j + 1 < tokCount, toks[j].kind == .word, toks[j + 1].kind == .word,
           let s = W.heavenlyStems.firstIndex(of: toks[j].h) {
            let word = toks[j + 1].h
            let near = pub?.year
            for b in W.earthlyBranches.indices where W.earthlyBranches[b] == word || (b == 3 && word == W.meo) {
                if let near, let y = LunarNewYear.year(stem: s, branch: b, near: near) { lunarYear = y; j += 2; break }
                if near == nil, s % 2 == b % 2 { j += 2; break }  // named, but no year to place it near
            }
        }
        if let y = year(at: j) { lunarYear = y; j += 1 }
        return (lunarYear, j)
    }

    /// The month before publication as a period over `i ..< i + 2` ("tháng trước", "last month"); nil
    /// when the publication's month is unknown.
    func monthBeforePublication(from i: Int) -> PM? {
        guard let p = pub, let pm = p.month else { return nil }
        let y = pm == 1 ? p.year - 1 : p.year
        let month = pm == 1 ? 12 : pm - 1
        return PM(a: i, b: i + 2, sY: y, sM: month, sD: 1, eY: y, eM: month, eD: 0)
    }

    /// "(nine / 11) months to September (30) (2024)" with "months" at `j`: January to the end of that
    /// month, or to the day written, when `n` months reach it.
    func monthsTo(_ n: Int, monthsAt j: Int, from i: Int) -> PM? {
        guard (2...12).contains(n), isW(j, W.months), isW(j + 1, W.to), let mo = W.englishMonth(w(j + 2)), mo + 1 == n else { return nil }
        var k = j + 3
        var day = 0
        if let d = intValue(k), (1...31).contains(d), toks[k].e - toks[k].s <= 2 { day = d; k += 1 }
        var y: Int?
        if isP(k, UInt8(ascii: ",")), let yy = year(at: k + 1) { y = yy; k += 2 } else if let yy = year(at: k) { y = yy; k += 1 }
        return PM(a: i, b: k, sY: y, sM: 1, sD: 1, eY: y, eM: mo + 1, eD: day)
    }

    /// The ")" of the parenthesis opening at `open` when it tells the period before it again: after
    /// "tức" (i.e.), or in the lunar calendar's words (Tết, tháng Chạp / Giêng, âm lịch).
    func restatement(openingAt open: Int) -> Int? {
        var k = open + 1
        var lunar = isW(k, W.tuc)
        while k < min(tokCount, open + 24), !isP(k, UInt8(ascii: ")")) {
            if isW(k, W.tet) || isW(k, W.chap) || isW(k, W.gieng) || isW(k, W.am) && isW(k + 1, W.lich) { lunar = true }
            k += 1
        }
        return lunar && isP(k, UInt8(ascii: ")")) ? k : nil
    }

    /// "quý trước", "quý (vừa) qua" at `i` dating its figures: the quarter before that of publication;
    /// but "quý vừa qua" in the last days of a quarter is that quarter (as "tháng qua" is).
    func quarterBeforePublication(from i: Int) -> PM? {
        let vuaQua = isW(i + 1, W.vua) && isW(i + 2, W.qua)
        guard isW(i + 1, W.truoc) || isW(i + 1, W.qua) || vuaQua, !comparisonBefore(i), !pluralBefore(i), !isNum(i - 1),
              cue(i - 1) != .compare, let p = pub, let pm = p.month else { return nil }
        var q = (pm - 1) / 3 + 1
        let closing = !isW(i + 1, W.truoc) && pm % 3 == 0 && (p.day ?? 0) >= 25
        var y = p.year
        if !closing { q -= 1 }
        if q == 0 { q = 4; y -= 1 }
        return PM(a: i, b: vuaQua ? i + 3 : i + 2, sY: y, sM: 3 * q - 2, sD: 1, eY: y, eM: 3 * q, eD: 0)
    }

    /// "2021-2025", "2021 – 2025" at `j` (a year, then a later one at most ten years on): whole years,
    /// the phrase starting at `i` ("giai đoạn 2021-2025", "5 năm (2021-2025)", "the 2021-2025 period").
    func yearSpan(from i: Int, at j: Int) -> PM? {
        guard let y0 = year(at: j), isP(j + 1, UInt8(ascii: "-")), let y1 = year(at: j + 2), y1 > y0, y1 - y0 <= 10 else { return nil }
        var end = j + 3
        if isW(end, W.period) { end += 1 }
        var p = PM(a: i, b: end, sY: y0, sM: 1, sD: 1, eY: y1, eM: 12, eD: 31)
        if comparisonBefore(i) { p.hint = true; p.hintYear = y1 + 1 }
        return p
    }

    /// A plural word before `i` ("nhiều / những / các / mấy / vài"): years or months in general.
    /// "những" is told from "nhưng" ("but"), which folds the same, by its tilde.
    func pluralBefore(_ i: Int) -> Bool {
        isW(i - 1, W.nhieu) || isW(i - 1, W.cac) || isW(i - 1, W.may) || isW(i - 1, W.vai)
            || (isW(i - 1, W.nhung) && writtenAsNhung(i - 1))
    }

    /// Half `half` (1: days 1-15, 2: 16 to the month's end) of the month named at `j` ("tháng 3/2024"),
    /// the phrase starting at `i`; nil without a month there.
    func halfMonth(_ half: Int, from i: Int, at j: Int) -> PM? {
        guard half == 1 || half == 2, let (m, y, k) = monthAt(j) else { return nil }
        return half == 1 ? PM(a: i, b: k, sY: y, sM: m, sD: 1, eY: y, eM: m, eD: 15)
            : PM(a: i, b: k, sY: y, sM: m, sD: 16, eY: y, eM: m, eD: 0)
    }

    /// "tháng 5", "tháng 5/2023", "tháng 5 năm 2023" at `j`: the month, its year if written, and
    /// the token after them.
    func monthAt(_ j: Int) -> (month: Int, year: Int?, next: Int)? {
        guard isW(j, W.thang), let m = intValue(j + 1), (1...12).contains(m), toks[j + 1].e - toks[j + 1].s <= 2 else {
            return nil
        }
        if let (y, next) = yearSuffix(j + 2) { return (m, y, next) }
        return (m, nil, j + 2)
    }

    /// "6 tháng đầu năm 2021", "10 tháng qua", "3 tháng cuối năm": `n` months of a year, the count
    /// at `i` and "tháng" at `thang`. `anchored`: only with "đầu", "cuối", "qua" or a year after
    /// it (a count written out, "hai tháng", is more often a duration).
    func monthsOfYear(_ n: Int, at i: Int, thang: Int, anchored: Bool, into out: inout PM) -> Bool {
        guard (1...12).contains(n) else { return false }
        // "sau 2 tháng triển khai" is a duration; "sau 10 tháng (đầu) năm 2021" a period.
        // ("Sau 9 tháng, đơn vị thu …": the period, opening the sentence.)
        if isW(i - 1, W.sau), !isW(thang + 1, W.dau), !isW(thang + 1, W.nam),
           !(isP(thang + 1, UInt8(ascii: ",")) && i - 1 == sents[Int(sentOf[i])].lowerBound) { return false }
        // "kỳ 2 tháng trước", "kỳ 1 tháng này": a half of a month, not two months.
        if isW(i - 1, W.ky) { return false }
        if n == 1, !isW(thang + 1, W.dau) { return false }
        var j = thang + 1
        var last = false
        var anchor = false
        if isW(j, W.dau) { anchor = true; j += 1; if isW(j, W.tien) { j += 1 } } else if isW(j, W.cuoi) { anchor = true; last = true; j += 1 } else if isW(j, W.qua) {
            anchor = true
            j += 1
            if isW(j, W.vua) { j += 1 }
        }
        if isW(j, W.cua) && isW(j + 1, W.nam) { j += 1 }
        if isW(j, W.toi) { return false }
        var y: Int?
        if isW(j, W.nam) {
            if let yy = year(at: j + 1) { y = yy; j += 2; anchor = true } else if isW(j + 1, W.nay) { y = pub?.year; j += 2; anchor = true } else { j += 1 }
        } else if let yy = year(at: j), toks[j].sp { y = yy; j += 1; anchor = true }
        if anchored, !anchor { return false }
        let sm = last ? 13 - n : 1
        let em = last ? 12 : n
        out = PM(a: i, b: j, sY: y, sM: sm, sD: 1, eY: y, eM: em, eD: 0)
        return true
    }

    // MARK: years

    /// Fills the missing years of period mentions: the same sentence, then the text before,
    /// then the text after, then `published_at`.
    mutating func resolvePeriods() {
        let nSents = sents.count
        // The explicit years and hinted years by sentence: scratch space on the stack (two arrays
        // would cost two allocations per report).
        withUnsafeTemporaryAllocation(of: Int?.self, capacity: 2 * nSents) { scratch in
            scratch.initialize(repeating: nil)
            let sentYears = UnsafeMutableBufferPointer(rebasing: scratch[0..<nSents])
            let sentHints = UnsafeMutableBufferPointer(rebasing: scratch[nSents..<(2 * nSents)])
            // The periods are read field by field and only `resolved` is written: copying one out
            // and back would copy its strings and optionals twice.
            for k in periods.indices {
                let s = Int(sentOf[min(periods[k].a, tokCount - 1)])
                if periods[k].hint {
                    if sentHints[s] == nil, let y = periods[k].hintYear { sentHints[s] = y }
                } else if let y = periods[k].eY ?? periods[k].sY, !periods[k].toNow, sentYears[s] == nil { sentYears[s] = y }
            }
            for k in periods.indices where !periods[k].hint {
                let s = Int(sentOf[min(periods[k].a, tokCount - 1)])
                let sM = periods[k].sM, sD = periods[k].sD, eM = periods[k].eM, eD = periods[k].eD
                let toNow = periods[k].toNow
                var sy = periods[k].sY
                var ey = periods[k].eY
                var y: Int? = ey ?? sy
                if y == nil {
                    // "10 tháng năm 2023, … Năm 2022, … Trong 10 tháng, …": the same months named before
                    // with their year are these (not the year of the sentence between).
                    // (By index, field by field: a copied period retains its strings.)
                    if sentYears[s] == nil, !(sM == 1 && eM == 12) {
                        var j = k - 1
                        while j >= 0, y == nil {
                            // (A Tết holiday is the one named before with its year; its months are not known yet.)
                            let sameSpan = periods[k].tetHoliday ? periods[j].tetHoliday
                                : !periods[j].tetHoliday && periods[j].sM == sM && periods[j].eM == eM && periods[j].sD == sD && periods[j].eD == eD
                            if !periods[j].hint, !periods[j].toNow, sameSpan { y = periods[j].eY ?? periods[j].sY }
                            j -= 1
                        }
                    }
                }
                if y == nil {
                    y = sentYears[s] ?? sentHints[s]
                    if sentYears[s] == nil, let h = y, sameMonthsCompared(sentence: s, sM: sM, sD: sD, eM: eM, eD: eD, hintYear: h) { y = h + 1 }
                    if y == nil {
                        var j = s - 1
                        while j >= 0, y == nil { y = sentYears[j] ?? sentHints[j]; j -= 1 }
                    }
                    if y == nil {
                        var j = s + 1
                        while j < nSents, y == nil { y = sentYears[j] ?? sentHints[j]; j += 1 }
                    }
                    if y == nil {
                        // The year the title names ("Hải quan Lạng Sơn: năm 2024 thu vượt …"), else publication's.
                        let titleYear = titlePeriod?.end?.year ?? titlePeriod?.start?.year
                        y = titleYear ?? pub?.year
                        // A period that would begin after publication ("Quý IV", "Riêng tháng 12" in a January
                        // report): the one of the year before, already over.
                        if titleYear == nil, !periods[k].tetHoliday, let p = pub, let pm = p.month, let py = y, sM > pm, sM <= 12 { y = py - 1 }
                        // A Tết told in a report of the last quarter, after that year's holiday: the coming one.
                        if periods[k].tetHoliday, let p = pub?.date, p.month >= 10, let past = LunarNewYear.holiday(of: p.year)?.end,
                           p > past { y = p.year + 1 }
                    }
                }
                if periods[k].tetHoliday {
                    let holiday = y.flatMap { tetHolidayDays($0, days: periods[k].tetDays) }
                    periods[k].resolved = Period(start: holiday?.0, end: holiday?.1)
                    continue
                }
                if sy == nil && ey == nil { sy = y; ey = y }
                if sy == nil, let e = ey { sy = (sM > eM && eM > 0) ? e - 1 : e }
                if ey == nil, let s0 = sy, !toNow { ey = (sM > eM && eM > 0) ? s0 + 1 : s0 }
                var start: CalendarDate?
                var end: CalendarDate?
                if let s0 = sy { start = CalendarDate(year: s0, month: sM, day: sD) }
                if toNow, periods[k].toEndOfContext, let s0 = start, let e = endOfNamedPart(before: k, sentence: s, year: s0.year) {
                    end = e
                } else if toNow {
                    if let d = pub?.date, start == nil || d >= start! { end = d }
                    if start == nil, let s0 = y { start = CalendarDate(year: s0, month: 1, day: 1) }
                } else if let e = ey {
                    end = eD == 0 ? CalendarDate.lastDay(year: e, month: eM) : CalendarDate(year: e, month: eM, day: eD)
                }
                periods[k].resolved = Period(start: start, end: end)
            }
        }
        // The report's own window of the holiday ("từ ngày 14 đến 20/2", of a holiday of 14 to 22/2):
        // the days its figures cover, wherever it says "kỳ nghỉ Tết".
        for k in periods.indices where periods[k].tetHoliday {
            guard let h = periods[k].resolved, let hs = h.start, let he = h.end else { continue }
            for j in periods.indices where !periods[j].hint && !periods[j].tetHoliday && !periods[j].toNow {
                guard let p = periods[j].resolved, let ps = p.start, let pe = p.end, ps.adding(days: 2) <= pe,
                      hs.adding(days: -3) <= ps, pe <= he.adding(days: 3) else { continue }
                periods[k].resolved = p
                break
            }
        }
    }
}

extension Analysis {
    /// The end of the period named last before period `k`, in its sentence `s` or the one before,
    /// if that lies in `year` and is over by publication (a month, a quarter: "Tháng 7/2024, Cục thu
    /// …; lũy kế từ đầu năm …"): the year so far stops where it ends.
    func endOfNamedPart(before k: Int, sentence s: Int, year: Int) -> CalendarDate? {
        var j = k - 1
        while j >= 0 {
            let sj = Int(sentOf[min(periods[j].a, tokCount - 1)])
            if sj < s - 1 { return nil }
            if !periods[j].hint, !periods[j].toNow {
                guard let p = periods[j].resolved, let start = p.start, let end = p.end, start.year == year, end.year == year,
                      pub?.date.map({ end <= $0 }) ?? true else { return nil }
                return end
            }
            j -= 1
        }
        return nil
    }

    /// Whether sentence `s` compares with the same months of the hinted year ("Tháng 4, … tăng 5% so
    /// với tháng 4/2023"), or a span from January with a span from January ("As of November 15, … up
    /// 15% from the first ten months of 2023"): then the months without a year are those of the year after.
    func sameMonthsCompared(sentence s: Int, sM: Int, sD: Int, eM: Int, eD: Int, hintYear: Int) -> Bool {
        for j in periods.indices where periods[j].hint && periods[j].hintYear == hintYear && (periods[j].eY ?? periods[j].sY) == hintYear
            && Int(sentOf[min(periods[j].a, tokCount - 1)]) == s
            && PM.sameSpanAYearApart(figure: (sM, sD, eM, eD), compared: periods[j]) {
            return true
        }
        return false
    }
}

extension W {
    static let through: UInt64 = 0x406867756f726874 /* through */, up: UInt64 = 0x4000000000007075 /* up */
    static let past: UInt64 = 0x4000000074736170 /* past */
    static let one: UInt64 = 0x4000000000656e6f /* one */, five: UInt64 = 0x4000000065766966 /* five */, six: UInt64 = 0x4000000000786973 /* six */
    static let seven: UInt64 = 0x4000006e65766573 /* seven */, eight: UInt64 = 0x4000007468676965 /* eight */, nine: UInt64 = 0x40000000656e696e /* nine */
    static let ten: UInt64 = 0x40000000006e6574 /* ten */, eleven: UInt64 = 0x40006e6576656c65 /* eleven */, twelve: UInt64 = 0x400065766c657774 /* twelve */
}

extension Analysis {
    /// A unit, currency or scale word at `i` (so the number before it is a quantity, not a year).
    func unitFollows(_ i: Int) -> Bool {
        switch cue(i) {
        case .unitDecl, .unitEnt, .unitCase, .unitTrav, .unitVeh, .unitLuot, .unitOther, .vnd, .usd, .scale3, .scale6,
             .scale9, .scale12, .percentWord:
            return true
        default: return isP(i, UInt8(ascii: "%"))
        }
    }
}

extension Analysis {
    /// "second quarter", "second-quarter", "Q2", "first half" at `j`: the last month of that part of
    /// the year and the token after it.
    func englishPartOfYear(_ j: Int) -> (last: Int, next: Int)? {
        if isW(j, W.q), let q = intValue(j + 1), (1...4).contains(q), !toks[j + 1].sp { return (3 * q, j + 2) }
        let k = isP(j + 1, UInt8(ascii: "-")) ? j + 2 : j + 1
        if isW(k, W.quarter), let q = W.ordinalQuarter.firstIndex(of: w(j)) { return (3 * (q + 1), k + 1) }
        if isW(k, W.half), isW(j, W.first) || isW(j, W.second) { return (isW(j, W.first) ? 6 : 12, k + 1) }
        return nil
    }
}

extension W {
    static let gieng: UInt64 = 0x400000676e656967 /* gieng */, weeks: UInt64 = 0x400000736b656577 /* weeks */
    static let fortnight: UInt64 = 0xf9e98a824dda0ab2 /* fortnight */, chap: UInt64 = 0x4000000070616863 /* chap */
    static let am: UInt64 = 0x4000000000006d61 /* am */, lich: UInt64 = 0x400000006863696c /* lich */
}

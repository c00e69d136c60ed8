/// Quantities: a number with its scale words ("4.290,3 tỷ", "25 tỷ 460 triệu", "1,3 triệu"),
/// a range ("19 đến 20 nghìn tỷ", "13,500-14,000 billion"), and its unit (đồng / VND, USD / US$,
/// %, or a count noun such as "tờ khai", "lượt khách", "vụ").
extension Analysis {
    func scaleExp(_ c: Cue) -> Int? {
        switch c {
        case .scale3: return 3
        case .scale6: return 6
        case .scale9: return 9
        case .scale12: return 12
        default: return nil
        }
    }

    /// The number token at `i` read as one thousands group, if it is shaped like one: one to
    /// three digits, one "." or ",", three digits ("58,000", "2.300").
    func thousandsGrouped(_ i: Int) -> Int? {
        ft.bytes.withUnsafeBufferPointer { p -> Int? in
            let s = Int(toks[i].s), e = Int(toks[i].e)
            guard e - s >= 5, e - s <= 7, p[e - 4] == UInt8(ascii: ",") || p[e - 4] == UInt8(ascii: ".") else { return nil }
            var value = 0
            for k in s..<e where k != e - 4 {
                guard p[k] >= 0x30, p[k] <= 0x39 else { return nil }
                value = value * 10 + Int(p[k] - 0x30)
            }
            return value
        }
    }

    func parseNumber(_ i: Int) -> Dec? {
        ft.bytes.withUnsafeBufferPointer { NumberParser.parse($0, Int(toks[i].s), Int(toks[i].e), format: format) }
    }

    /// Number + scale words + compound parts at `i`: (dec, exponent, end).
    /// Inlined: called from a mutating method, an outlined call would copy the analysis.
    @inline(__always) func amount(_ i: Int) -> (Dec, Int, Int)? {
        guard isNum(i), !inPeriod[i], let d = parseNumber(i) else { return nil }
        var j = i + 1
        var exp = 0
        if let sp = cueStarting(j), let e = scaleExp(sp.cue) {
            exp = e
            j = Int(sp.b)
            // "nghìn" + "tỷ" written apart is one scale already; "tỷ" + "đồng" ends.
        }
        return (d, exp, j)
    }

    /// Whether word `k` is `bytes` bytes long in the original body: plain ASCII for a word of that
    /// many letters ("to", where "tờ" takes four bytes or more).
    func writtenInASCII(_ k: Int, bytes: Int) -> Bool {
        let start = Int(ft.origStart[Int(toks[k].s)]), end = ft.origEnd(Int(toks[k].e) - 1)
        return end - start == bytes && toks[k].e - toks[k].s == Int32(bytes)
    }

    /// Whether word `k` begins with "đ" / "Đ" in the original body (folding makes it "d").
    func writtenWithDStroke(_ k: Int) -> Bool {
        guard var body = report.body else { return false }
        let start = Int(ft.origStart[Int(toks[k].s)])
        return body.withUTF8 { p in start + 1 < p.count && p[start] == 0xC4 && (p[start + 1] == 0x91 || p[start + 1] == 0x90) }
    }

    /// Whether word `k` is "những" (plural), not "nhưng" (but), which folds the same: its original
    /// bytes hold the tilde, as "ữ" (NFC) or as a combining tilde (NFD).
    func writtenAsNhung(_ k: Int) -> Bool {
        guard var body = report.body else { return false }
        let start = Int(ft.origStart[Int(toks[k].s)]), end = ft.origEnd(Int(toks[k].e) - 1)
        return body.withUTF8 { p in
            guard start < end, end <= p.count else { return false }
            for j in start..<(end - 1) {
                if p[j] == 0xCC && p[j + 1] == 0x83 { return true }
                if j + 2 < end, p[j] == 0xE1, p[j + 1] == 0xBB, p[j + 2] == 0xAF || p[j + 2] == 0xAE { return true }
            }
            return false
        }
    }

    mutating func findQuantities() {
        let n = tokCount
        // Every quantity starts at a number token: their count bounds the array (one allocation).
        // (Counted on the buffer in place: a `for t in toks` loop copied out every token.)
        let numbers = toks.withUnsafeBufferPointer { tp in
            var c = 0
            for k in 0..<tp.count where tp[k].kind == .num { c &+= 1 }
            return c
        }
        quants.reserveCapacity(numbers)
        var i = 0
        while i < n {
            // To the next number token, in place (most tokens are words: `isNum` per token checked
            // bounds and reloaded the array each time).
            i = toks.withUnsafeBufferPointer { tp in
                var k = i
                while k < n, tp[k].kind != .num { k += 1 }
                return k
            }
            guard i < n else { break }
            guard !inPeriod[i], let (d0, exp0, j0) = amount(i) else { i += 1; continue }
            var d = d0
            var exp = exp0
            var j = j0
            // "1 nghìn 200 tỷ": thousands of the larger scale that follows (1,200 tỷ), not 1,000
            // and then 200 tỷ on its own.
            if exp == 3, d.frac == 0, let (d2, e2, j2) = amount(j), e2 >= 6, d2.frac == 0, d2.m < 1000 {
                let (m, o) = d.m.multipliedReportingOverflow(by: 1000)
                if !o {
                    d = Dec(m: m + d2.m, frac: 0)
                    exp = e2
                    j = j2
                }
            }
            // "đạt 9.200/17.000 tỷ đồng": a bare number before a slash and an amount of money takes the
            // amount's scale and unit (the figure over its target).
            var slashUnit: Cue?
            if exp == 0, isP(j, UInt8(ascii: "/")), !toks[j].sp, let (_, e2, j2) = amount(j + 1), e2 > 0,
               let sp = cueStarting(j2), sp.cue == .vnd || sp.cue == .usd {
                exp = e2
                slashUnit = sp.cue
            }
            guard var value = d.scaled(exp) else { i += 1; continue }
            // Compound "25 tỷ 460 triệu", "3 tỷ 120 triệu 500 nghìn": smaller scales follow.
            var partExp = exp
            while partExp > 0, let (d2, e2, j2) = amount(j), e2 > 0, e2 < partExp, let v2 = d2.scaled(e2) {
                value += v2
                j = j2
                partExp = e2
            }
            var valueMax: Double?
            // Range "A - B", "A đến B", "A to B" (the scale of B applies to A when A has none).
            if isP(j, UInt8(ascii: "-")) || isW(j, W.den) || isW(j, W.to) {
                if let (d2, e2, j2) = amount(j + 1) {
                    let eB = e2
                    if exp == 0, eB > 0, let a = d.scaled(eB) { value = a; exp = eB }
                    if let b = d2.scaled(eB > 0 ? eB : exp), b > value {
                        valueMax = b
                        j = j2
                    }
                }
            }
            // Percent: "15,8%", "103,%", "15,4 %", "12.5 percent", "74.2 per cent".
            var kind: Quant.Kind = .bare
            var end = j
            if exp == 0, isP(j, UInt8(ascii: "%")) {
                kind = .percent; end = j + 1
            } else if exp == 0, isP(j, UInt8(ascii: ",")), isP(j + 1, UInt8(ascii: "%")) {
                kind = .percent; end = j + 2
            } else if exp == 0, let sp = cueStarting(j), sp.cue == .percentWord {
                kind = .percent; end = Int(sp.b)
            } else if let sp = cueStarting(j) {
                switch sp.cue {
                case .vnd: kind = .vnd; end = Int(sp.b)
                case .usd: kind = .usd; end = Int(sp.b)
                    if isP(end, UInt8(ascii: "$")) { end += 1 }
                case .unitLuot where writtenInASCII(j, bytes: 2):
                    // English "to" ("VND 30 trillion to VND 35 trillion"), not the counter word "tờ".
                    break
                case .unitDecl, .unitEnt, .unitCase, .unitTrav, .unitVeh, .unitLuot, .unitOther, .exclCommodity:
                    kind = .count(sp.cue == .exclCommodity ? .unitOther : sp.cue); end = Int(sp.b)
                case .flowExit where isW(j, W.departures), .flowEntry where isW(j, W.arrivals):
                    // "1.1 million arrivals and 1.0 million departures": travellers by direction.
                    kind = .count(.unitTrav); end = Int(sp.b)
                case .flowExport, .flowImport, .flowExit, .flowEntry, .flowTotal, .flowXNC:
                    // English, the direction before the noun: "60,000 export declarations", "520,000 outbound
                    // passengers" (the record's flow is read inside, see `flowInside`).
                    if let unit = cueStarting(Int(sp.b)), unit.cue == .unitDecl || unit.cue == .unitTrav || unit.cue == .unitVeh {
                        kind = .count(unit.cue); end = Int(unit.b)
                    }
                default: break
                }
            } else if isP(j, UInt8(ascii: "$")) {
                kind = .usd; end = j + 1
            } else if exp >= 6, isW(j, W.do_), writtenWithDStroke(j) {
                // "2 tỷ đô", "850 triệu đô": the dollar, not "do" (because), which folds the same.
                kind = .usd; end = j + 1
            }
            if let u = slashUnit, kind.isBare { kind = u == .vnd ? .vnd : .usd }
            // English puts modifiers between a count and its noun: "4.1 million international passengers",
            // "62,000 cargo trucks", "1.5 million inbound and outbound passengers", "156 administrative violations".
            // ("62,000 container trucks": a unit word used as a modifier.)
            if kind.isBare || kind.isOtherCount, format == .english, slashUnit == nil, let (unit, unitEnd) = englishCountNoun(after: j) {
                kind = .count(unit)
                end = unitEnd
            }
            // "| Thu ngân sách (tỷ đồng) | 2.150 |", "Số tờ khai: 38.500": the unit the label right before
            // a bare number names (see `unitLabel`).
            var labelStart: Int?
            if kind.isBare, valueMax == nil, slashUnit == nil, let noun = countNounBeforeLevel(number: i) {
                kind = .count(noun)
            } else if kind.isBare, exp == 0, valueMax == nil, let (labelled, e, start) = unitLabel(before: i), let v = d.scaled(e) {
                kind = labelled
                exp = e
                value = v
                labelStart = start
            }
            var a = labelStart ?? i
            // Currency written first: "VND 12,144.9 billion", "US$ 352.33 billion", "$11.16 billion", "USD 855 million".
            if kind.isBare || kind.isOtherCount {
                if isP(i - 1, UInt8(ascii: "$")) {
                    kind = .usd; a = i - 1
                    if isW(i - 2, W.us) { a = i - 2 }
                } else if isW(i - 1, W.usd) { kind = .usd; a = i - 1 } else if isW(i - 1, W.vnd) { kind = .vnd; a = i - 1 }
            }
            // "thu ngân sách 1.050 tỷ", "dự toán 2.000 tỷ": đồng left unsaid after "tỷ" where the clause
            // is about what the state collects (a dollar amount always names its currency).
            if kind.isBare, exp >= 9, Self.vietnameseScale(w(i + 1), w(i + 2)), collectingBefore(a) { kind = .vnd }
            // A range whose ends both carry the unit: "từ 30.000 tỷ đồng đến 35.000 tỷ đồng", "from VND
            // 30 trillion to VND 35 trillion", "between VND 30 trillion and VND 35 trillion". Not after
            // a change ("tăng từ … lên …", "rose from … to …": two levels, not a range). (With no
            // opening word too: "đạt 3,5 tỷ USD - 4 tỷ USD", "reach US$3.5 billion to US$4 billion".)
            // (The separator first: most amounts have none after them, and the look back costs more.)
            let opened = isW(a - 1, W.tu) || isW(a - 1, W.from) || isW(a - 1, W.between)
            if valueMax == nil, !kind.isBare, !kind.isPercent, !kind.isOtherCount,
               opened ? cue(a - 2) != .up && cue(a - 2) != .down
                   : (isP(end, UInt8(ascii: "-")) || isW(end, W.den) || isW(end, W.to)) && !changeWordJustBefore(a) {
                var k = end
                let between = isW(a - 1, W.between)
                if between ? isW(k, W.and) : (isW(k, W.den) || isW(k, W.to) || isP(k, UInt8(ascii: "-"))) {
                    k += 1
                    let prefixed = a < i
                    if prefixed {
                        if isW(k, W.us), isP(k + 1, UInt8(ascii: "$")) { k += 2 } else if isW(k, W.vnd) || isW(k, W.usd) || isP(k, UInt8(ascii: "$")) { k += 1 }
                    }
                    if let (d2, e2, j2) = amount(k), let b = d2.scaled(e2), b > value {
                        if prefixed {
                            valueMax = b; end = j2
                        } else if let sp = cueStarting(j2), sp.cue == cueStarting(j)?.cue {
                            valueMax = b; end = Int(sp.b)
                        }
                    }
                }
            }
            if kind.isPercent, let v = d.scaled(0) { value = v }
            // A count is whole: "58,000 tờ khai", "2.300 enterprises" group thousands whichever
            // format the report uses (no scale word, three digits after the one separator).
            if case .count(let noun) = kind, noun != .unitOther, exp == 0, valueMax == nil, let whole = thousandsGrouped(i) {
                value = Double(whole)
            }
            // A quantity ends in its sentence: a unit read across a sentence break ("1.6 billion U.S. dollars",
            // split after "U.S.") would leave the rules a tail that starts past the sentence's end.
            end = min(end, sents[Int(sentOf[i])].upperBound)
            let q = Quant(a: a, b: end, numTok: i, value: value, valueMax: valueMax, kind: kind, dec: d, scaleExp: exp,
                          sentence: Int(sentOf[i]))
            quants.append(q)
            i = max(end, i + 1)
        }
        shareUnitsBackward()
    }

    /// The count noun after up to four modifiers at `j` ("international", "cargo", "inbound and
    /// outbound", "smuggling and trade fraud") and the token after it; none past a word that makes a
    /// subset ("new", "violating", "red-channel") or a function word ("of", "in", "than").
    func englishCountNoun(after j: Int) -> (Cue, Int)? {
        var k = j
        var words = 0
        while k < tokCount, words <= 4, toks[k].kind == .word, !toks[k].up {
            if let sp = cueStarting(k) {
                switch sp.cue {
                case .unitDecl, .unitTrav, .unitVeh, .unitCase: return words > 0 ? (sp.cue, Int(sp.b)) : nil
                case .unitOther where words == 0 && (isW(k, W.container) || isW(k, W.containers)):
                    k = Int(sp.b)
                    words += 1
                    continue
                case .flowEntry, .flowExit, .flowImport, .flowExport, .flowXNC, .violVerb, .trade, .none:
                    k = Int(sp.b)
                    words += 1
                    continue
                default: return nil
                }
            }
            if Self.englishCountStops.contains(toks[k].h) || (isW(k, W.and) && words == 0) { return nil }
            k += 1
            words += 1
        }
        return nil
    }

    /// Words that end the modifiers of an English count: function words, and those that make a subset.
    static let englishCountStops: Set<UInt64> = Set(["new", "violating", "suspicious", "flagged", "red", "yellow", "green",
        "inspected", "audited", "paper", "late", "overdue", "of", "in", "on", "at", "to", "from", "for", "with", "by", "the",
        "a", "an", "was", "were", "is", "are", "than", "per", "each", "every", "this", "that", "these", "those", "compared",
        "up", "down", "over", "under", "about", "worth", "valued", "percent"].map(wordHash))

    /// A word of change ("tăng", "giảm", "rose", …) within the three tokens before `a`.
    @inline(__always) func changeWordJustBefore(_ a: Int) -> Bool {
        for k in max(0, a - 3)..<a where cue(k) == .up || cue(k) == .down { return true }
        return false
    }

    /// The unit a label names right before token `i` ("(tỷ đồng) 2.150", "(tờ khai): 41.500", "Số tờ khai:
    /// 38.500"): the kind and scale of a quantity there and where the unit starts (the evidence's
    /// start), or nil.
    func unitLabel(before i: Int) -> (Quant.Kind, Int, Int)? {
        if isW(i - 1, W.to) || isW(i - 1, W.len), let noun = countNounBeforeChange(endingAt: i - 1) { return (.count(noun), 0, i) }
        var close = i - 1
        // "Số tờ khai: 38.500", "Lượt phương tiện: 12.000": a count noun ending the label; also a table's
        // cells, "| Số tờ khai | 125.000 |", or an HTML row read as one line, "Số tờ khai 125.000", where
        // the number ends its cell.
        let cellEnds = i + 1 >= tokCount || toks[i + 1].kind == .nl || isP(i + 1, UInt8(ascii: "|"))
        let separated = isP(close, UInt8(ascii: ":")) || (cellEnds && isP(close, UInt8(ascii: "|")))
        var nounEnd = separated ? close - 1 : close
        // "Số doanh nghiệp làm thủ tục: 1.320": what the counted do may follow the noun.
        if nounEnd > 0, cue(nounEnd) == .done { nounEnd = Int(spans[Int(cueOf[nounEnd])].a) - 1 }
        // A Markdown or HTML row read as a line, with cells after the number ("Số tờ khai 125.000 -3%"):
        // a label starting the line.
        let rowLabel = !separated && !cellEnds && nounEnd >= 0 && toks[i].sp && cueOf[nounEnd] >= 0 && !masked[nounEnd]
            && lineStartsLabel(at: Int(spans[Int(cueOf[nounEnd])].a))
        if separated || cellEnds || rowLabel {
            if nounEnd >= 0, cueOf[nounEnd] >= 0, case let sp = spans[Int(cueOf[nounEnd])], Int(sp.b) == nounEnd + 1, !masked[nounEnd] {
                switch sp.cue {
                case .unitDecl, .unitEnt, .unitCase, .unitTrav, .unitVeh: return (.count(sp.cue), 0, Int(sp.a))
                default: break
                }
            }
        }
        if isP(close, UInt8(ascii: ":")) { close -= 1 }
        guard isP(close, UInt8(ascii: ")")), isP(close - 2, UInt8(ascii: "(")) || isP(close - 3, UInt8(ascii: "(")) else { return nil }
        let open = isP(close - 3, UInt8(ascii: "(")) ? close - 3 : close - 2
        var k = open + 1
        var exp = 0
        if let sp = cueStarting(k), let e = scaleExp(sp.cue), Int(sp.b) < close { exp = e; k = Int(sp.b) }
        guard let unit = cueStarting(k), Int(unit.b) == close else { return nil }
        switch unit.cue {
        case .vnd: return (.vnd, exp, open)
        case .usd: return (.usd, exp, open)
        case .unitDecl, .unitEnt, .unitCase, .unitTrav, .unitVeh, .unitLuot: return exp == 0 ? (.count(unit.cue), 0, open) : nil
        default: return nil
        }
    }

    /// Whether the label whose noun starts at `k` starts its line ("Số tờ khai", "Tổng số tờ khai",
    /// "Số lượng tờ khai", "Tờ khai" after a line break or at the text's start).
    func lineStartsLabel(at k: Int) -> Bool {
        var s = k
        if isW(s - 1, W.luong), isW(s - 2, W.so) { s -= 2 } else if isW(s - 1, W.so) { s -= 1 }
        if isW(s - 1, W.tong) { s -= 1 }
        return s == 0 || toks[s - 1].kind == .nl
    }

    /// "The number of customs declarations rose 12 per cent to 138,000", "Số tờ khai tăng 12% lên
    /// 138.000": the count noun before a change names the level it reached (`to` at `toWord`).
    func countNounBeforeChange(endingAt toWord: Int) -> Cue? {
        let sentenceStart = sents.isEmpty ? 0 : sents[Int(sentOf[toWord])].lowerBound
        var k = toWord - 1
        // The change: its percent ("12%", "12 per cent") and its verb, with nothing else between.
        while k > max(sentenceStart, toWord - 5), cue(k) != .up && cue(k) != .down {
            guard toks[k].kind == .num || isP(k, UInt8(ascii: "%")) || isW(k, W.per) || isW(k, W.cent) || isW(k, W.percent) else { return nil }
            k -= 1
        }
        guard cue(k) == .up || cue(k) == .down else { return nil }
        // The noun: the clause's subject, just before the verb ("declarations", "số tờ khai", "lượng hành khách").
        var j = k - 1
        while j >= max(sentenceStart, k - 4) {
            if toks[j].kind != .word { return nil }
            if !masked[j], cueOf[j] >= 0, case let sp = spans[Int(cueOf[j])], Int(sp.b) <= k {
                switch sp.cue {
                case .unitDecl, .unitEnt, .unitTrav, .unitVeh: return sp.cue
                default: break
                }
            }
            j -= 1
        }
        return nil
    }

    /// "tỷ" (or "tỉ"), "nghìn tỷ", "ngàn tỷ": a Vietnamese scale word of billions (the words after the number).
    static func vietnameseScale(_ first: UInt64, _ second: UInt64) -> Bool {
        first == W.ty || (first == W.nghin || first == W.ngan) && second == W.ty
    }

    /// Whether the words right before the amount at `a` collect for the state or set its target
    /// ("thu ngân sách (đạt) (hơn) …", "dự toán …", "tiền phạt …"), with nothing between but
    /// verbs of reaching, qualifiers and the office's name.
    func collectingBefore(_ a: Int) -> Bool {
        let sentenceStart = sents.isEmpty ? 0 : sents[Int(sentOf[a])].lowerBound
        var j = a - 1
        while j >= max(sentenceStart, a - 8) {
            guard toks[j].kind == .word else { return false }
            if !masked[j], cueOf[j] >= 0, case let sp = spans[Int(cueOf[j])] {
                switch sp.cue {
                case .revenue, .revenueWeak, .targetEst, .targetStretch, .fines: return true
                case .attain, .qualOver, .qualUnder, .qualAbout, .qualEstimate, .forecast, .forecastEst, .none: break
                default: return false
                }
                j = Int(sp.a) - 1
                continue
            }
            j -= 1
        }
        return false
    }

    /// "Số tờ khai tại Cục Hải quan Quảng Trị đạt 12.000", "declarations reached 12,000", "the number
    /// of enterprises doing procedures totalled 850", "lượng khách xuất nhập cảnh đạt hơn 1,2 triệu": a
    /// count noun that is the subject of the clause names the bare number its verb reaches. Only
    /// words may stand between (the office, "làm thủ tục"), none naming another figure; the noun must
    /// not be a count of its own ("850 doanh nghiệp …").
    func countNounBeforeLevel(number i: Int) -> Cue? {
        let sentenceStart = sents.isEmpty ? 0 : sents[Int(sentOf[i])].lowerBound
        var v = i - 1
        // "đạt hơn 12.000", "reached nearly 12,000", "totalled more than 850".
        if v > sentenceStart, cueOf[v] >= 0, !masked[v], case let sp = spans[Int(cueOf[v])], Int(sp.b) == i,
           sp.cue == .qualOver || sp.cue == .qualUnder || sp.cue == .qualAbout {
            v = Int(sp.a) - 1
        }
        guard v > sentenceStart else { return nil }
        // The verb: "đạt", "là", "reached", "hit", "totalled", "stood at", "amounted to", "was".
        let h = w(v)
        var verbStart = v
        if cue(v) == .attain, cueOf[v] >= 0 {
            verbStart = Int(spans[Int(cueOf[v])].a)
        } else if h == W.at && isW(v - 1, W.stood) || h == W.to && isW(v - 1, W.amounted) {
            verbStart = v - 1
        } else if !(h == W.la || h == W.hit || h == W.totalled || h == W.totaled || h == W.totalling || h == W.totaling
                    || h == W.was || h == W.were || h == W.numbered) {
            return nil
        }
        var j = verbStart - 1
        while j >= max(sentenceStart, verbStart - 12) {
            guard toks[j].kind == .word else { return nil }
            if !masked[j], cueOf[j] >= 0, case let sp = spans[Int(cueOf[j])], Int(sp.b) <= verbStart {
                switch sp.cue {
                case .unitDecl, .unitEnt, .unitTrav, .unitVeh, .unitCase:
                    return isNum(Int(sp.a) - 1) ? nil : sp.cue
                case .revenue, .revenueWeak, .trade, .violValue, .fines, .vnd, .usd, .targetEst, .targetStretch,
                     .exclBalance, .exclCommodity, .exclGoods, .exclRate, .exclShare, .exclCapacity, .exclStock,
                     .exclProgram, .exclCapital, .exclPrice, .exclNew, .exclDomestic, .unitOther, .unitLuot:
                    return nil
                default: break
                }
                j = Int(sp.a) - 1
                continue
            }
            j -= 1
        }
        return nil
    }

    /// "820 và 95 triệu USD", "820 and 95 million USD", "48.000 và 47.000 lượt": a bare number joined
    /// to the amount or count after it takes that one's scale and unit.
    mutating func shareUnitsBackward() {
        // Found without mutating (a non-mutating call from a mutating method copies the analysis),
        // then applied.
        let shared = sharedUnits()
        for (k, kind, exp, value) in shared {
            quants[k].kind = kind
            quants[k].scaleExp = exp
            quants[k].value = value
        }
    }

    func sharedUnits() -> [(Int, Quant.Kind, Int, Double)] {
        guard quants.count > 1 else { return [] }
        var out: [(Int, Quant.Kind, Int, Double)] = []
        var nextKind = quants[quants.count - 1].kind, nextExp = quants[quants.count - 1].scaleExp
        for k in stride(from: quants.count - 2, through: 0, by: -1) {
            let q = quants[k], next = quants[k + 1]
            var shared: (Int, Quant.Kind, Int, Double)?
            if q.kind.isBare, q.scaleExp == 0, next.sentence == q.sentence, next.a == q.b + 1, isW(q.b, W.va) || isW(q.b, W.and) {
                if case .count = nextKind, nextExp == 0, q.dec.frac == 0 {
                    shared = (k, nextKind, 0, q.value)
                } else if nextKind.isMoney, nextExp > 0, let v = q.dec.scaled(nextExp) {
                    shared = (k, nextKind, nextExp, v)
                }
            }
            if let shared { out.append(shared) }
            // (What the next one to the left is joined to: this one as it now reads.)
            nextKind = shared?.1 ?? q.kind
            nextExp = shared?.2 ?? q.scaleExp
        }
        return out
    }
}

extension Analysis {
    /// Drops the figures after a news page's own heading (`Cue.chrome`: "Tin liên quan", "Đừng bỏ lỡ",
    /// "(0) Bình luận", "Related news") standing as a line of its own in the last two thirds of the
    /// text: what follows is other stories' headlines and teasers, whose figures belong to those
    /// stories (and would take this report's periods and offices).
    mutating func dropPageChrome() {
        guard !quants.isEmpty else { return }
        let n = tokCount
        var cut = -1
        // "Xem thêm: <another article's headline>" opening a line, anywhere, also after a list or quote
        // mark ("- Xem thêm:", "> Xem thêm:", "(Xem thêm: …") or before ">>" ("Xem thêm >> …"): that line
        // is not the report's; "Xem thêm:" alone on its line, the next line.
        var links: [Range<Int>] = []
        for sp in spans where sp.cue == .chrome {
            let a = Int(sp.a)
            var b = Int(sp.b)
            var head = a
            while head > 0, toks[head - 1].kind == .punct { head -= 1 }
            guard head == 0 || toks[head - 1].kind == .nl else { continue }
            guard b < n, toks[b].kind == .punct else { continue }
            while b < n, toks[b].kind == .punct { b += 1 }
            var end = b
            if end < n, toks[end].kind == .nl { end += 1 }
            while end < n, toks[end].kind != .nl { end += 1 }
            links.append(a..<end)
        }
        if !links.isEmpty {
            quants.removeAll { q in links.contains { $0.contains(q.a) } }
            // (Nor do its periods and offices date or name what follows.)
            periods.removeAll { p in links.contains { $0.contains(p.a) } }
            mentions.removeAll { m in links.contains { $0.contains(m.a) } }
        }
        for sp in spans where sp.cue == .chrome {
            let a = Int(sp.a)
            var b = Int(sp.b)
            // ("Xem thêm:", "Đọc thêm:", "See also:", "Read more:" introduce one link, dropped above; the
            // headings of blocks of stories end the report.)
            if isW(a, W.xem) || isW(a, W.doc) || isW(a, W.see) || isW(a, W.read) { continue }
            if isP(b, UInt8(ascii: ":")) { b += 1 }  // "Tin liên quan:"
            guard a > n / 3, b == n || toks[b].kind == .nl else { continue }
            // Before it, the line's start, or a count in parentheses ("(0) Bình luận").
            var k = a
            if isP(k - 1, UInt8(ascii: ")")), k >= 3, toks[k - 2].kind == .num, isP(k - 3, UInt8(ascii: "(")) { k -= 3 }
            guard k == 0 || toks[k - 1].kind == .nl else { continue }
            cut = k
            break
        }
        guard cut >= 0 else { return }
        quants.removeAll { $0.a >= cut }
    }
}

extension W {
    static let container: UInt64 = 0xf214997f83f34938 /* container */, containers: UInt64 = 0xcc4a1ead36658a71 /* containers */
}

import CustomsModel

/// One report under analysis: the folded text, its tokens and cues, sentences, office and
/// period mentions, and the quantities read from it. Built and used inside one call of
/// `Extractor.extract`; never shared.
struct Analysis {
    let report: RawReport
    let ft: FoldedText
    let toks: [Tok]
    /// `toks.count`, stored: the token helpers below test it at every call, and the array's
    /// `count` getter was left an outlined call in the large callers (`mentionAt`, `decide`).
    let tokCount: Int
    let spans: [CueSpan]
    let cueOf: [Int32]
    /// Tokens inside office / place names: cues there are not read.
    var masked: [Bool] = []
    var sents: [Range<Int>] = []
    var sentOf: [Int32] = []
    var captionSent: [Bool] = []
    var format: NumberFormat = .vietnamese
    let pub: PublicationDate?
    private var eraCache: Bool?
    /// After 3/2025 "Cục Hải quan" is the national body and branches are regional. Found when
    /// first asked (`scanEra2025`: a pass over the text when the report has no date): only some
    /// office mentions need it.
    var era2025: Bool {
        mutating get {
            if let e = eraCache { return e }
            let e = scanEra2025()
            eraCache = e
            return e
        }
        set { eraCache = newValue }
    }
    var mentions: [Mention] = []
    var periods: [PM] = []
    /// Tokens that belong to a period expression (not quantities).
    var inPeriod: [Bool] = []
    var quants: [Quant] = []
    var mainOffice: String?
    var firstDepartment: String?
    var firstRegion: Int?
    /// The department or region the title names ("Cục Hải quan Cao Bằng: …"): the parent of the
    /// branches and units the body names without one, before the body's first (spec §1: the main office).
    var titleDepartment: String?
    var titleRegion: Int?
    /// The one period the title names ("…: kết quả 11 tháng năm 2024"): the period of figures for
    /// which the body names none (spec §4: from the surrounding text).
    var titlePeriod: Period?
    private var docProvinceResolved = false
    private var docProvinceCache: String?
    /// The first province (not a border place) named anywhere in the text, found on demand: only
    /// office ids without a province of their own ask for it, and most reports never do.
    var docProvince: String? {
        mutating get {
            if docProvinceResolved { return docProvinceCache }
            docProvinceResolved = true
            for i in toks.indices where toks[i].placeGroup >= 0 {
                guard let (_, idx) = placeIndex(at: i) else { continue }
                let p = PlaceRef(index: idx)
                if !p.isBorder { docProvinceCache = p.province; break }
            }
            return docProvinceCache
        }
    }
    var lastOfficeMention: String?
    let explainMode: Bool
    private var sourceResolved = false
    private var sourceCache: String?
    /// The province of a local newspaper ("baohatinh.vn", "baobariavungtau.com.vn"), computed on demand.
    var sourceProvince: String? {
        mutating get {
            if sourceResolved { return sourceCache }
            sourceResolved = true
            // The letters of the source and the URL (up to the first "/" after a few), read in place and
            // compared without building strings or slices.
            var letters: [UInt8] = []
            letters.reserveCapacity(64)
            /// Appends the letters of `part`; false at the stop.
            func add(_ part: String?) -> Bool {
                for b in (part ?? "").utf8 {
                    let c = b | 0x20
                    if c >= 0x61 && c <= 0x7a { letters.append(c) } else if b == UInt8(ascii: "/") && letters.count > 3 { return false }
                }
                return true
            }
            if add(report.source) { _ = add(report.url) }  // (the space between adds no letter)
            let names = Places.compactBytes
            letters.withUnsafeBufferPointer { l in
                for e in names.indices where l.count >= names[e].0.count {
                    let found = names[e].0.withUnsafeBufferPointer { name in
                        var i = 0
                        while i + name.count <= l.count {
                            if l[i] == name[0] {
                                var k = 1
                                while k < name.count, l[i + k] == name[k] { k += 1 }
                                if k == name.count { return true }
                            }
                            i += 1
                        }
                        return false
                    }
                    if found { sourceCache = names[e].1; break }
                }
            }
            return sourceCache
        }
        set { sourceResolved = true; sourceCache = newValue }
    }

    // MARK: token helpers

    // The searches over a range of tokens are loops, not `contains(where:)` / `first(where:)`: a
    // closure that calls a token helper captures `self`, and Swift copied the whole analysis (some
    // 60 references retained and released) for every call, 3 % of extraction.

    /// Whether the words `first second` stand together with `second` inside `r`.
    func hasPair(_ first: UInt64, _ second: UInt64, endingIn r: Range<Int>) -> Bool {
        for k in r where isW(k, second) && isW(k - 1, first) { return true }
        return false
    }
    /// Whether a token of `r` is one of the punctuation bytes `a`, `b`.
    func hasPunct(_ a: UInt8, _ b: UInt8, in r: Range<Int>) -> Bool {
        for k in r where isP(k, a) || isP(k, b) { return true }
        return false
    }
    /// Whether a full stop or a line break stands inside `r`.
    func hasSentenceBreak(in r: Range<Int>) -> Bool {
        for k in r where isP(k, UInt8(ascii: ".")) || toks[k].kind == .nl { return true }
        return false
    }
    /// The first token of `r` that is the word `h`.
    func firstWord(_ h: UInt64, in r: Range<Int>) -> Int? {
        for k in r where isW(k, h) { return k }
        return nil
    }
    /// The first token of `r` whose cue is `c`.
    func firstCue(_ c: Cue, in r: Range<Int>) -> Int? {
        for k in r where cue(k) == c { return k }
        return nil
    }
    /// The last token of `r` with a target cue (estimate or stretch).
    func lastTargetCue(in r: Range<Int>) -> Int? {
        for k in r.reversed() where cue(k) == .targetEst || cue(k) == .targetStretch { return k }
        return nil
    }

    @inline(__always) func w(_ i: Int) -> UInt64 {
        i >= 0 && i < tokCount && toks[i].kind == .word ? toks[i].h : 0
    }
    @inline(__always) func isW(_ i: Int, _ h: UInt64) -> Bool { w(i) == h }
    @inline(__always) func isP(_ i: Int, _ c: UInt8) -> Bool {
        i >= 0 && i < tokCount && toks[i].kind == .punct && toks[i].h == UInt64(c)
    }
    @inline(__always) func isNum(_ i: Int) -> Bool { i >= 0 && i < tokCount && toks[i].kind == .num }
    @inline(__always) func cue(_ i: Int) -> Cue {
        guard i >= 0, i < tokCount, !masked[i] else { return .none }
        let k = cueOf[i]
        return k < 0 ? .none : spans[Int(k)].cue
    }
    /// The cue span starting exactly at `i`.
    @inline(__always) func cueStarting(_ i: Int) -> CueSpan? {
        guard i >= 0, i < tokCount, !masked[i] else { return nil }
        let k = cueOf[i]
        guard k >= 0 else { return nil }
        let s = spans[Int(k)]
        return Int(s.a) == i ? s : nil
    }
    func intValue(_ i: Int) -> Int? {
        guard isNum(i) else { return nil }
        return ft.bytes.withUnsafeBufferPointer { NumberParser.int($0, Int(toks[i].s), Int(toks[i].e)) }
    }
    func text(_ a: Int, _ b: Int) -> String {
        guard a < b, a >= 0, b <= tokCount else { return "" }
        let s = Int(toks[a].s), e = Int(toks[b - 1].e)
        return String(decoding: ft.bytes[s..<e], as: UTF8.self)
    }
    /// A cue's text for `explain`; empty (and free) otherwise. (Inlined: an outlined call from a
    /// mutating method such as `mentionAt` copied the whole analysis to read one flag.)
    @inline(__always) func label(_ a: Int, _ b: Int) -> String { explainMode ? text(a, b) : "" }
    func wordText(_ i: Int) -> String {
        guard i >= 0, i < tokCount else { return "" }
        return String(decoding: ft.bytes[Int(toks[i].s)..<Int(toks[i].e)], as: UTF8.self)
    }
    func isPunctLike(_ i: Int) -> Bool { i >= 0 && i < tokCount && (toks[i].kind == .punct || toks[i].kind == .nl) }

    // MARK: sentences

    mutating func splitSentences() {
        let toks = self.toks  // (a local: the loop then keeps the buffer in a register)
        let n = toks.count
        // Sentences run a few dozen tokens: reserving for one per 8 avoids repeated growth.
        // (Into the buffer already there: a spare one, see `SpareBuffers`.)
        var sents = take(&self.sents)  // (empty: `init` empties the spare one)
        sents.reserveCapacity(n / 8 + 4)
        var start = 0
        toks.withUnsafeBufferPointer { tp in
            var i = 0
            while i < n {
                let t = tp[i]
                // Words and numbers (most tokens) never end a sentence.
                if t.kind == .word || t.kind == .num { i += 1; continue }
                var boundary = false
                if t.kind == .nl {
                    // A line break inside a sentence is a wrap: a lower-case word after it, and a word
                    // or a number before it ("… (theo số liệu từ Kho\nbạc Nhà nước), bằng 47,3% …").
                    let prevWord = i > 0 && (tp[i - 1].kind == .word || tp[i - 1].kind == .num)
                    let nextLower = i + 1 < n && tp[i + 1].kind == .word && !tp[i + 1].up
                    boundary = !(prevWord && nextLower)
                } else {
                    switch UInt8(truncatingIfNeeded: t.h) {
                    case UInt8(ascii: "."):
                        boundary = true
                        if i > 0, tp[i - 1].kind == .word {
                            let len = tp[i - 1].e - tp[i - 1].s
                            if tp[i - 1].h == W.tp { boundary = false }
                            if len == 1, tp[i - 1].up, i + 1 < n, tp[i + 1].kind == .word, !tp[i + 1].sp { boundary = false }
                        }
                        if i + 1 < n, tp[i + 1].kind == .punct, tp[i + 1].h == UInt64(UInt8(ascii: ".")) { boundary = false }
                    case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "|"): boundary = true
                    default: break
                    }
                }
                if boundary {
                    // The line breaks right after a sentence end are its own: a line of its own for a
                    // break would count as a sentence (an office or a change carried "two sentences"
                    // back would reach one paragraph back, not two).
                    while i + 1 < n, tp[i + 1].kind == .nl { i += 1 }
                    sents.append(start..<(i + 1))
                    start = i + 1
                }
                i += 1
            }
        }
        if start < n { sents.append(start..<n) }
        // The sentences cover the tokens in order: each range is filled at once.
        sentOf.refill(capacity: n) { so in
            for (k, r) in sents.enumerated() { (so.baseAddress! + r.lowerBound).initialize(repeating: Int32(k), count: r.count) }
            return n
        }
        self.sents = sents
        captionSent.refill(filled: false, count: sents.count)
        // Captions: the sentence before "Ảnh: <credit>" / "Photo: <credit>", and the credit itself.
        // Visits the tokens of caption cues in text order (as a scan of every token would).
        for si in spans.indices where spans[si].cue == .caption {
            let sp = spans[si]
            for j in Int(sp.a)..<Int(sp.b) where !masked[j] {
                let k = Int(sentOf[j])
                let r = sents[k]
                let after = Int(sp.b)
                guard isP(after, UInt8(ascii: ":")) || (isW(j, W.anh) && toks[j].up && sp.b - sp.a > 1) else { continue }
                if j == r.lowerBound || isP(j - 1, UInt8(ascii: "(")) || isP(j - 1, UInt8(ascii: "|")) {
                    // (Not a sentence that ended before a line break: a paragraph, not the caption.)
                    if k > 0, j == r.lowerBound, !endsBeforeLineBreak(sents[k - 1]) { captionSent[k - 1] = true }
                    // Mask the credit: a few capitalised words and initials.
                    var m = j
                    var words = 0
                    while m < r.upperBound, m < j + 12 {
                        if toks[m].kind == .word {
                            if m > after, !toks[m].up { break }
                            words += 1
                            if words > 5 { break }
                        } else if toks[m].kind == .num { break }
                        masked[m] = true
                        m += 1
                    }
                }
            }
        }
    }
}

extension Analysis {
    // In an extension, so that the struct keeps its memberwise initializer: that one builds the
    // value in one piece, where assigning the properties of `self` one by one built it aside and
    // copied it out (a retain and a release of every array, per analysis).
    /// Its per-token buffers are taken from `spare` (the buffers of a finished analysis; empty ones
    /// make fresh arrays).
    init(report: RawReport, text: FoldedText, explain: Bool, reusing spare: inout SpareBuffers) {
        var toks = take(&spare.toks)
        Tokenizer.tokenize(text, into: &toks)
        var spans = take(&spare.spans), cueOf = take(&spare.cueOf)
        CueMatcher.match(toks, spans: &spans, of: &cueOf)
        Self.dropDebtWordsWrittenOtherwise(&spans, toks: toks, text: text, body: report.body)
        var masked = take(&spare.masked), inPeriod = take(&spare.inPeriod)
        masked.refill(filled: false, count: toks.count)
        inPeriod.refill(filled: false, count: toks.count)
        // The sentence buffers stay empty (as new ones would be) until `splitSentences` fills them.
        let sents = takeEmptied(&spare.sents), sentOf = takeEmptied(&spare.sentOf)
        let captionSent = takeEmptied(&spare.captionSent)
        // So do the lists the passes append to.
        let mentions = takeEmptied(&spare.mentions), periods = takeEmptied(&spare.periods)
        let quants = takeEmptied(&spare.quants)
        self.init(report: report, ft: text, toks: toks, tokCount: toks.count, spans: spans, cueOf: cueOf, masked: masked,
                  sents: sents, sentOf: sentOf, captionSent: captionSent, pub: report.publicationDate,
                  mentions: mentions, periods: periods, inPeriod: inPeriod, quants: quants, explainMode: explain)
    }
}

extension Analysis {
    /// Whether sentence `r` ends with its end mark and then a line break ("….\n").
    func endsBeforeLineBreak(_ r: Range<Int>) -> Bool {
        var k = r.upperBound - 1
        guard k > r.lowerBound, toks[k].kind == .nl else { return false }
        while k > r.lowerBound, toks[k].kind == .nl { k -= 1 }
        return toks[k].kind == .punct
    }

    /// "nợ" (debt) folds as "nỗ" (in "nỗ lực", effort) and "nổ" do: a debt word written with
    /// diacritics must have the horn and the dot below (NFC "ợ" / "Ợ", or NFD combining marks), else
    /// it is no cue. (Text written without diacritics keeps "no" as debt.)
    static func dropDebtWordsWrittenOtherwise(_ spans: inout [CueSpan], toks: [Tok], text: FoldedText, body: String?) {
        guard var body, spans.contains(where: { $0.cue == .exclDebt && $0.b - $0.a == 1 }) else { return }
        body.withUTF8 { p in
            for si in spans.indices where spans[si].cue == .exclDebt && spans[si].b - spans[si].a == 1 {
                let t = toks[Int(spans[si].a)]
                guard t.e - t.s == 2 else { continue }
                let start = Int(text.origStart[Int(t.s)]), end = min(text.origEnd(Int(t.e) - 1), p.count)
                guard start < end, end - start > 2 else { continue }  // plain "no": no diacritics in the text
                var horn = false, dot = false
                for j in start..<end {
                    if j + 2 < end, p[j] == 0xE1, p[j + 1] == 0xBB, p[j + 2] == 0xA2 || p[j + 2] == 0xA3 { horn = true; dot = true }
                    if j + 1 < end, p[j] == 0xCC, p[j + 1] == 0x9B { horn = true }
                    if j + 1 < end, p[j] == 0xC6, p[j + 1] == 0xA0 || p[j + 1] == 0xA1 { horn = true }
                    if j + 1 < end, p[j] == 0xCC, p[j + 1] == 0xA3 { dot = true }
                }
                if !(horn && dot) { spans[si].cue = .none }
            }
        }
    }
}

/// A quantity read from the text: a number with its scale and unit.
struct Quant {
    enum Kind: Equatable {
        case vnd, usd, percent, count(Cue), bare
        // Pattern tests for the hot paths: `==` on this enum (it has a payload) is an outlined
        // derived-equality call each time.
        @inline(__always) var isMoney: Bool { switch self { case .vnd, .usd: return true; default: return false } }
        @inline(__always) var isVND: Bool { if case .vnd = self { return true }; return false }
        @inline(__always) var isPercent: Bool { if case .percent = self { return true }; return false }
        @inline(__always) var isBare: Bool { if case .bare = self { return true }; return false }
        /// A count of something no metric counts ("12 tấn", "40 container").
        @inline(__always) var isOtherCount: Bool { if case .count(.unitOther) = self { return true }; return false }
    }
    var a: Int          // first token (a currency prefix included)
    var b: Int          // end token (exclusive), unit included
    var numTok: Int     // the number token
    var value: Double
    var valueMax: Double?
    var kind: Kind
    var dec: Dec
    var scaleExp: Int
    var sentence: Int
    /// Decided later.
    var role: Role = .unknown
    enum Role { case unknown, record, transparent, blocker }
    var metric: Metric?
}

/// An office, gate or area named in the text.
struct Mention {
    enum Kind { case national, department, branch, region, unit, gate, area }
    var a: Int
    var b: Int
    var kind: Kind
    var id: String
    var province: String?
    var region: Int?
    var weak = false
    var assigner = false
    var absorbed = false
    var cueText: String = ""
}

/// A period named in the text, before its year is known.
struct PM {
    var a: Int
    var b: Int
    var sY: Int?
    var sM: Int
    var sD: Int
    var eY: Int?
    var eM: Int
    var eD: Int   // 0: the last day of the month
    var toNow = false
    /// "(Lũy kế) từ đầu năm" with no end: to the end of the period just named, if over by
    /// publication ("Tháng 7/2024, … ; lũy kế từ đầu năm …" ends on 31 July), else to publication.
    var toEndOfContext = false
    /// The official Tết holiday of a year not written ("kỳ nghỉ Tết", "9 ngày nghỉ Tết"): its days
    /// are set once the year is known (`resolvePeriods`); `tetDays` > 0 is the count the text gives.
    var tetHoliday = false
    var tetDays = 0
    /// Only tells a year (comparisons "so với cùng kỳ năm 2019" → 2020; "của năm 2020").
    var hint = false
    var hintYear: Int?
    /// "trong năm", "cả năm": the whole year of the context.
    var yearOfContext = false
    /// A span the text points back to, its days set by `scanPeriods` from the periods named before it.
    var ofContext: SpanOfContext?

    enum SpanOfContext {
        /// "Trong quý,", "cả quý": the quarter of the period named last.
        case quarter
        /// "Trong tháng,": the single month named last (not a cumulative period told since).
        case month
        /// "Trong kỳ,": the report's own period, the first it names.
        case report
    }
    /// Dates its own sentence only, not the sentences after it ("dự kiến cả năm đạt …": an outlook).
    var sentenceOnly = false
    /// Start and end lie in the same year when only one is written.
    var resolved: Period?
    var text: String = ""

    /// Whether a figure of this span compared with one of `other`'s, in another year, compares the same
    /// period a year apart: the same months and days, or two spans from January ("tính đến 15/11 … so
    /// với 10 tháng năm 2023").
    static func sameSpanAYearApart(figure f: (sM: Int, sD: Int, eM: Int, eD: Int), compared c: PM) -> Bool {
        if f.sM == c.sM && f.eM == c.eM && f.sD == c.sD && f.eD == c.eD { return true }
        return f.sM == 1 && f.sD == 1 && c.sM == 1 && c.sD == 1 && c.eM > 1 && (f.eM > 1 || f.eD == 0)
    }
}

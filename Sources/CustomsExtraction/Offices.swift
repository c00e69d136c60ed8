import CustomsModel

/// Place names (provinces with the press's spellings, border gates / ports / airports) as
/// folded word sequences, and the office patterns of `metrics.md` §1 built on them.
enum Places {
    struct Entry { var words: [UInt64]; var slug: String; var province: String; var isBorder: Bool; var name: String }

    static let lists: [[Entry]] = Array(table.values)
    static let index: HashIndex<Int32> = HashIndex(lists.enumerated().map { ($0.element[0].words[0], Int32($0.offset)) })
    /// Every entry once, and the lists flattened for `place(at:)` (payload: index into `entries`).
    static let entries: [Entry] = lists.flatMap { $0 }
    static let borderFlags: [Bool] = entries.map(\.isBorder)
    /// The office id of each entry's province ("vn." + province), built once: the mentions of a
    /// province's department or area share it instead of concatenating it every time.
    static let officeIDs: [String] = entries.map { "vn." + $0.province }
    static let phrases: PhraseTable = {
        var next: Int32 = 0
        return PhraseTable(lists.map { list in list.map { e in defer { next += 1 }; return (e.words, next) } })
    }()
    /// `phrases` behind a pointer, so that the hot path reads it without copying the struct.
    nonisolated(unsafe) static let phrasesRef: UnsafePointer<PhraseTable> = {
        let p = UnsafeMutablePointer<PhraseTable>.allocate(capacity: 1)
        p.initialize(to: phrases)
        return UnsafePointer(p)
    }()

    static let table: [UInt64: [Entry]] = {
        var d: [UInt64: [Entry]] = [:]
        func add(_ name: String, slug: String, province: String, border: Bool) {
            let words = Lexicon.foldWords(name).filter { $0 >= 256 }
            guard let f = words.first else { return }
            d[f, default: []].append(Entry(words: words, slug: slug, province: province, isBorder: border, name: name))
        }
        for p in OfficeRegistry.provinces {
            add(p.name, slug: p.slug, province: p.slug, border: false)
            for a in p.aliases { add(a, slug: p.slug, province: p.slug, border: false) }
        }
        for b in OfficeRegistry.borderPlaces where OfficeRegistry.province(slug: Office.slug(b.name)) == nil {
            add(b.name, slug: Office.slug(b.name), province: b.province, border: true)
        }
        for k in d.keys { d[k]!.sort { $0.words.count > $1.words.count } }
        return d
    }()

    /// Province slugs without dashes, to find a local newspaper's province in its domain.
    static let compact: [(String, String)] = OfficeRegistry.provinces
        .filter { $0.slug.contains("-") && $0.slug.count >= 6 }
        .map { ($0.slug.replacingOccurrences(of: "-", with: ""), $0.slug) }
        .sorted { $0.0.count > $1.0.count }

    static let compactBytes: [([UInt8], String)] = compact.map { (Array($0.0.utf8), $0.1) }

    /// Branch-name abbreviations expanded in ids.
    static let abbreviations: [UInt64: String] = [
        wordHash("hq"): "hai-quan", wordHash("ck"): "cua-khau", wordHash("ckqt"): "cua-khau-quoc-te",
        wordHash("dsqt"): "duong-sat-quoc-te", wordHash("kcn"): "khu-cong-nghiep", wordHash("qt"): "quoc-te",
        wordHash("cqt"): "cua-khau-quoc-te", wordHash("hqck"): "cua-khau", wordHash("kv"): "khu-vuc", wordHash("kcx"): "khu-che-xuat",
    ]
}

/// A place name starting at a token: its end token and its index into `Places.entries`;
/// `end == 0` when none starts there.
struct PlaceHit {
    var end: Int32
    var entry: Int32
    static let none = PlaceHit(end: 0, entry: 0)
}

enum PlaceMatcher {
    /// The place name (skipping "-" and "." between its words) starting at token `i`; `.none` if
    /// none does. Matched when asked (a pure function of the tokens), not for every token up front:
    /// a pass writing a hit for each token cost more than the few look-ups the passes make
    /// (the first province, the office mentions, their names); most tokens start no place
    /// (`placeGroup` is -1) and are passed over at one load.
    @inline(__always) static func hit(_ tp: UnsafeBufferPointer<Tok>, at i: Int) -> PlaceHit {
        let g = Int(tp[i].placeGroup)  // -1 for every token but the start words of places
        return g >= 0 ? match(tp, at: i, group: g, Places.phrasesRef) : .none
    }

    /// The first (longest) entry of the group that matches at `i`.
    /// (Through the table's pointer: a copy of the table would retain its key array.)
    @inline(never) private static func match(_ tp: UnsafeBufferPointer<Tok>, at i: Int, group li: Int,
                                             _ tableRef: UnsafePointer<PhraseTable>) -> PlaceHit {
        let n = tp.count
        let g0 = Int(tableRef.pointee.groupStart[li])
        let g1 = g0 &+ Int(tableRef.pointee.groupCount[li])
        // Word 0 is the group's key, the token at `i`. An entry can match only if its second word
        // (0: none) is the next word after "-" / ".".
        let j1 = skipJoiners(tp, i &+ 1)
        let next: UInt64 = j1 < n && tp[j1].kind == .word ? tp[j1].h : 0
        var e = g0
        while e < g1 {
            let w1 = tableRef.pointee.second[e]
            if w1 == next || w1 == 0 {
                let ws = Int(tableRef.pointee.wordStart[e])
                let wc = Int(tableRef.pointee.wordCount[e])
                var j = i &+ 1
                var ok = true
                var k = 1
                while k < wc {
                    j = skipJoiners(tp, j)
                    guard j < n, tp[j].kind == .word, tp[j].h == tableRef.pointee.words[ws &+ k] else { ok = false; break }
                    j &+= 1
                    k &+= 1
                }
                if ok { return PlaceHit(end: Int32(truncatingIfNeeded: j), entry: tableRef.pointee.payload[e]) }
            }
            e &+= 1
        }
        return .none
    }

    /// The first token from `j` on that is not a "-" or "." between the words of a name.
    @inline(__always) private static func skipJoiners(_ tp: UnsafeBufferPointer<Tok>, _ j: Int) -> Int {
        var j = j
        while j < tp.count, tp[j].kind == .punct, tp[j].h == 0x2d || tp[j].h == 0x2e { j &+= 1 }
        return j
    }
}

/// A place found in the text: an entry of `Places.entries`, read without copying it.
struct PlaceRef {
    let index: Int
    var isBorder: Bool { Places.borderFlags[index] }
    var province: String { Places.entries[index].province }
    /// "vn." + `province`.
    var officeID: String { Places.officeIDs[index] }
    var slug: String { Places.entries[index].slug }
    var name: String { Places.entries[index].name }
}

extension Analysis {
    /// A place name at `i` (skipping "-" and "." between its words): end token, entry.
    /// (Inlined: an outlined call from the mutating `mentionAt` copied the whole analysis first.)
    @inline(__always) func place(at i: Int) -> (Int, PlaceRef)? {
        guard let (end, idx) = placeIndex(at: i) else { return nil }
        return (end, PlaceRef(index: idx))
    }

    /// `place(at:)` without copying the entry: end token and index into `Places.entries`
    /// (see `PlaceMatcher.hit`).
    @inline(__always) func placeIndex(at i: Int) -> (Int, Int)? {
        guard i >= 0, i < tokCount, toks[i].placeGroup >= 0 else { return nil }
        let p = toks.withUnsafeBufferPointer { PlaceMatcher.hit($0, at: i) }
        return p.end > 0 ? (Int(p.end), Int(p.entry)) : nil
    }

    /// "tỉnh", "TP", "TP.", "thành phố" before a province name.
    @inline(__always) func skipProvincePrefix(_ i: Int) -> Int {
        var j = i
        if isW(j, W.tinh) { return j + 1 }
        if isW(j, W.tp) { j += 1; if isP(j, UInt8(ascii: ".")) { j += 1 }; return j }
        if isW(j, W.thanh), isW(j + 1, W.pho) { return j + 2 }
        return j
    }

    /// Words of a branch / unit name from `i`, stopping at punctuation, verbs, qualifiers and
    /// other cue words; stops after a place name that ends it. Returns the end token.
    @inline(__always) func nameEnd(_ i: Int, max maxWords: Int = 9) -> Int {
        var j = i
        var words = 0
        while j < tokCount, words < maxWords {
            let t = toks[j]
            if t.kind == .num {
                // "khu vực 1", "Bắc Luân II", "cảng Sài Gòn KV1"
                if words > 0, isW(j - 1, W.vuc) || isW(j - 1, W.kv) { j += 1; words += 1; continue }
                break
            }
            if t.kind == .punct {
                if isP(j, UInt8(ascii: "-")), j + 1 < tokCount, toks[j + 1].kind == .word, toks[j + 1].up, words > 0 { j += 1; continue }
                break
            }
            if t.kind != .word { break }
            // "đường bộ số II Kim Thành", "Đội Kiểm soát số 2": a numbered part of the name.
            if words > 0, isW(j, W.so), j + 1 < tokCount, toks[j + 1].kind == .num || Analysis.romanIndex.find(toks[j + 1].h) {
                j += 2
                words += 2
                continue
            }
            if let (pe, _) = placeIndex(at: j) {
                j = pe
                words += 1
                // A place ends the name unless "khu vực N" ("KV1") or more gate words follow.
                if isW(j, W.khu), isW(j + 1, W.vuc) { continue }
                if isW(j, W.kv), j + 1 < tokCount, toks[j + 1].kind == .num || Analysis.romanIndex.find(toks[j + 1].h) { continue }
                break
            }
            // (A capitalised first word that is a one-word cue names the unit: "Hải quan Chuyển phát nhanh".)
            let oneWordCue = cueOf[j] >= 0 && spans[Int(cueOf[j])].b - spans[Int(cueOf[j])].a == 1
            let c = t.up && (words > 0 || oneWordCue && cue(j) == .transfer) ? Cue.none : cue(j)
            switch c {
            case .revenue, .revenueWeak, .targetEst, .targetStretch, .targetModal, .trade, .violVerb, .penalty,
                 .prosecute, .qualOver, .qualUnder, .qualAbout, .qualEstimate, .forecast, .forecastEst, .forecastCollect, .up, .down,
                 .ratio, .attain, .exceed, .compare, .speech, .done, .trongDo, .area, .unitDecl, .unitCase, .caption,
                 .nonCustoms, .transfer, .seize, .fines:
                return j
            default: break
            }
            // A phrase begun inside the name goes on to its end ("quản lý hàng đầu tư": "tư" alone
            // would end the name and leave "đầu tư" half outside it).
            if cueOf[j] >= 0, case let sp = spans[Int(cueOf[j])], Int(sp.a) < j, Int(sp.a) >= i {
                words += Int(sp.b) - j
                j = Int(sp.b)
                continue
            }
            // ("Quản lý các KCN Bắc Giang": "các" inside a branch's name.)
            let insideName = words > 0 && isW(j, W.cac) && (isW(j + 1, W.kcn) || isW(j + 1, W.khu))
            // (A capitalised first word followed by another is a proper name: "Bát Xát", "Bà Rịa", "Ba Chẽ".)
            let properName = words == 0 && t.up && j + 1 < tokCount && toks[j + 1].kind == .word && toks[j + 1].up
            if !t.up || (words == 0 && !properName), !insideName, Analysis.nameStopIndex.find(t.h) { return j }
            if words > 0, Analysis.romanIndex.find(t.h), !isW(j - 1, W.vuc) { j += 1; words += 1; break }
            j += 1
            words += 1
        }
        return j
    }

    /// First words of foreign countries' names ("Hải quan Mỹ", "Hải quan Trung Quốc": another country's customs).
    static let foreignCountryStart: Set<UInt64> = Set(["my", "hoa", "trung", "lao", "campuchia", "nhat", "han", "thai", "uc", "nga",
                                                       "singapore", "an", "duc", "phap", "anh", "eu", "indonesia", "malaysia",
                                                       "philippines", "canada", "hong", "dai"].map(wordHash))

    static let nameStop: Set<UInt64> = Set([
        "da", "dang", "se", "cho", "la", "co", "tai", "trong", "tu", "den", "voi", "ve", "va", "cung", "thuoc", "truc",
        "nam", "thang", "quy", "duoc", "nay", "do", "theo", "vua", "van", "ghi", "mo", "tiep", "hoan", "dam", "cuc",
        "nhu", "thi", "khi", "nhung", "cac", "mot", "chi", "ong", "ba", "doan", "said", "the", "has", "had", "was",
        "is", "of", "and", "in", "on", "at", "for", "with", "to", "by", "collected", "reached", "approved", "tiep",
        "phoi", "hop", "lam", "giai", "quyet", "kiem", "tra", "bat", "xu", "trien", "khai", "thuc", "hien", "tang",
        "giam", "dat", "nop", "lanh", "dao", "chu", "tri", "tiep", "nhan", "thong", "tao", "ngay", "gan",
    ].map(wordHash))

    /// What follows "customs" in the English name of a province's customs ("Customs Department of …",
    /// "customs forces in …").
    static let customsBodies: Set<UInt64> = [W.department, W.agency, W.office, W.force, W.forces, W.authority, W.authorities,
                                              W.agencies, W.offices, W.units]

    /// Words of the English press's description before a province ("the northern border province of …").
    static let placeDescription: Set<UInt64> = Set([
        "the", "northern", "southern", "central", "eastern", "western", "northwestern", "northeastern", "southwestern",
        "southeastern", "north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "mekong", "delta",
        "highlands", "highland", "border", "coastal", "mountainous", "northernmost", "southernmost", "key", "port",
    ].map(wordHash))

    static let gateStart: Set<UInt64> = Set(["cua", "cang", "san", "ga", "kcn", "ck", "ckqt", "khu", "sb"].map(wordHash))

    /// `nameStop` and `gateStart` as open-addressing tables on the word hashes: one probe costs
    /// less than hashing the key again for a `Set`.
    static let nameStopIndex = HashIndex<Bool>(nameStop.map { ($0, true) }, missing: false)
    static let gateStartIndex = HashIndex<Bool>(gateStart.map { ($0, true) }, missing: false)
    /// `W.romans` the same way (a name's every word was compared with its twenty entries).
    static let romanIndex = HashIndex<Bool>(W.romans.map { ($0, true) }, missing: false)

    /// `Places.abbreviations` as a list: a scan of its few entries costs less than hashing the key.
    static let abbreviationList: [(UInt64, [UInt8])] = Places.abbreviations.map { ($0.key, Array($0.value.utf8)) }
    static let longestAbbreviation = Places.abbreviations.values.map(\.utf8.count).max() ?? 0

    /// `prefix` and the slug of tokens `a ..< b` with abbreviations expanded.
    /// Written byte by byte (the parts are ASCII) into the string's own storage: one allocation
    /// at most, no part strings or concatenation.
    func slug(_ a: Int, _ b: Int, prefix: StaticString = "") -> String {
        let abbreviations = Analysis.abbreviationList
        var capacity = prefix.utf8CodeUnitCount
        for k in a..<b { capacity += max(Int(toks[k].e - toks[k].s), Analysis.longestAbbreviation) + 1 }
        return String(unsafeUninitializedCapacity: capacity) { out in
            var n = 0
            prefix.withUTF8Buffer { for c in $0 { out[n] = c; n += 1 } }
            var first = true
            ft.bytes.withUnsafeBufferPointer { p in
                for k in a..<b {
                    let t = toks[k]
                    guard t.kind == .word || t.kind == .num else { continue }
                    if !first { out[n] = UInt8(ascii: "-"); n += 1 }
                    first = false
                    if t.kind == .word {
                        if let e = abbreviations.first(where: { $0.0 == t.h }) {
                            for c in e.1 { out[n] = c; n += 1 }
                        } else {
                            for j in Int(t.s)..<Int(t.e) { out[n] = p[j]; n += 1 }
                        }
                    } else {
                        // Digit groups without their separators ("1.234" -> "1234").
                        for j in Int(t.s)..<Int(t.e) where p[j] != UInt8(ascii: ".") && p[j] != UInt8(ascii: ",") { out[n] = p[j]; n += 1 }
                    }
                }
            }
            return n
        }
    }

    /// The province a name (tokens a..<b) points at: a province or border place inside it.
    @inline(__always) func provinceInside(_ a: Int, _ b: Int) -> String? {
        var k = a
        var found: String?
        while k < b {
            if let (e, p) = place(at: k) {
                if !p.isBorder { return p.province }
                if found == nil { found = p.province }
                k = e
            } else { k += 1 }
        }
        return found
    }

    func region(ofProvince p: String?) -> Int? {
        guard let p else { return nil }
        return OfficeRegistry.region(ofProvince: p)?.number
    }

    /// "khu vực VI" / "khu vực 6" / "Region VI" at `i`: (number, end).
    @inline(__always) func regionNumber(_ i: Int) -> (Int, Int)? {
        if isW(i, W.khu), isW(i + 1, W.vuc), let n = romanOrInt(i + 2), (1...35).contains(n) { return (n, i + 3) }
        if isW(i, W.region), let n = romanOrInt(i + 1), (1...35).contains(n) { return (n, i + 2) }
        // The press's abbreviations: "KV II" (after "Chi cục Hải quan"), "HQKV II" (after "Chi cục").
        if isW(i, W.kv) || isW(i, W.hqkv), let n = romanOrInt(i + 1), (1...35).contains(n) { return (n, i + 2) }
        return nil
    }

    /// Words that can start an office mention besides place names.
    /// (Marked `WordTable.mentionStart` on their tokens.)
    static let mentionStartWords: [UInt64] = [
        W.tong, W.chi, W.cuc, W.nganh, W.toan, W.ca, W.hai, W.general, W.vietnam, W.customs, W.custom, W.region, W.cua,
        W.department, W.hq, W.gdvc, W.khu, W.tchq,
    ]

    mutating func findMentions() {
        let n = tokCount
        mentions.reserveCapacity(16)
        // The scan reads its own reference to the tokens: a call of a non-mutating method of
        // `self` from here would copy the whole analysis first.
        let toks = self.toks
        toks.withUnsafeBufferPointer { tp in
            var i = 0
            while i < n {
                let t = tp[i]
                guard t.kind == .word else { i += 1; continue }
                // Most start words are common syllables ("năm", "đồng", "của"): a cheap look at the
                // next words rules them out before the full matcher runs.
                let patternStart = t.lex & WordTable.mentionStart != 0 && Analysis.mayStartMention(tp, t.h, i)
                if !patternStart && (t.placeGroup < 0 || PlaceMatcher.hit(tp, at: i).end == 0) { i += 1; continue }
                if let m = mentionAt(i) {
                    for k in m.a..<min(m.b, n) { masked[k] = true }
                    i = max(m.b, i + 1)
                    mentions.append(m)
                } else { i += 1 }
            }
        }
        // Absorb "<unit>, Chi cục Hải quan khu vực I", "<branch> (Cục Hải quan X)" and
        // "<unit> (trực) thuộc <its parent>".
        // (Reads the fields it needs: copying whole mentions would retain and release their strings.)
        // "các Chi cục Hải quan khu vực VI, VII và VIII … lần lượt": regions sharing one head, each its own.
        let words = toks
        var shared: [Mention] = []
        for k in mentions.indices where mentions[k].kind == .region {
            var j = mentions[k].b
            while j + 1 < words.count, words[j].kind == .punct && words[j].h == UInt64(UInt8(ascii: ",")) || words[j].kind == .word && words[j].h == W.va,
                  words[j + 1].kind == .word, let r = W.romans.firstIndex(of: words[j + 1].h), words[j + 2].kind != .word || !words[j + 2].up {
                shared.append(Mention(a: j + 1, b: j + 2, kind: .region, id: "vn.kv\(r + 1)", region: r + 1, cueText: label(j + 1, j + 2)))
                masked[j + 1] = true
                j += 2
            }
        }
        if !shared.isEmpty { mentions = (mentions + shared).sorted { $0.a < $1.a } }
        // "Cục Hải quan Lạng Sơn (nay là Chi cục Hải quan khu vực VI)": what the office became, not the office
        // of the figures. (A pass of its own on a local copy of the tokens: the same test inside the loop
        // below made the compiler copy the whole analysis for every mention.)
        let tokens = toks
        for k in mentions.indices.dropFirst() {
            let a = mentions[k].a
            if a >= 2, a - mentions[k - 1].b <= 3, tokens[a - 1].kind == .word, tokens[a - 1].h == W.la,
               tokens[a - 2].kind == .word, tokens[a - 2].h == W.nay {
                mentions[k].absorbed = true
            }
        }
        let english = format == .english
        for k in mentions.indices where k + 1 < mentions.count && !mentions[k + 1].absorbed {
            let aEnd = mentions[k].b, aKind = mentions[k].kind, bKind = mentions[k + 1].kind
            let gap = mentions[k + 1].a - aEnd
            // ("… Border Gate under (the) Lang Son Customs Department", "… Customs Branch of (the) Quang Binh
            // Customs Department", "(under the …)": the English "thuộc".)
            var e = aEnd
            if isP(e, UInt8(ascii: "(")) || isP(e, UInt8(ascii: ",")) { e += 1 }
            let belongsInEnglish = isW(e, W.under) || (isW(e, W.of) && english)
            if belongsInEnglish { e += 1; if isW(e, W.the) { e += 1 } }
            let belongsTo = (gap == 1 && (isW(aEnd, W.thuoc) || isW(aEnd, W.under)))
                || (gap == 2 && (isW(aEnd, W.truc) || isP(aEnd, UInt8(ascii: "("))) && isW(aEnd + 1, W.thuoc))
                || (belongsInEnglish && e == mentions[k + 1].a)
            let parenthesised = isP(aEnd, UInt8(ascii: "(")) || belongsTo
            guard gap >= 0, gap <= 1 || belongsTo, gap == 0 || isP(aEnd, UInt8(ascii: ",")) || parenthesised else { continue }
            if (aKind == .unit || aKind == .gate), bKind == .region, let r = mentions[k + 1].region {
                mentions[k].region = r
                mentions[k].id = "vn.kv\(r)." + bareName(mentions[k].id)
                mentions[k + 1].absorbed = true
            } else if aKind == .gate, bKind == .department, belongsTo {
                // A gate's office under its department: the gate's, as the department's branch.
                mentions[k + 1].absorbed = true
            } else if aKind == .branch, bKind == .department, parenthesised, let p = mentions[k + 1].province {
                mentions[k].province = p
                mentions[k].id = "vn.\(p)." + bareName(mentions[k].id)
                mentions[k + 1].absorbed = true
            } else if aKind == .department, bKind == .region, parenthesised, isW(mentions[k].a, W.hai), era2025,
                      let r = mentions[k + 1].region, let p = mentions[k].province {
                // "Hải quan Quảng Ngãi (thuộc Chi cục Hải quan khu vực XII)": after 3/2025 a province's
                // customs is a unit of its region.
                mentions[k].region = r
                mentions[k].kind = .unit
                mentions[k].id = "vn.kv\(r).\(p)"
                mentions[k + 1].absorbed = true
            } else if aKind == .branch, bKind == .region, parenthesised, let r = mentions[k + 1].region {
                mentions[k].region = r
                mentions[k].kind = .unit
                mentions[k].id = "vn.kv\(r)." + bareName(mentions[k].id)
                mentions[k + 1].absorbed = true
            }
        }
    }

    /// False when the start word `h` at `i` cannot begin any office pattern of `mentionAt`
    /// (other than a place name) because the word it needs next is missing.
    @inline(__always) static func mayStartMention(_ tp: UnsafeBufferPointer<Tok>, _ h: UInt64, _ i: Int) -> Bool {
        let next: UInt64 = i + 1 < tp.count && tp[i + 1].kind == .word ? tp[i + 1].h : 0
        switch h {
        case W.tong, W.chi: return next == W.cuc
        case W.nganh, W.hai: return next == (h == W.hai ? W.quan : W.hai)
        case W.toan: return next == W.nganh
        case W.khu: return next == W.vuc
        case W.ca: return next == W.nuoc
        case W.cua: return next == W.khau
        case W.general: return next == W.department
        case W.vietnam: return next == W.customs
        case W.customs, W.custom: return next == W.sector || next == W.branch || next == W.sub || next == W.of || customsBodies.contains(next)
        case W.department: return next == W.of
        default: return true
        }
    }

    /// Whether "(", "," or "(trực) thuộc" and then "Chi cục Hải quan khu vực N" follow `e`.
    /// (Inlined: called from the mutating `mentionAt`, an outlined call would copy the analysis.)
    @inline(__always) func regionNamedAfter(_ e: Int) -> Bool {
        var k = e
        if isP(k, UInt8(ascii: "(")) || isP(k, UInt8(ascii: ",")) { k += 1 }
        if isW(k, W.truc) { k += 1 }
        if isW(k, W.thuoc) { k += 1 }
        return isW(k, W.chi) && isW(k + 1, W.cuc) && isW(k + 2, W.hai) && isW(k + 3, W.quan) && regionNumber(k + 4) != nil
    }

    func bareName(_ id: String) -> String {
        id.hasPrefix("?") ? String(id.dropFirst()) : String(id.split(separator: ".").last ?? Substring(id))
    }

    /// Resolves the parent of branches and units once the document is known.
    /// (Works on the mentions in place: copying one out and back retains and releases its strings.)
    mutating func finishMentions() {
        for k in mentions.indices where !mentions[k].absorbed && !mentions[k].weak && !mentions[k].assigner {
            if mentions[k].kind == .department, firstDepartment == nil { firstDepartment = mentions[k].province }
            if mentions[k].kind == .region, firstRegion == nil { firstRegion = mentions[k].region }
        }
        // "Chi cục Hải quan khu vực XI … Hải quan Hà Tĩnh thu …": after 3/2025, the customs of a province
        // whose region (of several provinces) the report names is a unit of that region.
        // (A province the registry places in no region, where the report names one region only: a unit
        // of that one, as every province's customs is of some region then.)
        if era2025, let onlyRegion = firstRegion {
            let oneRegion = !mentions.contains(where: { $0.kind == .region && $0.region != onlyRegion })
            for k in mentions.indices where mentions[k].kind == .department && !mentions[k].absorbed && isW(mentions[k].a, W.hai) {
                guard let p = mentions[k].province else { continue }
                let number: Int
                if let region = OfficeRegistry.region(ofProvince: p) {
                    guard region.provinces.count > 1, mentions.contains(where: { $0.kind == .region && $0.region == region.number }) else { continue }
                    number = region.number
                } else if oneRegion {
                    number = onlyRegion
                } else { continue }
                mentions[k].region = number
                mentions[k].kind = .unit
                mentions[k].id = "vn.kv\(number).\(p)"
            }
        }
        for k in mentions.indices where mentions[k].id.utf8.first == UInt8(ascii: "?") {
            let pending = mentions[k].id
            let own = mentions[k].province
            if era2025 || mentions[k].kind == .unit {
                let r = mentions[k].region ?? region(ofProvince: own) ?? titleRegion ?? firstRegion
                if let r {
                    mentions[k].id = Analysis.officeID("kv", String(r), pending: pending)
                    // A gate stays a place: its office takes the figures through it, but it does not
                    // name a customs office (so it does not speak for a sentence).
                    if mentions[k].kind != .gate { mentions[k].kind = .unit }
                } else if let p = own ?? firstDepartment ?? sourceProvince ?? docProvince {
                    mentions[k].id = Analysis.officeID("", p, pending: pending)
                } else { mentions[k].id = Analysis.officeID("kv0", "", pending: pending) }
            } else {
                // A gate of a province that the report's department is named after with another ("Lệ Thanh",
                // Gia Lai, under "Cục Hải quan Gia Lai - Kon Tum"): a branch of that department.
                var own = own
                if let p = own, let department = titleDepartment ?? firstDepartment, Self.departmentNamed(department, covers: p) {
                    own = department
                }
                // A branch named after a province that had no department of its own ("Chi cục Hải quan Vĩnh
                // Long" under the Cần Thơ department): a branch of the report's department.
                if let p = own, !Self.departmentProvinces.contains(p), let department = titleDepartment ?? firstDepartment,
                   Self.departmentProvinces.contains(department) {
                    own = department
                }
                if let p = own ?? titleDepartment ?? firstDepartment ?? sourceProvince ?? docProvince {
                    mentions[k].id = Analysis.officeID("", p, pending: pending)
                } else {
                    mentions[k].id = Analysis.officeID("unknown", "", pending: pending)
                }
            }
        }
    }

    /// The provinces that customs departments of before 3/2025 were named after (the registry's).
    static let departmentProvinces: Set<String> = Set(OfficeRegistry.provinces.filter(\.customsDepartment).map(\.slug))

    /// Whether the department `department`, named after several provinces ("gia-lai-kon-tum"), names
    /// `province` among them: its slug's words hold the province's as a whole run.
    static func departmentNamed(_ department: String, covers province: String) -> Bool {
        guard department != province, department.utf8.count > province.utf8.count else { return false }
        return department.hasPrefix(province + "-") || department.hasSuffix("-" + province) || department.contains("-" + province + "-")
    }

    /// "vn.<head><tail>.<name>" for the pending id "?<name>", written in one go (an interpolation
    /// grows its buffer piece by piece).
    static func officeID(_ head: StaticString, _ tail: String, pending: String) -> String {
        var tail = tail
        var pending = pending
        return tail.withUTF8 { t in
            pending.withUTF8 { id in
                let name = UnsafeBufferPointer(rebasing: id.dropFirst())
                return String(unsafeUninitializedCapacity: 4 + head.utf8CodeUnitCount + t.count + name.count) { out in
                    var n = 0
                    for c in "vn.".utf8 { out[n] = c; n += 1 }
                    head.withUTF8Buffer { for c in $0 { out[n] = c; n += 1 } }
                    for c in t { out[n] = c; n += 1 }
                    out[n] = UInt8(ascii: "."); n += 1
                    for c in name { out[n] = c; n += 1 }
                    return n
                }
            }
        }
    }

    /// Is the office mention at a..<b one that assigns a target ("Tổng cục Hải quan giao")?
    @inline(__always) func isAssigner(_ a: Int, _ b: Int) -> Bool {
        for k in b..<min(tokCount, b + 3) where isW(k, W.giao) { return !isW(k - 1, W.duoc) }
        // ("dự toán của Tổng cục …": who set it; but "dự toán của Chi cục X là 3.000 tỷ đồng": whose it is.)
        if isW(a - 1, W.cua) && (cue(a - 2) == .targetEst || cue(a - 2) == .targetStretch), !isW(b, W.la), !isNum(b) { return true }
        return false
    }

    // The small helpers called here are inlined: a call of a non-mutating method from this
    // mutating one copies the whole analysis first.
    mutating func mentionAt(_ i: Int) -> Mention? {
        let h = toks[i].h
        // ---- "Tổng cục Hải quan" ("TCHQ", the older reports' abbreviation) ----
        if h == W.tchq, toks[i].up {
            return Mention(a: i, b: i + 1, kind: .national, id: "vn", assigner: isAssigner(i, i + 1), cueText: label(i, i + 1))
        }
        if h == W.tong, isW(i + 1, W.cuc) {
            if isW(i + 2, W.truong) { return nil }
            if isW(i + 2, W.hai), isW(i + 3, W.quan) {
                return Mention(a: i, b: i + 4, kind: .national, id: "vn", assigner: isAssigner(i, i + 4), cueText: label(i, i + 4))
            }
            if isW(i + 2, W.hq) { return Mention(a: i, b: i + 3, kind: .national, id: "vn", assigner: isAssigner(i, i + 3), cueText: label(i, i + 3)) }
            return nil
        }
        // ---- "Chi cục Hải quan ..." ----
        if h == W.chi, isW(i + 1, W.cuc) {
            if isW(i + 2, W.truong) { return nil }
            var j = i + 2
            // ("Chi cục HQCK Quốc tế Lào Cai": "HQCK" opens the name as "cửa khẩu".)
            if isW(j, W.hai), isW(j + 1, W.quan) { j += 2 } else if isW(j, W.hq) { j += 1 } else if !isW(j, W.hqkv), !isW(j, W.hqck) { return nil }
            // ("các Chi cục …" are branches counted, unless regions are listed: "các Chi cục Hải quan khu vực VI, VII và VIII".)
            if let (r, e) = regionNumber(j), !isW(i - 1, W.cac) || isP(e, UInt8(ascii: ",")) || isW(e, W.va) {
                return Mention(a: i, b: e, kind: .region, id: "vn.kv\(r)", region: r, cueText: label(i, e))
            }
            if isW(i - 1, W.cac) { return nil }
            // ("8 Chi cục Hải quan khu vực thu …": regions counted, none named.)
            if isW(j, W.khu), isW(j + 1, W.vuc) { return nil }
            let e = nameEnd(j)
            guard e > j else { return nil }
            var m = Mention(a: i, b: e, kind: .branch, id: slug(j, e, prefix: "?"), province: provinceInside(j, e), cueText: label(i, e))
            m.assigner = isAssigner(i, e)
            return m
        }
        // ---- "Cục Hải quan (tỉnh|TP) X", "Cục HQ X", "Cục Hải quan" (national after 3/2025) ----
        if h == W.cuc, !isW(i - 1, W.tong), !isW(i - 1, W.chi) {
            if isW(i + 1, W.truong) { return nil }
            var j = i + 1
            if isW(j, W.hai), isW(j + 1, W.quan) { j += 2 } else if isW(j, W.hq) { j += 1 } else {
                // "Cục Điều tra chống buôn lậu (Tổng cục Hải quan)", "… (trực) thuộc Tổng cục Hải quan":
                // a department of the General Department.
                var k = j
                while k < min(tokCount, j + 6), toks[k].kind == .word, !isW(k, W.thuoc), !(isW(k, W.truc) && isW(k + 1, W.thuoc)) { k += 1 }
                let parent = isP(k, UInt8(ascii: "(")) || isW(k, W.thuoc) ? k + 1 : isW(k, W.truc) && isW(k + 1, W.thuoc) ? k + 2 : -1
                if k > j, parent > k, isW(parent, W.tong), isW(parent + 1, W.cuc), isW(parent + 2, W.hai) {
                    return Mention(a: i, b: k, kind: .department, id: slug(j, k, prefix: "vn."), cueText: label(i, k))
                }
                return nil
            }
            let pj = skipProvincePrefix(j)
            if let (e, p) = place(at: pj), !p.isBorder {
                var m = Mention(a: i, b: e, kind: .department, id: p.officeID, province: p.province, cueText: label(i, e))
                m.assigner = isAssigner(i, e)
                return m
            }
            if pj > j, let sp = sourceProvince ?? docProvince {
                // "Cục Hải quan tỉnh" without a name: the province of the local newspaper, else the first
                // province the text names ("UBND tỉnh Lạng Sơn làm việc với Cục Hải quan tỉnh").
                return Mention(a: i, b: pj, kind: .department, id: "vn." + sp, province: sp, cueText: label(i, pj))
            }
            if era2025 {
                return Mention(a: i, b: j, kind: .national, id: "vn", assigner: isAssigner(i, j), cueText: label(i, j))
            }
            return nil
        }
        // ---- "ngành Hải quan", "toàn ngành", "Hải quan Việt Nam" ----
        if h == W.nganh, isW(i + 1, W.hai), isW(i + 2, W.quan) {
            // "ngành Hải quan (tỉnh) Quảng Ninh": that province's department.
            let pj = skipProvincePrefix(i + 3)
            if let (e, p) = place(at: pj), !p.isBorder {
                return Mention(a: i, b: e, kind: .department, id: p.officeID, province: p.province, cueText: label(i, e))
            }
            return Mention(a: i, b: i + 3, kind: .national, id: "vn", assigner: isAssigner(i, i + 3), cueText: label(i, i + 3))
        }
        if h == W.toan, isW(i + 1, W.nganh) {
            var e = i + 2
            if isW(e, W.hai), isW(e + 1, W.quan) { e += 2 }
            if isW(i - 1, W.voi) { return nil }  // "cùng với toàn ngành"
            return Mention(a: i, b: e, kind: .national, id: "vn", cueText: label(i, e))
        }
        if h == W.ca, isW(i + 1, W.nuoc) {
            var m = Mention(a: i, b: i + 2, kind: .national, id: "vn", cueText: label(i, i + 2))
            // Weak ("đứng thứ 4 cả nước", "của cả nước") unless it is the subject of a figure:
            // "…, trong khi cả nước thu 378.000 tỷ", "kim ngạch cả nước đạt …".
            m.weak = !(isW(i + 2, W.thu) || isW(i + 2, W.dat))
            // "tổng kim ngạch xuất nhập khẩu của cả nước (năm 2017) đạt …": the figure's owner.
            if m.weak, isW(i - 1, W.cua), (max(0, i - 6)..<(i - 1)).contains(where: { cue($0) == .trade || cue($0) == .revenue || cue($0) == .flowTotal }) {
                m.weak = false
            }
            return m
        }
        // ---- "Hải quan X" ----
        if h == W.hai, isW(i + 1, W.quan) {
            let prev = w(i - 1)
            if prev == W.bao || prev == W.chi || prev == W.cuc || (prev == W.khai && isW(i - 2, W.to_)) || prev == W.tuc { return nil }
            let j = i + 2
            if isW(j, W.viet), isW(j + 1, W.nam) {
                return Mention(a: i, b: j + 2, kind: .national, id: "vn", cueText: label(i, j + 2))
            }
            if let (r, e) = regionNumber(j) {
                return Mention(a: i, b: e, kind: .region, id: "vn.kv\(r)", region: r, cueText: label(i, e))
            }
            let pj = skipProvincePrefix(j)
            if let (e, p) = place(at: pj), !p.isBorder, !(isW(e, W.khu) && isW(e + 1, W.vuc)) {
                var m = Mention(a: i, b: e, kind: .department, id: p.officeID, province: p.province, cueText: label(i, e))
                m.assigner = isAssigner(i, e)
                return m
            }
            // A unit or branch named after a gate, port, airport or industrial zone.
            let gateWord = Analysis.gateStartIndex.find(w(j)) && !(isW(j, W.cua) && !isW(j + 1, W.khau)) && !(isW(j, W.khu) && isW(j + 1, W.vuc))
            if gateWord || (j < tokCount && toks[j].up && toks[j].kind == .word && !isW(j, W.cua)) {
                let e = nameEnd(j)
                guard e > j else { return nil }
                // (A name that is no place: a unit of the region named before it, after 3/2025 —
                // "Chi cục Hải quan khu vực I … Hải quan Gia Thụy thu …"; else no office: before 2025,
                // "Hải quan Mỹ" is another country's.)
                // (Or the region named right after it: "Hải quan Chuyển phát nhanh (Chi cục Hải quan khu vực II)".)
                if !gateWord, placeIndex(at: j) == nil,
                   !(era2025 && (mentions.contains { $0.kind == .region } || regionNamedAfter(e))) || Analysis.foreignCountryStart.contains(w(j)) {
                    return nil
                }
                let kind: Mention.Kind = era2025 ? .unit : .branch
                return Mention(a: i, b: e, kind: kind, id: slug(j, e, prefix: "?"), province: provinceInside(j, e), cueText: label(i, e))
            }
            if luckyWeak(i) { var m = Mention(a: i, b: i + 2, kind: .national, id: "vn", cueText: label(i, i + 2)); m.weak = true; return m }
            return nil
        }
        // ---- "HQ Lạng Sơn": the press's abbreviation of "Hải quan <province>" ----
        if h == W.hq, toks[i].up, !(isW(i - 1, W.cuc) || isW(i - 1, W.chi)) {
            let pj = skipProvincePrefix(i + 1)
            if let (e, p) = place(at: pj), !p.isBorder, !(isW(e, W.khu) && isW(e + 1, W.vuc)) {
                var m = Mention(a: i, b: e, kind: .department, id: p.officeID, province: p.province, cueText: label(i, e))
                m.assigner = isAssigner(i, e)
                return m
            }
            return nil
        }
        // ---- English ----
        if h == W.general, isW(i + 1, W.department) {
            var j = i + 2
            if isW(j, W.of) { j += 1 }
            if isW(j, W.vietnam) { j += 1 }
            if isW(j, W.customs) { return Mention(a: i, b: j + 1, kind: .national, id: "vn", cueText: label(i, j + 1)) }
            return Mention(a: i, b: i + 2, kind: .national, id: "vn", cueText: label(i, i + 2))
        }
        if h == W.vietnam, isW(i + 1, W.customs) {
            return Mention(a: i, b: i + 2, kind: .national, id: "vn", cueText: label(i, i + 2))
        }
        // "the GDVC": the General Department of Vietnam Customs.
        if h == W.gdvc { return Mention(a: i, b: i + 1, kind: .national, id: "vn", cueText: label(i, i + 1)) }
        // "(tiếp theo là) khu vực III với …": a region named without "Chi cục Hải quan", after 3/2025 in a
        // report that has named one in full.
        // (Not the rest of another body's name: "Chi cục Thuế khu vực II".)
        // (No place name starts with "khu": the word ends here either way, before the place matcher, whose
        // outlined call from here would copy the analysis.)
        if h == W.khu {
            guard let (r, e) = regionNumber(i),
                  i == sents[Int(sentOf[i])].lowerBound || isP(i - 1, UInt8(ascii: ",")) || isW(i - 1, W.la) || isW(i - 1, W.va) || isW(i - 1, W.cua),
                  mentions.contains(where: { $0.kind == .region }), era2025 else { return nil }
            return Mention(a: i, b: e, kind: .region, id: "vn.kv\(r)", region: r, cueText: label(i, e))
        }
        if h == W.customs || h == W.custom {
            if isW(i + 1, W.sector) { return Mention(a: i, b: i + 2, kind: .national, id: "vn", cueText: label(i, i + 2)) }
            // "Customs Branch (of) Region VI", "Customs Sub-department (of) Region 6".
            let unit = isW(i + 1, W.branch) ? i + 2 : (isW(i + 1, W.sub) && isP(i + 2, UInt8(ascii: "-")) && isW(i + 3, W.department) ? i + 4 : nil)
            if let j = unit {
                let r = isW(j, W.of) ? j + 1 : j
                if isW(r, W.region), let n = romanOrInt(r + 1) {
                    return Mention(a: i, b: r + 2, kind: .region, id: "vn.kv\(n)", region: n, cueText: label(i, r + 2))
                }
            }
            // "customs forces / agencies / authorities nationwide / across the country": the whole sector.
            if Self.customsBodies.contains(w(i + 1)) {
                if isW(i + 2, W.nationwide) { return Mention(a: i, b: i + 3, kind: .national, id: "vn", cueText: label(i, i + 3)) }
                if isW(i + 2, W.across), isW(i + 3, W.the), isW(i + 4, W.country) {
                    return Mention(a: i, b: i + 5, kind: .national, id: "vn", cueText: label(i, i + 5))
                }
            }
            // "The Customs Department" with no place, after 3/2025: the national body (Cục Hải quan).
            if isW(i + 1, W.department), toks[i].up, toks[i + 1].up, isW(i - 1, W.the), era2025,
               !isW(i + 2, W.of), !isW(i + 2, W.in_), !isW(i - 2, W.provincial) {
                return Mention(a: i - 1, b: i + 2, kind: .national, id: "vn", cueText: label(i - 1, i + 2))
            }
            // ("the provincial / municipal customs department", "the province's / the city's customs department".)
            let possessive = isW(i - 1, W.s) && isP(i - 2, UInt8(ascii: "'")) && (isW(i - 3, W.province) || isW(i - 3, W.city))
            if isW(i + 1, W.department), isW(i - 1, W.provincial) || isW(i - 1, W.municipal) || possessive, let p = docProvince {
                let a = possessive ? i - 3 : i - 1
                return Mention(a: a, b: i + 2, kind: .department, id: "vn." + p, province: p, cueText: label(a, i + 2))
            }
            // "Customs Department of Lao Cai (province)", "the customs office / agency / forces / authorities
            // of (in) …", "Customs of …": the province's department.
            if Self.customsBodies.contains(w(i + 1)), isW(i + 2, W.of) || isW(i + 2, W.in_) { return englishDepartment(i, placeAt: i + 3) }
            if isW(i + 1, W.of) { return englishDepartment(i, placeAt: i + 2) }
            return nil
        }
        // "Department of Customs of Lao Cai province", "Department of Customs in Lao Cai"
        if h == W.department, isW(i + 1, W.of), isW(i + 2, W.customs) {
            return englishDepartment(i, placeAt: isW(i + 3, W.of) || isW(i + 3, W.in_) ? i + 4 : i + 3)
        }
        if h == W.region, let n = romanOrInt(i + 1), isW(i + 2, W.customs) {
            var e = i + 3
            if isW(e, W.branch) { e += 1 }
            return Mention(a: i, b: e, kind: .region, id: "vn.kv\(n)", region: n, cueText: label(i, e))
        }
        // "Customs revenue in Region VIII", "Region VIII collected …", "Region VIII's customs revenue": after
        // 3/2025, a customs report's "Region <numeral>" is its regional branch.
        if h == W.region, toks[i].up, let n = romanOrInt(i + 1), (1...20).contains(n), era2025 {
            return Mention(a: i, b: i + 2, kind: .region, id: "vn.kv\(n)", region: n, cueText: label(i, i + 2))
        }
        // "<Place> Customs", "<Name> (International) Border Gate('s customs section)", "through <Place> province"
        if let (e, p) = place(at: i) {
            // "Lao Cai Department of Customs"
            if isW(e, W.department), isW(e + 1, W.of), isW(e + 2, W.customs), !p.isBorder {
                return Mention(a: i, b: e + 3, kind: .department, id: p.officeID, province: p.province, cueText: label(i, e + 3))
            }
            // "Hai Phong City Customs Department", "Ho Chi Minh City's customs department", "Lang Son's customs
            // agency": "city" / "province" and a possessive may stand between.
            var e = e
            if isW(e, W.city) || isW(e, W.province), isW(e + 1, W.customs) || isP(e + 1, UInt8(ascii: "'")) { e += 1 }
            if isP(e, UInt8(ascii: "'")), isW(e + 1, W.s), isW(e + 2, W.customs) { e += 2 }
            if isW(e, W.customs) {
                var end = e + 1
                if isW(end, W.department) || isW(end, W.agency) { end += 1 }
                if !p.isBorder {
                    return Mention(a: i, b: end, kind: .department, id: p.officeID, province: p.province, cueText: label(i, end))
                }
            }
            // (Only "(International) Border Gate" makes one: most places are followed by neither.)
            if isW(e, W.border) || isW(e, W.international) || isW(e, W.airport) || isW(e, W.port), let m = englishGate(i, nameEnd: e) { return m }
            // The next item of a list of branches, named by its gate alone ("Chi cục Hải quan cửa khẩu Hữu
            // Nghị thu 3.200 tỷ đồng, Tân Thanh thu 1.900 tỷ đồng"): the branch of that gate, its name
            // completed with the words the first item put before its own gate ("cửa khẩu").
            // (The list test first, here: calling the builder for every gate copied the analysis each time.)
            if p.isBorder, let previous = listItemBefore(i, nameEnd: e), previous.kind == .branch || previous.kind == .unit {
                return nextBranchOfList(after: previous, at: i, nameEnd: e, province: p.province)
            }
            // Vietnamese area phrases: "(qua|trên) địa bàn (tỉnh) X", "cửa khẩu (của) tỉnh X", "khu vực X", "cho X".
            if !p.isBorder {
                let k = i - 1
                var area = false
                var k2 = k
                if isW(k2, W.tinh) || isW(k2, W.tp) || (isW(k2, W.pho) && isW(k2 - 1, W.thanh)) || isP(k2, UInt8(ascii: ".")) {
                    if isP(k2, UInt8(ascii: ".")) { k2 -= 1 }
                    k2 -= isW(k2, W.pho) ? 2 : 1
                    let pw = w(k2)
                    if pw == W.ban || pw == W.qua || pw == W.tren || pw == W.cua || pw == W.tai || pw == W.cho || pw == W.khau
                        || pw == W.rieng || pw == W.den { area = true }
                } else {
                    let pw = w(k)
                    if pw == W.ban && isW(k - 1, W.dia) { area = true }
                    if pw == W.vuc && isW(k - 1, W.khu) { area = true }
                    if pw == W.cho || pw == W.through || pw == W.via { area = true }
                    if pw == W.ngoai { area = false }
                    if pw == W.qua && !isW(k - 1, W.thong) { area = true }
                }
                if isW(e, W.province), isW(k, W.through) || isW(k, W.via) || isW(k, W.in_) || isW(k, W.hh) { area = true }
                if isW(e, W.province), isP(e + 1, UInt8(ascii: "'")) { area = true }
                if isW(k, W.in_), isW(k - 1, W.gates) { area = true }
                if area {
                    var end = e
                    if isW(end, W.province) { end += 1 }
                    return Mention(a: i, b: end, kind: .area, id: p.officeID, province: p.province, cueText: label(i, end))
                }
                // A bare province with its figure in parentheses, as lists of units give them
                // ("các đơn vị dẫn đầu: TP Hồ Chí Minh (118.000 tỷ đồng), Hải Phòng (62.000 tỷ đồng)").
                if isP(e, UInt8(ascii: "(")), isNum(e + 1) {
                    return Mention(a: i, b: e, kind: .department, id: p.officeID, province: p.province, cueText: label(i, e))
                }
                // Names sharing one head: "Cục Hải quan Lạng Sơn, Quảng Ninh và Lào Cai thu … lần lượt …" (the
                // department named just before, the separator right after it), and in English the head
                // after them: "Lang Son, Quang Ninh and Lao Cai customs departments collected …".
                if isP(i - 1, UInt8(ascii: ",")) || isW(i - 1, W.va) || isW(i - 1, W.and),
                   let previous = mentions.last, previous.kind == .department, previous.b == i - 1 {
                    return Mention(a: i, b: e, kind: .department, id: p.officeID, province: p.province, cueText: label(i, e))
                }
                if isP(e, UInt8(ascii: ",")) || isW(e, W.and) || isW(e, W.va), sharesEnglishHead(after: e) {
                    return Mention(a: i, b: e, kind: .department, id: p.officeID, province: p.province, cueText: label(i, e))
                }
                // A bare province at the head of a clause of a list ("; Thừa Thiên Huế số thu đạt ...").
                // Or with its amount right after it ("; Hải Phòng 76.000 tỷ đồng").
                let amountNext = amountStarts(at: e)
                if (i == 0 || isP(i - 1, UInt8(ascii: ";")) || isP(i - 1, UInt8(ascii: ":")) || toks[i - 1].kind == .nl),
                   cue(e) == .revenue || cue(e) == .revenueWeak || cue(e) == .trade || amountNext
                    || (isP(e, UInt8(ascii: ":")) && (i == 0 || toks[i - 1].kind == .nl)) {
                    return Mention(a: i, b: e, kind: .department, id: p.officeID, province: p.province, cueText: label(i, e))
                }
                // A bare province opening a clause with its collecting ("Năm 2024, Hải Phòng thu 70.000 tỷ
                // đồng", "Riêng Hải Phòng thu …", "Trong đó, Hải Phòng thu …"): its customs department, as a
                // national summary names them. (Not "tỉnh / TP X thu ngân sách": the province's own budget.)
                let clauseHead = i == 0 || sents[Int(sentOf[i])].lowerBound == i || isP(i - 1, UInt8(ascii: ","))
                    || cue(i - 1) == .trongDo
                // (Or ranked, or reaching its figure: "Lào Cai đạt 365 triệu USD", "Đồng Nai đứng thứ ba với …",
                // "Kiên Giang dẫn đầu với …".)
                // (A "." before it ends the sentence before, unless it is "TP." of the name.)
                let ranked = isW(e, W.dung) && isW(e + 1, W.thu) || isW(e, W.dan) && isW(e + 1, W.dau) || isW(e, W.xep)
                let sentenceHead = sents[Int(sentOf[i])].lowerBound == i
                if clauseHead, cue(e) == .revenue || cue(e) == .revenueWeak || cue(e) == .attain || ranked,
                   ranked || !isW(i - 1, W.tinh) && !isW(i - 1, W.tp) && !isW(i - 1, W.pho), sentenceHead || !isP(i - 1, UInt8(ascii: ".")) {
                    return Mention(a: i, b: e, kind: .department, id: p.officeID, province: p.province, cueText: label(i, e))
                }
                // "Tại Long An, số thu đạt …" opening a sentence or clause: that province's area (as "tại tỉnh Long An").
                if isW(i - 1, W.tai), i - 1 == sents[Int(sentOf[i])].lowerBound || isP(i - 2, UInt8(ascii: ",")) || cue(i - 2) == .trongDo,
                   isP(e, UInt8(ascii: ",")) {
                    return Mention(a: i, b: e, kind: .area, id: p.officeID, province: p.province, cueText: label(i, e))
                }
                // The first item of a ranking ("3 đơn vị thu trên 20.000 tỷ đồng là TP Hồ Chí Minh với
                // 98.000 tỷ đồng, …").
                // ("Đứng thứ ba là Bà Rịa - Vũng Tàu, thu 48.300 tỷ đồng".)
                if isW(i - 1, W.la) || isW(i - 2, W.la) && (isW(i - 1, W.tp) || isW(i - 1, W.tinh)),
                   isW(e, W.voi) && isNum(e + 1) || isP(e, UInt8(ascii: ",")) && (cue(e + 1) == .revenue || cue(e + 1) == .revenueWeak || cue(e + 1) == .attain) {
                    return Mention(a: i, b: e, kind: .department, id: p.officeID, province: p.province, cueText: label(i, e))
                }
                // The next item of a list of departments in one sentence ("Cục Hải quan TP Hồ Chí Minh
                // đạt 98.000 tỷ đồng, Hải Phòng đạt 65.000 tỷ đồng và Quảng Ninh với 12.000 tỷ đồng",
                // items parted by ";" too).
                if listItemBefore(i, nameEnd: e)?.kind == .department {
                    return Mention(a: i, b: e, kind: .department, id: p.officeID, province: p.province, cueText: label(i, e))
                }
            }
        }
        // "(qua|tại) cửa khẩu (quốc tế|quốc gia) <Name>": a gate; its customs office by §1.
        if h == W.cua, isW(i + 1, W.khau), !isW(i - 1, W.quan) {
            var j = i + 2
            if isW(j, W.quoc), isW(j + 1, W.te) || isW(j + 1, W.gia) { j += 2 }
            if isW(j, W.cua) { return nil }  // "cửa khẩu của tỉnh X" is an area
            // "qua các cửa khẩu Lạng Sơn": the gates of a province, whose figure is the province's, as
            // "qua địa bàn tỉnh X" is (spec §1; one gate may bear a province's name, "cửa khẩu Lào Cai";
            // several cannot).
            if isW(i - 1, W.cac), let (e, p) = place(at: j), !p.isBorder, e >= nameEnd(j, max: 4) {
                return Mention(a: i, b: e, kind: .department, id: p.officeID, province: p.province, cueText: label(i, e))
            }
            if isW(j, W.cau) { j += 1 }
            guard j < tokCount, toks[j].kind == .word, toks[j].up || placeIndex(at: j) != nil else { return nil }
            let e = nameEnd(j, max: 4)
            guard e > j else { return nil }
            // (The place is looked up from the name's first word: "Cầu Treo" is a gate's name, not "cầu" + "Treo".)
            return Mention(a: i, b: e, kind: .gate, id: slug(i, e, prefix: "?"), province: provinceInside(i + 2, e), cueText: label(i, e))
        }
        return nil
    }

    /// The office named last, when the name at `i..<nameEnd` continues a list after it in the same
    /// sentence: parted from the item before by ",", ";" or "và", and followed by its figure ("thu",
    /// "đạt", an amount, "với" an amount).
    func listItemBefore(_ i: Int, nameEnd e: Int) -> Mention? {
        guard isP(i - 1, UInt8(ascii: ",")) || isP(i - 1, UInt8(ascii: ";")) || isW(i - 1, W.va),
              cue(e) == .revenue || cue(e) == .revenueWeak || cue(e) == .attain || amountStarts(at: e) || (isW(e, W.voi) && isNum(e + 1)),
              let previous = mentions.last,
              !hasSentenceBreak(in: previous.b..<i) else { return nil }
        return previous
    }

    /// Whether the list going on at `k` ("," or "and") names provinces up to a plural customs head:
    /// ", Quang Ninh and Lao Cai customs departments".
    func sharesEnglishHead(after k: Int) -> Bool {
        var j = k
        var items = 0
        while items < 6, isP(j, UInt8(ascii: ",")) || isW(j, W.and) || isW(j, W.va) {
            j += 1
            if isW(j, W.and) { j += 1 }
            guard let (e, p) = place(at: j), !p.isBorder else { return false }
            j = e
            items += 1
        }
        return items > 0 && isW(j, W.customs) && (isW(j + 1, W.departments) || isW(j + 1, W.agencies))
    }

    /// Whether an amount of money starts at `k` ("76.000 tỷ đồng", "5 USD").
    @inline(__always) func amountStarts(at k: Int) -> Bool {
        isNum(k) && (cue(k + 1) == .scale9 || cue(k + 1) == .scale12 || cue(k + 1) == .scale6 || cue(k + 1) == .vnd || cue(k + 1) == .usd)
    }

    /// A gate named at `i..<nameEnd` as the next item of a list whose item before, `previous`, is a
    /// branch (or a unit) in the same sentence (`listItemBefore`): that gate's branch.
    func nextBranchOfList(after previous: Mention, at i: Int, nameEnd e: Int, province: String) -> Mention {
        // The lower-case words of the previous item's name before its first capitalised one:
        // "Chi cục Hải quan cửa khẩu Hữu Nghị" → "cửa khẩu".
        var start = previous.a
        while start < previous.b, isW(start, W.chi) || isW(start, W.cuc) || isW(start, W.hai) || isW(start, W.quan) || isW(start, W.hq) {
            start += 1
        }
        var firstName = start
        while firstName < previous.b, !toks[firstName].up { firstName += 1 }
        let words = firstName > start ? slug(start, firstName) + "-" : ""
        return Mention(a: i, b: e, kind: previous.kind, id: "?" + words + slug(i, e), province: province, region: previous.region,
                       cueText: label(i, e))
    }

    /// "lực lượng (kiểm soát) hải quan", "cơ quan hải quan": the customs in general.
    @inline(__always) func luckyWeak(_ i: Int) -> Bool {
        let p = w(i - 1)
        if p == W.luong && isW(i - 2, W.luc) { return true }
        if p == W.soat && isW(i - 2, W.kiem) { return true }
        if p == W.quan && isW(i - 2, W.co) { return true }
        return false
    }

    /// The department of the province named at `j` ("… of Lao Cai province"), the mention starting at `a`.
    @inline(__always) func englishDepartment(_ a: Int, placeAt start: Int) -> Mention? {
        // The place may come with the press's description: "northern Quang Ninh province", "the
        // Mekong Delta province of An Giang", "the central city of Da Nang".
        var j = start
        while j < start + 6, Self.placeDescription.contains(w(j)) || isP(j, UInt8(ascii: "-")) { j += 1 }
        if j > start, isW(j, W.province) || isW(j, W.city), isW(j + 1, W.of) { j += 2 }
        guard let (e, p) = place(at: j), !p.isBorder else { return nil }
        let end = isW(e, W.province) || isW(e, W.city) ? e + 1 : e
        return Mention(a: a, b: end, kind: .department, id: p.officeID, province: p.province, cueText: label(a, end))
    }

    /// English gates: "<Name> (International) Border Gate('s customs section)", "<Name>
    /// (International) Airport (Customs)"; an airport's office is its gate's ("cửa khẩu sân bay
    /// quốc tế <Name>", as the Vietnamese names it), and so is a port's customs ("<Name> Port Customs
    /// (Branch)": "cửa khẩu cảng <Name>"; a port alone is not named as a gate here).
    /// (Mutating: it reads `era2025`, found when first asked.)
    mutating func englishGate(_ i: Int, nameEnd e: Int) -> Mention? {
        var j = e
        var intl = false
        if isW(j, W.international) { intl = true; j += 1 }
        let airport = isW(j, W.airport)
        let port = !intl && isW(j, W.port) && isW(j + 1, W.customs)
        guard airport || port || (isW(j, W.border) && isW(j + 1, W.gate)) else { return nil }
        j += airport || port ? 1 : 2
        var end = j
        var office = false
        if isP(j, UInt8(ascii: "'")), isW(j + 1, W.s) {
            end = j + 2
            if isW(end, W.customs) { end += 1; office = true; if isW(end, W.section) || isW(end, W.branch) { end += 1 } }
        } else if isW(j, W.customs) {
            end = j + 1
            office = true
            if isW(end, W.branch) || isW(end, W.section) { end += 1 }
        }
        let id = airport
            ? slug(i, e, prefix: intl ? "?cua-khau-san-bay-quoc-te-" : "?cua-khau-san-bay-")
            : port ? slug(i, e, prefix: "?cua-khau-cang-") : slug(i, e, prefix: intl ? "?cua-khau-quoc-te-" : "?cua-khau-")
        let kind: Mention.Kind = office ? (era2025 ? .unit : .branch) : .gate
        return Mention(a: i, b: end, kind: kind, id: id, province: provinceInside(i, e), cueText: label(i, end))
    }
}

extension W {
    static let municipal: UInt64 = 0xb777834337123a6b /* municipal */, tchq: UInt64 = 0x4000000071686374 /* tchq */
}

/// Tokens of the folded text: words (ASCII letters), numbers (digits with internal `.`/`,`
/// groups, so "4.290,3" is one token), single punctuation bytes and line breaks.
enum TK: UInt8 { case word, num, punct, nl }

struct Tok {
    /// The key of a word (`wordKey`); the byte of a punctuation token.
    var h: UInt64
    /// Folded-text byte range.
    var s: Int32
    var e: Int32
    var kind: TK
    /// The first letter was upper-case in the original.
    var up: Bool
    /// White space precedes the token.
    var sp: Bool
    // What a word may start, from the one look-up of `WordTable` at tokenisation, so that the
    // later passes skip it without hashing again. Kept flat (not a nested struct) so that `Tok`
    // stays 24 bytes.
    /// `WordTable.periodStart` / `.mentionStart` bits.
    var lex: UInt8
    /// The group of `Lexicon.phrases` starting with this word, or -1.
    var cueGroup: Int16
    /// The group of `Places.phrases` starting with this word, or -1.
    var placeGroup: Int16

    @inline(__always) init(kind: TK, s: Int32, e: Int32, h: UInt64, up: Bool, sp: Bool, info: WordInfo = .none) {
        self.h = h
        self.s = s
        self.e = e
        self.kind = kind
        self.up = up
        self.sp = sp
        self.lex = info.lex
        self.cueGroup = info.cueGroup
        self.placeGroup = info.placeGroup
    }
}

/// What a word may start: a cue phrase, a place name, a period, an office pattern.
struct WordInfo {
    var lex: UInt8
    var cueGroup: Int16
    var placeGroup: Int16

    static let none = WordInfo(lex: 0, cueGroup: -1, placeGroup: -1)
}

/// One open-addressing table from a word hash to its `WordInfo`: the union of the start words of
/// the cue lexicon, the place names, the period and the office patterns. Built once; its
/// buffers live as long as the process.
struct WordTable: @unchecked Sendable {
    static let periodStart: UInt8 = 1
    static let mentionStart: UInt8 = 2
    /// An old spelling with a final "i" of a syllable now written with "y" (`SpellingVariants`).
    static let oldSpelling: UInt8 = 4

    private let index: HashIndex<WordInfo>

    static let shared: WordTable = {
        var d: [UInt64: WordInfo] = [:]
        for (g, h) in Lexicon.phrases.groupKeys.enumerated() {
            precondition(g < Int(Int16.max), "too many cue groups for Tok.cueGroup")
            d[h, default: .none].cueGroup = Int16(g)
        }
        for (g, h) in Places.phrases.groupKeys.enumerated() {
            precondition(g < Int(Int16.max), "too many place groups for Tok.placeGroup")
            d[h, default: .none].placeGroup = Int16(g)
        }
        for h in Analysis.periodStartWords { d[h, default: .none].lex |= periodStart }
        for h in Analysis.mentionStartWords { d[h, default: .none].lex |= mentionStart }
        for h in SpellingVariants.oldKeys { d[h, default: .none].lex |= oldSpelling }
        return WordTable(d.sorted { $0.key < $1.key })
    }()

    private init(_ pairs: [(key: UInt64, value: WordInfo)]) {
        index = HashIndex(pairs.map { ($0.key, $0.value) }, missing: .none)
    }

    @inline(__always) func find(_ k: UInt64) -> WordInfo { index.find(k) }
}

/// The key of a word of ASCII letters at `s..<e`. A word of up to eight letters (nearly every
/// Vietnamese syllable) is its own key: its bytes packed little-endian, with bit 62 set (a byte 7
/// that is a letter has it already, so an eight-letter word is still told apart). A longer word
/// is its FNV-1a hash with bit 63 set, which no packed word has. Keys are at least 2^62: never 0
/// (the empty slot of `HashIndex`) and never below 256 (the bytes of punctuation tokens).
@inline(__always) func wordKey(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
    if e &- s <= 8 {
        var v: UInt64 = 0
        var i = e
        while i > s { i &-= 1; v = v << 8 | UInt64(p[i]) }
        return v | wordKeyShortBit
    }
    return longWordKey(p.baseAddress!, s, e)
}

/// Bit 62: set in the key of every word of up to eight letters.
let wordKeyShortBit: UInt64 = 1 << 62

/// The key of a word longer than eight letters (see `wordKey`).
@inline(never) func longWordKey(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var i = s
    while i < e { h = (h ^ UInt64(p[i])) &* 0x0000_0100_0000_01b3; i &+= 1 }
    return h | 1 << 63
}

/// Six well-mixed bits of a key (the second-word filters of the cue groups): packed keys keep
/// their letters in place, so their low bits alone would tell apart little more than the first letter.
@inline(__always) func keyBits6(_ k: UInt64) -> UInt64 { (k &* 0x9e37_79b9_7f4a_7c15) >> 58 }

/// The key of a word written in ASCII letters (lexicon entries are folded first), old spellings
/// read as the current ones (`SpellingVariants`).
func wordHash(_ s: String) -> UInt64 {
    var bytes = Array(s.utf8)
    return SpellingVariants.current(bytes.withUnsafeMutableBufferPointer { wordKey(UnsafeBufferPointer($0), 0, $0.count) })
}

/// Syllables the press still spells the older way, with a final "i" after "qu", "k", "t", "l"
/// ("quí I", "cùng kì", "4.000 tỉ đồng", "quản lí") where the current spelling has "y" ("quý",
/// "kỳ", "tỷ", "lý"): the same words, so they get the same key and every rule reads both.
enum SpellingVariants {
    /// Packed keys (see `wordKey`) of the old spellings, each with its current spelling's.
    static let pairs: [(old: UInt64, current: UInt64)] = [
        (0x4000000000697571 /* qui */, 0x4000000000797571 /* quy */), (0x400000000000696b /* ki */, 0x400000000000796b /* ky */),
        (0x4000000000006974 /* ti */, 0x4000000000007974 /* ty */), (0x400000000000696c /* li */, 0x400000000000796c /* ly */),
    ]
    static var oldKeys: [UInt64] { pairs.map(\.old) }

    /// The key of the current spelling of the word with key `k`.
    static func current(_ k: UInt64) -> UInt64 {
        pairs.first { $0.old == k }?.current ?? k
    }
}

enum Tokenizer {
    static func tokenize(_ t: FoldedText) -> [Tok] {
        var toks: [Tok] = []
        tokenize(t, into: &toks)
        return toks
    }

    /// The tokens of `t` in place of the contents of `toks` (its buffer reused).
    static func tokenize(_ t: FoldedText, into toks: inout [Tok]) {
        let n = t.bytes.count
        // At most one token per byte.
        toks.refill(capacity: n + 1) { out in
            t.bytes.withUnsafeBufferPointer { pb in
                t.upper.withUnsafeBufferPointer { pu in tokenize(pb, pu, WordTable.shared, into: out.baseAddress!) }
            }
        }
    }

    private static func tokenize(_ pb: UnsafeBufferPointer<UInt8>, _ pu: UnsafeBufferPointer<UInt8>, _ table: WordTable,
                                 into out: UnsafeMutablePointer<Tok>) -> Int {
        let n = pb.count
        guard n > 0 else { return 0 }
        // Offsets fit `Int32` (checked once here, so the token stores need no checks).
        precondition(n < Int(Int32.max), "text too long for Tok offsets")
        let p = pb.baseAddress!
        let up = pu.baseAddress!
        var count = 0
        var lastNL = false
        var i = 0
        var sp = true
        // Tests by frequency: letters (most bytes of the text), then spaces, then the rest.
        while i < n {
            let c = p[i]
            if c &- 0x61 < 26 {
                let s = i
                var h: UInt64
                if i &+ 8 <= n {
                    // Eight bytes at once: which of them are letters (a SWAR range test; bytes
                    // of 0x80 and up are not letters), and the word's length from the first that is not.
                    let v = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
                    let high: UInt64 = 0x8080_8080_8080_8080
                    let low7 = v & ~high
                    let atLeastA = low7 &+ 0x1f1f_1f1f_1f1f_1f1f  // bit 7 set where the byte >= 0x61
                    let pastZ = low7 &+ 0x0505_0505_0505_0505  // bit 7 set where the byte >= 0x7b
                    let others = ~(atLeastA & ~pastZ & ~v) & high
                    if others != 0 {
                        let length = others.trailingZeroBitCount >> 3
                        i &+= length
                        h = (v & ((1 << UInt64(length << 3)) &- 1)) | wordKeyShortBit
                    } else {
                        i &+= 8
                        while i < n && p[i] &- 0x61 < 26 { i &+= 1 }
                        h = i &- s == 8 ? v | wordKeyShortBit : longWordKey(p, s, i)
                    }
                } else {
                    while i < n && p[i] &- 0x61 < 26 { i &+= 1 }
                    h = wordKey(pb, s, i)
                }
                var info = table.find(h)
                if info.lex & WordTable.oldSpelling != 0 {
                    h = SpellingVariants.current(h)
                    info = table.find(h)
                }
                (out + count).initialize(to: Tok(kind: .word, s: Int32(truncatingIfNeeded: s), e: Int32(truncatingIfNeeded: i),
                                                 h: h, up: up[s] != 0, sp: sp, info: info))
                count &+= 1
                lastNL = false
                sp = false
                continue
            }
            if c == 0x20 { sp = true; i &+= 1; continue }
            if c == 0x0a {
                // A line break inside a sentence (HTML source, a Markdown soft break, hard-wrapped text:
                // "6.850,2⏎tỷ đồng", "6 tháng⏎đầu năm") is a space: the next line goes on in lower case,
                // after no sentence end.
                var k = i &+ 1
                while k < n && p[k] == 0x20 { k &+= 1 }
                var b = i
                while b > 0 && p[b &- 1] == 0x20 { b &-= 1 }
                // (Or in digits after a word, "tăng⏎22,4%", but not a numbered item, "1. …", "2) …".)
                var lowerOrNumber = k < n && p[k] &- 0x61 < 26 && up[k] == 0
                if !lowerOrNumber, k < n, p[k] &- 0x30 < 10, b > 0, p[b &- 1] &- 0x61 < 26 {
                    var d = k
                    while d < n && p[d] &- 0x30 < 10 { d &+= 1 }
                    lowerOrNumber = !(d < n && (p[d] == 0x2e || p[d] == 0x29) && (d &+ 1 >= n || p[d &+ 1] == 0x20))
                }
                if !lastNL, lowerOrNumber, b > 0,
                   case let last = p[b &- 1], last != 0x0a, last != 0x2e, last != 0x3a, last != 0x3b, last != 0x21, last != 0x3f {
                    sp = true
                    i &+= 1
                    continue
                }
                if !lastNL {
                    (out + count).initialize(to: Tok(kind: .nl, s: Int32(truncatingIfNeeded: i),
                                                     e: Int32(truncatingIfNeeded: i &+ 1), h: 0x0a, up: false, sp: sp))
                    count &+= 1
                    lastNL = true
                }
                sp = true
                i &+= 1
                continue
            }
            lastNL = false
            if c &- 0x30 < 10 {
                let s = i
                while i < n {
                    let d = p[i]
                    if d &- 0x30 < 10 { i &+= 1; continue }
                    if (d == 0x2e || d == 0x2c), i + 1 < n, p[i + 1] &- 0x30 < 10 { i &+= 1; continue }
                    break
                }
                (out + count).initialize(to: Tok(kind: .num, s: Int32(truncatingIfNeeded: s), e: Int32(truncatingIfNeeded: i),
                                                 h: 0, up: false, sp: sp))
                count &+= 1
                sp = false
                continue
            }
            (out + count).initialize(to: Tok(kind: .punct, s: Int32(truncatingIfNeeded: i), e: Int32(truncatingIfNeeded: i &+ 1),
                                             h: UInt64(c), up: false, sp: sp))
            count &+= 1
            sp = false
            i &+= 1
        }
        return count
    }
}

/// An open-addressing table from a word hash to a small value (lexicon lookups on the hot path,
/// without `Hasher`). Keys are never 0 (FNV of a non-empty word). The tables are built once into
/// buffers that live as long as the process (all instances are static lexicon indexes).
struct HashIndex<Value>: @unchecked Sendable {
    private let keys: UnsafePointer<UInt64>
    private let values: UnsafePointer<Value>
    private let mask: Int

    /// `missing` is what ``find(_:)`` answers for a key not in `pairs`.
    init(_ pairs: [(UInt64, Value)], missing: Value) {
        var size = 16
        while size < pairs.count * 3 { size <<= 1 }
        let k = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
        k.initialize(repeating: 0, count: size)
        let v = UnsafeMutablePointer<Value>.allocate(capacity: size)
        v.initialize(repeating: missing, count: size)
        mask = size - 1
        for (key, value) in pairs {
            var i = Self.slot(key, mask)
            while k[i] != 0 && k[i] != key { i = (i + 1) & mask }
            k[i] = key
            v[i] = value
        }
        keys = UnsafePointer(k)
        values = UnsafePointer(v)
    }

    /// The first slot probed for `key`: multiplicative hashing, since packed word keys (see
    /// `wordKey`) are not mixed.
    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 32) & mask
    }

    @inline(__always) func find(_ k: UInt64) -> Value {
        var i = Self.slot(k, mask)
        // An empty slot (key 0) holds `missing` too: the probe ends at the key or at an empty slot,
        // and either way the answer is the value there (one exit, no copy of `missing` kept live).
        while true {
            let kk = keys[i]
            if kk == k || kk == 0 { return values[i] }
            i = (i &+ 1) & mask
        }
    }
}

extension HashIndex where Value == Int32 {
    /// Indexes of groups: -1 when missing.
    init(_ pairs: [(UInt64, Int32)]) { self.init(pairs, missing: -1) }

    @inline(__always) func contains(_ k: UInt64) -> Bool { find(k) >= 0 }
}

/// Phrases (word-hash sequences) grouped by their first word, flattened into static buffers for
/// the matchers: `Tok.cueGroup` / `Tok.placeGroup` name the group of phrases starting with a word, in the given order.
struct PhraseTable: @unchecked Sendable {
    /// Per group: first entry and entry count.
    let groupStart: UnsafePointer<Int32>
    let groupCount: UnsafePointer<Int32>
    /// Per entry: first word, word count, payload (an index chosen by the builder).
    let wordStart: UnsafePointer<Int32>
    let wordCount: UnsafePointer<Int32>
    let payload: UnsafePointer<Int32>
    let words: UnsafePointer<UInt64>
    /// Per entry: its second word, 0 for a one-word entry. The matchers compare it to the next
    /// token first, to pass over most entries of a group at one load.
    let second: UnsafePointer<UInt64>
    /// The first word of each group: `WordTable` maps it to the group (`Tok.cueGroup`, `Tok.placeGroup`).
    let groupKeys: [UInt64]

    /// `groups[g]` holds (words, payload) with the same first word.
    init(_ groups: [[([UInt64], Int32)]]) {
        let entryCount = groups.reduce(0) { $0 + $1.count }
        let wordTotal = groups.reduce(0) { $0 + $1.reduce(0) { $0 + $1.0.count } }
        let gs = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, groups.count))
        let gc = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, groups.count))
        let ws = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, entryCount))
        let wc = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, entryCount))
        let pl = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, entryCount))
        let w = UnsafeMutablePointer<UInt64>.allocate(capacity: max(1, wordTotal))
        let w2 = UnsafeMutablePointer<UInt64>.allocate(capacity: max(1, entryCount))
        var e = 0, k = 0
        var keys: [UInt64] = []
        for (g, group) in groups.enumerated() {
            gs[g] = Int32(e)
            gc[g] = Int32(group.count)
            keys.append(group[0].0[0])
            for (phrase, value) in group {
                ws[e] = Int32(k)
                wc[e] = Int32(phrase.count)
                pl[e] = value
                w2[e] = phrase.count > 1 ? phrase[1] : 0
                for h in phrase { w[k] = h; k += 1 }
                e += 1
            }
        }
        groupStart = UnsafePointer(gs)
        groupCount = UnsafePointer(gc)
        wordStart = UnsafePointer(ws)
        wordCount = UnsafePointer(wc)
        payload = UnsafePointer(pl)
        words = UnsafePointer(w)
        second = UnsafePointer(w2)
        groupKeys = keys
    }
}

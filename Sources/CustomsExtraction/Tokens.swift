/// Tokens of the folded text: words (ASCII letters), numbers (digits with internal `.`/`,`
/// groups, so "4.290,3" is one token), single punctuation bytes and line breaks.
enum TK: UInt8 { case word, num, punct, nl }

struct Tok {
    var kind: TK
    /// Folded-text byte range.
    var s: Int32
    var e: Int32
    /// FNV-1a hash of a word; the byte of a punctuation token.
    var h: UInt64
    /// The first letter was upper-case in the original.
    var up: Bool
    /// White space precedes the token.
    var sp: Bool
}

@inline(__always) func fnv(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var i = s
    while i < e { h = (h ^ UInt64(p[i])) &* 0x0000_0100_0000_01b3; i += 1 }
    return h
}

/// The hash of a word written in ASCII (lexicon entries are folded first).
func wordHash(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
    return h
}

enum Tokenizer {
    static func tokenize(_ t: FoldedText) -> [Tok] {
        var toks: [Tok] = []
        toks.reserveCapacity(t.count / 4 + 8)
        t.bytes.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            var sp = true
            while i < n {
                let c = p[i]
                if c == 0x20 { sp = true; i += 1; continue }
                if c == 0x0a {
                    if toks.last?.kind != .nl {
                        toks.append(Tok(kind: .nl, s: Int32(i), e: Int32(i + 1), h: 0x0a, up: false, sp: sp))
                    }
                    sp = true
                    i += 1
                    continue
                }
                if c >= 0x61 && c <= 0x7a {
                    let s = i
                    var h: UInt64 = 0xcbf2_9ce4_8422_2325
                    while i < n, p[i] >= 0x61, p[i] <= 0x7a {
                        h = (h ^ UInt64(p[i])) &* 0x0000_0100_0000_01b3
                        i += 1
                    }
                    toks.append(Tok(kind: .word, s: Int32(s), e: Int32(i), h: h, up: t.upper[s] != 0, sp: sp))
                    sp = false
                    continue
                }
                if c >= 0x30 && c <= 0x39 {
                    let s = i
                    while i < n {
                        let d = p[i]
                        if d >= 0x30 && d <= 0x39 { i += 1; continue }
                        if (d == 0x2e || d == 0x2c), i + 1 < n, p[i + 1] >= 0x30, p[i + 1] <= 0x39 { i += 1; continue }
                        break
                    }
                    // Cap absurdly long digit runs so that a token stays a number we can read.
                    toks.append(Tok(kind: .num, s: Int32(s), e: Int32(i), h: 0, up: false, sp: sp))
                    sp = false
                    continue
                }
                toks.append(Tok(kind: .punct, s: Int32(i), e: Int32(i + 1), h: UInt64(c), up: false, sp: sp))
                sp = false
                i += 1
            }
        }
        return toks
    }
}

/// An open-addressing table from a word hash to a small integer (lexicon lookups on the hot path,
/// without `Hasher`). Keys are never 0 (FNV of a non-empty word).
struct HashIndex: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int

    init(_ pairs: [(UInt64, Int32)]) {
        var size = 16
        while size < pairs.count * 3 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (k, v) in pairs {
            var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
    }

    @inline(__always) func find(_ k: UInt64) -> Int32 {
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let kk = keys[i]
            if kk == k { return values[i] }
            if kk == 0 { return -1 }
            i = (i + 1) & mask
        }
    }
}

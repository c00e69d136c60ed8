import CustomsModel
import Foundation
import Testing

@testable import CustomsExtraction

// Differential tests for the tokenizer and the cue matcher: the optimised loops against the
// plain versions they replaced (kept here as references), on seeded random texts built from the
// lexicon's own phrases (so that cues, multi-word entries and near misses all occur).

/// The tokenizer as first written: one byte at a time, a key per word, one table look-up per word.
func referenceTokenize(_ t: FoldedText) -> [Tok] {
    let p = t.bytes, n = p.count
    var toks: [Tok] = []
    var i = 0, sp = true, lastNL = false
    while i < n {
        let c = p[i]
        if c == 0x20 { sp = true; i += 1; continue }
        if c == 0x0a {
            // A break inside a sentence: the next line goes on in lower case, or in digits after a letter
            // (not a numbered item "1. " / "2) "), and the line before ends in no ".", ":", ";", "!", "?".
            let next = p[(i + 1)...].firstIndex { $0 != 0x20 }
            let previous = p[..<i].lastIndex { $0 != 0x20 }
            var goesOn = false
            if let k = next, let b = previous, !lastNL, ![0x0a, 0x2e, 0x3a, 0x3b, 0x21, 0x3f].contains(p[b]) {
                if (0x61...0x7a).contains(p[k]), t.upper[k] == 0 { goesOn = true }
                if (0x30...0x39).contains(p[k]), (0x61...0x7a).contains(p[b]) {
                    let digitsEnd = p[k...].firstIndex { !(0x30...0x39).contains($0) } ?? n
                    let item = digitsEnd < n && (p[digitsEnd] == 0x2e || p[digitsEnd] == 0x29) && (digitsEnd + 1 >= n || p[digitsEnd + 1] == 0x20)
                    goesOn = !item
                }
            }
            if goesOn { sp = true; i += 1; continue }
            if !lastNL { toks.append(Tok(kind: .nl, s: Int32(i), e: Int32(i + 1), h: 0x0a, up: false, sp: sp)); lastNL = true }
            sp = true
            i += 1
            continue
        }
        lastNL = false
        if c >= 0x61 && c <= 0x7a {
            let s = i
            while i < n && p[i] >= 0x61 && p[i] <= 0x7a { i += 1 }
            let h = p.withUnsafeBufferPointer { wordKey($0, s, i) }
            toks.append(Tok(kind: .word, s: Int32(s), e: Int32(i), h: h, up: t.upper[s] != 0, sp: sp,
                            info: WordTable.shared.find(h)))
        } else if c >= 0x30 && c <= 0x39 {
            let s = i
            while i < n {
                if p[i] >= 0x30 && p[i] <= 0x39 { i += 1; continue }
                if p[i] == 0x2e || p[i] == 0x2c, i + 1 < n, p[i + 1] >= 0x30 && p[i + 1] <= 0x39 { i += 1; continue }
                break
            }
            toks.append(Tok(kind: .num, s: Int32(s), e: Int32(i), h: 0, up: false, sp: sp))
        } else {
            toks.append(Tok(kind: .punct, s: Int32(i), e: Int32(i + 1), h: UInt64(c), up: false, sp: sp))
            i += 1
        }
        sp = false
    }
    return toks
}

/// The cue matcher as first written: every entry of the token's group in order, the first whose
/// words all match wins (entries are by decreasing length).
func referenceCueMatch(_ toks: [Tok]) -> ([CueSpan], [Int32]) {
    let t = Lexicon.phrases
    var spans: [CueSpan] = []
    var of = [Int32](repeating: -1, count: toks.count)
    var i = 0
    while i < toks.count {
        let g = Int(toks[i].cueGroup)
        guard g >= 0, toks[i].kind == .word, toks[i].h >= 256 else { i += 1; continue }
        var found: (entry: Int, end: Int)?
        let g0 = Int(t.groupStart[g])
        for e in g0..<(g0 + Int(t.groupCount[g])) {
            let ws = Int(t.wordStart[e]), wc = Int(t.wordCount[e])
            guard i + wc <= toks.count else { continue }
            var ok = true
            for k in 1..<max(1, wc) {
                let w = t.words[ws + k], tok = toks[i + k]
                if tok.h != w || tok.kind != (w < 256 ? .punct : .word) { ok = false; break }
            }
            if ok { found = (e, i + wc); break }
        }
        guard let (e, end) = found else { i += 1; continue }
        let cue = Cue(rawValue: UInt8(truncatingIfNeeded: t.payload[e])) ?? .none
        if cue != .none {
            for k in i..<end { of[k] = Int32(spans.count) }
            spans.append(CueSpan(cue: cue, a: Int32(i), b: Int32(end)))
        }
        i = end
    }
    return (spans, of)
}

/// Random text from the lexicon's phrases, cut phrases and other pieces.
func randomLexiconText(_ rng: inout SeededRNG) -> String {
    let phrases = Lexicon.entries.map { $0.0 }
    let others = ["4.290,3", "12", " ", "  ", "\n", "\n\n", ",", ".", "-", "(", "Ảnh", "HẢI QUAN", "Lạng Sơn", "x", "h", "wh",
                  "đồng.", "NK", "USD", "năm 2021", "tháng 6"]
    var s = ""
    for _ in 0..<Int(rng.next() % 60) {
        switch rng.next() % 4 {
        case 0, 1: s += phrases[Int(rng.next() % UInt64(phrases.count))]
        case 2:
            // A phrase cut short or run on: near misses of multi-word entries.
            let words = phrases[Int(rng.next() % UInt64(phrases.count))].split(separator: " ")
            s += words.prefix(Int(rng.next() % UInt64(words.count + 1))).joined(separator: " ")
        default: s += others[Int(rng.next() % UInt64(others.count))]
        }
        s += rng.next() % 5 == 0 ? "" : " "
    }
    return s
}

@Suite("Front end")
struct FrontEndTests {
    func same(_ a: [Tok], _ b: [Tok]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy {
            $0.h == $1.h && $0.s == $1.s && $0.e == $1.e && $0.kind == $1.kind && $0.up == $1.up && $0.sp == $1.sp
                && $0.lex == $1.lex && $0.cueGroup == $1.cueGroup && $0.placeGroup == $1.placeGroup
        }
    }

    func same(_ a: [CueSpan], _ b: [CueSpan]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.cue == $1.cue && $0.a == $1.a && $0.b == $1.b }
    }

    @Test func tokenizerAndCueMatcherMatchReference() {
        var rng = SeededRNG(seed: 23)
        var spansSeen = 0
        var toks: [Tok] = [], spans: [CueSpan] = [], of: [Int32] = []
        for trial in 0..<3000 {
            let text = trial % 3 == 0 ? randomFoldInput(&rng) : randomLexiconText(&rng)
            for type in [ContentType.plain, .markdown, .html] {
                let ft = Array(text.utf8).withUnsafeBufferPointer { TextPrep.fold($0, contentType: type) }
                // Fresh and reused buffers alike.
                Tokenizer.tokenize(ft, into: &toks)
                let ref = referenceTokenize(ft)
                #expect(same(toks, ref), "\(type) \(text.debugDescription)")
                #expect(same(Tokenizer.tokenize(ft), ref))
                CueMatcher.match(toks, spans: &spans, of: &of)
                let (refSpans, refOf) = referenceCueMatch(ref)
                #expect(same(spans, refSpans) && of == refOf, "\(type) \(text.debugDescription)")
                spansSeen += spans.count
            }
        }
        #expect(spansSeen > 10000)
    }

    @Test func foldTablesMatchTheScalarFold() {
        // Every two-byte sequence and every E1 B8...BB sequence, through the fast loop and the reference.
        for lead in UInt8(0xc2)...0xdf {
            for cont in UInt8(0x80)...0xbf {
                for bytes: [UInt8] in [[0x61, lead, cont, 0x62], [lead, cont], [0x41, lead, cont, 0x20, lead, cont]] {
                    let text = String(decoding: bytes, as: UTF8.self)
                    let fast = bytes.withUnsafeBufferPointer { TextPrep.fold($0, contentType: .plain) }
                    let ref = referenceFold(text, contentType: .plain)
                    #expect(fast.bytes == ref.bytes && fast.upper == ref.upper && fast.origStart == ref.origStart
                                && allEnds(fast) == ref.origEnd, "\(bytes)")
                }
            }
        }
        for second in UInt8(0xb8)...0xbb {
            for cont in UInt8(0x80)...0xbf {
                let bytes: [UInt8] = [0x74, 0xe1, second, cont, 0x6e, 0xe1, second, cont]
                let text = String(decoding: bytes, as: UTF8.self)
                let fast = bytes.withUnsafeBufferPointer { TextPrep.fold($0, contentType: .plain) }
                let ref = referenceFold(text, contentType: .plain)
                #expect(fast.bytes == ref.bytes && fast.upper == ref.upper && fast.origStart == ref.origStart
                            && allEnds(fast) == ref.origEnd, "\(bytes)")
            }
        }
    }
}

extension FrontEndTests {
    @Test func latinTableMatchesOneDecompositionPerScalar() {
        // The table is built from one joined decomposition; the reference decomposes each scalar alone.
        var reference = [UInt8](repeating: 0, count: 0x250 + 0x100)
        for v in Array(UInt32(0xc0)..<0x250) + Array(UInt32(0x1e00)..<0x1f00) {
            let slot = v < 0x250 ? Int(v) : 0x250 + Int(v - 0x1e00)
            if v == 0x110 { reference[slot] = 0x80 | UInt8(ascii: "d"); continue }
            if v == 0x111 { reference[slot] = UInt8(ascii: "d"); continue }
            let base = String(Character(Unicode.Scalar(v)!)).decomposedStringWithCanonicalMapping.unicodeScalars.first!
            switch base.value {
            case 0x41...0x5a: reference[slot] = 0x80 | UInt8(base.value + 32)
            case 0x61...0x7a: reference[slot] = UInt8(base.value)
            default: break
            }
        }
        #expect(Fold.latin == reference)
    }
}

@Suite("Word keys")
struct WordKeyTests {
    @Test func wordsOfEveryLengthTokenizeAsTheReferenceAtEveryDistanceFromTheEnd() {
        // The tokenizer reads eight bytes at a time where eight remain: words of 1...12 letters,
        // followed by each kind of byte that ends a word, at every distance from the end of the text.
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        let enders: [[UInt8]] = [[], [0x20], [0x2e], [0x0a], [0x31], [0x01], [0x7b], [0x60], [0x5b]]
        var checked = 0
        for length in 1...12 {
            let word = (0..<length).map { letters[($0 * 7 + length) % 26] }
            for ender in enders {
                for tail in 0..<10 {
                    let bytes = word + ender + [UInt8](repeating: 0x20, count: tail)
                    for prefix in [[UInt8](), Array("x ".utf8), Array("12,5 ".utf8)] {
                        let text = prefix + bytes
                        let ft = FoldedText(bytes: text, upper: [UInt8](repeating: 0, count: text.count),
                                            origStart: (0..<text.count).map { Int32($0) }, endGaps: [], end: Int32(text.count))
                        let toks = Tokenizer.tokenize(ft)
                        let ref = referenceTokenize(ft)
                        #expect(toks.count == ref.count && zip(toks, ref).allSatisfy { $0.h == $1.h && $0.s == $1.s && $0.e == $1.e && $0.kind == $1.kind },
                                "\(String(decoding: text, as: UTF8.self).debugDescription)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 12 * 9 * 10 * 3)
    }

    @Test func keysTellWordsApartAndStayClearOfPunctuation() {
        // Every word of up to three letters, and longer words that share prefixes or packings.
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        var words: [[UInt8]] = letters.map { [$0] }
        for a in letters { for b in letters { words.append([a, b]); for c in letters.prefix(6) { words.append([a, b, c]) } } }
        for base in ["thousand", "trillion", "nghieng", "internationally", "customsdeclaration", "abcdefgh", "abcdefghi",
                     "abcdefghij", "hhhhhhhh", "hhhhhhhhh", "qui"] {
            words.append(Array(base.utf8))
        }
        var seen: [UInt64: [UInt8]] = [:]
        for w in words {
            let k = w.withUnsafeBufferPointer { wordKey($0, 0, $0.count) }
            #expect(k >= 1 << 62, "keys stay above punctuation bytes and the empty slot")
            #expect(seen[k] == nil, "\(String(decoding: w, as: UTF8.self)) and \(String(decoding: seen[k] ?? [], as: UTF8.self)) share a key")
            seen[k] = w
            #expect(wordHash(String(decoding: w, as: UTF8.self)) == SpellingVariants.current(k))
        }
        // Old spellings share the key of the current ones; nothing else does.
        for (old, current) in [("qui", "quy"), ("ki", "ky"), ("ti", "ty"), ("li", "ly")] {
            #expect(wordHash(old) == wordHash(current))
        }
        #expect(words.filter { SpellingVariants.current($0.withUnsafeBufferPointer { wordKey($0, 0, $0.count) }) !=
            $0.withUnsafeBufferPointer { wordKey($0, 0, $0.count) } }.count == 4)
    }

    @Test func hardCodedWordConstantsAreTheKeysOfTheirWords() throws {
        // The scanners compare against constants written out in the source (`0x… /* word */`), so
        // that no table is built at start-up; each must be the key of the word in its comment.
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/CustomsExtraction")
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
        var constants = 0
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            var rest = Substring(text)
            while let r = rest.range(of: " /* ") {
                let before = rest[..<r.lowerBound]
                let after = rest[r.upperBound...]
                rest = after
                guard let close = after.range(of: " */"), before.count >= 18 else { continue }
                let literal = before.suffix(18)
                let word = after[..<close.lowerBound]
                guard literal.hasPrefix("0x"), let value = UInt64(literal.dropFirst(2), radix: 16),
                      !word.isEmpty, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7a }) else { continue }
                let key = Array(word.utf8).withUnsafeBufferPointer { wordKey($0, 0, $0.count) }
                #expect(value == key, "\(file): \(literal) is not the key of \"\(word)\"")
                constants += 1
            }
        }
        #expect(constants > 150, "the constants were found (\(constants))")
    }
}

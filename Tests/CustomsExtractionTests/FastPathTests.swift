import CustomsModel
import Foundation
import Testing

@testable import CustomsExtraction

// Differential tests for the fast paths: each compares the optimised code with the plain
// implementation it replaced (kept here as the reference), on fixed and seeded random inputs.

/// The record id as it was first defined: FNV-1a over the strings.
func referenceRecordID(_ r: MetricRecord) -> String {
    var hash = StableHash()
    hash.combine(r.reportID)
    hash.combine(r.aggregateKey.description)
    hash.combine(String(r.value))
    hash.combine(String(r.evidence.start))
    return "m-" + hash.hex
}

/// `NumberParser.parse` as it was first written (arrays of groups).
func referenceParse(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, format: NumberFormat) -> Dec? {
    var groups: [(digits: Int, sep: UInt8)] = []
    var digitsTotal = 0
    var sepBefore: UInt8 = 0
    var cur = 0
    var i = s
    while i < e {
        let c = p[i]
        if c >= 0x30 && c <= 0x39 { cur += 1; digitsTotal += 1 } else {
            groups.append((cur, sepBefore))
            sepBefore = c
            cur = 0
        }
        i += 1
    }
    groups.append((cur, sepBefore))
    if digitsTotal > 18 { return nil }
    var decimalSep: UInt8 = 0
    let seps = groups.dropFirst().map(\.sep)
    if !seps.isEmpty {
        let hasDot = seps.contains(0x2e)
        let hasComma = seps.contains(0x2c)
        if hasDot && hasComma {
            decimalSep = seps.last!
            let grouping: UInt8 = decimalSep == 0x2e ? 0x2c : 0x2e
            for (k, g) in groups.enumerated().dropFirst() {
                if k == groups.count - 1 { if g.sep != decimalSep { return nil } } else if g.sep != grouping || g.digits != 3 {
                    return nil
                }
            }
            if seps.filter({ $0 == decimalSep }).count != 1 { return nil }
        } else if seps.count >= 2 {
            for g in groups.dropFirst() where g.digits != 3 { return nil }
            if groups[0].digits > 3 { return nil }
            decimalSep = 0
        } else {
            let sep = seps[0]
            let native: UInt8 = format == .vietnamese ? 0x2e : 0x2c
            if sep == native && groups[1].digits == 3 && groups[0].digits <= 3 { decimalSep = 0 } else { decimalSep = sep }
        }
    }
    var m = 0
    var frac = 0
    var afterDecimal = false
    i = s
    while i < e {
        let c = p[i]
        if c >= 0x30 && c <= 0x39 {
            m = m &* 10 &+ Int(c - 0x30)
            if afterDecimal { frac += 1 }
        } else if c == decimalSep { afterDecimal = true }
        i += 1
    }
    while frac > 0 && m % 10 == 0 { m /= 10; frac -= 1 }
    return Dec(m: m, frac: frac)
}

/// What the reference folder makes: every byte's end offset stored, not derived.
struct ReferenceFold {
    var bytes: [UInt8], upper: [UInt8], origStart: [Int32], origEnd: [Int32]
}

/// The folding loop as it was first written: one scalar at a time through `decodeScalar` and
/// `Fold` (the markup helpers are shared with the fast loop), storing every end offset.
func referenceFold(_ text: String, contentType: ContentType) -> ReferenceFold {
    referenceFold(bytes: Array(text.utf8), contentType: contentType)
}

/// The same for any bytes (malformed UTF-8 reads as U+FFFD a byte at a time, as `decodeScalar` says).
func referenceFold(bytes utf8: [UInt8], contentType: ContentType) -> ReferenceFold {
    let cap = utf8.count + 16
    var bytes = [UInt8](repeating: 0, count: cap), upper = [UInt8](repeating: 0, count: cap)
    var os = [Int32](repeating: 0, count: cap), oe = [Int32](repeating: 0, count: cap)
    var count = 0
    bytes.withUnsafeMutableBufferPointer { pb in
        upper.withUnsafeMutableBufferPointer { pu in
            os.withUnsafeMutableBufferPointer { ps in
                oe.withUnsafeMutableBufferPointer { pe in
                    utf8.withUnsafeBufferPointer { p in
                        var out = FoldSink(bytes: pb.baseAddress!, upper: pu.baseAddress!, origStart: ps.baseAddress!,
                                           origEnd: pe.baseAddress!, capacity: cap)
                        let n = p.count
                        var i = 0
                        let markdown = contentType == .markdown, html = contentType == .html
                        var lineStart = true
                        var table = TextPrep.MarkdownTable()
                        while i < n {
                            let b = p[i]
                            if b < 0x80 {
                                if b == UInt8(ascii: "<"), html, let next = TextPrep.skipTag(p, i, &out) {
                                    i = next; lineStart = false; continue
                                }
                                if b == UInt8(ascii: "&"), html, let next = TextPrep.decodeEntity(p, i, &out) { i = next; continue }
                                if b == UInt8(ascii: "h") || b == UInt8(ascii: "w"), let next = TextPrep.skipURL(p, i) {
                                    out.emit(0x20, up: false, start: i, end: next); i = next; continue
                                }
                                if markdown {
                                    if b == UInt8(ascii: "!"), i + 1 < n, p[i + 1] == UInt8(ascii: "["),
                                       let next = TextPrep.skipMarkdownLink(p, i + 1, keepText: false, &out) { i = next; continue }
                                    if b == UInt8(ascii: "["), let next = TextPrep.skipMarkdownLink(p, i, keepText: true, &out) {
                                        i = next; continue
                                    }
                                    if b == UInt8(ascii: "*") || b == UInt8(ascii: "_") || b == UInt8(ascii: "`")
                                        || (b == UInt8(ascii: "#") && lineStart) { i += 1; continue }
                                    if b == UInt8(ascii: "|"), let next = TextPrep.skipTablePipe(p, i, &table, &out) { i = next; continue }
                                }
                                let (f, up) = Fold.fold(UInt32(b))
                                out.emit(f, up: up, start: i, end: i + 1)
                                lineStart = b == 0x0a || (lineStart && b == 0x20)
                                i += 1
                                continue
                            }
                            let (v, len) = decodeScalar(p, i)
                            if Fold.isCombining(v) { out.extendLast(to: i + len) } else {
                                let (f, up) = Fold.fold(v)
                                out.emit(f, up: up, start: i, end: i + len)
                            }
                            lineStart = false
                            i += len
                        }
                        count = out.count
                    }
                }
            }
        }
    }
    return ReferenceFold(bytes: Array(bytes[..<count]), upper: Array(upper[..<count]), origStart: Array(os[..<count]),
                         origEnd: Array(oe[..<count]))
}

/// Every byte's end offset, as derived by `FoldedText.origEnd`.
func allEnds(_ f: FoldedText) -> [Int32] { (0..<f.count).map { Int32(f.origEnd($0)) } }

/// Random text from pieces that exercise every branch of the folder.
func randomFoldInput(_ rng: inout SeededRNG) -> String {
    let pieces = ["Lạng Sơn", "HẢI QUAN", "đồng", "Đ", "tỷ", "4.290,3", " ", "\n", "\n\n", "  ", "a\u{0301}", "e\u{0323}\u{0302}",
                  "\u{0300}", "https://x.vn/a-b", "www.abc.vn", "http", "wh", "h", "W", "[link](http://u)", "![img](x.png)",
                  "**đậm**", "_x_", "`c`", "# Tiêu đề", "<p>", "</div>", "<b>", "<!-- c -->", "&amp;", "&nbsp;", "&#7841;",
                  "&#x1EA1;", "&bogus;", "<script>x</script>", "“ngoặc”", "…", "–", "\u{00A0}", "\u{FEFF}", "€", "😀", "中",
                  "\t", "\r\n", "Ảnh: Tuấn", "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư", "ẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặ",
                  "\u{1EF9}", "\u{1E00}", "\u{1EFF}", "Ω", "ǅ", "ȳ", "ʃ",
                  // Markdown tables: rows, delimiter rows, bars that are no table.
                  "|", " | ", "\n| a | b |", "\n|---|:--:|", "|-|", "<td>", "</td><td>"]
    var s = ""
    for _ in 0..<Int(rng.next() % 40) { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
    return s
}

@Suite("Fast paths")
struct FastPathTests {
    @Test func recordIDsMatchTheStringDefinition() throws {
        // Every record of the seed reports and of the generated-style texts.
        var recs: [MetricRecord] = []
        let ex = Extractor()
        let bodies = [
            "Năm 2021, Cục Hải quan Lạng Sơn thu ngân sách đạt 4.290,3 tỷ đồng, bằng 126% dự toán (3.400 tỷ đồng), tăng 15,8% so với cùng kỳ.",
            "Trong 6 tháng đầu năm 2022, kim ngạch xuất nhập khẩu qua địa bàn đạt 1.234,5 triệu USD; làm thủ tục cho 12.345 tờ khai của 678 doanh nghiệp.",
        ]
        for (i, b) in bodies.enumerated() {
            recs += ex.extract(RawReport(reportID: "t\(i)", url: "https://example.org/\(i)", publishedAt: "2022-07-01", body: b))
        }
        #expect(!recs.isEmpty)
        // Unusual values and fields: fractions, huge and negative values, open periods, no flow.
        let base = recs[0]
        for v in [0.0, -0.0, 1.5, -3.0, 1e15, 9_007_199_254_740_991, 9_007_199_254_740_992, 1e16, 1e22, 123.456, .infinity] {
            var r = base
            r.value = v
            recs.append(r)
        }
        for start in [0, 7, 123_456, -1] {
            var r = base
            r.evidence = Evidence(start: start, end: start + 1)
            recs.append(r)
        }
        var open = base
        open.period = Period(start: nil, end: CalendarDate(year: 2021, month: 3, day: 9))
        open.flow = nil
        open.targetKind = .stretch
        recs.append(open)
        var odd = base
        odd.period = Period(start: CalendarDate(year: 12, month: 1, day: 1), end: nil)
        odd.reportID = "báo-cáo-ĐẶC-BIỆT"
        recs.append(odd)
        for r in recs { #expect(r.makeID() == referenceRecordID(r), "\(r.value) \(r.period)") }
    }

    @Test func numberParserMatchesReference() {
        var rng = SeededRNG(seed: 11)
        let alphabet = Array("0123456789..,,,,.-/ ".utf8)
        for trial in 0..<20000 {
            let len = 1 + Int(rng.next() % (trial % 10 == 0 ? 30 : 12))
            var bytes: [UInt8] = []
            for _ in 0..<len { bytes.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            for format in [NumberFormat.vietnamese, .english] {
                let a = bytes.withUnsafeBufferPointer { NumberParser.parse($0, 0, $0.count, format: format) }
                let b = bytes.withUnsafeBufferPointer { referenceParse($0, 0, $0.count, format: format) }
                #expect(a == b, "\(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }

    @Test func foldMatchesReference() {
        var rng = SeededRNG(seed: 5)
        for _ in 0..<3000 {
            let text = randomFoldInput(&rng)
            for type in [ContentType.plain, .markdown, .html] {
                let fast = Array(text.utf8).withUnsafeBufferPointer { TextPrep.fold($0, contentType: type) }
                let ref = referenceFold(text, contentType: type)
                #expect(fast.bytes == ref.bytes && fast.upper == ref.upper && fast.origStart == ref.origStart
                            && allEnds(fast) == ref.origEnd, "\(type) \(text.debugDescription)")
            }
        }
        // Every byte value, alone and in pairs and triples (lead bytes with and without continuations).
        for b0 in 0..<256 {
            for tail: [UInt8] in [[], [0x80], [0xbf, 0x80], [0xb8, 0x80], [0xbb, 0xbf], [0x41], [0xcc, 0x81]] {
                let bytes = [UInt8(b0)] + tail
                let raw = bytes.withUnsafeBufferPointer { TextPrep.fold($0, contentType: .plain) }
                let ref = referenceFold(bytes: bytes, contentType: .plain)
                #expect(raw.bytes == ref.bytes && allEnds(raw) == ref.origEnd, "\(bytes)")
            }
        }
    }

    /// The character loop reads four bytes at a time and must stop before what it cannot store
    /// exactly: malformed sequences anywhere in running text (not only at its end), 4-byte
    /// characters, combining marks, URLs and markup.
    @Test func foldMatchesReferenceOnMalformedRunningText() {
        let fragments: [[UInt8]] = [
            Array("Hải quan ".utf8), Array("ĐỒNG ".utf8), Array("tăng ".utf8), [0x80], [0xbf, 0xbf], [0xc3], [0xc3, 0x41],
            [0xe1], [0xe1, 0xba], [0xe1, 0x80, 0x41], [0xe1, 0xba, 0xa1], [0xed, 0xa0, 0x80], [0xe0, 0x80, 0x80],
            [0xc0, 0x80], [0xc1, 0xbf], [0xf0, 0x9f, 0x98, 0x80], [0xf0, 0x9f], [0xf8], [0xff], [0xcc, 0x81],
            [0xe2, 0x80, 0x9c], [0xe2, 0x80, 0xa6], [0xef, 0xbb, 0xbf], Array("http://a.vn ".utf8), Array("WWW.".utf8),
            Array("Http".utf8), Array(" h".utf8), Array("nhập khẩu".utf8), Array("THU 4.290,3/12-05 ".utf8),
            Array("ahttp".utf8), Array("Xwww.".utf8), Array("9h".utf8), Array("W".utf8), Array(",w".utf8), [0x09], [0x7f],
            Array("_x`".utf8), Array("|a|".utf8), Array("**".utf8), Array("<b>".utf8), Array("&amp;".utf8), [0x0a], [0x0a, 0x23],
        ]
        var rng = SeededRNG(seed: 23)
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(rng.next() % 24) { bytes += fragments[Int(rng.next() % UInt64(fragments.count))] }
            for type in [ContentType.plain, .markdown, .html] {
                let fast = bytes.withUnsafeBufferPointer { TextPrep.fold($0, contentType: type) }
                let ref = referenceFold(bytes: bytes, contentType: type)
                #expect(fast.bytes == ref.bytes && fast.upper == ref.upper && fast.origStart == ref.origStart
                            && allEnds(fast) == ref.origEnd, "\(type) \(bytes)")
            }
        }
        // Every byte value with every tail, inside running text on both sides.
        for b0 in 0..<256 {
            for tail: [UInt8] in [[], [0x80], [0xbf, 0x80], [0xb8, 0x80], [0xbb, 0xbf], [0x41], [0xcc, 0x81], [0x80, 0x80, 0x80]] {
                let bytes = Array("Sơn ".utf8) + [UInt8(b0)] + tail + Array(" Lạng Sơn".utf8)
                let fast = bytes.withUnsafeBufferPointer { TextPrep.fold($0, contentType: .plain) }
                let ref = referenceFold(bytes: bytes, contentType: .plain)
                #expect(fast.bytes == ref.bytes && fast.upper == ref.upper && fast.origStart == ref.origStart
                            && allEnds(fast) == ref.origEnd, "\(bytes)")
            }
        }
    }

    @Test func tokensCarryTheirStartWordGroups() {
        // The per-token look-up results fit in the padding of `Tok`.
        #expect(MemoryLayout<Tok>.stride == 24)
        let text = "Cục Hải quan Lạng Sơn: 6 tháng đầu năm 2021 thu ngân sách đạt 4.290,3 tỷ đồng."
        let ft = Array(text.utf8).withUnsafeBufferPointer { TextPrep.fold($0, contentType: .plain) }
        for t in Tokenizer.tokenize(ft) {
            let words = t.kind == .word
            #expect((t.cueGroup >= 0) == (words && Lexicon.table[t.h] != nil))
            #expect((t.placeGroup >= 0) == (words && Places.table[t.h] != nil))
            #expect((t.lex & WordTable.periodStart != 0) == (words && Analysis.periodStartWords.contains(t.h)))
            #expect((t.lex & WordTable.mentionStart != 0) == (words && Analysis.mentionStartWords.contains(t.h)))
        }
    }

    @Test func tokensAndCuesOfTheFastTables() {
        // The flattened lexicon finds the same cues as a direct longest-match over the entries.
        let text = "Tổng kim ngạch xuất nhập khẩu qua địa bàn đạt 1.234,5 triệu USD, giảm 3,2% so với cùng kỳ năm trước; "
            + "thu ngân sách nhà nước đạt 4.290,3 tỷ đồng, vượt chỉ tiêu phấn đấu. Làm thủ tục cho 12.345 tờ khai."
        let ft = Array(text.utf8).withUnsafeBufferPointer { TextPrep.fold($0, contentType: .plain) }
        let toks = Tokenizer.tokenize(ft)
        let (spans, of) = CueMatcher.match(toks)
        #expect(of.count == toks.count)
        var i = 0
        var expected: [CueSpan] = []
        while i < toks.count {
            guard toks[i].kind == .word, let list = Lexicon.table[toks[i].h] else { i += 1; continue }
            var hit: (LexEntry, Int)?
            for e in list {
                var j = i
                var ok = true
                for w in e.words {
                    guard j < toks.count else { ok = false; break }
                    if w < 256 { ok = toks[j].kind == .punct && toks[j].h == w } else { ok = toks[j].kind == .word && toks[j].h == w }
                    if !ok { break }
                    j += 1
                }
                if ok { hit = (e, j); break }
            }
            if let (e, end) = hit {
                if e.cue != .none { expected.append(CueSpan(cue: e.cue, a: Int32(i), b: Int32(end))) }
                i = end
            } else { i += 1 }
        }
        #expect(spans.map { "\($0.cue)\($0.a)-\($0.b)" } == expected.map { "\($0.cue)\($0.a)-\($0.b)" })
        #expect(spans.contains { $0.cue == .trade } && spans.contains { $0.cue == .unitDecl })
    }
}

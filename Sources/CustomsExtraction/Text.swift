import CustomsModel
import Foundation

/// The working text of a report: the body reduced to plain text (Markdown and HTML
/// markup dropped), Unicode-normalised by folding (NFC and NFD fold alike), lower-cased
/// and ASCII-folded ("Lạng Sơn" → "lang son", "đ" → "d"), with a map from every working
/// byte back to the UTF-8 byte range of the ORIGINAL body it came from.
struct FoldedText {
    /// ASCII bytes (plus 0x01 for characters with no ASCII reading).
    var bytes: [UInt8] = []
    /// 1 where the original letter was upper-case.
    var upper: [UInt8] = []
    /// Start offset in the original body of the character each byte came from.
    var origStart: [Int32] = []
    /// The bytes whose original range does NOT end where the next byte's starts (input dropped
    /// after them: Markdown emphasis, link brackets), by ascending index. Only the few readers of
    /// end offsets need them, so the folder does not store an end for every byte.
    var endGaps: [EndGap] = []
    /// The end offset of the last byte unless `endGaps` lists it (the end of the input).
    var end: Int32 = 0

    init() {}

    init(bytes: [UInt8], upper: [UInt8], origStart: [Int32], endGaps: [EndGap], end: Int32) {
        self.bytes = bytes
        self.upper = upper
        self.origStart = origStart
        self.endGaps = endGaps
        self.end = end
    }

    var count: Int { bytes.count }

    /// End (exclusive) offset in the original body of the character byte `k` came from.
    func origEnd(_ k: Int) -> Int {
        if !endGaps.isEmpty {
            var lo = 0, hi = endGaps.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if Int(endGaps[mid].index) < k { lo = mid + 1 } else { hi = mid }
            }
            if lo < endGaps.count && Int(endGaps[lo].index) == k { return Int(endGaps[lo].end) }
        }
        return k + 1 < origStart.count ? Int(origStart[k + 1]) : Int(end)
    }
}

/// A working byte whose original range ends before the next byte's starts.
struct EndGap: Equatable {
    var index: Int32
    var end: Int32
}

/// Where the folder writes: preallocated buffers (one working byte never needs more than
/// one input byte, so `capacity` = input length suffices; `emit` checks it anyway). `upper` is
/// zero-filled beforehand: the folding loop stores into it only where a byte may be upper-case.
///
/// Input is consumed contiguously: every byte starts where the previous one ends, except where
/// input is dropped (`dropped(at:)` records those in `endGaps`), so ends need not be stored.
struct FoldSink {
    let bytes: UnsafeMutablePointer<UInt8>
    let upper: UnsafeMutablePointer<UInt8>
    let origStart: UnsafeMutablePointer<Int32>
    /// Every byte's end offset, when given (the reference folder of the tests keeps them all).
    let origEnd: UnsafeMutablePointer<Int32>?
    let capacity: Int
    var count = 0
    var endGaps: [EndGap] = []

    init(bytes: UnsafeMutablePointer<UInt8>, upper: UnsafeMutablePointer<UInt8>, origStart: UnsafeMutablePointer<Int32>,
         origEnd: UnsafeMutablePointer<Int32>?, capacity: Int) {
        self.bytes = bytes
        self.upper = upper
        self.origStart = origStart
        self.origEnd = origEnd
        self.capacity = capacity
    }

    @inline(__always) mutating func emit(_ b: UInt8, up: Bool, start: Int, end: Int) {
        precondition(count < capacity, "folded text longer than its input")
        bytes[count] = b
        upper[count] = up ? 1 : 0
        origStart[count] = Int32(truncatingIfNeeded: start)
        origEnd?[count] = Int32(truncatingIfNeeded: end)
        count += 1
    }

    /// Extends the original range of the last byte (a combining mark that vanished) up to the
    /// next input, so it no longer ends before the next byte's start.
    @inline(__always) mutating func extendLast(to end: Int) {
        if count > 0 {
            origEnd?[count - 1] = Int32(truncatingIfNeeded: end)
            if let g = endGaps.last, Int(g.index) == count - 1 { endGaps.removeLast() }
        }
    }

    /// The input from `at` on is dropped: the last byte ends at `at`, not where the next one starts
    /// (a first drop after it decides; no byte, no gap).
    mutating func dropped(at: Int) {
        guard count > 0 else { return }
        if let g = endGaps.last, Int(g.index) == count - 1 { return }
        endGaps.append(EndGap(index: Int32(truncatingIfNeeded: count - 1), end: Int32(truncatingIfNeeded: at)))
    }
}

/// Character folding: a table built once (with Foundation's decomposition, off the hot path)
/// for the Latin blocks Vietnamese uses; everything else is mapped by hand.
enum Fold {
    /// For scalars 0...0x24F and 0x1E00...0x1EFF: low 7 bits = ASCII byte, 0x80 = upper-case;
    /// 0 = no ASCII reading.
    static let latin: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x250 + 0x100)
        let values = Array(UInt32(0xc0)..<0x250) + Array(UInt32(0x1e00)..<0x1f00)
        // The first scalar of each one's canonical decomposition, from ONE call of Foundation's
        // decomposition (a call per scalar cost ~6,000 instructions each, 4 M in all, inside the
        // first extraction): the scalars are separated by "|", a starter that blocks canonical
        // reordering and that no decomposition yields, so each segment decomposes on its own.
        var joined: [UInt8] = []
        for v in values {
            joined.append(UInt8(ascii: "|"))
            UTF8.encode(Unicode.Scalar(v)!) { joined.append($0) }  // (no surrogates in these ranges)
        }
        var bases: [Unicode.Scalar] = []
        var atStart = false
        for u in String(decoding: joined, as: UTF8.self).decomposedStringWithCanonicalMapping.unicodeScalars {
            if u == "|" { atStart = true } else if atStart { bases.append(u); atStart = false }
        }
        precondition(bases.count == values.count, "one decomposition per scalar")
        for (v, base) in zip(values, bases) {
            let slot = v < 0x250 ? Int(v) : 0x250 + Int(v - 0x1e00)
            if v == 0x110 { table[slot] = 0x80 | UInt8(ascii: "d"); continue }
            if v == 0x111 { table[slot] = UInt8(ascii: "d"); continue }
            switch base.value {
            case 0x41...0x5a: table[slot] = 0x80 | UInt8(base.value + 32)
            case 0x61...0x7a: table[slot] = UInt8(base.value)
            default: break
            }
        }
        return table
    }()

    /// The folded ASCII byte of a scalar (0 if none), and whether it was upper-case.
    @inline(__always) static func fold(_ v: UInt32) -> (UInt8, Bool) {
        switch v {
        case 0x41...0x5a: return (UInt8(v + 32), true)
        case 0..<0x80:
            if v == 0x09 || v == 0x0d || v == 0x0b || v == 0x0c { return (0x20, false) }
            return (UInt8(v), false)
        case 0xa0, 0x2000...0x200b, 0x202f, 0x205f, 0x3000, 0xfeff: return (0x20, false)
        case 0x2010...0x2015, 0x2212: return (UInt8(ascii: "-"), false)
        case 0x2018, 0x2019, 0x201a, 0x2032: return (UInt8(ascii: "'"), false)
        case 0x201c, 0x201d, 0x201e, 0xab, 0xbb: return (UInt8(ascii: "\""), false)
        case 0x2026: return (UInt8(ascii: "."), false)
        case 0x2022, 0x25cf, 0x25aa: return (0x20, false)
        case 0x2028, 0x2029: return (0x0a, false)
        case 0xc0..<0x250:
            let t = latin[Int(v)]
            return t == 0 ? (1, false) : (t & 0x7f, t & 0x80 != 0)
        case 0x1e00..<0x1f00:
            let t = latin[0x250 + Int(v - 0x1e00)]
            return t == 0 ? (1, false) : (t & 0x7f, t & 0x80 != 0)
        default: return (1, false)
        }
    }

    @inline(__always) static func isCombining(_ v: UInt32) -> Bool {
        (0x300...0x36f).contains(v) || (0x1ab0...0x1aff).contains(v) || (0x1dc0...0x1dff).contains(v)
            || (0x20d0...0x20ff).contains(v)
    }
    /// `fold` and `isCombining` precomputed for scalars below 0x800 (slots 0..<0x800) and for
    /// Latin Extended Additional 0x1E00...0x1EFF (slots 0x800..<0x900): 0xff = a combining mark,
    /// else the folded byte with 0x80 set for upper-case. Never freed.
    nonisolated(unsafe) static let fast: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x900)
        func entry(_ v: UInt32) -> UInt8 {
            if isCombining(v) { return 0xff }
            let (f, up) = fold(v)
            return f | (up ? 0x80 : 0)
        }
        for v in UInt32(0)..<0x800 { t[Int(v)] = entry(v) }
        for v in UInt32(0x1e00)..<0x1f00 { t[0x800 + Int(v - 0x1e00)] = entry(v) }
        return UnsafePointer(t)
    }()

    /// `fast` for every scalar of the Basic Multilingual Plane (64 KiB), so that the folding
    /// loop reads a 1-, 2- or 3-byte character with the same single load. Never freed.
    nonisolated(unsafe) static let bmp: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x10000)
        for v in 0..<0x800 { t[v] = fast[v] }
        for v in UInt32(0x800)..<0x10000 {
            if (0x1e00..<0x1f00).contains(v) {
                t[Int(v)] = fast[0x800 + Int(v - 0x1e00)]
            } else if isCombining(v) {
                t[Int(v)] = 0xff
            } else {
                let (f, up) = fold(v)
                t[Int(v)] = f | (up ? 0x80 : 0)
            }
        }
        return UnsafePointer(t)
    }()
}

/// Decodes one UTF-8 scalar at `i` (invalid bytes read as U+FFFD, one byte long).
@inline(__always)
func decodeScalar(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
    let b0 = p[i]
    if b0 < 0x80 { return (UInt32(b0), 1) }
    let n = p.count
    if b0 & 0xe0 == 0xc0, i + 1 < n, p[i + 1] & 0xc0 == 0x80 {
        return ((UInt32(b0 & 0x1f) << 6) | UInt32(p[i + 1] & 0x3f), 2)
    }
    if b0 & 0xf0 == 0xe0, i + 2 < n, p[i + 1] & 0xc0 == 0x80, p[i + 2] & 0xc0 == 0x80 {
        return ((UInt32(b0 & 0x0f) << 12) | (UInt32(p[i + 1] & 0x3f) << 6) | UInt32(p[i + 2] & 0x3f), 3)
    }
    if b0 & 0xf8 == 0xf0, i + 3 < n, p[i + 1] & 0xc0 == 0x80, p[i + 2] & 0xc0 == 0x80, p[i + 3] & 0xc0 == 0x80 {
        let v = (UInt32(b0 & 0x07) << 18) | (UInt32(p[i + 1] & 0x3f) << 12) | (UInt32(p[i + 2] & 0x3f) << 6)
            | UInt32(p[i + 3] & 0x3f)
        return (v, 4)
    }
    return (0xfffd, 1)
}

/// The ASCII run at the start of 8 input bytes, for `foldRunningText`: SWAR tests over a word
/// (bit 7 of each byte is its flag). A run holds the bytes every path folds the same way without a
/// look-up: ASCII letters (upper-case ones lower-cased), digits, `,-./` and the space; it stops
/// before any other byte (markup of every content type, controls, non-ASCII) and before an `h` or
/// `w` that does not follow a letter (a URL may start there).
enum AsciiRun {
    static let high: UInt64 = 0x8080_8080_8080_8080
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// 0...7, a constant in the loop (a stored `static let` cost a `swift_once` call per run).
    @inline(__always) static var offsets: SIMD8<Int32> { SIMD8(0, 1, 2, 3, 4, 5, 6, 7) }

    /// Flags of the bytes (all below 0x80) that are at least `lo`.
    @inline(__always) static func atLeast(_ x7: UInt64, _ lo: UInt8) -> UInt64 { (x7 &+ UInt64(0x80 &- lo) &* ones) & high }
    /// Flags of the bytes (all below 0x80) that are at most `hi`.
    @inline(__always) static func atMost(_ x7: UInt64, _ hi: UInt8) -> UInt64 { ~(x7 &+ UInt64(0x7f &- hi) &* ones) & high }
    /// Flags of the bytes (all below 0x80) equal to `b`.
    @inline(__always) static func equal(_ x7: UInt64, _ b: UInt8) -> UInt64 { ~((x7 ^ UInt64(b) &* ones) &+ ~high) & high }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- UInt8(ascii: "a") < 26 }

    /// The run's length (0...8) and the flags of its upper-case letters (and maybe of some after it).
    @inline(__always) static func measure(_ q: UInt64, afterLetter: Bool) -> (Int, UInt64) {
        let ascii = ~q & high
        let x7 = q & ~high
        let lower = atLeast(x7, 0x61) & atMost(x7, 0x7a)
        let upper = atLeast(x7, 0x41) & atMost(x7, 0x5a) & ascii
        let letter = (lower & ascii) | upper
        let copied = (lower | atLeast(x7, 0x2c) & atMost(x7, 0x39) | equal(x7, 0x20)) & ascii | upper
        let lowered = x7 | 0x2020_2020_2020_2020
        let urlStart = (equal(lowered, UInt8(ascii: "h")) | equal(lowered, UInt8(ascii: "w")))
            & ~(letter << 8 | (afterLetter ? 0x80 : 0))
        let stop = (~copied | urlStart) & high
        return (stop.trailingZeroBitCount >> 3, upper)
    }

    /// The low `k` bytes of a word set (k in 0...8).
    @inline(__always) static func prefix(_ k: Int) -> UInt64 { k >= 8 ? ~0 : (1 &<< UInt64(k &* 8)) &- 1 }
}

enum TextPrep {
    /// Folds `utf8` (the original body) into working text, dropping markup per `contentType`.
    static func fold(_ utf8: UnsafeBufferPointer<UInt8>, contentType: ContentType) -> FoldedText {
        var none = FoldedText()
        return fold(utf8, contentType: contentType, reusing: &none)
    }

    /// The same, written into the buffers of `spare` (a finished text), which is left empty.
    static func fold(_ utf8: UnsafeBufferPointer<UInt8>, contentType: ContentType, reusing spare: inout FoldedText) -> FoldedText {
        // One working byte never needs more than one input byte: `utf8.count` bounds the output.
        let cap = utf8.count + 16
        var count = 0
        var bytes = take(&spare.bytes)
        var upper = take(&spare.upper)
        var origStart = take(&spare.origStart)
        var endGaps: [EndGap] = []
        bytes.refill(capacity: cap) { pb in
            upper.refill(capacity: cap) { pu in
                // Zeroed up front (one memset), so the copy loop for lower-case runs need not store it.
                pu.initialize(repeating: 0)
                origStart.refill(capacity: cap) { ps in
                    var sink = FoldSink(bytes: pb.baseAddress!, upper: pu.baseAddress!, origStart: ps.baseAddress!,
                                        origEnd: nil, capacity: cap)
                    fold(utf8, contentType: contentType, into: &sink)
                    count = sink.count
                    endGaps = sink.endGaps
                    return count
                }
                return count
            }
            return count
        }
        // The loop consumes the whole input: the last byte ends at its end unless a gap says otherwise.
        return FoldedText(bytes: bytes, upper: upper, origStart: origStart, endGaps: endGaps,
                          end: Int32(truncatingIfNeeded: utf8.count))
    }

    /// Running text, a character per step with no branch on its class (which one comes next is
    /// as good as random in Vietnamese, and a mispredicted branch per byte cost more than all the
    /// work here). Every step computes the 1-, 2- and 3-byte reading of the bytes at `i`, keeps
    /// the one the lead byte says, and stops before anything it does not store exactly as the
    /// `switch` of `fold` would: markup, URLs, combining marks, 4-byte and malformed sequences,
    /// the last 3 bytes. Returns the next input and output positions.
    @inline(never)
    static func foldRunningText(_ p: UnsafePointer<UInt8>, _ n: Int, from start: Int,
                                _ ob: UnsafeMutablePointer<UInt8>, _ ou: UnsafeMutablePointer<UInt8>,
                                _ os: UnsafeMutablePointer<Int32>, at outStart: Int,
                                leads: UnsafePointer<UInt64>) -> (Int, Int) {
        let bmp = Fold.bmp
        var i = start, c = outStart
        while i &+ 4 <= n {
            if i &+ 12 <= n {
                // The ASCII run first, up to 8 bytes in one step (Vietnamese words are short, so this
                // mostly takes 2 to 6): the character steps form one chain of dependent loads, and the
                // run shortens it.
                let q = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
                let (k, upperBits) = AsciiRun.measure(q, afterLetter: i > 0 && AsciiRun.isLetter(p[i &- 1]))
                UnsafeMutableRawPointer(ob + c).storeBytes(of: (q | upperBits >> 2).littleEndian, as: UInt64.self)
                UnsafeMutableRawPointer(ou + c).storeBytes(of: (upperBits >> 7 & AsciiRun.prefix(k)).littleEndian,
                                                           as: UInt64.self)
                UnsafeMutableRawPointer(os + c).storeBytes(of: SIMD8<Int32>(repeating: Int32(truncatingIfNeeded: i))
                                                               &+ AsciiRun.offsets, as: SIMD8<Int32>.self)
                i &+= k
                c &+= k
            }
            let w = UInt32(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt32.self))
            let x = w & 0xff
            // The length by comparisons, not from a table: the next step waits on it, and a load takes longer.
            let len = 1 &+ (x >= 0xc0 ? 1 : 0) &+ (x >= 0xe0 ? 1 : 0)
            let lead = leads[Int(x)]
            let b1 = (w >> 8) & 0x3f, b2 = (w >> 16) & 0x3f
            let v2 = ((x & 0x1f) << 6) | b1
            let v3 = ((x & 0x0f) << 12) | (b1 << 6) | b2
            // Picked by an index, not by comparisons: LLVM turned `len == 3 ? v3 : …` into two branches
            // on the length, as unpredictable as the text; the indexed read of a vector is a store and
            // a load, with no branch (2 % less time for the whole extraction, alternating).
            let v = SIMD4<UInt32>(x, v2, v3, 0)[Int(len &- 1)]
            let t = bmp[Int(v)]
            // The lead's continuation bytes must be 10xxxxxx; a byte to stop at wants what no input has.
            let malformed = w & UInt32(truncatingIfNeeded: lead >> 32) != UInt32(truncatingIfNeeded: lead)
            let folded = w | 0x2020_2020
            if malformed || t == 0xff || folded == httpWord || folded == wwwWord { break }
            ob[c] = t & 0x7f
            ou[c] = t >> 7
            os[c] = Int32(truncatingIfNeeded: i)
            c &+= 1
            i &+= Int(len)
        }
        return (i, c)
    }

    /// Per lead byte, for `foldRunningText` and a content type: the bits its continuation bytes
    /// must have in the input word (low half) and which bits those are (high half). The bytes it
    /// stops at (continuations, 4-byte and invalid leads, the markup of the content type) want a
    /// bit that the mask clears.
    nonisolated(unsafe) static let plainLeads = leadTable(markup: "")
    nonisolated(unsafe) static let markdownLeads = leadTable(markup: "\n!*_`#[|")
    nonisolated(unsafe) static let htmlLeads = leadTable(markup: "<&")

    private static func leadTable(markup: String) -> UnsafePointer<UInt64> {
        let t = UnsafeMutablePointer<UInt64>.allocate(capacity: 256)
        let stop: UInt64 = 0x100
        for b in 0..<256 {
            switch b {
            case 0..<0x80: t[b] = 0
            case 0xc0..<0xe0: t[b] = 0x8000 | 0xc000 << 32
            case 0xe0..<0xf0: t[b] = 0x80_8000 | 0xc0_c000 << 32
            default: t[b] = stop
            }
        }
        for b in markup.utf8 { t[Int(b)] = stop }
        return UnsafePointer(t)
    }

    /// "http" and "www." as little-endian words, with bit 5 of every byte set (as the loop sets it
    /// on the input, to compare without case): where a URL may start.
    static let httpWord: UInt32 = 0x7074_7468
    static let wwwWord: UInt32 = 0x2e77_7777

    /// Byte classes of the folding loop: 0 = copied as is (lower-case letters but h and w, digits,
    /// `,-./`, space), 1 = upper-case ASCII letter, 2 = other ASCII, 3 = lead byte of a two-byte
    /// sequence, 4 = 0xE1 (Latin Extended Additional), 5 = any other byte, 6 = h and w (a URL may
    /// start there, but not after a letter: then they are copied as is, like class 0).
    nonisolated(unsafe) static let byteClass: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for b in 0..<256 {
            let c: UInt8
            switch b {
            case 0x68, 0x77: c = 6
            case 0x61...0x7a: c = 0
            case 0x2c...0x39, 0x20: c = 0
            case 0x41...0x5a: c = 1
            case 0..<0x80: c = 2
            case 0xc0...0xdf: c = 3
            case 0xe1: c = 4
            default: c = 5
            }
            t[b] = c
        }
        return UnsafePointer(t)
    }()

    static func fold(_ utf8: UnsafeBufferPointer<UInt8>, contentType: ContentType, into out: inout FoldSink) {
        let n = utf8.count
        guard n > 0 else { return }
        let p = utf8.baseAddress!
        let fast = Fold.fast
        let cls = byteClass
        let leads = contentType == .markdown ? Self.markdownLeads : (contentType == .html ? Self.htmlLeads : Self.plainLeads)
        let ob = out.bytes, ou = out.upper, os = out.origStart
        let cap = out.capacity
        var c = out.count
        var i = 0
        let markdown = contentType == .markdown
        let html = contentType == .html
        var lineStart = true
        var table = MarkdownTable()
        // Every working byte consumes at least one input byte (the markup helpers too), so
        // `c - out.count <= i` throughout: this one check bounds every store of the loop below.
        precondition(c <= cap && n <= cap &- c, "folded text longer than its input")
        // `end` is not stored: the next byte's start gives it (see `FoldSink`).
        @inline(__always) func put(_ b: UInt8, _ up: UInt8, _ start: Int, _ end: Int) {
            ob[c] = b
            ou[c] = up
            os[c] = Int32(truncatingIfNeeded: start)
            c &+= 1
        }
        // An ASCII letter before `h`/`w` rules out a URL there (the first test of `skipURL`).
        @inline(__always) func afterLetter(_ j: Int) -> Bool {
            j > 0 && (p[j - 1] | 0x20) >= UInt8(ascii: "a") && (p[j - 1] | 0x20) <= UInt8(ascii: "z")
        }
        @inline(__always) func copiedAsIs(_ j: Int) -> Bool {
            let k = cls[Int(p[j])]
            return k == 0 || (k == 6 && afterLetter(j))
        }
        while i < n {
            if !lineStart {
                (i, c) = foldRunningText(p, n, from: i, ob, ou, os, at: c, leads: leads)
            }
            let b = p[i]
            var k = cls[Int(b)]
            if k == 6 { k = afterLetter(i) ? 0 : 2 }
            switch k {
            case 0:
                // A run of lower-case letters, digits, spaces and common punctuation: copied as is.
                if lineStart && b != 0x20 { lineStart = false }
                var j = i
                repeat {
                    let x = p[j]
                    ob[c] = x
                    os[c] = Int32(truncatingIfNeeded: j)
                    c &+= 1
                    j &+= 1
                    if lineStart && x != 0x20 { lineStart = false }
                } while j < n && copiedAsIs(j)
                i = j
            case 1:
                put(b | 0x20, 1, i, i + 1)
                lineStart = false
                i &+= 1
            case 2:
                // ASCII with markup handling.
                out.count = c
                if b == UInt8(ascii: "<"), html, let next = skipTag(utf8, i, &out) {
                    c = out.count
                    i = next
                    lineStart = false
                    continue
                }
                if b == UInt8(ascii: "&"), html, let next = decodeEntity(utf8, i, &out) {
                    c = out.count
                    i = next
                    continue
                }
                if (b == UInt8(ascii: "h") || b == UInt8(ascii: "w")), let next = skipURL(utf8, i) {
                    put(0x20, 0, i, next)
                    i = next
                    continue
                }
                if markdown {
                    if b == UInt8(ascii: "!"), i &+ 1 < n, p[i &+ 1] == UInt8(ascii: "[") {
                        // An image: drop it whole (alt text repeats captions).
                        if let next = skipMarkdownLink(utf8, i + 1, keepText: false, &out) { c = out.count; i = next; continue }
                    }
                    if b == UInt8(ascii: "[") {
                        if let next = skipMarkdownLink(utf8, i, keepText: true, &out) { c = out.count; i = next; continue }
                    }
                    if b == UInt8(ascii: "*") || b == UInt8(ascii: "_") || b == UInt8(ascii: "`")
                        || (b == UInt8(ascii: "#") && lineStart) {
                        out.dropped(at: i)
                        i &+= 1
                        continue
                    }
                    if b == UInt8(ascii: "|"), let next = skipTablePipe(utf8, i, &table, &out) {
                        c = out.count
                        i = next
                        continue
                    }
                }
                let t = fast[Int(b)]
                put(t & 0x7f, t >> 7, i, i + 1)
                lineStart = b == 0x0a || (lineStart && b == 0x20)
                i &+= 1
            case 3 where i &+ 1 < n && p[i &+ 1] & 0xc0 == 0x80:
                // A two-byte sequence: one table lookup (the same reading as `decodeScalar` + `Fold`).
                lineStart = false
                let t = fast[(Int(b & 0x1f) << 6) | Int(p[i &+ 1] & 0x3f)]
                if t == 0xff { out.count = c; out.extendLast(to: i + 2) } else { put(t & 0x7f, t >> 7, i, i + 2) }
                i &+= 2
            case 4 where i &+ 2 < n && p[i &+ 1] & 0xfc == 0xb8 && p[i &+ 2] & 0xc0 == 0x80:
                // U+1E00...U+1EFF (E1 B8..BB xx).
                lineStart = false
                let t = fast[0x800 + ((Int(p[i &+ 1] & 0x03) << 6) | Int(p[i &+ 2] & 0x3f))]
                if t == 0xff { out.count = c; out.extendLast(to: i + 3) } else { put(t & 0x7f, t >> 7, i, i + 3) }
                i &+= 3
            default:
                lineStart = false
                let (v, len) = decodeScalar(utf8, i)
                if Fold.isCombining(v) {
                    out.count = c
                    out.extendLast(to: i + len)
                } else {
                    let (f, up) = Fold.fold(v)
                    put(f, up ? 1 : 0, i, i + len)
                }
                i += len
            }
        }
        out.count = c
    }

    /// "http://…", "https://…", "www.…" up to white space or a closing bracket.
    static func skipURL(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let n = p.count
        if i > 0, (p[i - 1] | 0x20) >= UInt8(ascii: "a"), (p[i - 1] | 0x20) <= UInt8(ascii: "z") { return nil }
        guard i + 4 <= n, p[i + 1] | 0x20 == UInt8(ascii: "t") || p[i + 1] | 0x20 == UInt8(ascii: "w") else { return nil }
        func has(_ s: StaticString) -> Bool {
            let len = s.utf8CodeUnitCount
            guard i + len <= n else { return false }
            let sp = s.utf8Start
            for k in 0..<len where p[i + k] | 0x20 != sp[k] | 0x20 { return false }
            return true
        }
        guard has("http://") || has("https://") || has("www.") else { return nil }
        if i > 0, (p[i - 1] | 0x20) >= UInt8(ascii: "a"), (p[i - 1] | 0x20) <= UInt8(ascii: "z") { return nil }
        var j = i
        while j < n {
            let c = p[j]
            if c <= 0x20 || c == UInt8(ascii: ")") || c == UInt8(ascii: "]") || c == UInt8(ascii: "\"")
                || c == UInt8(ascii: "<") || c >= 0x80 { break }
            j += 1
        }
        return j
    }

    /// Where the Markdown table seen last ends, and whether it is one: a block of lines starting
    /// with "|" is a table only with a delimiter row ("|---|:--:|"); a line of "| a | | b |" links
    /// alone is none, and its bars still part its items.
    struct MarkdownTable {
        var blockEnd = -1
        var isTable = false
        /// The line of the last bar seen, and what it is: bars of one line look at it once.
        var lineStart = 0, lineEnd = -1
        var lineIsRow = false, lineIsDelimiter = false
        var firstBar = -1
    }

    /// The "|" at `i` of a Markdown table row: a border between cells reads as a space (so that
    /// "| Xuất khẩu | 8,2 tỷ USD |" is one line of text), the row's first and last bars as nothing,
    /// and a delimiter row is dropped whole. `nil` when the line is no row of a table. Each block
    /// of lines is classified once (`table` remembers it), so the work stays linear.
    static func skipTablePipe(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ table: inout MarkdownTable,
                              _ out: inout FoldSink) -> Int? {
        let n = p.count
        func lineStart(_ k: Int) -> Int { var s = k; while s > 0, p[s - 1] != 0x0a { s -= 1 }; return s }
        func lineEnd(_ k: Int) -> Int { var e = k; while e < n, p[e] != 0x0a { e += 1 }; return e }
        func firstNonSpace(_ s: Int, _ e: Int) -> Int { var k = s; while k < e, p[k] == 0x20 || p[k] == 0x09 { k += 1 }; return k }
        func isRow(_ s: Int, _ e: Int) -> Bool { let f = firstNonSpace(s, e); return f < e && p[f] == UInt8(ascii: "|") }
        func isDelimiter(_ s: Int, _ e: Int) -> Bool {
            var dash = false
            for k in s..<e {
                switch p[k] {
                case UInt8(ascii: "-"): dash = true
                case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20, 0x09, 0x0d: break
                default: return false
                }
            }
            return dash
        }
        if i >= table.lineEnd {
            let ls = lineStart(i), le = lineEnd(i)
            table.lineStart = ls
            table.lineEnd = le
            table.firstBar = firstNonSpace(ls, le)
            table.lineIsRow = table.firstBar < le && p[table.firstBar] == UInt8(ascii: "|")
            table.lineIsDelimiter = table.lineIsRow && isDelimiter(ls, le)
        }
        let ls = table.lineStart, le = table.lineEnd
        guard table.lineIsRow else { return nil }
        if i >= table.blockEnd {
            // A new block: the rows around this line (none of it seen before: rows before it
            // would have been classified with their block).
            var start = ls
            while start > 0 {
                let prev = lineStart(start - 1)
                guard isRow(prev, start - 1) else { break }
                start = prev
            }
            var end = le
            var delimiter = false
            var s = start
            while true {
                let e = lineEnd(s)
                guard isRow(s, e) else { break }
                if isDelimiter(s, e) { delimiter = true }
                end = e
                if e >= n { break }
                s = e + 1
            }
            table.blockEnd = max(end, i + 1)
            table.isTable = delimiter
        }
        guard table.isTable else { return nil }
        if table.lineIsDelimiter {
            out.dropped(at: i)
            return le
        }
        let first = table.firstBar == i
        var k = i + 1
        while k < le, p[k] == 0x20 || p[k] == 0x09 || p[k] == 0x0d { k += 1 }
        if first || k == le {
            out.dropped(at: i)
        } else {
            out.emit(0x20, up: false, start: i, end: i + 1)
        }
        return i + 1
    }

    /// `[text](url)`: keeps (or drops) the text, drops the url. `nil` when not a link.
    static func skipMarkdownLink(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, keepText: Bool,
                                 _ out: inout FoldSink) -> Int? {
        let n = p.count
        var j = i + 1
        var depth = 1
        while j < n, j - i < 2000 {
            if p[j] == UInt8(ascii: "[") { depth += 1 }
            if p[j] == UInt8(ascii: "]") { depth -= 1; if depth == 0 { break } }
            if p[j] == 0x0a, j + 1 < n, p[j + 1] == 0x0a { return nil }
            j += 1
        }
        guard j < n, p[j] == UInt8(ascii: "]"), j + 1 < n, p[j + 1] == UInt8(ascii: "(") else { return nil }
        var k = j + 2
        while k < n, p[k] != UInt8(ascii: ")"), p[k] != 0x0a { k += 1 }
        guard k < n, p[k] == UInt8(ascii: ")") else { return nil }
        // The `[` is dropped (an image's `!` before it too: images are called at their `[`).
        out.dropped(at: keepText ? i : i - 1)
        if keepText {
            // Fold the link text recursively (it has no further links in practice).
            var t = i + 1
            while t < j {
                let (v, len) = decodeScalar(p, t)
                if Fold.isCombining(v) { out.extendLast(to: t + len) } else {
                    let (f, up) = Fold.fold(v)
                    if f != UInt8(ascii: "*") && f != UInt8(ascii: "_") { out.emit(f, up: up, start: t, end: t + len) } else {
                        out.dropped(at: t)
                    }
                }
                t += len
            }
        }
        out.emit(0x20, up: false, start: j, end: k + 1)
        return k + 1
    }

    static let blockTags: Set<String> = [
        // Not "td" / "th": a row's cells read as one line ("Xuất khẩu 8,2 tỷ USD"), rows apart.
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "section", "article", "header", "footer", "blockquote", "figure", "figcaption", "hr", "dd", "dt",
        "pre", "title", "caption", "tbody", "thead",
    ]

    /// An HTML tag (or comment): emits a line break for block tags, a space otherwise;
    /// skips the contents of script and style.
    static func skipTag(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ out: inout FoldSink) -> Int? {
        let n = p.count
        guard i + 1 < n else { return nil }
        let c1 = p[i + 1]
        let isLetter = (c1 | 0x20) >= UInt8(ascii: "a") && (c1 | 0x20) <= UInt8(ascii: "z")
        guard isLetter || c1 == UInt8(ascii: "/") || c1 == UInt8(ascii: "!") || c1 == UInt8(ascii: "?") else {
            return nil
        }
        if c1 == UInt8(ascii: "!"), i + 3 < n, p[i + 2] == UInt8(ascii: "-"), p[i + 3] == UInt8(ascii: "-") {
            var j = i + 4
            while j + 2 < n, !(p[j] == UInt8(ascii: "-") && p[j + 1] == UInt8(ascii: "-") && p[j + 2] == UInt8(ascii: ">")) { j += 1 }
            let end = min(n, j + 3)
            out.emit(0x20, up: false, start: i, end: end)
            return end
        }
        var j = i + 1
        if p[j] == UInt8(ascii: "/") { j += 1 }
        var name: [UInt8] = []
        while j < n, name.count < 12 {
            let c = p[j] | 0x20
            if (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (p[j] >= UInt8(ascii: "0") && p[j] <= UInt8(ascii: "9")) {
                name.append(c)
                j += 1
            } else { break }
        }
        var quote: UInt8 = 0
        while j < n {
            let c = p[j]
            if quote != 0 { if c == quote { quote = 0 } } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
            } else if c == UInt8(ascii: ">") { break }
            j += 1
        }
        guard j < n else { return nil }
        var end = j + 1
        let tag = String(decoding: name, as: UTF8.self)
        if (tag == "script" || tag == "style") && p[i + 1] != UInt8(ascii: "/") {
            // Skip to the closing tag.
            var k = end
            while k + 1 < n {
                if p[k] == UInt8(ascii: "<"), p[k + 1] == UInt8(ascii: "/") { break }
                k += 1
            }
            end = k
        }
        out.emit(blockTags.contains(tag) ? 0x0a : 0x20, up: false, start: i, end: end)
        return end
    }

    static let entities: [String: UInt32] = [
        "nbsp": 0xa0, "amp": 0x26, "lt": 0x3c, "gt": 0x3e, "quot": 0x22, "apos": 0x27, "ndash": 0x2013,
        "mdash": 0x2014, "hellip": 0x2026, "lsquo": 0x2018, "rsquo": 0x2019, "ldquo": 0x201c, "rdquo": 0x201d,
        "agrave": 0xe0, "aacute": 0xe1, "acirc": 0xe2, "atilde": 0xe3, "egrave": 0xe8, "eacute": 0xe9,
        "ecirc": 0xea, "igrave": 0xec, "iacute": 0xed, "ograve": 0xf2, "oacute": 0xf3, "ocirc": 0xf4,
        "otilde": 0xf5, "ugrave": 0xf9, "uacute": 0xfa, "yacute": 0xfd, "Agrave": 0xc0, "Aacute": 0xc1,
        "Acirc": 0xc2, "Atilde": 0xc3, "Egrave": 0xc8, "Eacute": 0xc9, "Ecirc": 0xca, "Igrave": 0xcc,
        "Iacute": 0xcd, "Ograve": 0xd2, "Oacute": 0xd3, "Ocirc": 0xd4, "Otilde": 0xd5, "Ugrave": 0xd9,
        "Uacute": 0xda, "Yacute": 0xdd,
    ]

    /// `&name;`, `&#NNN;`, `&#xHH;` → the character, mapped to the whole entity.
    static func decodeEntity(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ out: inout FoldSink) -> Int? {
        let n = p.count
        var j = i + 1
        while j < n, j - i <= 10, p[j] != UInt8(ascii: ";") {
            let c = p[j]
            let ok = (c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "z")) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "#")
            if !ok { return nil }
            j += 1
        }
        guard j < n, p[j] == UInt8(ascii: ";"), j > i + 1 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: p[(i + 1)..<j]), as: UTF8.self)
        var v: UInt32?
        if name.hasPrefix("#x") || name.hasPrefix("#X") { v = UInt32(name.dropFirst(2), radix: 16) } else if name.hasPrefix("#") {
            v = UInt32(name.dropFirst(1))
        } else { v = entities[name] }
        guard let value = v else { return nil }
        if Fold.isCombining(value) { out.extendLast(to: j + 1) } else {
            let (f, up) = Fold.fold(value)
            out.emit(f, up: up, start: i, end: j + 1)
        }
        return j + 1
    }
}

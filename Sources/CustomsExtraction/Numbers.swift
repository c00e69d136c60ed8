/// Exact decimal numbers: `mantissa / 10^frac`. Amounts are computed as integer
/// mantissa × power of ten (no floating multiplication), so "4.290,3 tỷ" is exactly
/// 4290300000000.
struct Dec: Equatable {
    var m: Int
    var frac: Int

    static let pow10: [Int] = {
        var p = [1]
        for _ in 1...18 { p.append(p.last! * 10) }
        return p
    }()

    var double: Double {
        frac == 0 ? Double(m) : Double(m) / Double(Dec.pow10[min(frac, 18)])
    }

    /// `self × 10^k`, exact when it is an integer that fits; else a correctly rounded Double.
    func scaled(_ k: Int) -> Double? {
        if k >= frac {
            let e = k - frac
            guard e <= 18 else { return nil }
            let (r, o) = m.multipliedReportingOverflow(by: Dec.pow10[e])
            if o { return nil }
            return Double(r)
        }
        let e = frac - k
        guard e <= 18 else { return nil }
        return Double(m) / Double(Dec.pow10[e])
    }
}

enum NumberFormat { case vietnamese, english }

enum NumberParser {
    /// Reads a number token ("4.290,3", "81.845", "12,144.9", "19.53", "241,240").
    /// Vietnamese: `.` groups thousands and `,` is the decimal mark; English the reverse.
    /// A lone separator followed by exactly three digits groups thousands in the document's
    /// native format, else it is a decimal mark. `nil` for date-like shapes ("15.8.2017").
    static func parse(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, format: NumberFormat) -> Dec? {
        // Groups of digits between separators, summarised in one pass (no arrays): the digit
        // count of the first two groups, whether every later group has three digits, and which
        // separators occur (the separator BEFORE group k is group k's separator).
        var digitsTotal = 0
        var seps = 0
        var hasDot = false, hasComma = false
        var firstSep: UInt8 = 0, lastSep: UInt8 = 0
        var group0 = 0, group1 = 0
        var laterAllThree = true
        var cur = 0
        var i = s
        while i < e {
            let c = p[i]
            if c >= 0x30 && c <= 0x39 { cur += 1; digitsTotal += 1 } else {
                if seps == 0 { group0 = cur } else {
                    if seps == 1 { group1 = cur }
                    if cur != 3 { laterAllThree = false }
                }
                seps += 1
                if seps == 1 { firstSep = c }
                lastSep = c
                if c == 0x2e { hasDot = true } else if c == 0x2c { hasComma = true }
                cur = 0
            }
            i += 1
        }
        if seps == 0 { group0 = cur } else {
            if seps == 1 { group1 = cur }
            if cur != 3 { laterAllThree = false }
        }
        if digitsTotal > 18 { return nil }
        var decimalSep: UInt8 = 0
        if seps > 0 {
            if hasDot && hasComma {
                decimalSep = lastSep
                // Every other separator must be the grouping one, each group between three digits.
                let grouping: UInt8 = decimalSep == 0x2e ? 0x2c : 0x2e
                var k = 0          // the group being read
                var digits = 0
                i = s
                while i < e {
                    let c = p[i]
                    if c >= 0x30 && c <= 0x39 { digits += 1 } else {
                        // Group k ends; group k + 1 starts with separator c.
                        if k >= 1 && digits != 3 { return nil }   // a middle group (the last one ends at e)
                        k += 1
                        if k < seps && c != grouping { return nil }
                        digits = 0
                    }
                    i += 1
                }
            } else if seps >= 2 {
                if !laterAllThree { return nil }
                if group0 > 3 { return nil }
                decimalSep = 0
            } else {
                let sep = firstSep
                let native: UInt8 = format == .vietnamese ? 0x2e : 0x2c
                if sep == native && group1 == 3 && group0 <= 3 { decimalSep = 0 } else { decimalSep = sep }
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
        // Trim trailing zeros of the fraction so that 87,0 reads as 87.
        while frac > 0 && m % 10 == 0 { m /= 10; frac -= 1 }
        return Dec(m: m, frac: frac)
    }

    /// A plain integer token (no separators), or nil.
    static func int(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int? {
        guard e > s, e - s <= 9 else { return nil }
        var v = 0
        for i in s..<e {
            let c = p[i]
            guard c >= 0x30 && c <= 0x39 else { return nil }
            v = v * 10 + Int(c - 0x30)
        }
        return v
    }
}
